// The one place that knows the frontmatter keys: which notes are interview notes, and what an interview
// note's frontmatter says once read (an InterviewNote plus the problems the user should fix).
import { describeType, parseNoteTime } from "./dates";
import {
	DEFAULT_ENGINE_SETTINGS,
	OUTCOMES,
	type EngineSettings,
	type FollowUp,
	type InterviewNote,
	type Interviewer,
	type LinkedInState,
	type NoteTime,
	type Outcome,
	type Problem,
} from "./types";

/** The note's frontmatter keys, version 1. */
export const FIELDS = {
	company: "company",
	role: "role",
	interviewDate: "interview_date",
	duration: "duration",
	interviewers: "interviewers",
	thankYouSent: "thank_you_sent",
	nextStepsDate: "next_steps_date",
	heardBack: "heard_back",
	followUps: "follow_ups",
	followUpInvited: "follow_up_invited",
	outcome: "outcome",
	graciousNoteSent: "gracious_note_sent",
	topics: "topics",
	tags: "tags",
	type: "type",
} as const;

/** The keys of one interviewer given as an object in `interviewers`. */
export const INTERVIEWER_FIELDS = {
	name: "name",
	email: "email",
	linkedinUrl: "linkedin_url",
	linkedin: "linkedin",
	thanked: "thanked",
	oldFashioned: "old_fashioned",
} as const;

/** The keys of one follow-up given as an object in `follow_ups`. */
const FOLLOW_UP_FIELDS = { date: "date", channel: "channel" } as const;

/** Obsidian's older name for `tags`, which Obsidian itself still reads. */
const OLDER_TAGS_FIELD = "tag";

const DEFAULT_DURATION_MINUTES = 60;

/** Keys compared with the known ones in the note: a hostile note may hold millions. */
const MOST_NOTE_KEYS_CHECKED = 1000;
/** Keys compared with the known ones in one interviewer: a real one has six at most. */
const MOST_INTERVIEWER_KEYS_CHECKED = 50;
/** Items read from one list (interviewers, follow-ups, topics, tags): far more than any interview has. */
const MOST_ITEMS_READ = 1000;

/** Edit distance within which a key of at least this length counts as a misspelling of a known key. */
const MOST_TYPOS = 2;
const SHORTEST_KEY_FOR_TYPOS = 6;

const LINKEDIN_STATES: readonly LinkedInState[] = ["requested", "connected", "skip"];

const NOTE_KEYS: readonly string[] = Object.values(FIELDS);
const INTERVIEWER_KEYS: readonly string[] = Object.values(INTERVIEWER_FIELDS);

/** A frontmatter mapping: data from the note, read only through `own`. */
type Properties = Record<string, unknown>;

/** An interviewer's (or a linked value's) display name, and the link target when it was a wikilink. */
interface Name {
	subject: string;
	link: string | null;
}

/**
 * Whether a note counts as an interview note: its `tags` (or `tag`) hold the tag, or its `type` is
 * `interview`; and it lies in the folder when one is set. Never throws, whatever the frontmatter holds.
 */
export function isInterviewNote(path: string, frontmatter: unknown, settings: EngineSettings): boolean {
	const properties = asProperties(frontmatter);
	if (properties === null) return false;
	if (!isInFolder(path, settings.folder)) return false;
	if (isInterviewType(own(properties, FIELDS.type))) return true;
	const tag = wantedTag(settings.tag);
	return holdsTag(own(properties, FIELDS.tags), tag) || holdsTag(own(properties, OLDER_TAGS_FIELD), tag);
}

/**
 * Reads an interview note's frontmatter. Only usable values reach the note; everything else becomes a
 * problem that names the field, and the field is read as absent. Never throws, whatever the frontmatter holds.
 */
