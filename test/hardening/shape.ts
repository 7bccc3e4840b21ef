// SPEC's JSON report, as a validator: every key, every type, every instant with its UTC offset, nothing extra.
// Shared by the hostile-note corpus and the fuzzers, so both hold the output to the same contract.
import { OUTCOMES, STAGES } from "../../src/engine/types";

/** ISO 8601 with seconds and the UTC offset (Z or ±hh:mm), as SPEC asks of every instant. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

const CHECK_STATES = ["done", "todo", "ok", "late", "due", "overdue", "generic", "waiting", "excess"];

/** The states each rule may be in (SPEC, "The seven checks"). */
const STATES_BY_RULE: Record<number, readonly string[]> = {
	1: ["done", "todo"],
	2: ["ok", "late", "due", "overdue"],
	3: ["generic", "ok"],
	4: ["waiting", "due", "done"],
	5: ["excess", "ok"],
	6: ["done", "todo"],
	7: ["done", "todo"],
};

/**
 * Every way `value` misses SPEC's report shape, as readable lines ("interviews[3].checks[0].due: …").
 * An empty list means the report fits.
 */
export function reportShapeErrors(value: unknown): string[] {
	const errors: string[] = [];
	const fail = (where: string, what: string): void => {
		errors.push(`${where}: ${what}`);
	};
	if (!isRecord(value)) return ["report: not an object"];
	exactKeys(value, ["now", "interviews", "skipped"], "report", fail);
	instant(value.now, "now", fail, false);
	if (!Array.isArray(value.interviews)) fail("interviews", "not a list");
	else value.interviews.forEach((interview, i) => interviewErrors(interview, `interviews[${i}]`, fail));
	if (!Array.isArray(value.skipped)) fail("skipped", "not a list");
	else {
		value.skipped.forEach((file, i) => {
			const where = `skipped[${i}]`;
			if (!isRecord(file)) return fail(where, "not an object");
			exactKeys(file, ["path", "reason"], where, fail);
			text(file.path, `${where}.path`, fail);
			oneLine(file.reason, `${where}.reason`, fail);
		});
	}
	return errors;
}

function interviewErrors(value: unknown, where: string, fail: (where: string, what: string) => void): void {
	if (!isRecord(value)) return fail(where, "not an object");
	exactKeys(value, ["path", "company", "role", "interviewDate", "outcome", "stage", "checks", "problems"], where, fail);
	text(value.path, `${where}.path`, fail);
	textOrNull(value.company, `${where}.company`, fail);
	textOrNull(value.role, `${where}.role`, fail);
	instant(value.interviewDate, `${where}.interviewDate`, fail, true);
	oneOf(value.outcome, OUTCOMES, `${where}.outcome`, fail);
	oneOf(value.stage, STAGES, `${where}.stage`, fail);
	if (!Array.isArray(value.checks)) fail(`${where}.checks`, "not a list");
	else value.checks.forEach((check, i) => checkErrors(check, `${where}.checks[${i}]`, fail));
	if (!Array.isArray(value.problems)) fail(`${where}.problems`, "not a list");
	else {
		value.problems.forEach((problem, i) => {
			const at = `${where}.problems[${i}]`;
			if (!isRecord(problem)) return fail(at, "not an object");
			exactKeys(problem, ["field", "message"], at, fail);
			text(problem.field, `${at}.field`, fail);
			text(problem.message, `${at}.message`, fail);
		});
	}
	// SPEC: a note whose interview date is missing or unusable is listed with its problems and no checks;
	// an upcoming interview gets no checks either.
	if (value.interviewDate === null && Array.isArray(value.checks) && value.checks.length > 0) fail(`${where}.checks`, "checks without an interview date");
	if (value.interviewDate === null && Array.isArray(value.problems) && value.problems.length === 0)
		fail(`${where}.problems`, "no problem says why the date is missing");
	if (value.stage === "upcoming" && Array.isArray(value.checks) && value.checks.length > 0) fail(`${where}.checks`, "checks on an upcoming interview");
}

function checkErrors(value: unknown, where: string, fail: (where: string, what: string) => void): void {
	if (!isRecord(value)) return fail(where, "not an object");
	exactKeys(value, ["rule", "subject", "state", "due", "message"], where, fail);
	const rule = value.rule;
	if (typeof rule !== "number" || !Number.isInteger(rule) || rule < 1 || rule > 7) fail(`${where}.rule`, `not a rule from 1 to 7: ${String(rule)}`);
	textOrNull(value.subject, `${where}.subject`, fail);
	oneOf(value.state, CHECK_STATES, `${where}.state`, fail);
	if (typeof rule === "number" && typeof value.state === "string" && !(STATES_BY_RULE[rule] ?? []).includes(value.state)) {
		fail(`${where}.state`, `rule ${rule} is never ${value.state}`);
	}
	instant(value.due, `${where}.due`, fail, true);
	text(value.message, `${where}.message`, fail);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function exactKeys(value: Record<string, unknown>, keys: readonly string[], where: string, fail: (where: string, what: string) => void): void {
	const found = Object.keys(value);
	for (const key of keys) if (!found.includes(key)) fail(where, `missing ${key}`);
	for (const key of found) if (!keys.includes(key)) fail(where, `unexpected key ${key}`);
}

function text(value: unknown, where: string, fail: (where: string, what: string) => void): void {
	if (typeof value !== "string") fail(where, `not text: ${typeof value}`);
	else if (value === "") fail(where, "empty");
}

function oneLine(value: unknown, where: string, fail: (where: string, what: string) => void): void {
	text(value, where, fail);
	if (typeof value === "string" && /[\r\n]/.test(value)) fail(where, "more than one line");
}

function textOrNull(value: unknown, where: string, fail: (where: string, what: string) => void): void {
	if (value !== null && typeof value !== "string") fail(where, `neither text nor null: ${typeof value}`);
}

function oneOf(value: unknown, allowed: readonly string[], where: string, fail: (where: string, what: string) => void): void {
	if (typeof value !== "string" || !allowed.includes(value)) fail(where, `not one of ${allowed.join(", ")}: ${String(value)}`);
}

function instant(value: unknown, where: string, fail: (where: string, what: string) => void, nullable: boolean): void {
	if (value === null && nullable) return;
	if (typeof value !== "string" || !ISO_INSTANT.test(value)) return fail(where, `not an ISO instant with its offset: ${String(value)}`);
	if (Number.isNaN(new Date(value).getTime())) fail(where, `not a real instant: ${value}`);
}
