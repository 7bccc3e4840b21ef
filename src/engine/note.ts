// The interview note reader: which notes are interview notes, and what an interview note's frontmatter says once
// read (an InterviewNote plus the problems the user should fix). The keys themselves live in frontmatter-keys.ts.
import { describeType } from "./dates";
import { readFollowUps } from "./follow-ups";
import { FIELDS, OLDER_TAGS_FIELD, isTagsKey } from "./frontmatter-keys";
import {
	MOST_ITEMS_READ,
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
	splitOnCommas,
	wrongType,
	type Properties,
} from "./frontmatter-values";
import { readInterviewers } from "./interviewers";
import { nameOf } from "./links";
import { reportMisspeltKeys } from "./near-miss-keys";
import { DEFAULT_ENGINE_SETTINGS, OUTCOMES, type EngineSettings, type InterviewNote, type Outcome, type Problem } from "./types";

// Other modules (the frontmatter edits, the tests) take the keys and the interviewer naming from here.
export { FIELDS, INTERVIEWER_FIELDS } from "./frontmatter-keys";
export { interviewerSubject } from "./interviewers";

const DEFAULT_DURATION_MINUTES = 60;

/** Keys compared with the known ones in the note: a hostile note may hold millions. */
const MOST_NOTE_KEYS_CHECKED = 1000;

const NOTE_KEYS: readonly string[] = Object.values(FIELDS);

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
	if (holdsTag(own(properties, FIELDS.tags), tag) || holdsTag(own(properties, OLDER_TAGS_FIELD), tag)) return true;
	return holdsTagUnderCapitalisedKey(properties, tag);
}

/** `Tags:` or `TAGS:`, which Obsidian reads as `tags`; only the first keys are looked at, as a note may hold millions. */
function holdsTagUnderCapitalisedKey(properties: Properties, tag: string): boolean {
	let checked = 0;
	for (const key in properties) {
		if (checked++ >= MOST_NOTE_KEYS_CHECKED) break;
		if (key !== FIELDS.tags && key !== OLDER_TAGS_FIELD && isTagsKey(key) && holdsTag(own(properties, key), tag)) return true;
	}
	return false;
}

/**
 * Reads an interview note's frontmatter. Only usable values reach the note; everything else becomes a
 * problem that names the field, and the field is read as absent. Never throws, whatever the frontmatter holds.
 */
