// Obsidian's path rules: normalizePath, and splitting a path into folder, name, basename and extension.
// Browser-safe.

/**
 * Obsidian's `normalizePath`: backslashes and runs of slashes become one forward slash, leading and trailing
 * slashes go, an empty path is the vault root "/", no-break spaces become spaces, and the text is NFC.
 */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/");
	p = p.replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	p = p.replace(/\u00A0|\u202F/g, " ");
	return p.normalize("NFC");
}

export interface PathParts {
	parentPath: string;
	name: string;
	basename: string;
	extension: string;
}

/** Splits `people/Jane Doe.md` into its folder ("people", or "/" for the root), name, basename and extension. */
export function pathParts(path: string): PathParts {
	const slash = path.lastIndexOf("/");
	const parentPath = slash === -1 ? "/" : path.slice(0, slash);
	const name = slash === -1 ? path : path.slice(slash + 1);
	const dot = name.lastIndexOf(".");
	// A leading dot (".hidden") is part of the name, not an extension.
	const basename = dot > 0 ? name.slice(0, dot) : name;
	const extension = dot > 0 ? name.slice(dot + 1) : "";
	return { parentPath, name, basename, extension };
}