export function readInterviewNote(path: string, frontmatter: unknown): { note: InterviewNote; problems: Problem[] } {
	const problems: Problem[] = [];
	const given = asProperties(frontmatter);
	if (given === null && !isAbsent(frontmatter)) {
		problems.push({
			field: "frontmatter",
			message: `The note's frontmatter is ${describeType(frontmatter)} instead of properties (key: value), so none of it could be read.`,
		});
	}
	const properties: Properties = given ?? {};
	const field = (key: string): unknown => own(properties, key);

	const interviewDate = readTime(field(FIELDS.interviewDate), FIELDS.interviewDate, problems);
	if (interviewDate === null && isAbsent(field(FIELDS.interviewDate))) {
		problems.push({
			field: FIELDS.interviewDate,
			message: `${FIELDS.interviewDate} is missing: add when the interview starts (${FIELDS.interviewDate}: 2026-11-20T14:00), so the thank-you and follow-up dates can be worked out.`,
		});
	}
	const company = readText(field(FIELDS.company), FIELDS.company, problems);
	if (company === null && isAbsent(field(FIELDS.company))) {
		problems.push({
			field: FIELDS.company,
			message: `${FIELDS.company} is missing: add the employer's name (${FIELDS.company}: Acme) so reminders and drafts can name it.`,
		});
	}
	const role = readText(field(FIELDS.role), FIELDS.role, problems);
	const durationMinutes = readDuration(field(FIELDS.duration), problems);
	const thankYouSent = readTime(field(FIELDS.thankYouSent), FIELDS.thankYouSent, problems);
	const interviewers = readInterviewers(field(FIELDS.interviewers), thankYouSent, problems);
	const nextStepsDate = readTime(field(FIELDS.nextStepsDate), FIELDS.nextStepsDate, problems);
	const heardBack = readTime(field(FIELDS.heardBack), FIELDS.heardBack, problems);
	const followUps = readFollowUps(field(FIELDS.followUps), problems);
	const followUpInvited = readYesNo(field(FIELDS.followUpInvited), FIELDS.followUpInvited, problems);
	const outcome = readOutcome(field(FIELDS.outcome), problems);
	const graciousNoteSent = readTime(field(FIELDS.graciousNoteSent), FIELDS.graciousNoteSent, problems);
	const topics = readTopics(field(FIELDS.topics), problems);
	reportMisspeltKeys(properties, NOTE_KEYS, [OLDER_TAGS_FIELD], "", MOST_NOTE_KEYS_CHECKED, problems);

	const note: InterviewNote = {
		path: typeof path === "string" ? path : "",
		company,
		role,
		interviewDate,
		durationMinutes,
		interviewers,
		thankYouSent,
		nextStepsDate,
		heardBack,
		followUps,
		followUpInvited,
		outcome,
		graciousNoteSent,
		topics,
	};
	return { note, problems };
}

/**
 * The display name of one raw `interviewers` item (a name, a link, an unquoted [[link]] that YAML read as a
 * nested list, or an object with a `name`), or null when the item names nobody. The frontmatter edits use
 * it to find an interviewer's item, so it must agree with how `readInterviewNote` names interviewers.
 */
export function interviewerSubject(item: unknown): string | null {
	const properties = asProperties(item);
	const name = properties === null ? nameOf(item) : nameOf(own(properties, INTERVIEWER_FIELDS.name));
	return name === null ? null : name.subject;
}

// ---- Which notes count ----

function isInFolder(path: unknown, folder: unknown): boolean {
	const wanted = typeof folder === "string" ? normalisePath(folder) : "";
	if (wanted === "") return true;
	const where = typeof path === "string" ? normalisePath(path) : "";
	return where.startsWith(`${wanted}/`);
}

/**
 * Paths compared without leading, trailing or doubled slashes, and without regard to case: a user who types
 * "interviews" for the folder "Interviews" means that folder.
 */
function normalisePath(path: string): string {
	return path
		.replace(/\\/g, "/")
		.split("/")
		.filter((part) => part !== "" && part !== ".")
		.join("/")
		.toLowerCase();
}

/** The tag setting as compared: without '#', lower-case; an emptied setting falls back to the default tag rather than hiding every note. */
function wantedTag(setting: unknown): string {
	const tag = typeof setting === "string" ? normaliseTag(setting) : "";
	return tag === "" ? DEFAULT_ENGINE_SETTINGS.tag : tag;
}

