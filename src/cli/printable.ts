// The one way out to the terminal: every line the command prints, on stdout or stderr, passes through this filter, so
// a shared note (or a file name, or a flag's value) cannot drive the terminal it is printed in or reorder what it shows.
import type { Palette, Style } from "./colour";

/** Shown in place of a character the terminal must not receive: visible, so nothing is hidden either. */
export const REPLACEMENT = "\ufffd";

/**
 * Characters a terminal must never receive from text it is shown: C0 and C1 controls other than line breaks and tabs
 * (escape codes clear the screen, retitle the window, hide text), DEL, and the bidirectional controls (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder the rest of a line: "overdue" could read "done".
 */
function isUnsafe(code: number): boolean {
	if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
	if (code < 0x7f) return false;
	return code <= 0x9f || code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Line breaks and tabs: \t, \n, \r and the Unicode line and paragraph separators. */
function isLineBreak(code: number): boolean {
	return code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Text as a terminal should show it: unsafe characters become U+FFFD. Line breaks and tabs become spaces, so a name
 * cannot start a line that looks like the report's own, unless `keepLines` is set for text that is meant to span
 * lines (a draft, the help), which keeps line breaks and tabs and drops carriage returns and U+2028/U+2029.
 * One pass, and the text itself when nothing needs changing (nearly always).
 */
export function printable(text: string, keepLines = false): string {
	let shown = "";
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let instead: string;
		if (isLineBreak(code)) {
			if (!keepLines) instead = " ";
			else if (code === 0x0a || code === 0x09) continue;
			else instead = "";
		} else if (isUnsafe(code)) {
			instead = REPLACEMENT;
		} else {
			continue;
		}
		shown += text.slice(from, i) + instead;
		from = i + 1;
	}
	return from === 0 ? text : shown + text.slice(from);
}

/**
 * JSON text safe in a terminal and still the same data: JSON.stringify already escapes C0 controls; DEL, C1 controls,
 * bidirectional controls and U+2028/U+2029 are written as `\u` escapes too (they can only stand inside strings), so a
 * script that parses the JSON gets every character of every note back exactly, and a terminal that shows it sees
 * `\u202e`, not a reordered line.
 */
export function printableJson(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The characters of `isUnsafe` and `isLineBreak` that JSON.stringify leaves as they are (it escapes those below U+0020). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Part of a line of the text report: text, with the style it is shown in when colour is on. */
export interface Span {
	text: string;
	style: Style;
}

/** One line of the text report: plain text and styled spans, each checked before colour codes are put around it. */
export type Line = readonly (string | Span)[];

/** Where output goes: the two streams main.ts opened. */
export interface Streams {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** Every way the command prints, each through the filter. Colour codes are added after it, so only ours get out. */
export interface Screen {
	/** Text meant to span lines (a draft, the help), on stdout. */
	text: (text: string) => void;
	/** The report for people, one line each, coloured by the palette. */
	lines: (lines: readonly Line[]) => void;
	/** The report for scripts. */
	json: (value: unknown) => void;
	/** Messages for the person at the terminal (misuse, warnings, errors), one line each, on stderr. */
	messages: (messages: readonly string[]) => void;
}

export function screenOf(streams: Streams, palette: Palette): Screen {
	return {
		text: (text) => streams.stdout(printable(text, true)),
		lines: (lines) => streams.stdout(lines.map((line) => lineText(line, palette)).join("")),
		json: (value) => streams.stdout(printableJson(value)),
		messages: (messages) => streams.stderr(messages.map((message) => `${printable(message)}\n`).join("")),
	};
}

function lineText(line: Line, palette: Palette): string {
	let text = "";
	for (const span of line) text += typeof span === "string" ? printable(span) : palette[span.style](printable(span.text));
	return `${text}\n`;
}
