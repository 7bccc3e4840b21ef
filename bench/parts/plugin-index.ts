// The plugin's index in the Obsidian test double, fed with the metadata cache's objects: the first full index when
// the layout becomes ready, one changed note applied, and one minute-tick, with the status bar listening as on desktop.
import { performance } from "node:perf_hooks";
import { setTimeout as nodeSetTimeout } from "node:timers";
import { createTestApp, loadPlugin, unloadPlugin } from "../../test/harness/app";
import InterviewFollowUpPlugin from "../../src/main";
import { benchNow, readNotes, timeAsync, timeSync, toggledNote } from "./common";

export interface IndexResult {
	notes: number;
	interviewNotes: number;
	/** Milliseconds from the layout becoming ready to every interview note evaluated, per run. */
	firstIndex: number[];
	/**
	 * The longest the event loop was held during that first index, per run, in milliseconds: how long Obsidian would
	 * freeze. Measured by a 1 ms timer on Node's own clock (happy-dom's timers, and Node's event-loop delay monitor
	 * with happy-dom loaded, report nothing here): the longest gap between two of its turns.
	 */
	longestStall: number[];
	/** Milliseconds to apply one changed note (no thank-you draft in its body: the index reads no file), per change. */
	change: number[];
	/** The same for a note with thank-you drafts, whose body the index reads again. */
	changeWithDrafts: number[];
	/** Milliseconds for one minute-tick over every interview note, per tick. */
	tick: number[];
	/** Evaluations each change caused (should be 1 every time). */
	evaluationsPerChange: number[];
	/** Evaluations each tick caused (should be the number of interview notes). */
	evaluationsPerTick: number[];
}

export async function benchIndex(folder: string, runs: number, changes: number): Promise<IndexResult> {
	const notes = readNotes(folder);
	// The metadata cache computes every note's metadata here, once, as Obsidian has it cached when it starts.
	const app = createTestApp(Object.fromEntries(notes));
	const now = benchNow();
	const firstIndex: number[] = [];
	const longestStall: number[] = [];
	let plugin: InterviewFollowUpPlugin | null = null;
	for (let i = 0; i < runs + 1; i++) {
		if (plugin) await unloadPlugin(plugin, app);
		// Each run is a fresh start: the plugin loads before the layout is ready and indexes once it is.
		app.workspace.layoutReady = false;
		const loaded = await loadPlugin(InterviewFollowUpPlugin, app);
		loaded.now = () => now;
		const stalls = watchStalls();
		const ms = await timeAsync(async () => {
			await app.workspace.triggerLayoutReady();
			await loaded.index.settled();
		});
		const stall = await stalls.stop();
		// The first run warms the JIT up and is not counted.
		if (i > 0) {
			firstIndex.push(ms);
			longestStall.push(stall);
		}
		plugin = loaded;
	}
	if (!plugin) throw new Error("the plugin did not load");
	const index = plugin.index;
	const interviewNotes = index.all().length;

	const paths = index.all().map((evaluation) => evaluation.path);
	const plain = paths.find((path) => !/^#+ Thank-you/m.test(notes.get(path) ?? ""));
	const withDrafts = paths.find((path) => /^#+ Thank-you/m.test(notes.get(path) ?? ""));
	const evaluationsPerChange: number[] = [];
	const changeOnce = async (path: string | undefined, into: number[]): Promise<void> => {
		if (path === undefined) return;
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note ${path}`);
		let text = notes.get(path) ?? "";
		for (let i = 0; i < changes + 5; i++) {
			text = toggledNote(text);
			// The cache parses the new text first, untimed (Obsidian does that in a worker); then its news is timed. Only
			// the frontmatter changes, so the body the index may read from the vault is the same as before.
			app.metadataCache.index(file, text);
			const cache = app.metadataCache.getFileCache(file);
			const before = index.evaluationCount;
			const ms = await timeAsync(async () => {
				app.metadataCache.trigger("changed", file, text, cache);
				await index.settled();
			});
			// The first few changes warm the JIT up and are not counted.
			if (i >= 5) {
				into.push(ms);
				evaluationsPerChange.push(index.evaluationCount - before);
			}
		}
	};
	const change: number[] = [];
	const changeWithDrafts: number[] = [];
	await changeOnce(plain, change);
	await changeOnce(withDrafts, changeWithDrafts);

	const tick: number[] = [];
	const evaluationsPerTick: number[] = [];
	for (let i = 0; i < changes + 5; i++) {
		const later = new Date(now.getTime() + (i + 1) * 60_000);
		plugin.now = () => later;
		const before = index.evaluationCount;
		const ms = timeSync(() => index.tick());
		// The first few ticks warm the JIT up and are not counted.
		if (i >= 5) {
			tick.push(ms);
			evaluationsPerTick.push(index.evaluationCount - before);
		}
	}
	await unloadPlugin(plugin, app);
	return { notes: notes.size, interviewNotes, firstIndex, longestStall, change, changeWithDrafts, tick, evaluationsPerChange, evaluationsPerTick };
}

/** Starts a 1 ms timer on Node's clock; `stop` resolves to the longest gap between its turns, in milliseconds. */
function watchStalls(): { stop(): Promise<number> } {
	let last = performance.now();
	let longest = 0;
	let running = true;
	const turn = (): void => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
		if (running) nodeSetTimeout(turn, 1);
	};
	nodeSetTimeout(turn, 1);
	return {
		async stop() {
			// One more turn records a block that ended the work being watched.
			await new Promise((resolve) => nodeSetTimeout(resolve, 2));
			running = false;
			return longest;
		},
	};
}
