// The engine cold, as the command-line report meets it: the first evaluateAll in a fresh process, before the JIT has
// seen any of the engine's code. bench/run.mjs starts one process per run, so every figure is a first call.
import { scanVault } from "../../src/cli/vault";
import { evaluateAll } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { benchNow, timeSync } from "./common";

export interface EngineColdResult {
	interviewNotes: number;
	/** Milliseconds for the first evaluateAll over the whole vault in this process. */
	first: number;
}

export function benchEngineCold(folder: string): EngineColdResult {
	const { sources } = scanVault(folder);
	const now = benchNow();
	let interviewNotes = 0;
	const first = timeSync(() => {
		interviewNotes = evaluateAll(sources, now, DEFAULT_ENGINE_SETTINGS).length;
	});
	return { interviewNotes, first };
}
