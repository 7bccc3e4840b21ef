// Reads a vault folder for the command-line report: every Markdown note, in a stable order, as NoteSources.
// Read-only: files are opened for reading and nothing in the vault is ever written.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { mayHoldThankYouHeading } from "../engine/headings";
import { findThankYouDrafts } from "../engine/personalisation";
import type { NoteSource } from "../engine/types";
import { readFrontmatter } from "./frontmatter";
import { errorCode, MAX_NOTE_BYTES, notAFile, readFileText } from "./read-file";
import { isInTemplateFolder } from "../engine/template-folders";
import { templateFoldersOf } from "./template-folders";

export { MAX_NOTE_BYTES };

/** A file the report could not use, and why, in one line. */
export interface SkippedFile {
	path: string;
	reason: string;
}

export interface VaultScan {
	sources: NoteSource[];
	skipped: SkippedFile[];
}

/** Folders that hold no notes of the user's: Obsidian's settings and trash are dot-folders, like .git. */
const IGNORED_FOLDERS = new Set(["node_modules"]);

/** A note found by the walk: its real place on disk (links resolved) and its vault path. */
export interface NoteFile {
	absolute: string;
	path: string;
}

/** The notes a walk found, and the entries it could not use. */
export interface NoteListing {
	files: NoteFile[];
	skipped: SkippedFile[];
}

/**
 * Whether `root` is a folder the report can read and `folder` (vault-relative, `/`-separated, already tidied)
 * a folder inside it. A message for the user when not: this is a mistake in the command, not in a note.
 */
export function checkVaultFolder(root: string, folder: string): string | null {
	let vaultReal: string;
	try {
		vaultReal = realpathSync(root);
		if (!statSync(vaultReal).isDirectory()) return `${root} is not a folder`;
	} catch {
		return `there is no folder ${root}`;
	}
	if (folder === "") return null;
	try {
		const real = realpathSync(join(vaultReal, ...folder.split("/")));
		if (!statSync(real).isDirectory()) return `${folder} in ${root} is not a folder`;
		if (!isInside(vaultReal, real)) return `${folder} leads outside the vault`;
	} catch {
		return `there is no folder ${folder} in ${root}`;
	}
	return null;
}

/**
 * `--folder` given as a full path, as a vault path: a folder inside the vault is made relative to it; one outside
 * is refused. A full path that names nothing on disk is read as a vault path written with a leading slash
 * (`/Archive`), as Obsidian writes them. The vault must exist (see `checkVaultFolder`).
 */
export function folderInVault(root: string, folder: string): { ok: true; folder: string } | { ok: false; message: string } {
	const vaultReal = realpathSync(root);
	let real: string;
	try {
		real = realpathSync(resolve(folder));
	} catch {
		return {
			ok: true,
			folder: folder
				.replace(/\\/g, "/")
				.split("/")
				.filter((part) => part !== "" && part !== ".")
				.join("/"),
		};
	}
	if (!isInside(vaultReal, real)) {
		return {
			ok: false,
			message: `--folder ${folder} is outside the vault ${root}: give a folder inside it, as a path from the vault (Interviews/2026) or in full`,
		};
	}
	return { ok: true, folder: relative(vaultReal, real).split(sep).join("/") };
}

/**
 * Reads every `*.md` under `root` (or under `root/folder` when given), skipping dot-folders such as `.obsidian/`
 * and `.trash/`, `node_modules/`, and the vault's template folders (their notes are templates, not interviews).
 * Paths are relative to the vault and use `/`.
 */
export function scanVault(root: string, folder = ""): VaultScan {
	return readNoteFiles(listNoteFiles(root, folder));
}

/** The walk alone: which notes there are, before any is opened. */
export function listNoteFiles(root: string, folder = ""): NoteListing {
	const skipped: SkippedFile[] = [];
	const files: NoteFile[] = [];
	const vaultReal = realpathSync(root);
	const templateFolders = templateFoldersOf(vaultReal);
	if (folder !== "" && isInTemplateFolder(folder, templateFolders)) return { files, skipped };
	const start = folder === "" ? vaultReal : join(vaultReal, ...folder.split("/"));
	const startReal = realpathSync(start);
	const walk: Walk = { vaultReal, templateFolders, visited: new Set([startReal]), files, skipped };
	walkFolder(walk, { absolute: start, real: startReal, path: folder });
	return { files, skipped };
}

/** Opens and reads the notes a walk found, each once; a file that changed since the walk is judged as it is now. */
export function readNoteFiles(listing: NoteListing): VaultScan {
	const skipped = [...listing.skipped];
	const sources: NoteSource[] = [];
	for (const file of listing.files) {
		const read = readNote(file);
		if ("reason" in read) skipped.push(read);
		else sources.push(read);
	}
	skipped.sort((a, b) => compareText(a.path, b.path));
	return { sources, skipped };
}