function normaliseTag(text: string): string {
	return text.trim().replace(/^#+/, "").replace(/\/+$/, "").toLowerCase();
}

/** The tags in a `tags` value: a list, a single tag, or several in one text separated by commas or spaces. */
function tagsIn(value: unknown): string[] {
	const items: unknown[] = Array.isArray(value) ? value.slice(0, MOST_ITEMS_READ) : [value];
	const tags: string[] = [];
	for (const item of items) {
		if (typeof item !== "string" && typeof item !== "number") continue;
		for (const part of String(item).split(/[\s,]+/)) {
			const tag = normaliseTag(part);
			if (tag !== "") tags.push(tag);
		}
	}
	return tags;
}

/** The tag itself or a tag nested below it (`interview/onsite`); a mere prefix (`interviewing`) does not count. */
function holdsTag(value: unknown, tag: string): boolean {
	return tagsIn(value).some((each) => each === tag || each.startsWith(`${tag}/`));
}

function isInterviewType(value: unknown): boolean {
	return typeof value === "string" && value.trim().toLowerCase() === "interview";
}

// ---- Reading values ----

/** A mapping from the note, or null for anything else (a list, text, a date, nothing). */
function asProperties(value: unknown): Properties | null {
	if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) return null;
	return value as Properties;
}

/** A key's value, read only when the note itself holds the key, so `__proto__` and friends mean nothing. */
function own(properties: Properties, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
}

/** Absent, or emptied: Obsidian writes null for a property whose value was cleared. */
function isAbsent(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function wrongType(field: string, expected: string, value: unknown): Problem {
	return { field, message: `${field} should be ${expected}, not ${describeType(value)}; it is ignored until fixed.` };
}

/** A user's text inside a message, cut short so that a huge value cannot flood the sidebar. */
function quote(text: string): string {
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/**
 * Text as the user wrote it. Numbers count as text, and a wikilink (`company: "[[Acme]]"`, or unquoted
 * `[[Acme]]`) is read as its display name: a draft should say "Acme", not "[[Acme]]".
 */
function readText(value: unknown, field: string, problems: Problem[]): string | null {
	if (isAbsent(value)) return null;
	const name = nameOf(value);
	if (name === null) problems.push(wrongType(field, "text", value));
	return name === null ? null : name.subject;
}

function readTime(value: unknown, field: string, problems: Problem[]): NoteTime | null {
	if (isAbsent(value)) return null;
	const result = parseNoteTime(value);
	if (result.ok) return result.time;
	problems.push({ field, message: `${field} could not be read: ${result.reason}.` });
	return null;
}

/** `true`/`false`, or the words a user may type for them; anything else is a problem and counts as false. */
function readYesNo(value: unknown, field: string, problems: Problem[]): boolean {
	if (isAbsent(value)) return false;
	if (typeof value === "boolean") return value;
	if (typeof value === "string") {
		const word = value.trim().toLowerCase();
		if (word === "true" || word === "yes") return true;
		if (word === "false" || word === "no") return false;
	}
	problems.push({
		field,
		message: `${field} should be true or false, not ${typeof value === "string" ? quote(value) : describeType(value)}; false is used until fixed.`,
	});
	return false;
}

/** Minutes as a number or as text; "45 min" is read too, since people write it that way. */
function readDuration(value: unknown, problems: Problem[]): number {
	const field = FIELDS.duration;
	if (isAbsent(value)) return DEFAULT_DURATION_MINUTES;
	let minutes: number | null = null;
	if (typeof value === "number") {
		minutes = value;
	} else if (typeof value === "string") {
		const match = /^(\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?)?$/i.exec(value.trim());
		if (match) minutes = Number(match[1]);
	} else {
		problems.push({
			field,
			message: `${field} should be a number of minutes (${field}: 45), not ${describeType(value)}; ${DEFAULT_DURATION_MINUTES} minutes is used until fixed.`,
		});
		return DEFAULT_DURATION_MINUTES;
	}
	if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) {
		problems.push({
			field,
			message: `${field} should be a positive number of minutes (${field}: 45); ${DEFAULT_DURATION_MINUTES} minutes is used until fixed.`,
		});
		return DEFAULT_DURATION_MINUTES;
	}
	return minutes;
}

/** One of the outcomes; "Next round" and "next_round" are read as next-round, as the user plainly meant it. */
function readOutcome(value: unknown, problems: Problem[]): Outcome {
	const field = FIELDS.outcome;
	if (isAbsent(value)) return "pending";
	if (typeof value !== "string") {
		problems.push(wrongType(field, `one of ${OUTCOMES.join(", ")}`, value));
		return "pending";
	}
	const wanted = value.trim().toLowerCase().replace(/[\s_-]+/g, "-");
	const outcome = OUTCOMES.find((each) => each === wanted);
	if (outcome !== undefined) return outcome;
	problems.push({
		field,
		message: `${field} ${quote(value)} is not one of ${OUTCOMES.join(", ")}; pending is used until fixed.`,
	});
	return "pending";
}

/** Topics as a list of text, or one text separated by commas; links count by their display name; empty items are dropped. */
function readTopics(value: unknown, problems: Problem[]): string[] {
	const field = FIELDS.topics;
	if (isAbsent(value)) return [];
	if (typeof value === "string") return splitOnCommas(value).flatMap((part) => textsOf(part));
	if (typeof value === "number") return textsOf(value);
	if (!Array.isArray(value)) {
		problems.push(wrongType(field, "a list of text", value));
		return [];
	}
	const topics: string[] = [];
	listItems(value, field, "topics", problems).forEach((item, index) => {
		if (isAbsent(item)) return;
		const name = nameOf(item);
		if (name === null) problems.push(wrongType(`${field}[${index}]`, "text", item));
		else topics.push(name.subject);
	});
	return topics;
}

function textsOf(value: unknown): string[] {
	const name = nameOf(value);
	return name === null ? [] : [name.subject];
}

function splitOnCommas(text: string): string[] {
	return text
		.split(",")
		.map((part) => part.trim())
		.filter((part) => part !== "");
}

/** A list's items, at most MOST_ITEMS_READ of them; a longer list gets a problem rather than hours of work. */
function listItems(list: unknown[], field: string, what: string, problems: Problem[]): unknown[] {
	if (list.length <= MOST_ITEMS_READ) return list;
	problems.push({
		field,
		message: `${field} holds ${list.length.toLocaleString("en-US")} ${what}: only the first ${MOST_ITEMS_READ.toLocaleString("en-US")} are read.`,
	});
	return list.slice(0, MOST_ITEMS_READ);
}

// ---- Interviewers ----

function readInterviewers(value: unknown, noteThanked: NoteTime | null, problems: Problem[]): Interviewer[] {
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
		problems.push({
			field,
			message: `${field} names nobody: add everyone who interviewed you (${field}: [Jane Doe, John Smith]), so each of them gets their own thank-you note.`,
		});
	}
	reportSameSubjects(interviewers, problems);
	return interviewers;
}

