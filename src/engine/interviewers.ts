// The `interviewers` field: each item (a name, a link, or an object with `name` and the interviewer's own keys)
// read into an Interviewer, and the naming of a raw item that the frontmatter edits share with the reader.
import { describeType } from "./dates";
import { FIELDS, INTERVIEWER_FIELDS } from "./frontmatter-keys";
import {
	asProperties,
	describeValue,
	fieldProblem,
	isAbsent,
	listItems,
	own,
	quote,
	readText,
	readTime,
	readYesNo,
	sentenceProblem,
	type Properties,
} from "./frontmatter-values";
import { nameOf, type Name } from "./links";
import { reportMisspeltKeys } from "./near-miss-keys";
import type { Interviewer, LinkedInState, NoteTime, Problem } from "./types";

/** Keys compared with the known ones in one interviewer: a real one has six at most. */
const MOST_INTERVIEWER_KEYS_CHECKED = 50;

const LINKEDIN_STATES: readonly LinkedInState[] = ["requested", "connected", "skip"];

const INTERVIEWER_KEYS: readonly string[] = Object.values(INTERVIEWER_FIELDS);

/**
 * The display name of one raw `interviewers` item (a name, a link, an unquoted [[link]] that YAML read as a
 * nested list, or an object with a `name`), or null when the item names nobody. The frontmatter edits use
 * it to find an interviewer's item; the reader names interviewers through the same `nameOfItem`, so both agree.
 */
export function interviewerSubject(item: unknown): string | null {
	return nameOfItem(item).name?.subject ?? null;
}

/**
 * The name one `interviewers` item gives, and its keys when the item is an object. A number is not a name (elsewhere
 * `company: 3M`-like values may be numbers, but `interviewers: 42` is a slip, not a person).
 */
function nameOfItem(item: unknown): { name: Name | null; properties: Properties | null } {
	const properties = asProperties(item);
	const given = properties === null ? item : own(properties, INTERVIEWER_FIELDS.name);
	return { name: typeof given === "number" ? null : nameOf(given), properties };
}

/** Everyone in `interviewers`; `noteThanked` (the note's `thank_you_sent`) counts for each who has no `thanked` of their own. */
export function readInterviewers(value: unknown, noteThanked: NoteTime | null, problems: Problem[]): Interviewer[] {
	const field = FIELDS.interviewers;
	const interviewers: Interviewer[] = [];
	if (!isAbsent(value)) {
		// A single name, link or object (not in a list) is taken as the one interviewer.
		const single = !Array.isArray(value);
		const items = Array.isArray(value) ? listItems(value, field, "interviewers", problems) : [value];
		items.forEach((item, index) => {
			const interviewer = readInterviewer(item, index, single ? field : `${field}[${index}]`, noteThanked, problems);
			if (interviewer !== null) interviewers.push(interviewer);
		});
	}
	if (interviewers.length === 0) {
		problems.push(
			sentenceProblem(
				field,
				`No interviewer is named: add everyone who interviewed you to ${field} (for example \`${field}: [Jane Doe, John Smith]\`), so each of them gets their own thank-you note.`,
			),
		);
	}
	reportSameSubjects(interviewers, problems);
	return interviewers;
}