/** What the whole walk shares. */
interface Walk {
	vaultReal: string;
	templateFolders: readonly string[];
	/** Real folders already read: a link back to one would loop or count notes twice. */
	visited: Set<string>;
	files: NoteFile[];
	skipped: SkippedFile[];
}

/** A folder being read: where it was reached, where it really is (links followed), and its vault path. */
interface FolderToRead {
	absolute: string;
	real: string;
	path: string;
}

function walkFolder(walk: Walk, folder: FolderToRead): void {
	let entries: Dirent[];
	try {
		// Sorted by code unit, not locale, so the order is the same on every machine.
		entries = readdirSync(folder.absolute, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
	} catch (error) {
		walk.skipped.push({ path: folder.path === "" ? "." : `${folder.path}/`, reason: `the folder could not be read (${errorCode(error)})` });
		return;
	}
	for (const entry of entries) {
		const name = entry.name;
		if (name.startsWith(".") || IGNORED_FOLDERS.has(name)) continue;
		const childPath = folder.path === "" ? name : `${folder.path}/${name}`;
		const childAbsolute = childOf(folder.absolute, name);
		const isNote = name.endsWith(".md");
		let real: string;
		// What the entry is: the listing's word for it, or for a link the place it leads to.
		let kind: Dirent | Stats = entry;
		if (entry.isSymbolicLink()) {
			try {
				// realpath follows symbolic links, so a link is judged by where it leads.
				real = realpathSync(childAbsolute);
				kind = statSync(real);
			} catch (error) {
				if (isNote) walk.skipped.push({ path: childPath, reason: `the file could not be opened (${errorCode(error)})` });
				continue;
			}
			if (!isInside(walk.vaultReal, real)) {
				if (kind.isDirectory() || isNote) {
					walk.skipped.push({ path: childPath, reason: "it links to a place outside the vault, which is not followed" });
				}
				continue;
			}
		} else {
			// Not a link: it is where its folder really is, and the listing already says what it is. Asking the file
			// system again (realpath walks every folder of the path) made the walk cost more than reading the notes.
			real = childOf(folder.real, name);
		}
		if (kind.isDirectory()) {
			if (walk.visited.has(real) || isInTemplateFolder(childPath, walk.templateFolders)) continue;
			walk.visited.add(real);
			walkFolder(walk, { absolute: childAbsolute, real, path: childPath });
		} else if (!isNote) {
			continue;
		} else if (kind.isFile()) {
			walk.files.push({ absolute: real, path: childPath });
		} else {
			// A named pipe or a device is never opened: reading one could wait forever or have effects.
			walk.skipped.push({ path: childPath, reason: `${notAFile(kind)}, so it was not read` });
		}
	}
}

/**
 * A name in a folder: the folder is already a clean path and the name holds no separator, so `path.join`'s
 * normalising (a tenth of the walk, over 10,000 notes) has nothing to do.
 */
function childOf(folder: string, name: string): string {
	return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

function isInside(vaultReal: string, real: string): boolean {
	const rel = relative(vaultReal, real);
	return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) && !/^[a-zA-Z]:/.test(rel));
}

/** One file read as a note: its frontmatter and body, or why it could not be used. */
export type NoteFileResult =
	{ kind: "note"; frontmatter: unknown; body: string } | { kind: "missing" } | { kind: "folder" } | { kind: "skipped"; reason: string };

/** Reads one note file given by the user (for `draft`): the same safe reading as a vault's notes. */
export function readNoteFile(path: string): NoteFileResult {
	const read = readFileText(path, { followLink: true });
	if (read.kind === "missing" || read.kind === "folder") return read;
	if (read.kind === "unusable") return { kind: "skipped", reason: read.reason };
	const parsed = readFrontmatter(read.text);
	if (!parsed.ok) return { kind: "skipped", reason: parsed.reason };
	return { kind: "note", frontmatter: parsed.frontmatter, body: parsed.body };
}

function readNote(file: NoteFile): NoteSource | SkippedFile {
	// The walk resolved every link, so the path is the real one: a link there now was put there since.
	const read = readFileText(file.absolute, { followLink: false });
	if (read.kind === "missing") return { path: file.path, reason: "the file could not be opened (ENOENT)" };
	if (read.kind === "folder") return { path: file.path, reason: "it became a folder while the vault was read" };
	if (read.kind === "unusable") return { path: file.path, reason: read.reason };
	const parsed = readFrontmatter(read.text);
	if (!parsed.ok) return { path: file.path, reason: parsed.reason };
	const source: NoteSource = { path: file.path, frontmatter: parsed.frontmatter };
	// The body was read, so a note without a thank-you section has no drafts rather than unknown drafts.
	source.drafts = mayHoldThankYouHeading(parsed.body) ? findThankYouDrafts(parsed.body) : [];
	return source;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
