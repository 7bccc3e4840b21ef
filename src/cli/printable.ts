// Text from a note as a terminal should show it, so a shared note cannot drive the terminal it is printed in.

/**
 * Control characters (escape codes that clear the screen, retitle the window or hide text) become U+FFFD. Line
 * breaks and tabs become spaces, so a name cannot start a line that looks like the report's own, unless
 * `keepLines` is set for text that is meant to span lines (a draft).
 */
export function printable(text: string, keepLines = false): string {
	let shown = "";
	for (const char of text) {
		const code = char.charCodeAt(0);
		if (keepLines && (char === "\n" || char === "\t")) shown += char;
		else if (char === "\r" || char === "\n" || char === "\t" || char === "\u2028" || char === "\u2029") shown += keepLines ? "" : " ";
		else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) shown += "\ufffd";
		else shown += char;
	}
	return shown;
}
