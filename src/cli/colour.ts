// Terminal colour for the text report: ANSI codes on a terminal, plain text when piped or when NO_COLOR is set.

/** The looks a part of the text report can have. */
export type Style = "heading" | "note" | "muted" | "urgent" | "soon" | "problem";

/** Puts a style around text that has already been through the terminal filter (printable.ts). */
export type Palette = Readonly<Record<Style, (text: string) => string>>;

/**
 * Colour only for a person at a terminal: FORCE_COLOR (other than 0 or false) forces it; otherwise NO_COLOR
 * (when not empty, as no-color.org defines it), a dumb terminal or output that is not a terminal turn it off.
 */
export function wantsColour(env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
	const force = env.FORCE_COLOR;
	if (force !== undefined && force !== "" && force !== "0" && force.toLowerCase() !== "false") return true;
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
	if (env.TERM === "dumb") return false;
	return isTerminal;
}

function ansi(open: number, close: number): (text: string) => string {
	return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain = (text: string): string => text;

export const NO_COLOUR: Palette = {
	heading: plain,
	note: plain,
	muted: plain,
	urgent: plain,
	soon: plain,
	problem: plain,
};

export const ANSI_COLOUR: Palette = {
	heading: ansi(1, 22),
	note: ansi(1, 22),
	muted: ansi(2, 22),
	urgent: ansi(31, 39),
	soon: ansi(33, 39),
	problem: ansi(35, 39),
};
