// Rule 3's reading of a note's body: the thank-you drafts it holds, whose each one is, and why one reads as generic.
// Pure text work, no dates: the rule itself lives in rules.ts.
import { holdsPlaceholder } from "./placeholders";
import type { Interviewer, InterviewNote, ThankYouDraft } from "./types";
import { withoutFrontmatter } from "./frontmatter-block";
import { isThankYouHeading } from "./headings";

/** Why a draft is generic, in words that finish "The thank-you draft for Jane Doe …" and the short summaries. */
export const GENERIC_REASONS = {
	placeholder: "still holds template placeholders",
	sameAsAnother: "reads the same as another interviewer's draft",
	noTopics: "mentions none of the topics",
} as const;

// The text is taken whole and its trailing spaces and closing #s counted off by hand (see `headingText`): the lazy
// `(.*?)[ \t]*$` this replaced retried at every space of a long run, and a heading of 50,000 spaces took 25 seconds.
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

interface Heading {
	level: number;
	text: string;
}

/**
 * Sections whose heading starts with "Thank-you" or "Thank you" (any case, any level), with their text up to the
 * next heading of the same or a higher level. Headings inside fenced code are not headings. Only ATX headings
 * (`## …`) count: the templates write those, and a setext underline is too easy to mistake for a rule.
 */
export function findThankYouDrafts(body: string): ThankYouDraft[] {
	// A body handed over with its frontmatter still on top: skip it, so a YAML comment is never read as a heading.
	const lines = withoutFrontmatter(body).split(/\r?\n/);
	const sections: { heading: Heading; lines: string[] }[] = [];
	let current: { heading: Heading; lines: string[] } | undefined;
	let fence: string | null = null;
	for (const line of lines) {
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			current?.lines.push(line);
			continue;
		}
		const fenceStart = FENCE_OPEN.exec(line)?.[1];
		if (fenceStart !== undefined) {
			fence = fenceStart;
			current?.lines.push(line);
			continue;
		}
		const heading = headingOf(line);
		if (heading && current && heading.level <= current.heading.level) current = undefined;
		if (heading && !current && isThankYouHeading(heading.text)) {
			current = { heading, lines: [] };
			sections.push(current);
			continue;
		}
		current?.lines.push(line);
	}
	return sections.map((section) => ({ heading: section.heading.text, text: trimBlankLines(section.lines).join("\n") }));
}

/**
 * The draft whose heading names the interviewer: their display name, or the base name of the note they link to
 * (so "Thank-you — Jane Doe" is found for `[[people/Jane Doe|Jane]]` too). Case-insensitive, whole words only,
 * so a heading for "Jane" is not taken for "Jan". The first such draft wins.
 */
export function draftFor(interviewer: Interviewer, drafts: readonly ThankYouDraft[]): ThankYouDraft | null {
	const names = namesOf(interviewer);
	return drafts.find((draft) => names.some((name) => mentions(draft.heading, name))) ?? null;
}

/**
 * Why the interviewer's draft reads as generic, or null when it is personal. In order: a placeholder left in it;
 * the same text as another interviewer's draft once every interviewer's name is set aside; none of the note's
 * topics mentioned (only when topics are listed).
 */
export function genericReason(
	draft: ThankYouDraft,
	interviewer: Interviewer,
	note: InterviewNote,
	drafts: readonly ThankYouDraft[],
): string | null {
	if (holdsPlaceholder(draft.text) || holdsPlaceholder(draft.heading)) return GENERIC_REASONS.placeholder;
	const comparable = comparableTextsOf(note);
	for (const other of note.interviewers) {
		if (other.index === interviewer.index) continue;
		const theirs = draftFor(other, drafts);
		// One draft addressed to two people is the same section, not a copy of another one.
		if (theirs === null || theirs === draft) continue;
		if (comparable.of(theirs) === comparable.of(draft)) return GENERIC_REASONS.sameAsAnother;
	}
	const topics = note.topics.map(normaliseSpace).filter((topic) => topic !== "");
	if (topics.length > 0) {
		const text = comparable.spaced(draft);
		if (!topics.some((topic) => mentions(text, topic))) return GENERIC_REASONS.noTopics;
	}
	return null;
}

interface ComparableTexts {
	/** A draft's text without any interviewer's names, as two drafts are compared. */
	of(draft: ThankYouDraft): string;
	/** A draft's text with runs of whitespace made one space, as topics are looked for in it. */
	spaced(draft: ThankYouDraft): string;
}

/**
 * Per note, each draft's comparable text, made once: every interviewer's draft is compared with every other one,
 * and making the text (a Unicode split of the whole draft) was a fifth of the time to evaluate a note with drafts.
 * Notes are made afresh at each evaluation, so what is kept here goes with the note it was made for.
 */
