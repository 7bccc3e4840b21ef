// The checks on each value typed in the settings: what is acceptable, in what form it is stored, and the message
// shown under the field when it is not. Saved data is read back through the same checks.
import { normalizePath, TFile, TFolder, type App } from "obsidian";

// Bounds that catch typing slips without ruling out unusual habits: a window of up to 30 days, a wait of up to a year.
const MAX_WINDOW_HOURS = 720;
const MAX_WAIT_DAYS = 365;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A tag as typed ("#interview", " Interview/onsite ") -> the tag the engine compares, without '#'. */
export function checkTag(text: string): Checked<string> {
	const tag = text.trim().replace(/^#+/, "");
	if (tag === "") return { ok: false, message: "Enter a tag, for example interview." };
	if (/[\s,#]/.test(tag)) return { ok: false, message: "A tag is one word: no spaces, commas or '#' inside." };
	// Obsidian does not read a tag made of digits only (#2026) as a tag.
	if (/^[\d/]+$/.test(tag)) return { ok: false, message: "A tag needs at least one letter, as Obsidian reads tags." };
	return { ok: true, value: tag };
}

/** Window hours as typed: a number of hours above 0. Decimals are allowed (1.5 hours is a real choice). */
export function checkWindowHours(text: string): Checked<number> {
	const hours = readNumber(text);
	if (hours === null) return { ok: false, message: "Enter a number of hours, for example 24." };
	if (hours <= 0) return { ok: false, message: "The window must be more than 0 hours." };
	if (hours > MAX_WINDOW_HOURS) return { ok: false, message: `The window can be at most ${MAX_WINDOW_HOURS} hours (30 days).` };
	return { ok: true, value: hours };
}

/** Wait days as typed: whole days, because follow-ups fall due at the same clock time a number of days later. */
export function checkWaitDays(text: string): Checked<number> {
	const days = readNumber(text);
	if (days === null) return { ok: false, message: "Enter a number of days, for example 7." };
	if (!Number.isInteger(days)) return { ok: false, message: "Enter whole days, for example 7." };
	if (days < 1) return { ok: false, message: "Wait at least 1 day before following up." };
	if (days > MAX_WAIT_DAYS) return { ok: false, message: `The wait can be at most ${MAX_WAIT_DAYS} days.` };
	return { ok: true, value: days };
}

/** A folder as typed -> its vault path ('' for the whole vault); it must exist in the vault. */
export function checkFolder(app: App, text: string): Checked<string> {
	const folder = cleanPath(text);
	if (folder === "") return { ok: true, value: "" };
	if (app.vault.getAbstractFileByPath(folder) instanceof TFolder) return { ok: true, value: folder };
	return { ok: false, message: `There is no folder "${folder}" in this vault.` };
}

/**
 * A template path as typed -> the vault path of a Markdown file ('' for the built-in template). The '.md' may be
 * left out, as Obsidian's own template settings allow.
 */
export function checkTemplatePath(app: App, text: string): Checked<string> {
	const path = cleanPath(text);
	if (path === "") return { ok: true, value: "" };
	for (const candidate of path.toLowerCase().endsWith(".md") ? [path] : [path, `${path}.md`]) {
		if (app.vault.getAbstractFileByPath(candidate) instanceof TFile) return { ok: true, value: candidate };
	}
	return { ok: false, message: `There is no note "${path}" in this vault.` };
}

/** A path as typed -> a vault path: trimmed and normalised, with "" (or "/") for the whole vault. */
export function cleanPath(text: string): string {
	const trimmed = text.trim();
	if (trimmed === "" || trimmed === "/") return "";
	return normalizePath(trimmed);
}

function readNumber(text: string): number | null {
	const trimmed = text.trim();
	if (trimmed === "") return null;
	const value = Number(trimmed);
	return Number.isFinite(value) ? value : null;
}
