// What every part of the benchmark shares: the moment the figures are taken at, a clock, and picking notes from a vault.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseNoteTime } from "../../src/engine/dates";

/** The benchmark's "now", as bench/generate.mjs spreads the notes around it: 20 November 2026, 16:00 local. */
export const BENCH_NOW_TEXT = "2026-11-20T16:00";

export function benchNow(): Date {
	const parsed = parseNoteTime(BENCH_NOW_TEXT);
	if (!parsed.ok) throw new Error(`the benchmark's now is not a date: ${parsed.reason}`);
	return parsed.time.instant;
}

/** Milliseconds one synchronous call takes. */
export function timeSync(work: () => void): number {
	const started = performance.now();
	work();
	return performance.now() - started;
}

/** Milliseconds one asynchronous call takes, to the moment its promise settles. */
export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

/** Every note of a vault folder (path -> text), in path order, skipping dot-folders as Obsidian and the report do. */
export function readNotes(folder: string): Map<string, string> {
	const notes = new Map<string, string>();
	const walk = (dir: string, prefix: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
			if (entry.name.startsWith(".")) continue;
			const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
			if (entry.isDirectory()) walk(join(dir, entry.name), path);
			else if (entry.name.endsWith(".md")) notes.set(path, readFileSync(join(dir, entry.name), "utf8"));
		}
	};
	walk(folder, "");
	return notes;
}

/**
 * `count` notes spread evenly over the vault's path order. Interview notes sit in month folders, so an even spread
 * gives interviews from every month: every stage and state, as in a real search, rather than one month's worth.
 */
export function spreadSample(notes: Map<string, string>, count: number): Record<string, string> {
	const entries = [...notes.entries()];
	if (count >= entries.length) return Object.fromEntries(entries);
	const picked: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		const entry = entries[Math.floor((i * entries.length) / count)];
		if (entry) picked[entry[0]] = entry[1];
	}
	return picked;
}

/**
 * The same note with its state changed the way a user changes it: a thank-you marked sent (or unmarked again), so
 * its checks and its card really change. The frontmatter stays valid YAML.
 */
export function toggledNote(text: string): string {
	if (/^thank_you_sent: 2026-11-20T15:59$/m.test(text)) return text.replace(/^thank_you_sent: 2026-11-20T15:59\n/m, "");
	if (/^thank_you_sent:.*$/m.test(text)) return text.replace(/^thank_you_sent:.*$/m, "thank_you_sent: 2026-11-20T15:59");
	return text.replace(/^---\n/, "---\nthank_you_sent: 2026-11-20T15:59\n");
}
