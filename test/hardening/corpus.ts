// The hostile-note corpus: one case per file in test/fixtures/hostile/ (or generated at run time when it would weigh
// megabytes), each with the safe behaviour expected of the engine, the command-line report and the plugin's index.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, URL as NodeURL } from "node:url";
import { expect } from "vitest";
import { toIsoInstant } from "../../src/engine/dates";
import { thankYouDraft } from "../../src/engine/drafts";
import type { Evaluation } from "../../src/engine/types";

// Node's own URL: under happy-dom the global one is the page's, which fileURLToPath does not take.
export const HOSTILE_FOLDER = fileURLToPath(new NodeURL("../fixtures/hostile", import.meta.url));

/** The moment every case is judged from: Wednesday 25 November 2026, 12:00 local, in every time zone. */
export const NOW = new Date(2026, 10, 25, 12, 0);
export const NOW_ARGUMENT = "2026-11-25T12:00";

/** How long one case may take in the engine before it counts as a hang (not a benchmark: a guard). */
/**
 * Steps the text readers may take per character of a note (src/engine/work.ts counts them): a linear reading takes
 * a few, a quadratic one on the corpus's long runs takes thousands.
 */
export const STEPS_PER_CHARACTER = 64;

export interface HostileCase {
	/** The file's name in the corpus folder (or the name a generated case is written under). */
	file: string;
	/** What makes the note hostile, in a few words. */
	what: string;
	/** Builds the file at run time instead of reading it from the corpus folder. */
	generate?: () => Uint8Array;
	/** What the engine makes of the frontmatter Obsidian's metadata cache (the double) hands over. */
	engine: "interview" | "not an interview";
	/** What the command-line report does with the file: lists it, skips it with a reason, or passes over it. */
	cli: "reported" | "skipped" | "ignored";
	/** The skipped file's reason, when the report skips it. */
	reason?: RegExp;
	/** The frontmatter holds YAML anchors and aliases that must never be walked. */
	aliases?: boolean;
	/** Further expectations on the engine's evaluation (engine: "interview" only). */
	expectation?: (evaluation: Evaluation) => void;
	/** The CLI and the plugin read this note differently, and why that is accepted. */
	channelsDiffer?: string;
}

const DATE_FIELDS = ["interview_date", "thank_you_sent", "next_steps_date", "follow_ups"];

const NEVER_RUN = /never code|not run|refused|only YAML/i;
const NOT_YAML = /not valid YAML|nested too deeply|could not be read/i;

export function problemFields(evaluation: Evaluation): string[] {
	return evaluation.problems.map((problem) => problem.field);
}

export function subjects(evaluation: Evaluation): string[] {
	return evaluation.note.interviewers.map((interviewer) => interviewer.subject);
}

/** Each field named has at least one problem that names it (or one of its items). */
export function expectProblemsOn(evaluation: Evaluation, fields: readonly string[]): void {
	const found = problemFields(evaluation);
	for (const field of fields) {
		expect(
			found.some((each) => each === field || each.startsWith(`${field}[`) || each.startsWith(`${field}.`)),
			`a problem on ${field} among ${found.join(", ")}`,
		).toBe(true);
	}
}

/** An unusable interview date: the note is listed with its problems and no checks. */
function listedWithoutChecks(evaluation: Evaluation): void {
	expect(evaluation.note.interviewDate).toBeNull();
	expect(evaluation.checks).toEqual([]);
	expectProblemsOn(evaluation, ["interview_date"]);
}

function badDates(evaluation: Evaluation): void {
	listedWithoutChecks(evaluation);
	expectProblemsOn(evaluation, DATE_FIELDS);
	expect(evaluation.note.thankYouSent).toBeNull();
	expect(evaluation.note.followUps).toEqual([]);
}

const encoder = new TextEncoder();
const text = (value: string): Uint8Array => encoder.encode(value);

function frontmatter(lines: readonly string[], body = ""): string {
	return ["---", ...lines, "---", body].join("\n");
}

const LONG = 10_000;

/** The length of the runs of one character in the long-run cases. */
const RUN = 20_000;

/** A plain interview note's frontmatter lines. */
const INTERVIEW = ["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers: [Jane Doe]"];

