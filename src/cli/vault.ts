// Reads a vault folder for the command-line report: every Markdown note, in a stable order, as NoteSources.
// Read-only: files are opened for reading and nothing in the vault is ever written.
import { Buffer } from "node:buffer";
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { mayHoldThankYouHeading } from "../engine/headings";
import { findThankYouDrafts } from "../engine/personalisation";
import type { NoteSource } from "../engine/types";
import { readFrontmatter } from "./frontmatter";

/** A file the report could not use, and why, in one line. */
export interface SkippedFile {
	path: string;
	reason: string;
}

export interface VaultScan {
	sources: NoteSource[];
	skipped: SkippedFile[];
}

/** A note larger than this is not an interview note someone typed; it is skipped rather than read whole. */
export const MAX_NOTE_BYTES = 10 * 1024 * 1024;

/** Folders that hold no notes of the user's: Obsidian's settings and trash are dot-folders, like .git. */
const IGNORED_FOLDERS = new Set(["node_modules"]);


interface NoteFile {
	absolute: string;
	path: string;
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
 * Reads every `*.md` under `root` (or under `root/folder` when given), skipping dot-folders such as `.obsidian/`
 * and `.trash/`, and `node_modules/`. Paths are relative to the vault and use `/`.
 */
export function scanVault(root: string, folder = ""): VaultScan {
	const skipped: SkippedFile[] = [];
	const files: NoteFile[] = [];
	const vaultReal = realpathSync(root);
	const start = folder === "" ? vaultReal : join(vaultReal, ...folder.split("/"));
	const startReal = realpathSync(start);
	walk(vaultReal, { absolute: start, real: startReal, path: folder }, new Set([startReal]), files, skipped);
	const sources: NoteSource[] = [];
	for (const file of files) {
		const read = readNote(file);
		if ("reason" in read) skipped.push(read);
		else sources.push(read);
	}
	skipped.sort((a, b) => compareText(a.path, b.path));
	return { sources, skipped };
}

/** A folder being read: where it was reached, where it really is (links followed), and its vault path. */
interface FolderToRead {
	absolute: string;
	real: string;
	path: string;
}

function walk(vaultReal: string, folder: FolderToRead, visited: Set<string>, files: NoteFile[], skipped: SkippedFile[]): void {
	let entries: Dirent[];
	try {
		// Sorted by code unit, not locale, so the order is the same on every machine.
		entries = readdirSync(folder.absolute, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
	} catch (error) {
		skipped.push({ path: folder.path === "" ? "." : `${folder.path}/`, reason: `the folder could not be read (${errorCode(error)})` });
		return;
	}
	for (const entry of entries) {
		const name = entry.name;
		if (name.startsWith(".") || IGNORED_FOLDERS.has(name)) continue;
		const childPath = folder.path === "" ? name : `${folder.path}/${name}`;
		const childAbsolute = join(folder.absolute, name);
		let real: string;
		let isFolder: boolean;
		let isFile: boolean;
		if (entry.isSymbolicLink()) {
			try {
				// realpath follows symbolic links, so a link is judged by where it leads.
				real = realpathSync(childAbsolute);
				const stats = statSync(real);
				isFolder = stats.isDirectory();
				isFile = stats.isFile();
			} catch (error) {
				if (name.endsWith(".md")) skipped.push({ path: childPath, reason: `the file could not be opened (${errorCode(error)})` });
				continue;
			}
			if (!isInside(vaultReal, real)) {
				if (isFolder || name.endsWith(".md")) {
					skipped.push({ path: childPath, reason: "it links to a place outside the vault, which is not followed" });
				}
				continue;
			}
		} else {
			// Not a link: it is where its folder really is, and the listing already says what it is. Asking the file
			// system again (realpath walks every folder of the path) made the walk cost more than reading the notes.
			real = join(folder.real, name);
			isFolder = entry.isDirectory();
			isFile = entry.isFile();
		}
		if (isFolder) {
			// A link back to a folder already read would loop or count notes twice.
			if (visited.has(real)) continue;
			visited.add(real);
			walk(vaultReal, { absolute: childAbsolute, real, path: childPath }, visited, files, skipped);
		} else if (isFile && name.endsWith(".md")) {
			files.push({ absolute: real, path: childPath });
		}
	}
}

function isInside(vaultReal: string, real: string): boolean {
	const rel = relative(vaultReal, real);
	return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** One file read as a note: its frontmatter and body, or why it could not be used. */
export type NoteFileResult =
	| { kind: "note"; frontmatter: unknown; body: string }
	| { kind: "missing" }
	| { kind: "skipped"; reason: string };

/** Reads one note file given by the user (for `draft`): the same safe reading as a vault's notes. */
export function readNoteFile(path: string): NoteFileResult {
	try {
		if (!statSync(path).isFile()) return { kind: "missing" };
	} catch {
		return { kind: "missing" };
	}
	const text = readText(path);
	if (typeof text !== "string") return { kind: "skipped", reason: text.reason };
	const parsed = readFrontmatter(text);
	if (!parsed.ok) return { kind: "skipped", reason: parsed.reason };
	return { kind: "note", frontmatter: parsed.frontmatter, body: parsed.body };
}

function readNote(file: NoteFile): NoteSource | SkippedFile {
	const text = readText(file.absolute);
	if (typeof text !== "string") return { path: file.path, reason: text.reason };
	const parsed = readFrontmatter(text);
	if (!parsed.ok) return { path: file.path, reason: parsed.reason };
	const source: NoteSource = { path: file.path, frontmatter: parsed.frontmatter };
	// The body was read, so a note without a thank-you section has no drafts rather than unknown drafts.
	source.drafts = mayHoldThankYouHeading(parsed.body) ? findThankYouDrafts(parsed.body) : [];
	return source;
}

/**
 * A file's text. Files with NUL bytes are binary, not notes, and are refused; other bytes that are not UTF-8 are
 * read leniently (as replacement characters), as Obsidian shows them, so one stray byte does not hide a note.
 */
function readText(absolute: string): string | { reason: string } {
	let bytes: Buffer;
	try {
		const read = readAtMost(absolute, MAX_NOTE_BYTES);
		if (read === "too large") {
			return { reason: `it is larger than ${MAX_NOTE_BYTES / 1024 / 1024} MB, too large for a note, so it was not read` };
		}
		bytes = read;
	} catch (error) {
		return { reason: `the file could not be read (${errorCode(error)})` };
	}
	if (bytes.includes(0)) return { reason: "it holds NUL bytes, so it is a binary file, not a note" };
	// TextDecoder drops a leading byte-order mark and replaces malformed bytes instead of failing.
	return new TextDecoder("utf-8").decode(bytes);
}

/** The file's bytes, or "too large" when it holds more than `limit`; never reads more than limit + 1 bytes. */
function readAtMost(absolute: string, limit: number): Buffer | "too large" {
	const fd = openSync(absolute, "r");
	try {
		const size = fstatSync(fd).size;
		if (size > limit) return "too large";
		// One byte more than the size, so a file that grew while it was read is noticed and read on.
		let buffer = Buffer.alloc(Math.min(limit + 1, size + 1));
		let used = 0;
		for (;;) {
			if (used === buffer.length) {
				if (used > limit) return "too large";
				const bigger = Buffer.alloc(Math.min(limit + 1, buffer.length * 2));
				buffer.copy(bigger);
				buffer = bigger;
			}
			const count = readSync(fd, buffer, used, buffer.length - used, null);
			if (count === 0) return buffer.subarray(0, used);
			used += count;
		}
	} finally {
		closeSync(fd);
	}
}

function errorCode(error: unknown): string {
	if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
	return error instanceof Error ? error.message.split("\n")[0] ?? "unknown error" : "unknown error";
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
