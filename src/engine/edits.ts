// The frontmatter edits behind the commands. Each command is planned on the note's frontmatter as the note is
// now: a list of changes (set one key, add one list item, set one key inside one interviewer's item). `editNote`
// makes them as text edits of the frontmatter block in the note's own style (frontmatter-edit.ts), then parses the
// result and hands back the new text only when it reads as the old data with exactly those changes.
import { parseNoteTime } from "./dates";
import { appendItem, setInItem, setValue, type TextEdit, type Written } from "./frontmatter-edit";
import { splitFrontmatter } from "./frontmatter-block";
import { FOLLOW_UP_FIELDS } from "./frontmatter-keys";
import { asProperties, isAbsent, own } from "./frontmatter-values";
import { unquotedLink } from "./links";
import { FIELDS, INTERVIEWER_FIELDS, interviewerSubject, normaliseOutcome, readInterviewNote } from "./note";
import { dontOverdoIt } from "./rules";
import type { Outcome } from "./types";

type Frontmatter = Record<string, unknown>;

/** One change a command makes to a note's frontmatter. */
export type Change =
	/** Sets a top-level key (replacing its value where it is written, or adding the key at the end). */
	| { kind: "set"; key: string; value: Written }
	/** Adds `item` to the list `key`; a single value instead of a list becomes the list `[...read, item]`. */
	| { kind: "append"; key: string; item: Written; read: readonly unknown[] }
	/**
	 * Sets `field` inside one item of the list `key` (`position` null: `key` holds that one item itself). An item
	 * that is not a mapping becomes `{name, field}`, `name` being what the item said.
	 */
	| { kind: "set-in-item"; key: string; position: number | null; field: string; value: Written; name: unknown };

/**
 * Who was thanked: one interviewer by display name (an `Interviewer` passes its `index` too, which picks that
 * very item when two share a name), or everyone.
 */
export type ThankedWho = { subject: string; index?: number } | "all";

/**
 * Records a thank-you sent at `when`.
 *
 * One interviewer: writes `thanked` on that interviewer's item, turning a plain name or link into
 * `{name, thanked}` only for that item. A recorded, readable `thanked` is kept (the first record is the fact the
 * deadline is judged by), so marking again changes nothing; an unreadable one is replaced.
 *
 * Everyone: when no interviewer has a `thanked` of their own, writes the note's `thank_you_sent` and leaves the
 * items alone. Otherwise writes `thanked` on every item without one, except when `thank_you_sent` already
 * covers those items: rewriting them would move a thank-you already recorded.
 */
export function markThanked(frontmatter: Frontmatter, who: ThankedWho, when: string): Change[] {
	const items = interviewerItems(frontmatter);
	if (who === "all") {
		const named = items.filter((item) => item.subject !== null);
		if (!named.some((item) => hasUsableTime(ownThanked(item.value)))) return setTimeUnlessRecorded(frontmatter, FIELDS.thankYouSent, when);
		if (hasUsableTime(own(frontmatter, FIELDS.thankYouSent))) return [];
		return named.flatMap((item) => thankedOn(item, when));
	}
	return itemsOf(items, who).flatMap((item) => thankedOn(item, when));
}

/**
 * Appends a follow-up at `when` (or `{date, channel}` with a channel) to `follow_ups`, creating the list or
 * turning a single value into one. One already recorded at the same time is taken as the same follow-up
 * logged twice (a double click), so nothing changes.
 */
export function logFollowUp(frontmatter: Frontmatter, when: string, channel?: string): Change[] {
	const list = followUpList(own(frontmatter, FIELDS.followUps));
	if (list.some((entry) => sameTime(followUpDate(entry), when))) return [];
	const item: Written = channel === undefined || channel.trim() === "" ? when : { [FOLLOW_UP_FIELDS.date]: when, [FOLLOW_UP_FIELDS.channel]: channel.trim() };
	// A single value becomes a list of what the reader took from it, then the new one.
	return [{ kind: "append", key: FIELDS.followUps, item, read: list }];
}

/**
 * Whether the note, with `changes` made, has more follow-ups than anyone asked for (rule 5 says `excess`): the
 * question to ask before logging one more. Read from the frontmatter being edited, never from an older copy.
 */