export function readInterviewNote(path: string, frontmatter: unknown): { note: InterviewNote; problems: Problem[] } {
	const problems: Problem[] = [];
	const given = asProperties(frontmatter);
	if (given === null && !isAbsent(frontmatter)) {
		problems.push(
			sentenceProblem(
				"frontmatter",
				`The note's frontmatter is ${describeType(frontmatter)} instead of properties (key: value), so none of it could be read.`,
			),
		);
	}
	const properties: Properties = given ?? {};
	const field = (key: string): unknown => own(properties, key);

	const interviewDate = readTime(field(FIELDS.interviewDate), FIELDS.interviewDate, problems);
	if (interviewDate === null && isAbsent(field(FIELDS.interviewDate))) {
		problems.push(
			fieldProblem(
				FIELDS.interviewDate,
				`is missing: add when the interview starts (for example \`${FIELDS.interviewDate}: 2026-11-20T14:00\`), so the thank-you and follow-up dates can be worked out.`,
			),
		);
	}
	const company = readText(field(FIELDS.company), FIELDS.company, problems);
	if (company === null && isAbsent(field(FIELDS.company))) {
		problems.push(
			fieldProblem(FIELDS.company, `is missing: add the employer's name (for example \`${FIELDS.company}: Acme\`) so reminders and drafts can name it.`),
		);
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
	reportMisspeltKeys(properties, NOTE_KEYS, isTagsKey, "", MOST_NOTE_KEYS_CHECKED, problems);

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
	const tag = text.trim().replace(/^#+/, "");
	// Trailing slashes are counted off by hand: `/\/+$/` retries at every slash of a long run, which took seconds for a
	// tag of 60,000 slashes.
	let end = tag.length;
	while (end > 0 && tag.charCodeAt(end - 1) === 0x2f) end--;
	return tag.slice(0, end).toLowerCase();
}

/**
 * Whether a `tags` value (a list, a single tag, or several in one text separated by commas or spaces) holds the tag
 * itself or a tag nested below it (`interview/onsite`); a mere prefix (`interviewing`) does not count.
 */
function holdsTag(value: unknown, tag: string): boolean {
	if (value === undefined || value === null) return false;
	const items: readonly unknown[] = Array.isArray(value) ? value : [value];
	const most = Math.min(items.length, MOST_ITEMS_READ);
	for (let i = 0; i < most; i++) {
		const item = items[i];
		if (typeof item !== "string" && typeof item !== "number") continue;
		const text = String(item);
		// Most items are one tag: split only a text that holds a separator.
		const parts = SEPARATOR.test(text) ? text.split(SEPARATORS) : [text];
		for (const part of parts) {
			const each = normaliseTag(part);
			if (each === tag || each.startsWith(`${tag}/`)) return true;
		}
	}
	return false;
}

const SEPARATOR = /[\s,]/;
const SEPARATORS = /[\s,]+/;

function isInterviewType(value: unknown): boolean {
	return typeof value === "string" && value.trim().toLowerCase() === "interview";
}

// ---- Fields of the note ----

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
		problems.push(
			fieldProblem(
				field,
				`should be a number of minutes (for example \`${field}: 45\`), not ${describeType(value)}; ${DEFAULT_DURATION_MINUTES} minutes is used until fixed.`,
			),
		);
		return DEFAULT_DURATION_MINUTES;
	}
	if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) {
		problems.push(
			fieldProblem(
				field,
				`should be a positive number of minutes (for example \`${field}: 45\`), not ${describeValue(value)}; ${DEFAULT_DURATION_MINUTES} minutes is used until fixed.`,
			),
		);
		return DEFAULT_DURATION_MINUTES;
	}
	return minutes;
}

/** The outcome a text names, as the user plainly meant it ("Next round", "next_round" -> next-round), or null. */
export function normaliseOutcome(value: unknown): Outcome | null {
	if (typeof value !== "string") return null;
	const wanted = value
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, "-");
	return OUTCOMES.find((each) => each === wanted) ?? null;
}

/** One of the outcomes; "Next round" and "next_round" are read as next-round, as the user plainly meant it. */
function readOutcome(value: unknown, problems: Problem[]): Outcome {
	const field = FIELDS.outcome;
	if (isAbsent(value)) return "pending";
	if (typeof value !== "string") {
		problems.push(wrongType(field, `one of ${OUTCOMES.join(", ")}`, value));
		return "pending";
	}
	const outcome = normaliseOutcome(value);
	if (outcome !== null) return outcome;
	problems.push(fieldProblem(field, `${quote(value)} is not one of ${OUTCOMES.join(", ")}; pending is used until fixed.`));
	return "pending";
}

/** Topics as a list of text, or one text separated by commas; links count by their display name; empty items are dropped. */
function readTopics(value: unknown, problems: Problem[]): string[] {
	const field = FIELDS.topics;
	if (isAbsent(value)) return [];
	// Topics written as one text separated by commas are a list too, under the same cap as a list.
	if (typeof value === "string") return listItems(splitOnCommas(value), field, "topics", problems).flatMap((part) => textsOf(part));
	if (typeof value === "number") return textsOf(value);
	if (!Array.isArray(value)) {
		problems.push(wrongType(field, "a list of text", value));
		return [];
	}
	const topics: string[] = [];
	listItems(value, field, "topics", problems).forEach((item, index) => {
		const topic = readText(item, `${field}[${index}]`, problems);
		if (topic !== null) topics.push(topic);
	});
	return topics;
}

function textsOf(value: unknown): string[] {
	const name = nameOf(value);
	return name === null ? [] : [name.subject];
}
