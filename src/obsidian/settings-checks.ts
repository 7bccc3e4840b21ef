// The checks on each value typed in the settings: what is acceptable, in what form it is stored, and the message
// shown under the field when it is not. Saved data is read back through the same checks.
import { normalizePath, TFile, TFolder, type App } from "obsidian";

export { checkTag, checkWaitDays, checkWindowHours, type Checked } from "../engine/settings";
import type { Checked } from "../engine/settings";

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