/** A name 10,000 characters long that still reads as a name: letters and spaces, ending in an 'x'. */
function longName(letter: string): string {
	return `${letter.repeat(LONG - 1)}x`;
}

/** Deterministic bytes (a linear congruential sequence), so the binary case is the same in every run. */
function pseudoRandomBytes(count: number, seed: number): Uint8Array {
	const bytes = new Uint8Array(count);
	let state = seed;
	for (let i = 0; i < count; i++) {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		bytes[i] = state >> 16;
	}
	return bytes;
}

export const CORPUS: readonly HostileCase[] = [
	// ---- Frontmatter that is code ----
	{ file: "js-frontmatter.md", what: "a ---js block that writes a file and sets a global", engine: "not an interview", cli: "skipped", reason: NEVER_RUN },
	{ file: "javascript-frontmatter.md", what: "a ---javascript block that starts a process", engine: "not an interview", cli: "skipped", reason: NEVER_RUN },
	{ file: "coffee-frontmatter.md", what: "a ---coffee block", engine: "not an interview", cli: "skipped", reason: NEVER_RUN },
	{ file: "yaml-js-function-tag.md", what: "a YAML !!js/function tag", engine: "not an interview", cli: "skipped", reason: NOT_YAML },
	{ file: "yaml-js-undefined-tag.md", what: "YAML !!js/undefined and !!js/regexp tags", engine: "not an interview", cli: "skipped", reason: NOT_YAML },

	// ---- YAML that does not parse ----
	{ file: "unclosed-list.md", what: "flow lists that never close", engine: "not an interview", cli: "skipped", reason: NOT_YAML },
	{ file: "unclosed-quote.md", what: "a quote that never closes", engine: "not an interview", cli: "skipped", reason: NOT_YAML },
	{ file: "unclosed-frontmatter.md", what: "a frontmatter block without its closing line", engine: "not an interview", cli: "ignored" },
	{ file: "duplicate-keys.md", what: "the same key twice", engine: "not an interview", cli: "skipped", reason: NOT_YAML },
	{ file: "tabs-for-indent.md", what: "tabs where YAML allows only spaces", engine: "not an interview", cli: "skipped", reason: NOT_YAML },

	// ---- Shapes that exhaust a careless reader ----
	{
		file: "alias-bomb.md",
		what: "ten levels of aliases, nine to a level, in interviewers, topics and follow_ups",
		engine: "interview",
		cli: "reported",
		aliases: true,
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("Acme");
			expect(evaluation.note.interviewers).toEqual([]);
			expect(evaluation.note.topics).toEqual([]);
			expect(evaluation.note.followUps).toEqual([]);
			expectProblemsOn(evaluation, ["interviewers", "topics", "follow_ups"]);
		},
	},
	{
		file: "alias-bomb-everywhere.md",
		what: "ten levels of aliased mappings in every field",
		engine: "interview",
		cli: "reported",
		aliases: true,
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, ["company", "role", "interviewers", "thank_you_sent", "follow_ups", "outcome", "topics"]);
		},
	},
	// The YAML reader runs out of stack long before 5,000 levels: the cache gives no frontmatter, the report skips the file.
	{
		file: "deep-nesting-lists.md",
		what: "interviewers nested 5,000 lists deep",
		engine: "not an interview",
		cli: "skipped",
		reason: NOT_YAML,
	},
	{
		file: "deep-nesting-mappings.md",
		what: "an unknown key nested 5,000 mappings deep",
		engine: "not an interview",
		cli: "skipped",
		reason: NOT_YAML,
	},
	{
		file: "keys-100000.md",
		what: "100,000 keys that all look like misspelt known keys",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const keys = Array.from({ length: 100_000 }, (_, i) => `interview_dat${i}: x`);
			return text(frontmatter(["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers: [Jane Doe]", ...keys]));
		},
		expectation: (evaluation) => {
			expect(evaluation.note.interviewDate).not.toBeNull();
			// Keys are compared with the known ones only up to a bound, so the problems stay few.
			expect(evaluation.problems.length).toBeLessThanOrEqual(1000);
		},
	},

	// ---- Keys that reach for prototypes ----
	{
		file: "proto-key.md",
		what: "a __proto__ key holding a date, an outcome and a flag",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.interviewDate?.instant.getTime()).toBe(new Date(2026, 10, 20, 14, 0).getTime());
			expect(evaluation.note.outcome).toBe("pending");
		},
	},
	{
		file: "constructor-key.md",
		what: "constructor.prototype, toString, hasOwnProperty and valueOf as keys",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => expect(subjects(evaluation)).toEqual(["Jane Doe"]),
	},
	{
		file: "proto-in-interviewer.md",
		what: "__proto__ inside an interviewer and a follow-up, and interviewers named __proto__ and constructor",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(subjects(evaluation)).toEqual(["Jane Doe", "__proto__", "constructor"]);
			// A thanked time hidden under __proto__ is not Jane's.
			expect(evaluation.note.interviewers[0]?.thanked).toBeNull();
			expectProblemsOn(evaluation, ["interviewers[1]"]);
			expect(evaluation.note.followUps).toHaveLength(1);
		},
	},
	{ file: "proto-only-tags.md", what: "the interview tag only under __proto__", engine: "not an interview", cli: "ignored" },

	// ---- Dates that are not dates ----
	{ file: "date-february-30.md", what: "2026-02-30 in every date field", engine: "interview", cli: "reported", expectation: badDates },
	{ file: "date-month-13.md", what: "2026-13-01 in every date field", engine: "interview", cli: "reported", expectation: badDates },
	{ file: "date-tomorrow.md", what: '"tomorrow" in every date field', engine: "interview", cli: "reported", expectation: badDates },
	{ file: "date-day-first.md", what: "20/11/2026 in every date field", engine: "interview", cli: "reported", expectation: badDates },
	{ file: "date-compact-number.md", what: "20261120, a number, in every date field", engine: "interview", cli: "reported", expectation: badDates },
	{
		file: "time-in-dst-gap.md",
		what: "2026-03-08T02:30, which does not exist in America/Los_Angeles",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			// The platform moves a time in the gap forward (03:30 in Los Angeles); elsewhere it is 02:30 as written.
			expect(evaluation.note.interviewDate?.instant.getTime()).toBe(new Date(2026, 2, 8, 2, 30).getTime());
			expect(evaluation.checks.length).toBeGreaterThan(0);
		},
	},
	{
		file: "time-repeated.md",
		what: "2026-11-01T01:30, which happens twice in America/Los_Angeles",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.interviewDate?.instant.getTime()).toBe(new Date(2026, 10, 1, 1, 30).getTime());
			const onTime = evaluation.checks.find((check) => check.rule === 2);
			expect(onTime?.state).toBe("ok");
		},
	},

	// ---- A value of every wrong type in every field ----
	{
		file: "wrong-type-numbers.md",
		what: "numbers in every field",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, [
				"duration",
				"thank_you_sent",
				"next_steps_date",
				"heard_back",
				"follow_ups",
				"follow_up_invited",
				"outcome",
				"gracious_note_sent",
			]);
		},
	},
	{
		file: "wrong-type-booleans.md",
		what: "true in every field",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, [
				"company",
				"role",
				"duration",
				"interviewers",
				"thank_you_sent",
				"next_steps_date",
				"heard_back",
				"follow_ups",
				"outcome",
				"gracious_note_sent",
				"topics",
			]);
			expect(evaluation.note.followUpInvited).toBe(true);
		},
	},
	{
		file: "wrong-type-lists.md",
		what: "lists of lists in every field",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, [
				"company",
				"role",
				"duration",
				"interviewers",
				"thank_you_sent",
				"next_steps_date",
				"heard_back",
				"follow_ups",
				"follow_up_invited",
				"outcome",
				"gracious_note_sent",
				"topics",
			]);
		},
	},
	{
		file: "wrong-type-objects.md",
		what: "mappings in every field",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, [
				"company",
				"role",
				"duration",
				"interviewers",
				"thank_you_sent",
				"next_steps_date",
				"heard_back",
				"follow_ups",
				"follow_up_invited",
				"outcome",
				"gracious_note_sent",
				"topics",
			]);
		},
	},
	{
		file: "wrong-type-empty.md",
		what: "every field present and empty",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, ["company", "interviewers"]);
			expect(evaluation.note.outcome).toBe("pending");
		},
	},
	{
		file: "wrong-type-special-numbers.md",
		what: "NaN, infinities, -0, hex and octal in every field",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, [
				"company",
				"role",
				"duration",
				"interviewers",
				"thank_you_sent",
				"next_steps_date",
				"heard_back",
				"follow_ups",
				"follow_up_invited",
				"outcome",
				"gracious_note_sent",
			]);
			expect(evaluation.note.durationMinutes).toBe(60);
		},
	},
	{
		file: "wrong-type-interviewer-objects.md",
		what: "interviewer and follow-up objects with a wrong type in every key",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(subjects(evaluation)).toEqual(["Sam Lee", "Ana Ruiz"]);
			expectProblemsOn(evaluation, [
				"interviewers[0]",
				"interviewers[1]",
				"interviewers[2].linkedin_url",
				"interviewers[2].linkedin",
				"interviewers[2].thanked",
				"interviewers[2].old_fashioned",
				"interviewers[3].linkedin",
				"interviewers[3].thanked",
				"interviewers[3].old_fashioned",
				"interviewers[4]",
				"interviewers[5]",
				"interviewers[6]",
				"interviewers[7]",
				"follow_ups[0]",
				"follow_ups[1]",
				"follow_ups[2].channel",
				"follow_ups[3]",
			]);
		},
	},

	// ---- Links ----
	{
		file: "link-unquoted.md",
		what: "[[Jane Doe]] and [[Acme]] without quotes",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("Acme");
			expect(subjects(evaluation)).toEqual(["Jane Doe", "Sam"]);
			expect(evaluation.note.interviewers.map((each) => each.link)).toEqual(["Jane Doe", "people/Sam Lee"]);
		},
	},
	{
		file: "link-quoted.md",
		what: '"[[Jane Doe]]", an alias and an escaped bar',
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("Acme");
			expect(subjects(evaluation)).toEqual(["Jane Doe", "Sam", "Priya"]);
		},
	},

	// ---- Names that are markup, another script, or very long ----
	{
		file: "name-html.md",
		what: "HTML with handlers in every name, and in a thank-you heading",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("<img src=x onerror=alert(1)>");
			expect(evaluation.note.role).toBe("<script>alert('role')</script>");
			expect(subjects(evaluation)).toEqual(["<img src=x onerror=alert(1)>", '<a href="javascript:alert(2)">Jane</a>']);
			expectProblemsOn(evaluation, ["outcome"]);
		},
	},
	{
		file: "name-right-to-left.md",
		what: "Arabic and Hebrew names with bidirectional overrides",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("شركة المثال");
			expect(subjects(evaluation)).toEqual(["דנה כהן", "\u200fJane \u202eeoD\u202c"]);
		},
	},
	{
		file: "name-emoji.md",
		what: "emoji, joined emoji, flags and combining marks",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("🚀 Rocket Labs 👩🏽‍💻");
			expect(subjects(evaluation)).toEqual(["Jane 👩‍👩‍👧‍👦 Doe", "🏳️‍🌈", "Z̴̡̛̖͔͎a̷l̸g̵o̶"]);
		},
	},
	{
		file: "control-characters.md",
		what: "terminal escape codes, NUL and line breaks inside names",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => expect(evaluation.note.company).toContain("\u001b[2J"),
	},
	{
		file: "name-10000-characters.md",
		what: "a company, a role and interviewers with names of 10,000 characters",
		engine: "interview",
		cli: "reported",
		generate: () =>
			text(
				frontmatter([
					"tags: [interview]",
					`company: ${longName("a")}`,
					`role: ${longName("r")}`,
					"interview_date: 2026-11-20T14:00",
					`interviewers: [${longName("j")}, ${longName("s")}]`,
				]),
			),
		expectation: (evaluation) => {
			expect(evaluation.note.company).toHaveLength(LONG);
			expect(subjects(evaluation).map((each) => each.length)).toEqual([LONG, LONG]);
		},
	},
	{
		file: "<img src=x onerror=alert(1)>.md",
		what: "a file name that is HTML (generated: Windows forbids < and > in names)",
		engine: "interview",
		cli: "reported",
		generate: () => text(frontmatter(["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers: [Jane Doe]"])),
	},

	// ---- Size ----
	{
		file: "note-5-megabytes.md",
		what: "a 5 MB note with a thank-you section",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const line = "Notes taken during the interview, line after line, to fill five megabytes of text.\n";
			const body = `## Thank-you to Jane Doe\nDear Jane Doe,\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}`;
			return text(frontmatter(["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers: [Jane Doe]"], body));
		},
		expectation: (evaluation) => expect(subjects(evaluation)).toEqual(["Jane Doe"]),
	},
	{
		file: "interviewers-1000.md",
		what: "1,000 interviewers",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const people = Array.from({ length: 1000 }, (_, i) => `  - name: Interviewer ${i + 1}\n    linkedin: ${i % 2 === 0 ? "connected" : "skip"}`);
			return text(frontmatter(["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers:", ...people]));
		},
		expectation: (evaluation) => {
			expect(evaluation.note.interviewers).toHaveLength(1000);
			expect(evaluation.checks.filter((check) => check.rule === 1)).toHaveLength(1000);
		},
	},
	{
		file: "follow-ups-10000.md",
		what: "10,000 follow-ups",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const day = (i: number): string => toIsoInstant(new Date(2026, 10, 21, 0, i)).slice(0, 16);
			const followUps = Array.from({ length: 10_000 }, (_, i) => `  - ${day(i)}`);
			return text(
				frontmatter([
					"tags: [interview]",
					"company: Acme",
					"interview_date: 2026-11-20T14:00",
					"interviewers: [Jane Doe]",
					"follow_ups:",
					...followUps,
				]),
			);
		},
		expectation: (evaluation) => {
			expectProblemsOn(evaluation, ["follow_ups"]);
			expect(evaluation.note.followUps.length).toBeLessThanOrEqual(1000);
			expect(evaluation.checks.find((check) => check.rule === 5)?.state).toBe("excess");
		},
	},
	{
		file: "thank-you-sections-10000.md",
		what: "10,000 thank-you sections in the body",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const sections = Array.from({ length: 10_000 }, (_, i) => `## Thank-you to Jane Doe\nDear Jane Doe, thank you (${i}).\n`);
			return text(
				frontmatter(["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers: [Jane Doe]"], sections.join("\n")),
			);
		},
	},
	// ---- Rule 3 at the documented caps: once interviewers × interviewers × drafts, and topics × draft text ----
	{
		file: "interviewers-1000-drafts-500.md",
		what: "1,000 plain interviewers and 500 thank-you sections, one per interviewer (once 28 seconds)",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const people = Array.from({ length: 1000 }, (_, i) => `  - Person${i + 1} X`);
			const sections = Array.from(
				{ length: 500 },
				(_, i) => `## Thank-you: Person${i + 1} X\nDear Person${i + 1}, thank you for the talk about subject ${i}.\n`,
			);
			return text(
				frontmatter(["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers:", ...people], sections.join("\n")),
			);
		},
		expectation: (evaluation) => {
			const rule3 = evaluation.checks.filter((check) => check.rule === 3);
			expect(rule3.map((check) => check.subject)).toEqual(Array.from({ length: 500 }, (_, i) => `Person${i + 1} X`));
			expect(rule3.every((check) => check.state === "ok")).toBe(true);
		},
	},
	{
		file: "topics-20000-in-one-text.md",
		what: "20,000 topics written as one comma-separated text, and a 1 MB thank-you draft that mentions none of them",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const topics = Array.from({ length: 20_000 }, (_, i) => `topic number ${i}`).join(", ");
			const line = "Notes taken during the interview, line after line, to fill the draft with words.\n";
			const body = `## Thank-you: Jane Doe\nDear Jane,\n${line.repeat(Math.ceil(1_000_000 / line.length))}`;
			return text(frontmatter([...INTERVIEW, `topics: ${topics}`], body));
		},
		expectation: (evaluation) => {
			// Topics are read up to the list cap however they are written; none of those is in the draft.
			expect(evaluation.checks.find((check) => check.rule === 3)?.reason).toBe("no-topics");
		},
	},
	{
		file: "topics-1000-draft-5-megabytes.md",
		what: "1,000 topics and a 5 MB thank-you draft that mentions only the last",
		engine: "interview",
		cli: "reported",
		generate: () => {
			const topics = Array.from({ length: 1000 }, (_, i) => `  - topic number ${i}`);
			const line = "Notes taken during the interview, line after line, to fill the draft with words.\n";
			const body = `## Thank-you: Jane Doe\nDear Jane,\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}And about Topic  Number 999.\n`;
			return text(frontmatter([...INTERVIEW, "topics:", ...topics], body));
		},
		expectation: (evaluation) => expect(evaluation.checks.find((check) => check.rule === 3)?.state).toBe("ok"),
	},
	{
		file: "company-padded-with-spaces-and-tabs.md",
		what: 'a company of "Acme", 50,000 spaces and tabs, and "Corp" (100 KB; its thank-you once took 20 seconds to tidy)',
		engine: "interview",
		cli: "reported",
		generate: () =>
			text(
				frontmatter([
					"tags: [interview]",
					`company: "Acme${" \\t".repeat(RUN * 2.5)}Corp"`,
					"interview_date: 2026-11-20T14:00",
					"interviewers: [Jane Doe]",
					"topics: [design]",
				]),
			),
		expectation: (evaluation) => {
			const padded = `Acme${" \t".repeat(RUN * 2.5)}Corp`;
			expect(evaluation.note.company).toBe(padded);
			const jane = evaluation.note.interviewers[0];
			if (jane === undefined) throw new Error("Jane Doe is an interviewer");
			// The draft keeps the name as written; only spaces at a line's end are tidied away.
			expect(thankYouDraft(evaluation.note, jane, { myName: "Sam Lee", signature: "" }).text).toContain(`at ${padded}`);
		},
	},
	{
		file: "thank-you-headings-nested.md",
		what: "thank-you headings nested in one another and under a parent, with U+2010 and U+2011 hyphens",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			const rule3 = evaluation.checks.filter((check) => check.rule === 3).map((check) => [check.subject, check.state, check.reason ?? null]);
			expect(rule3).toEqual([
				["Bea Cruz", "ok", null],
				["Carl Dietrich", "ok", null],
				["Jane Doe", "generic", "placeholder"],
				["John Smith", "ok", null],
				// "Dana" is Dana Lee's first name, and no other interviewer shares it.
				["Dana Lee", "ok", null],
			]);
		},
	},
	{
		file: "fence-dashes-in-quoted-value.md",
		what: "a quoted company over two lines, the second starting ---x, which closes no frontmatter block",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("Acme ---x Corp");
			expect(subjects(evaluation)).toEqual(["Jane Doe"]);
		},
	},
	{
		file: "terminal-escapes-everywhere.md",
		what: "terminal escapes (clear screen, retitle), BEL, NUL and a bidi override in names, topics, a heading and a placeholder",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			// The engine keeps the text as written: it is the report and the views that show it safely.
			expect(evaluation.note.company).toBe("Acme\u001b[2J\u001b]0;pwned\u0007");
			expect(subjects(evaluation)).toEqual(["Jane \u001b]0;title\u0007Doe", "\u202eeoD nhoJ"]);
			expect(evaluation.note.topics).toEqual(["design\u0000systems", "hiring\u0007", "\u001b[2Jon-call"]);
			expect(evaluation.checks.find((check) => check.rule === 3)).toMatchObject({ subject: "Jane \u001b]0;title\u0007Doe", reason: "placeholder" });
		},
	},

	// ---- Long runs of one character, where a backtracking pattern turns a small note into minutes of work ----
	{
		file: "placeholder-then-spaces.md",
		what: "a thank-you draft holding {{ and 20,000 spaces",
		engine: "interview",
		cli: "reported",
		generate: () => text(frontmatter(INTERVIEW, `## Thank-you to Jane Doe\nDear Jane, {{${" ".repeat(RUN)}\n`)),
	},
	{
		file: "spaces-in-thank-you-section.md",
		what: "a heading and a line of 20,000 spaces and tabs in a thank-you section",
		engine: "interview",
		cli: "reported",
		generate: () =>
			text(frontmatter(INTERVIEW, `## Thank-you to Jane${" ".repeat(RUN)}Doe\n${" \t".repeat(RUN / 2)}x\n## Thank-you ${"\t".repeat(RUN)}x\n`)),
	},
	{
		file: "brackets-in-thank-you-section.md",
		what: "20,000 [ and [[ in two interviewers' thank-you drafts",
		engine: "interview",
		cli: "reported",
		generate: () =>
			text(
				frontmatter(
					[...INTERVIEW.slice(0, -1), "interviewers: [Jane Doe, Sam Lee]", "topics: [design]"],
					`## Thank-you to Jane Doe\n${"[".repeat(RUN)}\n## Thank-you to Sam Lee\n${"[[".repeat(RUN / 2)}(\n`,
				),
			),
	},
	{
		file: "slashes-in-tag.md",
		what: "a tag of 60,000 slashes",
		engine: "interview",
		cli: "reported",
		generate: () => text(frontmatter([`tags: [interview, "${"/".repeat(RUN * 3)}x"]`, ...INTERVIEW.slice(1)])),
	},
	{
		file: "blank-lines-in-frontmatter.md",
		what: "20,000 blank lines with Windows line ends inside the frontmatter",
		engine: "interview",
		cli: "reported",
		generate: () => text(`---\r\n${"\r\n".repeat(RUN)}${INTERVIEW.join("\r\n")}\r\n---\r\n`),
	},
	{
		file: "binary.md",
		what: "a binary file (an image's bytes, NULs among them) named .md",
		engine: "not an interview",
		cli: "skipped",
		reason: /binary|NUL/i,
		generate: () => {
			const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
			return new Uint8Array([...header, ...pseudoRandomBytes(64 * 1024, 20261125)]);
		},
	},

	// ---- Encodings and line ends ----
	{
		file: "byte-order-mark.md",
		what: "a UTF-8 byte-order mark before the frontmatter",
		engine: "not an interview",
		cli: "reported",
		channelsDiffer:
			"the command line drops the byte-order mark as UTF-8 decoders do; the test double's cache, like a reader that keeps U+FEFF, finds no frontmatter after it",
	},
	{
		file: "crlf-line-ends.md",
		what: "Windows line ends throughout",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.role).toBe("Designer");
			expect(subjects(evaluation)).toEqual(["Jane Doe", "Sam Lee"]);
		},
	},
	{
		file: "tabs-in-values.md",
		what: "tabs after colons and inside values",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			expect(evaluation.note.company).toBe("Acme\tCorp");
			expect(subjects(evaluation)).toEqual(["Jane Doe"]);
		},
	},

	// ---- Frontmatter that is empty, absent or not a mapping ----
	{ file: "empty-frontmatter.md", what: "an empty frontmatter block", engine: "not an interview", cli: "ignored" },
	{ file: "blank-frontmatter.md", what: "a frontmatter block of blank lines and a comment", engine: "not an interview", cli: "ignored" },
	{ file: "no-frontmatter.md", what: "no frontmatter, the keys written in the body", engine: "not an interview", cli: "ignored" },
	{ file: "frontmatter-is-a-list.md", what: "frontmatter that is a YAML list", engine: "not an interview", cli: "ignored" },
	{ file: "frontmatter-is-text.md", what: "frontmatter that is a single word", engine: "not an interview", cli: "ignored" },
	{
		file: "tag-only.md",
		what: "the tag and nothing else",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => {
			listedWithoutChecks(evaluation);
			expectProblemsOn(evaluation, ["company", "interviewers"]);
		},
	},
	{
		file: "second-block-in-body.md",
		what: "a second frontmatter-like block and a rule in the body",
		engine: "interview",
		cli: "reported",
		expectation: (evaluation) => expect(evaluation.note.company).toBe("Acme"),
	},
];

/** A case's bytes: generated, or read from the corpus folder. */
export function bytesOf(hostile: HostileCase): Uint8Array {
	return hostile.generate ? hostile.generate() : new Uint8Array(readFileSync(join(HOSTILE_FOLDER, hostile.file)));
}

/** A case's text as Obsidian hands it to a plugin: UTF-8, malformed bytes replaced, a byte-order mark kept. */
export function textOf(bytes: Uint8Array): string {
	return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}
