// What the plugin does while Obsidian starts, before the layout is ready: its onload, and the 'create' event Obsidian
// fires for every file of the vault. The index waits for the layout, so neither should read or evaluate any note.
import { createTestApp } from "../../test/harness/app";
import type { Plugin as HarnessPlugin } from "../../test/harness/plugin";
import { TEST_MANIFEST } from "../../test/harness/app";
import InterviewFollowUpPlugin from "../../src/main";
import { readNotes, timeAsync, timeSync } from "./common";

export interface LoadResult {
	notes: number;
	/** Milliseconds of onload, per run. */
	onload: number[];
	/** Milliseconds of the 'create' events for every file, with the plugin listening, per run. */
	startupEvents: number[];
	/** Across all runs, before the layout was ready: notes read from the vault, and notes evaluated. */
	reads: number;
	evaluations: number;
	metadataLookups: number;
}

export async function benchLoad(folder: string, runs: number): Promise<LoadResult> {
	const notes = readNotes(folder);
	const app = createTestApp(Object.fromEntries(notes));
	let reads = 0;
	let metadataLookups = 0;
	const { vault, metadataCache } = app;
	const read = vault.read.bind(vault);
	const cachedRead = vault.cachedRead.bind(vault);
	const getFileCache = metadataCache.getFileCache.bind(metadataCache);
	vault.read = (file) => {
		reads++;
		return read(file);
	};
	vault.cachedRead = (file) => {
		reads++;
		return cachedRead(file);
	};
	metadataCache.getFileCache = (file) => {
		metadataLookups++;
		return getFileCache(file);
	};
	const onload: number[] = [];
	const startupEvents: number[] = [];
	let evaluations = 0;
	for (let i = 0; i < runs + 2; i++) {
		// As loadPlugin does, with the two steps timed apart.
		const plugin = new InterviewFollowUpPlugin(app.asObsidian(), { ...TEST_MANIFEST });
		const harnessPlugin = plugin as unknown as HarnessPlugin;
		const loadMs = await timeAsync(async () => {
			harnessPlugin.load();
			await harnessPlugin.loading;
		});
		const eventsMs = timeSync(() => {
			for (const file of vault.getAllLoadedFiles()) if (file !== vault.getRoot()) vault.trigger("create", file);
		});
		evaluations += plugin.index.evaluationCount;
		// The first two loads warm the JIT up and are not counted.
		if (i >= 2) {
			onload.push(loadMs);
			startupEvents.push(eventsMs);
		}
		plugin.unload();
		await app.workspace.closingDone();
	}
	return { notes: notes.size, onload, startupEvents, reads, evaluations, metadataLookups };
}