const comparableTexts = new WeakMap<InterviewNote, ComparableTexts>();

function comparableTextsOf(note: InterviewNote): ComparableTexts {
	const known = comparableTexts.get(note);
	if (known !== undefined) return known;
	// Made only when a second draft is there to compare with: most notes have one interviewer, or one draft.
	let nameWords: ReadonlySet<string> | null = null;
	const withoutNamesMade = new Map<ThankYouDraft, string>();
	const spacedMade = new Map<ThankYouDraft, string>();
	const texts: ComparableTexts = {
		of(draft) {
			let text = withoutNamesMade.get(draft);
			if (text === undefined) {
				nameWords ??= new Set(note.interviewers.flatMap((person) => namesOf(person).flatMap(wordsOf)));
				text = withoutNames(draft.text, nameWords);
				withoutNamesMade.set(draft, text);
			}
			return text;
		},
		spaced(draft) {
			let text = spacedMade.get(draft);
			if (text === undefined) {
				text = normaliseSpace(draft.text);
				spacedMade.set(draft, text);
			}
			return text;
		},
	};
	comparableTexts.set(note, texts);
	return texts;
}

/** The names a heading may use for an interviewer: the display name and the linked note's base name. */
function namesOf(interviewer: Interviewer): string[] {
	const names = [interviewer.subject];
	if (interviewer.link !== null) {
		const base = interviewer.link.split("/").pop()?.replace(/\.md$/i, "") ?? "";
		names.push(base);
	}
	return names.map(normaliseSpace).filter((name) => name !== "");
}

function wordsOf(name: string): string[] {
	return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
}

/**
 * The text in lower case with links, URLs and every interviewer's name words taken out and runs of whitespace
 * made one space. Links go because a "send by email" line differs per interviewer even when the words do not.
 */
function withoutNames(text: string, nameWords: ReadonlySet<string>): string {
	// A link's text holds no bracket and its address no parenthesis or space, so each try stops at the next one: the
	// looser `\[[^\]\n]*\]\([^)\n]*\)` ran to the line's end from every "[" of a run, seconds for 50,000 of them.
	// An address with parentheses in it is still taken out by the URL pattern after it.
	const words = text.replace(/\[[^[\]\n]*\]\([^()\s]*\)/g, " ").replace(/\b(?:https?|mailto):\S+/gi, " ");
	const pieces = words.toLowerCase().split(/([\p{L}\p{N}]+)/u);
	return normaliseSpace(pieces.filter((piece) => !nameWords.has(piece)).join(" "));
}

function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** Whether `text` holds `phrase` as whole words, ignoring case (written without lookbehind, which mobile lacks). */
function mentions(text: string, phrase: string): boolean {
	const haystack = text.toLowerCase();
	const needle = phrase.toLowerCase();
	if (needle === "") return false;
	let from = haystack.indexOf(needle);
	while (from !== -1) {
		const before = haystack.charAt(from - 1);
		const after = haystack.charAt(from + needle.length);
		if (!isWordChar(before) && !isWordChar(after)) return true;
		from = haystack.indexOf(needle, from + 1);
	}
	return false;
}

function isWordChar(char: string): boolean {
	return char !== "" && /[\p{L}\p{N}]/u.test(char);
}

function headingOf(line: string): Heading | null {
	const m = ATX_HEADING.exec(line);
	if (!m?.[1]) return null;
	return { level: m[1].length, text: headingText(m[2] ?? "") };
}

/** A heading's text without its trailing spaces and its closing run of #s, which is decoration. */
function headingText(raw: string): string {
	const isSpaceOrTab = (at: number): boolean => raw.charAt(at) === " " || raw.charAt(at) === "\t";
	let end = raw.length;
	while (end > 0 && isSpaceOrTab(end - 1)) end--;
	let hashes = end;
	while (hashes > 0 && raw.charAt(hashes - 1) === "#") hashes--;
	// Closing #s follow a space or a tab (which go with them), or are the whole text (`## ##` is an empty heading).
	if (hashes < end && (hashes === 0 || isSpaceOrTab(hashes - 1))) {
		end = hashes;
		while (end > 0 && isSpaceOrTab(end - 1)) end--;
	}
	const text = raw.slice(0, end);
	return /^#+$/.test(text) ? "" : text.trim();
}

function closesFence(line: string, fence: string): boolean {
	const trimmed = line.trim();
	const char = fence.charAt(0);
	if (trimmed.length < fence.length) return false;
	for (const c of trimmed) if (c !== char) return false;
	return line.length - line.trimStart().length <= 3;
}

function trimBlankLines(lines: string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && (lines[start] ?? "").trim() === "") start++;
	while (end > start && (lines[end - 1] ?? "").trim() === "") end--;
	return lines.slice(start, end);
}