function readInterviewer(item: unknown, index: number, field: string, noteThanked: NoteTime | null, problems: Problem[]): Interviewer | null {
	const properties = asProperties(item);
	if (properties === null) {
		const name = nameOf(item);
		if (name === null) {
			const found = isAbsent(item) ? "is empty" : `is ${describeType(item)}`;
			problems.push({
				field,
				message: `${field} ${found}, not an interviewer: write a name (Jane Doe), a link ("[[Jane Doe]]") or name: Jane Doe; it is left out until fixed.`,
			});
			return null;
		}
		return { ...name, email: null, linkedinUrl: null, linkedin: null, thanked: noteThanked, oldFashioned: false, index };
	}
	const name = nameOf(own(properties, INTERVIEWER_FIELDS.name));
	if (name === null) {
		problems.push({
			field,
			message: `${field} has no usable ${INTERVIEWER_FIELDS.name}: add ${INTERVIEWER_FIELDS.name}: Jane Doe (or a link, "[[Jane Doe]]"); it is left out until fixed.`,
		});
		return null;
	}
	const key = (each: string): string => `${field}.${each}`;
	const thanked = readTime(own(properties, INTERVIEWER_FIELDS.thanked), key(INTERVIEWER_FIELDS.thanked), problems);
	const interviewer: Interviewer = {
		...name,
		email: readText(own(properties, INTERVIEWER_FIELDS.email), key(INTERVIEWER_FIELDS.email), problems),
		linkedinUrl: readText(own(properties, INTERVIEWER_FIELDS.linkedinUrl), key(INTERVIEWER_FIELDS.linkedinUrl), problems),
		linkedin: readLinkedIn(own(properties, INTERVIEWER_FIELDS.linkedin), key(INTERVIEWER_FIELDS.linkedin), problems),
		thanked: thanked ?? noteThanked,
		oldFashioned: readYesNo(own(properties, INTERVIEWER_FIELDS.oldFashioned), key(INTERVIEWER_FIELDS.oldFashioned), problems),
		index,
	};
	reportMisspeltKeys(properties, INTERVIEWER_KEYS, [], `${field}.`, MOST_INTERVIEWER_KEYS_CHECKED, problems);
	return interviewer;
}