function readInterviewer(item: unknown, index: number, field: string, noteThanked: NoteTime | null, problems: Problem[]): Interviewer | null {
	const { name, properties } = nameOfItem(item);
	if (name === null && properties === null) {
		if (typeof item === "number") {
			problems.push(
				fieldProblem(
					field,
					`is a number, and a number is not a name: write the interviewer's name (Jane Doe) or a link ("[[Jane Doe]]"); it is left out until fixed.`,
				),
			);
			return null;
		}
		const found = isAbsent(item) ? "is empty" : `is ${describeType(item)}`;
		problems.push(
			fieldProblem(
				field,
				`${found}, not an interviewer: write a name (Jane Doe), a link ("[[Jane Doe]]") or name: Jane Doe; it is left out until fixed.`,
			),
		);
		return null;
	}
	if (name === null && properties !== null && typeof own(properties, INTERVIEWER_FIELDS.name) === "number") {
		problems.push(
			fieldProblem(
				field,
				`has a number as its ${INTERVIEWER_FIELDS.name}, and a number is not a name: write ${INTERVIEWER_FIELDS.name}: Jane Doe; it is left out until fixed.`,
			),
		);
		return null;
	}
	if (name === null) {
		problems.push(
			fieldProblem(
				field,
				`has no usable ${INTERVIEWER_FIELDS.name}: add ${INTERVIEWER_FIELDS.name}: Jane Doe (or a link, "[[Jane Doe]]"); it is left out until fixed.`,
			),
		);
		return null;
	}
	if (properties === null) {
		// Fields written out, not `...name`: a spread followed by more fields is a slow path in V8, and it was a fifth of
		// the time to evaluate a note.
		return { subject: name.subject, link: name.link, email: null, linkedinUrl: null, linkedin: null, thanked: noteThanked, oldFashioned: false, index };
	}
	const key = (each: string): string => `${field}.${each}`;
	const thanked = readTime(own(properties, INTERVIEWER_FIELDS.thanked), key(INTERVIEWER_FIELDS.thanked), problems);
	const interviewer: Interviewer = {
		subject: name.subject,
		link: name.link,
		email: readText(own(properties, INTERVIEWER_FIELDS.email), key(INTERVIEWER_FIELDS.email), problems),
		linkedinUrl: readText(own(properties, INTERVIEWER_FIELDS.linkedinUrl), key(INTERVIEWER_FIELDS.linkedinUrl), problems),
		linkedin: readLinkedIn(own(properties, INTERVIEWER_FIELDS.linkedin), key(INTERVIEWER_FIELDS.linkedin), problems),
		thanked: thanked ?? noteThanked,
		oldFashioned: readYesNo(own(properties, INTERVIEWER_FIELDS.oldFashioned), key(INTERVIEWER_FIELDS.oldFashioned), problems),
		index,
	};
	reportMisspeltKeys(properties, INTERVIEWER_KEYS, noOtherKey, `${field}.`, MOST_INTERVIEWER_KEYS_CHECKED, problems);
	return interviewer;
}

function noOtherKey(): boolean {
	return false;
}

function readLinkedIn(value: unknown, field: string, problems: Problem[]): LinkedInState | null {
	if (isAbsent(value)) return null;
	const word = typeof value === "string" ? value.trim().toLowerCase() : null;
	const state = LINKEDIN_STATES.find((each) => each === word);
	if (state !== undefined) return state;
	problems.push(
		fieldProblem(
			field,
			`should be one of ${LINKEDIN_STATES.join(", ")} (or empty before you send a request), not ${describeValue(value)}; it is ignored until fixed.`,
		),
	);
	return null;
}

/** Two interviewers with one name would get checks no one could tell apart: keep both, and say so. */
function reportSameSubjects(interviewers: Interviewer[], problems: Problem[]): void {
	if (interviewers.length < 2) return;
	const byName = new Map<string, Interviewer[]>();
	for (const interviewer of interviewers) {
		const sameName = interviewer.subject.toLowerCase();
		const same = byName.get(sameName);
		if (same === undefined) byName.set(sameName, [interviewer]);
		else same.push(interviewer);
	}
	for (const same of byName.values()) {
		const first = same[0];
		if (first === undefined || same.length < 2) continue;
		const where = same.map((each) => `${FIELDS.interviewers}[${each.index}]`).join(", ");
		problems.push(
			sentenceProblem(
				FIELDS.interviewers,
				`${quote(first.subject)} names more than one interviewer (${where}): give each a name of their own, such as a full name or a link alias, so their thank-yous can be told apart.`,
			),
		);
	}
}
