// Where a note's frontmatter block is in its text, found the way Obsidian finds it: an opening `---` line at the
// very top and the next `---` line. The one place that knows the fences; what is inside is someone else's job.

export interface FrontmatterBlock {
	/** What follows `---` on the opening line, trimmed and lower-cased (`js` for `---js`); '' for plain `---`. */
	language: string;
	/** The text between the fences, starting with the opening line's line break (so YAML's line 0 is the file's line 1). */
	block: string;
	/** Everything after the closing line. */
	body: string;
}

/** A closing line is `---`, trailing spaces allowed, with LF or CRLF line ends. */
const CLOSING_LINE = /\n---[ \t]*\r?(?:\n|$)/;

/**
 * The note's frontmatter block, or null when it has none: no opening line, an opening `----` (a horizontal rule),
 * or no closing line (Obsidian then sees a note that starts with a rule).
 */
export function splitFrontmatter(text: string): FrontmatterBlock | null {
	const firstLineEnd = text.indexOf("\n");
	if (firstLineEnd === -1) return null;
	const firstLine = text.slice(0, firstLineEnd).replace(/\r$/, "");
	if (!firstLine.startsWith("---") || firstLine.charAt(3) === "-") return null;
	const close = CLOSING_LINE.exec(text.slice(firstLineEnd));
	if (close === null) return null;
	return {
		language: firstLine.slice(3).trim().toLowerCase(),
		block: text.slice(firstLineEnd, firstLineEnd + close.index),
		body: text.slice(firstLineEnd + close.index + close[0].length),
	};
}

/** The text without its frontmatter block, as a body or a template is read. */
export function withoutFrontmatter(text: string): string {
	return splitFrontmatter(text)?.body ?? text;
}
