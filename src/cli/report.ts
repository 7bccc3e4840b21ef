// The status report's two forms, JSON for scripts and text for people. It only formats: the engine decides every
// stage, check and problem, and the wording of each check comes from the engine's shared sentences.
import { clockTime, dayInWords, toIsoInstant, utcOffset } from "../engine/dates";
import { checkSummary, groupByStage, isOpen, relativeTime } from "../engine/index";
import { STAGE_TITLES } from "../engine/status";
import { STAGES, type Check, type CheckState, type Evaluation, type Stage } from "../engine/types";
import { formatNoteTime, waitingFor } from "../engine/wording";
import type { Style } from "./colour";
import type { Line, Span } from "./printable";
import type { SkippedFile } from "./vault";

export interface CheckJson {
	rule: number;
	subject: string | null;
	state: CheckState;
	due: string | null;
	message: string;
}

export interface InterviewJson {
	path: string;
	company: string | null;
	role: string | null;
	interviewDate: string | null;
	outcome: string;
	stage: Stage;
	checks: CheckJson[];
	problems: { field: string; message: string }[];
}

export interface ReportJson {
	now: string;
	interviews: InterviewJson[];
	skipped: SkippedFile[];
}

/** What `--json` prints: SPEC's object, interviews in the report's order, every instant with its UTC offset. */
export function reportJson(evaluations: readonly Evaluation[], skipped: readonly SkippedFile[], now: Date): ReportJson {
	return {
		now: toIsoInstant(now),
		interviews: inReportOrder(evaluations).map((evaluation) => ({
			path: evaluation.path,
			company: evaluation.note.company,
			role: evaluation.note.role,
			interviewDate: evaluation.note.interviewDate === null ? null : toIsoInstant(evaluation.note.interviewDate.instant),
			outcome: evaluation.note.outcome,
			stage: evaluation.stage,
			checks: evaluation.checks.map(checkJson),
			problems: evaluation.problems.map((problem) => ({ field: problem.field, message: problem.message })),
		})),
		skipped: skipped.map((file) => ({ path: file.path, reason: file.reason })),
	};
}

function checkJson(check: Check): CheckJson {
	return {
		rule: check.rule,
		subject: check.subject,
		state: check.state,
		due: check.due === null ? null : toIsoInstant(check.due),
		message: check.message,
	};
}

function inReportOrder(evaluations: readonly Evaluation[]): Evaluation[] {
	const groups = groupByStage(evaluations);
	return STAGES.flatMap((stage) => groups[stage]);
}

export interface TextReportInput {
	vault: string;
	tag: string;
	evaluations: readonly Evaluation[];
	skipped: readonly SkippedFile[];
	now: Date;
}

/**
 * The report for people: a header with the vault and the moment judged from; per stage a heading with a count;
 * per note `company — role (path)` and the interview date, one indented line per open check, then its problems
 * as `path: field: message`; files that were skipped, with the reason, at the end. Lines, not text: the screen
 * (printable.ts) filters each part before it colours it.
 */
export function reportText(input: TextReportInput): Line[] {
	const { now } = input;
	const lines: Line[] = [
		[heading(`Interview follow-up for ${input.vault}, as of ${dayInWords(now, "short", true)}, ${clockTime(now)} (UTC${utcOffset(now)})`)],
	];
	const groups = groupByStage(input.evaluations);
	if (input.evaluations.length === 0) {
		lines.push([], [`No interview notes here: none is tagged #${input.tag} or has type: interview.`]);
	}
	for (const stage of STAGES) {
		const group = groups[stage];
		if (group.length === 0) continue;
		lines.push([], [heading(`${STAGE_TITLES[stage]} (${group.length})`)]);
		for (const evaluation of group) lines.push(...noteLines(evaluation, now));
	}
	if (input.skipped.length > 0) {
		lines.push([], [heading(`Skipped (${input.skipped.length})`)]);
		for (const file of input.skipped) lines.push(["  ", { style: "problem", text: `${file.path}: ${file.reason}` }]);
	}
	return lines;
}

function heading(text: string): Span {
	return { style: "heading", text };
}

function noteLines(evaluation: Evaluation, now: Date): Line[] {
	const { note } = evaluation;
	const title = [note.company ?? "(no company)", note.role].filter((part): part is string => part !== null && part !== "").join(" — ");
	const lines: Line[] = [
		["  ", { style: "note", text: title }, " ", { style: "muted", text: `(${evaluation.path})` }, ` · ${interviewWhen(evaluation, now)}`],
	];
	const open = evaluation.checks.filter(isOpen);
	for (const check of open) lines.push(["    ", { style: styleFor(check.state), text: checkSummary(check, now) }]);
	// A waiting note with nothing open still says what it waits for, in the same words as the sidebar.
	const waiting = open.length === 0 ? waitingFor(evaluation, now) : null;
	if (waiting !== null) lines.push(["    ", { style: "muted", text: waiting }]);
	for (const problem of evaluation.problems) {
		lines.push(["    ", { style: "problem", text: `${evaluation.path}: ${problem.field}: ${problem.message}` }]);
	}
	return lines;
}

function interviewWhen(evaluation: Evaluation, now: Date): string {
	const date = evaluation.note.interviewDate;
	if (date === null) return "no interview date";
	const when = `interview ${formatNoteTime(date, now)}`;
	// An upcoming interview is easier to plan around with its distance from now.
	return evaluation.stage === "upcoming" ? `${when} (${relativeTime(date.instant, now)})` : when;
}

function styleFor(state: CheckState): Style {
	switch (state) {
		case "overdue":
			return "urgent";
		case "due":
		case "todo":
		case "generic":
		case "excess":
			return "soon";
		default:
			return "muted";
	}
}
