// The engine's entry point for every caller (the plugin, the command-line report, the tests): from a note's raw
// frontmatter to its checks, problems and stage at a given moment.
import { isInterviewNote, readInterviewNote } from "./note";
import { checkNote } from "./rules";
import { sortEvaluations, stageOf } from "./status";
import type { EngineSettings, Evaluation, NoteSource } from "./types";

export * from "./types";
export { checkNote } from "./rules";
export { compareEvaluations, compareOrderKeys, groupByStage, isOpen, orderKey, sortEvaluations, stageOf, STAGE_TITLES, type OrderKey } from "./status";
export { checkSummary, formatDay, formatMoment, formatNoteTime, GENERIC_REASON_WORDS, relativeTime, waitingFor } from "./wording";
export { draftFor, findThankYouDrafts, genericReason } from "./personalisation";
export { isInterviewNote, normaliseOutcome, readInterviewNote } from "./note";
export { SETTING_BOUNDS, usableSettings } from "./settings";

/** Everything the engine says about one interview note at `now`: what it read, its checks, problems and stage. */
export function evaluate(source: NoteSource, now: Date, settings: EngineSettings): Evaluation {
	const { note, problems } = readInterviewNote(source.path, source.frontmatter);
	const checks = checkNote(note, now, settings, source.drafts);
	return { path: source.path, note, stage: stageOf(note, checks, now), checks, problems };
}

/** The interview notes among `sources`, evaluated at `now`, in the order they are shown: by stage, earliest due first. */
export function evaluateAll(sources: Iterable<NoteSource>, now: Date, settings: EngineSettings): Evaluation[] {
	const evaluations: Evaluation[] = [];
	for (const source of sources) {
		if (isInterviewNote(source.path, source.frontmatter, settings)) evaluations.push(evaluate(source, now, settings));
	}
	return sortEvaluations(evaluations);
}
