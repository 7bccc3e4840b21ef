// The status report's two forms, JSON for scripts and text for people. It only formats: the engine decides every
// stage, check and problem, and the wording of each check comes from the engine's shared sentences.
import { clockTime, dayInWords, toIsoInstant, utcOffset } from "../engine/dates";
import { checkSummary, groupByStage, isOpen, relativeTime } from "../engine/index";
import { STAGE_TITLES } from "../engine/status";
import { STAGES, type Check, type CheckState, type Evaluation, type Stage } from "../engine/types";
import { formatNoteTime } from "../engine/wording";
import type { Palette } from "./colour";
import type { SkippedFile } from "./vault";
import { printable } from "./printable";

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
	palette: Palette;
}

/**
 * The report for people: a header with the vault and the moment judged from; per stage a heading with a count;
 * per note `company — role (path)` and the interview date, one indented line per open check, then its problems
 * as `path: field: message`; files that were skipped, with the reason, at the end.
 */
export function reportText(input: TextReportInput): string {
	const { palette, now } = input;
	const lines: string[] = [palette.heading(`Interview follow-up for ${printable(input.vault)}, as of ${dayInWords(now, "short", true)}, ${clockTime(now)} (UTC${utcOffset(now)})`)];
	const groups = groupByStage(input.evaluations);
	if (input.evaluations.length === 0) {
		lines.push("", `No interview notes here: none is tagged #${input.tag} or has type: interview.`);
	}
	for (const stage of STAGES) {
		const group = groups[stage];
		if (group.length === 0) continue;
		lines.push("", palette.heading(`${STAGE_TITLES[stage]} (${group.length})`));
		for (const evaluation of group) lines.push(...noteLines(evaluation, now, palette));
	}
	if (input.skipped.length > 0) {
		lines.push("", palette.heading(`Skipped (${input.skipped.length})`));
		for (const file of input.skipped) lines.push(`  ${palette.problem(printable(`${file.path}: ${file.reason}`))}`);
	}
	return `${lines.join("\n")}\n`;
}

function noteLines(evaluation: Evaluation, now: Date, palette: Palette): string[] {
	const { note } = evaluation;
	const title = [note.company ?? "(no company)", note.role].filter((part): part is string => part !== null && part !== "").join(" — ");
	const lines = [`  ${palette.note(printable(title))} ${palette.muted(`(${printable(evaluation.path)})`)} · ${interviewWhen(evaluation, now)}`];
	for (const check of evaluation.checks) {
		if (!isOpen(check)) continue;
		lines.push(`    ${colourFor(check.state, palette)(printable(checkSummary(check, now)))}`);
	}
	for (const problem of evaluation.problems) {
		lines.push(`    ${palette.problem(printable(`${evaluation.path}: ${problem.field}: ${problem.message}`))}`);
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

function colourFor(state: CheckState, palette: Palette): (text: string) => string {
	switch (state) {
		case "overdue":
			return palette.urgent;
		case "due":
		case "todo":
		case "generic":
		case "excess":
			return palette.soon;
		default:
			return palette.muted;
	}
}
