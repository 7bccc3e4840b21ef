// When an evaluation can next change as time passes, so the plugin's minute tick re-evaluates only the notes whose
// checks, stage or wording may have moved, instead of every interview note every minute.
import type { Evaluation } from "./types";

/**
 * The earliest instant from which evaluating the same note again may give a different result than it gave at
 * `evaluatedAt`; null when `evaluatedAt` is not a real time.
 *
 * The rules look at `now` only by comparing it with the interview's start and with the instants the checks give as
 * `due` (a thank-you deadline, the follow-up date), and the messages name a year only when it is not the current
 * one. So those instants, and the next New Year, are the only moments anything can change. A comparison may be
 * strict or not (`now <= deadline` is still due), so an instant equal to `evaluatedAt` counts from one millisecond
 * later. test/perf/next-change.test.ts checks this against the rules over many generated notes.
 */
export function nextChange(evaluation: Evaluation, evaluatedAt: Date): Date | null {
	const at = evaluatedAt.getTime();
	if (Number.isNaN(at)) return null;
	let next = new Date(evaluatedAt.getFullYear() + 1, 0, 1).getTime();
	const consider = (instant: Date | null | undefined): void => {
		const time = instant?.getTime();
		if (time === undefined || Number.isNaN(time)) return;
		const from = time > at ? time : time === at ? at + 1 : Number.POSITIVE_INFINITY;
		if (from < next) next = from;
	};
	consider(evaluation.note.interviewDate?.instant);
	for (const check of evaluation.checks) consider(check.due);
	return Number.isFinite(next) ? new Date(next) : null;
}
