// The vault's template folders, from the settings Obsidian keeps in the vault's config folder: the core Templates
// plugin's folder and Templater's. Notes there are templates (`<% tp.system.prompt("Company") %>`), not interviews.
import { join } from "node:path";
import { readFileText } from "./read-file";

/** Obsidian's config folder; a vault may name another in Obsidian's settings, which a folder on disk does not say. */
export const CONFIG_FOLDER = ".obsidian";

/** Where each plugin keeps its template folder: the settings file in the config folder, and the key in it. */
const TEMPLATE_SETTINGS: readonly { file: readonly string[]; key: string }[] = [
	{ file: ["templates.json"], key: "folder" },
	{ file: ["plugins", "templater-obsidian", "data.json"], key: "templates_folder" },
];

/** A settings file is a few lines; one that is not is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * The template folders of the vault at `vaultDir`, as vault paths (`Templates`, `Meta/Templater`): `/`-separated,
 * without leading or trailing slashes, each once. A plugin's settings count whether or not the plugin is turned on,
 * since the notes in its folder are templates either way. Missing or unreadable settings mean no folder.
 */
export function templateFoldersOf(vaultDir: string): string[] {
	const folders: string[] = [];
	for (const { file, key } of TEMPLATE_SETTINGS) {
		const read = readFileText(join(vaultDir, CONFIG_FOLDER, ...file), { followLink: true, limit: MAX_SETTINGS_BYTES });
		if (read.kind !== "text") continue;
		const folder = templateFolderIn(read.text, key);
		if (folder !== null && !folders.includes(folder)) folders.push(folder);
	}
	return folders;
}

/** The folder a plugin's settings text names under `key`, as a vault path; null when it names none or not a folder. */
export function templateFolderIn(settingsText: string, key: string): string | null {
	let settings: unknown;
	try {
		settings = JSON.parse(settingsText);
	} catch {
		return null;
	}
	if (typeof settings !== "object" || settings === null || !Object.prototype.hasOwnProperty.call(settings, key)) return null;
	const value: unknown = (settings as Record<string, unknown>)[key];
	if (typeof value !== "string") return null;
	const parts = value.replace(/\\/g, "/").split("/").filter((part) => part !== "" && part !== ".");
	// "" or "/" is the plugin's "not set", not the whole vault; a folder climbing out of the vault holds no note of it.
	if (parts.length === 0 || parts.includes("..")) return null;
	return parts.join("/");
}

/** Whether a vault path is one of `folders` or inside one. */
export function isInFolders(path: string, folders: readonly string[]): boolean {
	return folders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}
