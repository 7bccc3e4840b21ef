// Reading one frontmatter value the same way in every field: usable text, times, yes/no and list items come
// back, anything else becomes a problem that names the field. Also the safe way into a note's mapping.
import { describeType, parseNoteTime } from "./dates";
import { nameOf } from "./links";
import type { NoteTime, Problem } from "./types";

/** A frontmatter mapping: data from the note, read only through `own`. */
export type Properties = Record<string, unknown>;

/** Items read from one list (interviewers, follow-ups, topics, tags): far more than any interview has. */
export const MOST_ITEMS_READ = 1000;

/** A mapping from the note, or null for anything else (a list, text, a date, nothing). */
export function asProperties(value: unknown): Properties | null {
	if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) return null;
	return value as Properties;
}

/** A key's value, read only when the note itself holds the key, so `__proto__` and friends mean nothing. */
export function own(properties: Properties, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
}

/** Absent, or emptied: Obsidian writes null for a property whose value was cleared. */
export function isAbsent(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

export function wrongType(field: string, expected: string, value: unknown): Problem {
	return fieldProblem(field, `should be ${expected}, not ${describeType(value)}; it is ignored until fixed.`);
}

/**
 * A problem whose message opens with its field ("interview_date is missing: …"): `detail` is the rest, so a view that
 * sets the field apart shows the rest as written.
 */
export function fieldProblem(field: string, detail: string): Problem {
	return { field, message: `${field} ${detail}`, detail };
}

/** A problem whose message is a sentence of its own ("No interviewer is named: …"): all of it is the detail. */
export function sentenceProblem(field: string, message: string): Problem {
	return { field, message, detail: message };
}

/** A user's text inside a message, cut short so that a huge value cannot flood the sidebar. */
export function quote(text: string): string {
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** A wrong value as a message shows it: text quoted (the user recognises their own word), anything else by its type. */
export function describeValue(value: unknown): string {
	return typeof value === "string" ? quote(value) : describeType(value);
}

/**
 * Text as the user wrote it. Numbers count as text, and a wikilink (`company: "[[Acme]]"`, or unquoted
 * `[[Acme]]`) is read as its display name: a draft should say "Acme", not "[[Acme]]".
 */
export function readText(value: unknown, field: string, problems: Problem[]): string | null {
	if (isAbsent(value)) return null;
	const name = nameOf(value);
	if (name === null) problems.push(wrongType(field, "text", value));
	return name === null ? null : name.subject;
}

/** A date or date-time; `whatThen`, when given, tells the user what becomes of an unreadable one. */
export function readTime(value: unknown, field: string, problems: Problem[], whatThen = ""): NoteTime | null {
	if (isAbsent(value)) return null;
	const result = parseNoteTime(value);
	if (result.ok) return result.time;
	problems.push(fieldProblem(field, `could not be read: ${result.reason}${whatThen === "" ? "" : `; ${whatThen}`}.`));
	return null;
}

/** `true`/`false`, or the words a user may type for them; anything else is a problem and counts as false. */
export function readYesNo(value: unknown, field: string, problems: Problem[]): boolean {
	if (isAbsent(value)) return false;
	if (typeof value === "boolean") return value;
	if (typeof value === "string") {
		const word = value.trim().toLowerCase();
		if (word === "true" || word === "yes") return true;
		if (word === "false" || word === "no") return false;
	}
	problems.push(fieldProblem(field, `should be true or false, not ${describeValue(value)}; false is used until fixed.`));
	return false;
}

export function splitOnCommas(text: string): string[] {
	return text
		.split(",")
		.map((part) => part.trim())
		.filter((part) => part !== "");
}

/** A list's items, at most MOST_ITEMS_READ of them; a longer list gets a problem rather than hours of work. */
export function listItems(list: unknown[], field: string, what: string, problems: Problem[]): unknown[] {
	if (list.length <= MOST_ITEMS_READ) return list;
	problems.push(
		fieldProblem(field, `holds ${list.length.toLocaleString("en-US")} ${what}: only the first ${MOST_ITEMS_READ.toLocaleString("en-US")} are read.`),
	);
	return list.slice(0, MOST_ITEMS_READ);
}
