// Reads one file the report was asked to read (a note, a template, a settings file) safely: only a regular file is
// read, never a named pipe, socket or device that could hold the report forever, and never more than a cap.
import { Buffer } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** A note larger than this is not an interview note someone typed; it is skipped rather than read whole. */
export const MAX_NOTE_BYTES = 10 * 1024 * 1024;

/**
 * Non-blocking, so opening a named pipe returns at once instead of waiting for a writer that never comes; no
 * controlling terminal, should a device be opened. (Windows has neither flag, nor pipes in the file tree.)
 */
const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const NOT_THROUGH_A_LINK = constants.O_NOFOLLOW ?? 0;

/** One decoder for every file: it drops a leading byte-order mark and replaces malformed bytes instead of failing. */
const UTF8 = new TextDecoder("utf-8");

/** Shared by every read and grown when a larger file comes, so reading a vault does not allocate per file. */
let scratch = Buffer.allocUnsafe(64 * 1024);

export type FileText = { kind: "text"; text: string } | { kind: "missing" } | { kind: "folder" } | { kind: "unusable"; reason: string };

export interface ReadOptions {
	/**
	 * False when the path is already the file's real path (the vault walk resolved it): a last part that has since
	 * become a link was put there after the walk, and is not followed.
	 */
	followLink: boolean;
	limit?: number;
}

/**
 * A file's text. Files with NUL bytes are binary, not notes, and are refused; other bytes that are not UTF-8 are
 * read leniently (as replacement characters), as Obsidian shows them, so one stray byte does not hide a note.
 */
export function readFileText(absolute: string, options: ReadOptions): FileText {
	const limit = options.limit ?? MAX_NOTE_BYTES;
	let fd: number;
	try {
		fd = openSync(absolute, OPEN_FOR_READING | (options.followLink ? 0 : NOT_THROUGH_A_LINK));
	} catch (error) {
		const code = errorCode(error);
		if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
		// Linux refuses to open a socket at all.
		if (code === "ENXIO") return { kind: "unusable", reason: "it is a socket, not a file, so it was not read" };
		return { kind: "unusable", reason: `the file could not be opened (${code})` };
	}
	try {
		const stats = fstatSync(fd);
		if (stats.isDirectory()) return { kind: "folder" };
		// Asked of the open file itself, so a file swapped for a pipe after the folder was listed is caught here.
		if (!stats.isFile()) return { kind: "unusable", reason: `${notAFile(stats)}, so it was not read` };
		if (stats.size > limit) return { kind: "unusable", reason: tooLarge(limit) };
		const length = readInto(fd, stats.size, limit);
		if (length === "too large") return { kind: "unusable", reason: tooLarge(limit) };
		const bytes = scratch.subarray(0, length);
		if (bytes.includes(0)) return { kind: "unusable", reason: "it holds NUL bytes, so it is a binary file, not a note" };
		return { kind: "text", text: UTF8.decode(bytes) };
	} catch (error) {
		return { kind: "unusable", reason: `the file could not be read (${errorCode(error)})` };
	} finally {
		closeSync(fd);
	}
}

/** What a file that is not a regular file is, as a clause: "it is a named pipe (FIFO), not a file". */
export function notAFile(stats: Pick<Stats, "isFIFO" | "isSocket" | "isCharacterDevice" | "isBlockDevice">): string {
	if (stats.isFIFO()) return "it is a named pipe (FIFO), not a file";
	if (stats.isSocket()) return "it is a socket, not a file";
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return "it is a device, not a file";
	return "it is not a regular file";
}

function tooLarge(limit: number): string {
	return `it is larger than ${limit / 1024 / 1024} MB, too large for a note, so it was not read`;
}

/**
 * Reads the open file into `scratch` and returns how many bytes it holds. One call for a file whose size is known:
 * it asks for one byte more than the size, so a file that grew since `fstat` is noticed and read on (up to the cap).
 */
function readInto(fd: number, size: number, limit: number): number | "too large" {
	ensureScratch(Math.min(size, limit) + 1);
	let used = 0;
	for (;;) {
		const count = readSync(fd, scratch, used, scratch.length - used, null);
		if (count === 0) return used;
		used += count;
		// Short of the size: a short read (a network drive), ask for the rest.
		if (used < size) continue;
		if (used === size) return used;
		if (used > limit) return "too large";
		if (used === scratch.length) ensureScratch(Math.min(limit + 1, scratch.length * 2));
	}
}

function ensureScratch(length: number): void {
	if (scratch.length >= length) return;
	const bigger = Buffer.allocUnsafe(Math.max(length, scratch.length * 2));
	scratch.copy(bigger);
	scratch = bigger;
}

export function errorCode(error: unknown): string {
	if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
	return error instanceof Error ? (error.message.split("\n")[0] ?? "unknown error") : "unknown error";
}
