// The vault's template folders: notes there are templates (often tagged `interview` and full of `<% … %>` or
// `{{…}}`), never interviews. Read from the core Templates plugin's and Templater's own settings files, the same way
// by the plugin (through the vault's adapter) and the command line (from disk).

/** Where each plugin keeps its template folder, relative to the vault's config folder (`.obsidian` by default). */
export const TEMPLATE_SETTINGS_FILES = {
	/** The core Templates plugin: `{ "folder": "Templates" }`. */
	templates: "templates.json",
	/** The Templater community plugin: `{ "templates_folder": "Templates" }`. */
	templater: "plugins/templater-obsidian/data.json",
} as const;

/** The texts of the two settings files, as read; null (or absent) when a file does not exist or cannot be read. */
export interface TemplateSettingsTexts {
	templates?: string | null;
	templater?: string | null;
}

/**
 * The template folders the two settings files name, normalised (no leading, trailing or doubled slashes), without
 * duplicates. A file that is missing, is not JSON, or names no folder gives none; so does a folder of "" or "/",
 * which Templater writes for "the vault root" and which must not hide every note. Never throws.
 */
export function templateFolders(texts: TemplateSettingsTexts): string[] {
	const folders = [folderIn(texts.templates, "folder"), folderIn(texts.templater, "templates_folder")];
	const found: string[] = [];
	for (const folder of folders) if (folder !== "" && !found.includes(folder)) found.push(folder);
	return found;
}

/** Whether a vault path is one of `folders` or lies inside one (compared without regard to case, as the folder setting is). */
export function isInTemplateFolder(path: string, folders: readonly string[]): boolean {
	if (folders.length === 0) return false;
	const where = comparable(path);
	return folders.some((folder) => {
		const wanted = comparable(folder);
		return wanted !== "" && (where === wanted || where.startsWith(`${wanted}/`));
	});
}

function folderIn(text: string | null | undefined, key: string): string {
	if (typeof text !== "string") return "";
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return "";
	}
	if (typeof data !== "object" || data === null || Array.isArray(data)) return "";
	const value: unknown = (data as Record<string, unknown>)[key];
	if (typeof value !== "string") return "";
	// A folder climbing out of the vault holds none of its notes.
	const folder = tidy(value);
	return folder.split("/").includes("..") ? "" : folder;
}

/** A folder as Obsidian writes paths: forward slashes, none leading, trailing or doubled, no "." parts. */
function tidy(path: string): string {
	return path
		.replace(/\\/g, "/")
		.split("/")
		.filter((part) => part !== "" && part !== ".")
		.join("/");
}

function comparable(path: string): string {
	return tidy(path).toLowerCase();
}
