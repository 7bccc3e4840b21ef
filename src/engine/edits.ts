// Edits of a note's frontmatter object, run inside processFrontMatter on the frontmatter as it is then:
// each changes only its own key, keeps every other key and the key order, and says whether it changed anything.
import { parseNoteTime } from "./dates";
import { asProperties, isAbsent, own } from "./frontmatter-values";
import { FOLLOW_UP_FIELDS } from "./frontmatter-keys";
import { FIELDS, INTERVIEWER_FIELDS, interviewerSubject } from "./note";
import type { Outcome } from "./types";

type Frontmatter = Record<string, unknown>;

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
export function markThanked(frontmatter: Frontmatter, who: ThankedWho, when: string): boolean {
	const items = interviewerItems(frontmatter);
	if (who === "all") {
		const named = items.filter((item) => item.subject !== null);
		if (!named.some((item) => hasUsableTime(ownThanked(item.value)))) {
			return setTimeUnlessRecorded(frontmatter, FIELDS.thankYouSent, when);
		}
		if (hasUsableTime(own(frontmatter, FIELDS.thankYouSent))) return false;
		let changed = false;
		for (const item of named) changed = setThankedOn(frontmatter, item, when) || changed;
		return changed;
	}
	let changed = false;
	for (const item of itemsOf(items, who)) changed = setThankedOn(frontmatter, item, when) || changed;
	return changed;
}

/**
 * Appends a follow-up at `when` (or `{date, channel}` with a channel) to `follow_ups`, creating the list or
 * turning a single value into one. One already recorded at the same time is taken as the same follow-up
 * logged twice (a double click), so nothing changes.
 */
export function logFollowUp(frontmatter: Frontmatter, when: string, channel?: string): boolean {
	const current = own(frontmatter, FIELDS.followUps);
	const list = followUpList(current);
	if (list.some((entry) => sameTime(followUpDate(entry), when))) return false;
	const wanted = channel === undefined || channel.trim() === "" ? when : { [FOLLOW_UP_FIELDS.date]: when, [FOLLOW_UP_FIELDS.channel]: channel.trim() };
	if (Array.isArray(current)) {
		current.push(wanted);
	} else {
		frontmatter[FIELDS.followUps] = [...list, wanted];
	}
	return true;
}

/**
 * Records a LinkedIn request to an interviewer: `linkedin: requested` on their item, turning a plain name into
 * an object. `connected` is already further along and stays; `skip` gives way, since a request was sent after all.
 */
export function markLinkedInRequested(frontmatter: Frontmatter, subject: string): boolean {
	let changed = false;
	for (const item of itemsOf(interviewerItems(frontmatter), { subject })) {
		const state = linkedInState(item.value);
		if (state === "requested" || state === "connected") continue;
		objectFor(frontmatter, item)[INTERVIEWER_FIELDS.linkedin] = "requested";
		changed = true;
	}
	return changed;
}

/**
 * Sets `outcome`. An outcome already written with other capitals or spaces ("Next round"), or a missing one when
 * the outcome is `pending` (its default), means the same and is left as the user wrote it.
 */
export function setOutcome(frontmatter: Frontmatter, outcome: Outcome): boolean {
	const current = own(frontmatter, FIELDS.outcome);
	if (isAbsent(current) ? outcome === "pending" : normaliseOutcome(current) === outcome) return false;
	frontmatter[FIELDS.outcome] = outcome;
	return true;
}

/** Records the note after a rejection as sent at `when`; a readable date already recorded is kept. */
export function markGraciousNoteSent(frontmatter: Frontmatter, when: string): boolean {
	return setTimeUnlessRecorded(frontmatter, FIELDS.graciousNoteSent, when);
}

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

function setThankedOn(frontmatter: Frontmatter, item: InterviewerItem, when: string): boolean {
	if (hasUsableTime(ownThanked(item.value))) return false;
	objectFor(frontmatter, item)[INTERVIEWER_FIELDS.thanked] = when;
	return true;
}

/**
 * The item as an object to write keys on: an object item itself (its keys keep their order, new ones go at the
 * end), or a plain name or link turned into `{name}` in its place. A link YAML read as a nested list
 * (an unquoted `[[Jane Doe]]`) is written back as the text `"[[Jane Doe]]"` it was meant to be. A single value
 * in place of the list becomes a list of one, the usual shape of `interviewers`.
 */
function objectFor(frontmatter: Frontmatter, item: InterviewerItem): Frontmatter {
	const existing = asProperties(item.value);
	if (existing !== null) return existing;
	const turned: Frontmatter = { [INTERVIEWER_FIELDS.name]: nameText(item.value) };
	const list = own(frontmatter, FIELDS.interviewers);
	if (item.position !== null && Array.isArray(list)) list[item.position] = turned;
	else frontmatter[FIELDS.interviewers] = [turned];
	item.value = turned;
	return turned;
}

function nameText(value: unknown): unknown {
	const link = unquotedLink(value);
	return link === null ? value : `[[${link}]]`;
}

/** The text inside an unquoted `[[…]]`, which YAML reads as a list holding a list (or, as a list item, one level more). */
function unquotedLink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (typeof inner === "string") return inner;
	if (Array.isArray(inner) && inner.length === 1 && typeof inner[0] === "string") return inner[0];
	return null;
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
function setTimeUnlessRecorded(frontmatter: Frontmatter, key: string, when: string): boolean {
	if (hasUsableTime(own(frontmatter, key))) return false;
	frontmatter[key] = when;
	return true;
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

function normaliseOutcome(value: unknown): string | null {
	return typeof value === "string" ? value.trim().toLowerCase().replace(/[\s_-]+/g, "-") : null;
}