export function overdoesFollowUps(path: string, frontmatter: Frontmatter, changes: readonly Change[], now: Date): boolean {
	const { note } = readInterviewNote(path, applyChanges(frontmatter, changes));
	return dontOverdoIt(note, now).some((check) => check.state === "excess");
}

/**
 * Records a LinkedIn request to an interviewer: `linkedin: requested` on their item, turning a plain name into
 * an object. `connected` is already further along and stays; `skip` gives way, since a request was sent after all.
 */
export function markLinkedInRequested(frontmatter: Frontmatter, subject: string): Change[] {
	return itemsOf(interviewerItems(frontmatter), { subject })
		.filter((item) => {
			const state = linkedInState(item.value);
			return state !== "requested" && state !== "connected";
		})
		.map((item) => inItem(item, INTERVIEWER_FIELDS.linkedin, "requested"));
}

/**
 * Sets `outcome`. An outcome already written with other capitals or spaces ("Next round"), or a missing one when
 * the outcome is `pending` (its default), means the same and is left as the user wrote it.
 */
export function setOutcome(frontmatter: Frontmatter, outcome: Outcome): Change[] {
	const current = own(frontmatter, FIELDS.outcome);
	if (isAbsent(current) ? outcome === "pending" : normaliseOutcome(current) === outcome) return [];
	return [{ kind: "set", key: FIELDS.outcome, value: outcome }];
}

/** Records the note after a rejection as sent at `when`; a readable date already recorded is kept. */
export function markGraciousNoteSent(frontmatter: Frontmatter, when: string): Change[] {
	return setTimeUnlessRecorded(frontmatter, FIELDS.graciousNoteSent, when);
}

// ---- The data the changes make ----

/** The frontmatter with `changes` made, as a new object: `frontmatter` itself is not touched. */
export function applyChanges(frontmatter: Frontmatter, changes: readonly Change[]): Frontmatter {
	const result: Frontmatter = { ...frontmatter };
	for (const change of changes) {
		const current = own(result, change.key);
		if (change.kind === "set") result[change.key] = change.value;
		else if (change.kind === "append")
			result[change.key] = Array.isArray(current) ? [...(current as unknown[]), change.item] : [...change.read, change.item];
		else if (change.position === null) {
			const turned = withField(current, change);
			result[change.key] = asProperties(current) === null ? [turned] : turned;
		} else if (Array.isArray(current)) {
			const list = [...(current as unknown[])];
			list[change.position] = withField(list[change.position], change);
			result[change.key] = list;
		}
	}
	return result;
}

function withField(item: unknown, change: Extract<Change, { kind: "set-in-item" }>): Frontmatter {
	const properties = asProperties(item);
	if (properties !== null) return { ...properties, [change.field]: change.value };
	return { [INTERVIEWER_FIELDS.name]: change.name, [change.field]: change.value };
}

// ---- Making the changes in the note's text ----

/** A YAML reader: Obsidian's `parseYaml` in the plugin, the command line's reader in tests. It may throw. */
export type ParseYaml = (yaml: string) => unknown;

/** The changes a command makes, planned on the frontmatter as the note is now; null to stop and ask the user first. */
export type Plan = (frontmatter: Frontmatter) => readonly Change[] | null;

export type NoteEdit =
	/** The new text, and the one stretch of the old text it replaces (`from`..`to` becomes `insert`). */
	| { outcome: "changed"; text: string; from: number; to: number; insert: string }
	| { outcome: "unchanged" }
	/** The plan stopped to ask the user something; nothing was changed. */
	| { outcome: "halted" }
	/** Nothing may be written; `reason` follows "Could not update <note>: ". */
	| { outcome: "refused"; reason: string };

/** Values compared when checking an edit; a note past this (an alias bomb, a runaway file) is left alone. */
export const MOST_VALUES_COMPARED = 200_000;

const NOT_READ_BACK = "the change would not read back exactly as intended, so nothing was written; edit the note by hand";

/**
 * Plans `plan` on the note's frontmatter, makes it as a text edit of the frontmatter block and checks it: parsed
 * again, the block must read as the old data with exactly the planned changes. Every byte outside the edited values
 * stays as it was (a byte-order mark, CRLF line ends, comments, the body); a note without frontmatter gets a block
 * at the top. Never throws.
 */