function readLinkedIn(value: unknown, field: string, problems: Problem[]): LinkedInState | null {
	if (isAbsent(value)) return null;
	const word = typeof value === "string" ? value.trim().toLowerCase() : null;
	const state = LINKEDIN_STATES.find((each) => each === word);
	if (state !== undefined) return state;
	const found = typeof value === "string" ? quote(value) : describeType(value);
	problems.push({
		field,
		message: `${field} should be one of ${LINKEDIN_STATES.join(", ")} (or empty before you send a request), not ${found}; it is ignored until fixed.`,
	});
	return null;
}

/** Two interviewers with one name would get checks no one could tell apart: keep both, and say so. */
function reportSameSubjects(interviewers: Interviewer[], problems: Problem[]): void {
	const byName = new Map<string, Interviewer[]>();
	for (const interviewer of interviewers) {
		const sameName = interviewer.subject.toLowerCase();
		byName.set(sameName, [...(byName.get(sameName) ?? []), interviewer]);
	}
	for (const same of byName.values()) {
		const first = same[0];
		if (first === undefined || same.length < 2) continue;
		const where = same.map((each) => `${FIELDS.interviewers}[${each.index}]`).join(", ");
		problems.push({
			field: FIELDS.interviewers,
			message: `${quote(first.subject)} names more than one interviewer (${where}): give each a name of their own, such as a full name or a link alias, so their thank-yous can be told apart.`,
		});
	}
}

// ---- Names and links ----

/** A wikilink filling the whole value: `[[target]]`, `[[target|alias]]`, `[[target#heading]]`. */
const WIKILINK = /^!?\[\[([^\]]*)\]\]$/;

/**
 * The display name of a name or link: the link's alias, else the link target's base name, else the text.
 * YAML reads an unquoted `[[Jane Doe]]` as a list holding a list holding "Jane Doe" (one level less when it
 * is an item of a list): both count as the link the user meant.
 */
function nameOf(value: unknown): Name | null {
	if (typeof value === "number") return Number.isFinite(value) ? { subject: String(value), link: null } : null;
	if (typeof value === "string") return nameOfText(value);
	const linked = unquotedLink(value);
	return linked === null ? null : nameOfLink(linked);
}

function unquotedLink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (typeof inner === "string") return inner;
	if (Array.isArray(inner) && inner.length === 1) {
		const innermost: unknown = inner[0];
		if (typeof innermost === "string") return innermost;
	}
	return null;
}

function nameOfText(text: string): Name | null {
	const trimmed = text.trim();
	const link = WIKILINK.exec(trimmed);
	if (link) return nameOfLink(link[1] ?? "");
	return trimmed === "" ? null : { subject: trimmed, link: null };
}

function nameOfLink(inside: string): Name | null {
	const bar = inside.indexOf("|");
	// A link copied out of a table escapes its bar (`[[Jane Doe\|Jane]]`): the backslash is not part of the name.
	const beforeBar = (bar === -1 ? inside : inside.slice(0, bar)).replace(/\\$/, "");
	const target = (beforeBar.split("#")[0] ?? "").trim();
	const alias = bar === -1 ? "" : inside.slice(bar + 1).trim();
	const link = target === "" ? null : target;
	if (alias !== "") return { subject: alias, link };
	const base = baseName(target);
	return base === "" ? null : { subject: base, link };
}

