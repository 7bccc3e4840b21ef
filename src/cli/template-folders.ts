// The vault's template folders, from the settings Obsidian keeps in the vault's config folder: the core Templates
// plugin's folder and Templater's. Notes there are templates (`<% tp.system.prompt("Company") %>`), not interviews.
import { join } from "node:path";
import { TEMPLATE_SETTINGS_FILES, templateFolders } from "../engine/template-folders";
import { readFileText } from "./read-file";

/** Obsidian's config folder; a vault may name another in Obsidian's settings, which a folder on disk does not say. */
export const CONFIG_FOLDER = ".obsidian";

/** A settings file is a few lines; one that is not is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * The template folders of the vault at `vaultDir`, as vault paths (`Templates`, `Meta/Templater`), read the way the
 * plugin reads them (engine/template-folders.ts). A plugin's settings count whether or not the plugin is turned on,
 * since the notes in its folder are templates either way. Missing or unreadable settings mean no folder.
 */
export function templateFoldersOf(vaultDir: string): string[] {
	const read = (file: string): string | null => {
		const found = readFileText(join(vaultDir, CONFIG_FOLDER, ...file.split("/")), { followLink: true, limit: MAX_SETTINGS_BYTES });
		return found.kind === "text" ? found.text : null;
	};
	return templateFolders({ templates: read(TEMPLATE_SETTINGS_FILES.templates), templater: read(TEMPLATE_SETTINGS_FILES.templater) });
}