export function editNote(text: string, plan: Plan, parse: ParseYaml): NoteEdit {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const note = text.slice(bom.length);
	const block = blockOf(note);
	if (typeof block === "string") return { outcome: "refused", reason: block };
	const yaml = block === null ? "" : note.slice(block.start, block.end);
	const eol = block?.eol ?? (/\r\n/.test(note) ? "\r\n" : "\n");
	const read = readBlock(yaml, parse);
	if (typeof read === "string") return { outcome: "refused", reason: read };
	const changes = plan(read);
	if (changes === null) return { outcome: "halted" };
	if (changes.length === 0) return { outcome: "unchanged" };
	let edited = yaml;
	for (const change of changes) {
		const made = textEdit(edited, eol, change);
		if (!made.ok) return { outcome: "refused", reason: made.reason };
		edited = made.yaml;
	}
	const check = readBlock(edited, parse);
	const same = typeof check === "string" ? false : sameData(check, applyChanges(read, changes));
	if (same !== true) return { outcome: "refused", reason: same === "too large" ? tooLargeReason() : NOT_READ_BACK };
	const newNote = block === null ? `---${eol}${edited}---${eol}${note}` : note.slice(0, block.start) + edited + note.slice(block.end);
	return changedText(text, bom + newNote);
}

function tooLargeReason(): string {
	return `its frontmatter is too large to check (more than ${MOST_VALUES_COMPARED.toLocaleString("en-US")} values), so nothing was written`;
}

function textEdit(yaml: string, eol: string, change: Change): TextEdit {
	switch (change.kind) {
		case "set":
			return setValue(yaml, eol, change.key, change.value);
		case "append":
			return appendItem(yaml, eol, change.key, change.item, change.read.every((entry) => typeof entry === "string") ? change.read : null);
		case "set-in-item":
			return setInItem(yaml, eol, change.key, change.position, change.field, change.value, typeof change.name === "string" ? change.name : null);
	}
}

/** Where the YAML between the fences is (from the line after `---` to the start of the closing line), or null. */
function blockOf(note: string): { start: number; end: number; eol: string } | null | string {
	const split = splitFrontmatter(note);
	if (split === null) return null;
	if (split.language !== "") return `its frontmatter is marked ---${split.language}, not YAML, so it is left alone`;
	const firstLineEnd = note.indexOf("\n");
	return { start: firstLineEnd + 1, end: firstLineEnd + split.block.length + 1, eol: note[firstLineEnd - 1] === "\r" ? "\r\n" : "\n" };
}

/** The block's data as a mapping, or why it cannot be edited. */
function readBlock(yaml: string, parse: ParseYaml): Frontmatter | string {
	let data: unknown;
	try {
		data = yaml.trim() === "" ? null : parse(yaml);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const firstLine = message.split("\n")[0]?.trim() ?? "";
		return `the frontmatter is not valid YAML (${firstLine}). Fix it in the note and try again.`;
	}
	if (isAbsent(data)) return {};
	return asProperties(data) ?? "its frontmatter is not a set of properties (key: value), so there is nowhere to record this";
}