/** `people/Jane Doe.md` -> `Jane Doe`. */
function baseName(target: string): string {
	const last = target.split("/").pop() ?? "";
	return last.replace(/\.md$/i, "").trim();
}

// ---- Follow-ups ----

/** Follow-ups as dates or `{date, channel}`; a single one may stand alone, and one text may list dates separated by commas. */
function readFollowUps(value: unknown, problems: Problem[]): FollowUp[] {
	const field = FIELDS.followUps;
	if (isAbsent(value)) return [];
	let items: unknown[];
	let single = false;
	if (Array.isArray(value)) {
		items = listItems(value, field, "follow-ups", problems);
	} else if (typeof value === "string") {
		items = splitOnCommas(value);
		single = items.length === 1;
	} else {
		items = [value];
		single = true;
	}
	const followUps: FollowUp[] = [];
	items.forEach((item, index) => {
		const followUp = readFollowUp(item, single ? field : `${field}[${index}]`, problems);
		if (followUp !== null) followUps.push(followUp);
	});
	return followUps.sort((a, b) => a.at.instant.getTime() - b.at.instant.getTime());
}

function readFollowUp(item: unknown, field: string, problems: Problem[]): FollowUp | null {
	const properties = asProperties(item);
	const date = properties === null ? item : own(properties, FOLLOW_UP_FIELDS.date);
	if (isAbsent(date)) {
		problems.push({
			field,
			message: `${field} has no date: write the day you followed up (2026-11-27), or ${FOLLOW_UP_FIELDS.date}: and ${FOLLOW_UP_FIELDS.channel}:; it is left out until fixed.`,
		});
		return null;
	}
	const result = parseNoteTime(date);
	if (!result.ok) {
		problems.push({ field, message: `${field} could not be read: ${result.reason}; it is left out until fixed.` });
		return null;
	}
	const channel =
		properties === null ? null : readText(own(properties, FOLLOW_UP_FIELDS.channel), `${field}.${FOLLOW_UP_FIELDS.channel}`, problems);
	return { at: result.time, channel };
}

// ---- Keys that look like known ones ----

/**
 * A key the user surely meant as a known one (`interviewDate`, `Interview Date`, `thankyou_sent`) is a
 * problem naming the right key; it is not read in its place, so the user fixes the note once and for all.
 * Keys are compared lower-cased without spaces, `_` and `-`; keys of six or more letters may also be off by
 * two typos. Shorter keys must match exactly, or a user's own short keys would raise false alarms.
 */
function reportMisspeltKeys(
	properties: Properties,
	known: readonly string[],
	alsoKnown: readonly string[],
	prefix: string,
	mostKeys: number,
	problems: Problem[],
): void {
	let checked = 0;
	for (const key in properties) {
		if (checked >= mostKeys) break;
		if (!Object.prototype.hasOwnProperty.call(properties, key)) continue;
		checked += 1;
		if (known.includes(key) || alsoKnown.includes(key)) continue;
		const meant = meantKey(key, known);
		if (meant !== null) {
			problems.push({ field: `${prefix}${key}`, message: `${quote(key)} is not read: did you mean "${meant}"?` });
		}
	}
}

function meantKey(key: string, known: readonly string[]): string | null {
	const squeezed = squeeze(key);
	let best: string | null = null;
	let bestDistance = MOST_TYPOS + 1;
	for (const candidate of known) {
		const target = squeeze(candidate);
		if (squeezed === target) return candidate;
		if (squeezed.length < SHORTEST_KEY_FOR_TYPOS || Math.abs(squeezed.length - target.length) > MOST_TYPOS) continue;
		const distance = editDistance(squeezed, target);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function squeeze(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Edits (insert, delete, replace, swap two neighbours) that turn one key into the other. */
function editDistance(a: string, b: string): number {
	let beforeLast: number[] = [];
	let last: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, (beforeLast[j - 2] ?? 0) + 1);
			}
			row.push(best);
		}
		beforeLast = last;
		last = row;
	}
	return last[b.length] ?? 0;
}
