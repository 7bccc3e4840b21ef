// From checks to what the user sees first: a note's stage, which checks still ask something of them, and the
// order of notes within the sidebar's and the report's groups.
import { hasNotStarted } from "./rules";
import { STAGES } from "./types";
import type { Check, Evaluation, InterviewNote, Stage } from "./types";

/** Each stage's title, as the sidebar's groups and the report's headings show it. */
export const STAGE_TITLES: Record<Stage, string> = {
	"act-now": "Act now",
	waiting: "Waiting",
	upcoming: "Upcoming",
	closed: "Closed",
};

/**
 * The first stage that fits: `upcoming` before the interview starts; `closed` after an offer, a withdrawal, or a
 * rejection answered graciously; `act-now` when a check is due or overdue or a gracious reply is still to write;
 * else `waiting`.
 */
export function stageOf(note: InterviewNote, checks: Check[], now: Date): Stage {
	const interview = note.interviewDate;
	if (interview === null) {
		// Without a usable interview date there are no checks, but the note must not sink out of sight: unless
		// it is over anyway, it asks to be fixed now, where the user will see its problems.
		return isOver(note, note.outcome === "rejected" && note.graciousNoteSent !== null) ? "closed" : "act-now";
	}
	if (hasNotStarted(interview, now)) return "upcoming";
	const graciousDone = checks.some((c) => c.rule === 7 && c.state === "done");
	if (isOver(note, graciousDone)) return "closed";
	const actNow = checks.some((c) => c.state === "overdue" || c.state === "due" || (c.rule === 7 && c.state === "todo"));
	return actNow ? "act-now" : "waiting";
}

function isOver(note: InterviewNote, graciousDone: boolean): boolean {
	return note.outcome === "offer" || note.outcome === "withdrawn" || (note.outcome === "rejected" && graciousDone);
}

/**
 * Whether a check still asks something of the user: something to do (`todo`, `due`, `overdue`), to fix (`generic`),
 * to heed (`excess`: stop following up) or to expect (`waiting`: a follow-up coming up). Done, on time and late
 * thank-yous ask nothing more.
 */
export function isOpen(check: Check): boolean {
	switch (check.state) {
		case "todo":
		case "due":
		case "overdue":
		case "generic":
		case "excess":
		case "waiting":
			return true;
		case "done":
		case "ok":
		case "late":
			return false;
	}
}

/** What a note is ordered by: its stage's place in STAGES, its earliest due in milliseconds (null: none), its path. */
export interface OrderKey {
	stage: number;
	due: number | null;
	path: string;
}

/** A note's order key, worked out once so that a sort or an insertion compares keys rather than checks. */
export function orderKey(evaluation: Evaluation): OrderKey {
	return { stage: STAGES.indexOf(evaluation.stage), due: earliestDue(evaluation), path: evaluation.path };
}

/**
 * Stage order (STAGES), then the earliest due first: the earliest `due` among a note's open checks, or for an
 * upcoming interview its start. Notes with nothing due come after those with a date; ties go by path, so the
 * order is the same on every run and every machine.
 */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
	const byStage = a.stage - b.stage;
	if (byStage !== 0) return byStage;
	const aDue = a.due;
	const bDue = b.due;
	if (aDue !== null && bDue !== null && aDue !== bDue) return aDue - bDue;
	if (aDue !== null && bDue === null) return -1;
	if (aDue === null && bDue !== null) return 1;
	if (a.path === b.path) return 0;
	return a.path < b.path ? -1 : 1;
}

/** Two notes in the order they are shown (see compareOrderKeys); to sort many, `sortEvaluations` is cheaper. */
export function compareEvaluations(a: Evaluation, b: Evaluation): number {
	return compareOrderKeys(orderKey(a), orderKey(b));
}

/** The evaluations in the order they are shown, each note's key worked out once rather than at every comparison. */
export function sortEvaluations(evaluations: readonly Evaluation[]): Evaluation[] {
	const keyed = evaluations.map((evaluation) => ({ evaluation, key: orderKey(evaluation) }));
	keyed.sort((a, b) => compareOrderKeys(a.key, b.key));
	return keyed.map((each) => each.evaluation);
}

/** The time a note is ordered by within its stage, in milliseconds, or null when nothing is due. */
export function earliestDue(evaluation: Evaluation): number | null {
	if (evaluation.stage === "upcoming") return evaluation.note.interviewDate?.instant.getTime() ?? null;
	let earliest: number | null = null;
	for (const check of evaluation.checks) {
		if (!isOpen(check) || check.due === null) continue;
		const due = check.due.getTime();
		if (Number.isNaN(due)) continue;
		if (earliest === null || due < earliest) earliest = due;
	}
	return earliest;
}

/** Evaluations grouped by stage, every stage present (empty when nothing is in it), each group in order. */
export function groupByStage(evaluations: readonly Evaluation[]): Record<Stage, Evaluation[]> {
	const groups: Record<Stage, Evaluation[]> = { "act-now": [], waiting: [], upcoming: [], closed: [] };
	for (const evaluation of evaluations) groups[evaluation.stage].push(evaluation);
	for (const stage of STAGES) groups[stage] = sortEvaluations(groups[stage]);
	return groups;
}
