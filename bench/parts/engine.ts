// The engine alone: every note of a vault evaluated at one moment, as the report and the plugin's first scan do.
// The notes are read and parsed beforehand (with the report's own reader), so only the engine is timed.
import { scanVault } from "../../src/cli/vault";
import { evaluateAll } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { benchNow, timeSync } from "./common";

export interface EngineResult {
	notes: number;
	interviewNotes: number;
	/**
	 * Milliseconds for the first evaluateAll in this fresh process, before the JIT has compiled the engine: what the
	 * command-line report pays, as it evaluates once and exits.
	 */
	cold: number;
	/** Milliseconds for one evaluateAll over the whole vault, per run, once the engine is compiled. */
	runs: number[];
}

export function benchEngine(folder: string, runs: number): EngineResult {
	const { sources } = scanVault(folder);
	const now = benchNow();
	let interviewNotes = 0;
	const cold = timeSync(() => {
		interviewNotes = evaluateAll(sources, now, DEFAULT_ENGINE_SETTINGS).length;
	});
	// One more run before the clock starts again, so the JIT has compiled the engine for every run that is timed.
	evaluateAll(sources, now, DEFAULT_ENGINE_SETTINGS);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		times.push(
			timeSync(() => {
				interviewNotes = evaluateAll(sources, now, DEFAULT_ENGINE_SETTINGS).length;
			}),
		);
	}
	return { notes: sources.length, interviewNotes, cold, runs: times };
}