/** The new text, and the shortest stretch of the old text that changed, so an editor replaces only that. */
function changedText(before: string, after: string): NoteEdit {
	let from = 0;
	while (from < before.length && from < after.length && before[from] === after[from]) from++;
	let tail = 0;
	while (tail < before.length - from && tail < after.length - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
	return { outcome: "changed", text: after, from, to: before.length - tail, insert: after.slice(from, after.length - tail) };
}

/**
 * Whether two values read from YAML are the same data. Each pair of objects is compared once, so aliases (which a
 * reader hands over as the same object again) cost nothing more; past MOST_VALUES_COMPARED, "too large".
 */
export function sameData(a: unknown, b: unknown): boolean | "too large" {
	const seen = new Map<object, Set<object>>();
	let budget = MOST_VALUES_COMPARED;
	const same = (x: unknown, y: unknown): boolean => {
		if (--budget < 0) throw new TooLarge();
		if (Object.is(x, y)) return true;
		if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
		if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && Object.is(x.getTime(), y.getTime());
		const pairs = seen.get(x) ?? new Set<object>();
		if (pairs.has(y)) return true;
		pairs.add(y);
		seen.set(x, pairs);
		if (Array.isArray(x) || Array.isArray(y)) {
			if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
			return x.every((item: unknown, i) => same(item, y[i]));
		}
		const xKeys = Object.keys(x);
		if (xKeys.length !== Object.keys(y).length) return false;
		return xKeys.every((key) => Object.prototype.hasOwnProperty.call(y, key) && same((x as Frontmatter)[key], (y as Frontmatter)[key]));
	};
	try {
		return same(a, b);
	} catch (error) {
		if (error instanceof TooLarge) return "too large";
		throw error;
	}
}

class TooLarge extends Error {}

// ---- Interviewer items ----

interface InterviewerItem {
	value: unknown;
	/** Position in the `interviewers` list, or null when `interviewers` holds a single value rather than a list. */
	position: number | null;
	subject: string | null;
}

/** The `interviewers` items as the note reader sees them: a list's items, or a single value as the one interviewer. */
function interviewerItems(frontmatter: Frontmatter): InterviewerItem[] {
	const value = own(frontmatter, FIELDS.interviewers);
	if (Array.isArray(value)) {
		return value.map((item: unknown, position) => ({ value: item, position, subject: interviewerSubject(item) }));
	}
	if (isAbsent(value)) return [];
	return [{ value, position: null, subject: interviewerSubject(value) }];
}

/**
 * The items of one interviewer. With an index that points at an item of that name, that item alone; otherwise
 * every item of that name: two interviewers sharing a name cannot be told apart (the note reader warns about
 * it), and marking both keeps the edit from changing something again when it is repeated.
 */
function itemsOf(items: readonly InterviewerItem[], who: { subject: string; index?: number }): InterviewerItem[] {
	const wanted = who.subject.trim();
	const byIndex = items.find((item) => item.position === who.index && item.subject === wanted);
	if (byIndex !== undefined) return [byIndex];
	return items.filter((item) => item.subject === wanted);
}

function thankedOn(item: InterviewerItem, when: string): Change[] {
	return hasUsableTime(ownThanked(item.value)) ? [] : [inItem(item, INTERVIEWER_FIELDS.thanked, when)];
}

/**
 * A key set on one interviewer's item. A plain name or link becomes `{name}` in its place; a link YAML read as a
 * nested list (an unquoted `[[Jane Doe]]`) is named by the text `"[[Jane Doe]]"` it was meant to be.
 */
function inItem(item: InterviewerItem, field: string, value: string): Change {
	return { kind: "set-in-item", key: FIELDS.interviewers, position: item.position, field, value, name: nameText(item.value) };
}

function nameText(value: unknown): unknown {
	const link = unquotedLink(value);
	return link === null ? value : `[[${link}]]`;
}

function ownThanked(item: unknown): unknown {
	const properties = asProperties(item);
	return properties === null ? undefined : own(properties, INTERVIEWER_FIELDS.thanked);
}

function linkedInState(item: unknown): string | null {
	const properties = asProperties(item);
	const value = properties === null ? undefined : own(properties, INTERVIEWER_FIELDS.linkedin);
	return typeof value === "string" ? value.trim().toLowerCase() : null;
}

// ---- Follow-ups ----

/** The follow-ups already recorded, as a list: a list as it is, a text of dates separated by commas split up as the reader does. */
function followUpList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (isAbsent(value)) return [];
	if (typeof value === "string") {
		return value
			.split(",")
			.map((part) => part.trim())
			.filter((part) => part !== "");
	}
	return [value];
}

function followUpDate(entry: unknown): unknown {
	const properties = asProperties(entry);
	return properties === null ? entry : own(properties, FOLLOW_UP_FIELDS.date);
}

// ---- Values ----

/** Writes a date field unless it already holds a readable date; an unreadable one is replaced. */
function setTimeUnlessRecorded(frontmatter: Frontmatter, key: string, when: string): Change[] {
	return hasUsableTime(own(frontmatter, key)) ? [] : [{ kind: "set", key, value: when }];
}

function hasUsableTime(value: unknown): boolean {
	return !isAbsent(value) && parseNoteTime(value).ok;
}

function sameTime(recorded: unknown, when: string): boolean {
	if (recorded === when) return true;
	const a = parseNoteTime(recorded);
	const b = parseNoteTime(when);
	return a.ok && b.ok && a.time.instant.getTime() === b.time.instant.getTime() && a.time.dateOnly === b.time.dateOnly;
}
