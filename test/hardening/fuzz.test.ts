// Fuzzing with fast-check: generated frontmatter and bodies through the engine, generated and random bytes through the
// command line's frontmatter reader. Never a throw, never a hang (each case has a time budget), and the output always
// fits SPEC's JSON. Large shapes too, at the documented caps: long runs of spaces and tabs, up to 1,000 interviewers,
// hundreds of drafts, thousands of topics. A fixed seed in `npm test`; a longer run, for the small and the large
// shapes: `FUZZ_RUNS=100000 FUZZ_LARGE_RUNS=2000 npx vitest run test/hardening/fuzz.test.ts` (about an hour on 2 cores).
import fc from "fast-check";
import { work } from "../../src/engine/work";
import { describe, expect, it } from "vitest";
import { parseNoteTime } from "../../src/engine/dates";
import { evaluate } from "../../src/engine/index";
import { isInterviewNote } from "../../src/engine/note";
import { followUpDraft, thankYouDraft } from "../../src/engine/drafts";
import { findThankYouDrafts } from "../../src/engine/personalisation";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from "../../src/engine/types";
import { readFrontmatter } from "../../src/cli/frontmatter";
import { reportJson } from "../../src/cli/report";
import { expectUnpolluted, snapshotPrototypes } from "./channels";
import { reportShapeErrors } from "./shape";

const SEED = 20261125;
const RUNS = Number(process.env.FUZZ_RUNS ?? "") || 2000;
/** Runs of the large shapes: each case is a note of up to a few megabytes, so far fewer by default. */
const LARGE_RUNS = Number(process.env.FUZZ_LARGE_RUNS ?? "") || 12;
/** The longest one large case may take: a guard against a hang, far above what a note at the caps needs. */
/** The longest one generated case may take: a guard against hangs, far above a normal evaluation's few milliseconds. */

const FIELD_NAMES = [
	"company",
	"role",
	"interview_date",
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
	"tags",
	"tag",
	"type",
	"interviewDate",
	"Interview Date",
	"thankyou_sent",
	"__proto__",
	"constructor",
	"prototype",
	"toString",
];

/** Text a user might write in a date field, right or nearly right. */
const dateLike = fc.oneof(
	fc
		.record({
			year: fc.integer({ min: -10, max: 10_100 }),
			month: fc.integer({ min: 0, max: 14 }),
			day: fc.integer({ min: 0, max: 33 }),
			hour: fc.integer({ min: 0, max: 25 }),
			minute: fc.integer({ min: 0, max: 61 }),
			zone: fc.constantFrom("", "Z", "+02:00", "-07:00", "+14:00", "+15:00", "+0530", "-1"),
			dateOnly: fc.boolean(),
		})
		.map(({ year, month, day, hour, minute, zone, dateOnly }) => {
			const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
			const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
			return dateOnly ? date : `${date}T${pad(hour)}:${pad(minute)}${zone}`;
		}),
	fc.constantFrom("tomorrow", "20/11/2026", "2026-02-30", "2026-13-01", "2026-03-08T02:30", "2026-11-01T01:30", "", " ", "2026-11-20T14:00:00.123456789Z"),
	fc.date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: false }),
);

/** A name, a link (quoted, aliased, or as YAML reads an unquoted one), markup, or anything at all. */
const nameLike = fc.oneof(
	fc.string(),
	fc.string().map((name) => `[[${name}]]`),
	fc.tuple(fc.string(), fc.string()).map(([target, alias]) => `[[${target}|${alias}]]`),
	fc.string().map((name) => [[name]]),
	fc.constantFrom("<img src=x onerror=alert(1)>", "\u202eeoD enaJ", "👩‍👩‍👧‍👦", "__proto__", "constructor", "{{name}}"),
);

/** Any JSON-like value, as YAML gives it, with dates as strings or Date objects. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		fc.constantFrom(null, undefined, true, false, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, -1, 1e21),
		fc.double(),
		fc.integer(),
		nameLike,
		dateLike,
		fc.array(tie("value"), { maxLength: 4 }),
		fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...FIELD_NAMES, "name", "thanked", "linkedin", "date", "channel")), tie("value"), { maxKeys: 4 }),
	),
})).value;

/** Values shaped like each field's, right or wrong, so the generated notes reach deep into the reader. */
const fieldValue = (field: string): fc.Arbitrary<unknown> => {
	switch (field) {
		case "interview_date":
		case "thank_you_sent":
		case "next_steps_date":
		case "heard_back":
		case "gracious_note_sent":
			return fc.oneof(dateLike, anyValue);
		case "interviewers":
			return fc.oneof(
				fc.array(
					fc.oneof(
						nameLike,
						fc.record(
							{ name: nameLike, thanked: dateLike, linkedin: fc.constantFrom("requested", "connected", "skip", "maybe", 1) },
							{ requiredKeys: [] },
						),
						anyValue,
					),
					{ maxLength: 6 },
				),
				anyValue,
			);
		case "follow_ups":
			return fc.oneof(
				fc.array(fc.oneof(dateLike, fc.record({ date: dateLike, channel: fc.oneof(fc.string(), anyValue) }, { requiredKeys: [] })), { maxLength: 5 }),
				anyValue,
			);
		case "outcome":
			return fc.oneof(fc.constantFrom("pending", "next-round", "Next round", "offer", "rejected", "withdrawn", "hired"), anyValue);
		case "tags":
			return fc.oneof(fc.constantFrom("interview", "#interview", "interview/onsite", ["interview"], "Interview, job"), anyValue);
		default:
			return anyValue;
	}
};

/** A key and a value shaped for it. */
const fieldPair: fc.Arbitrary<[string, unknown]> = fc.constantFrom(...FIELD_NAMES).chain((field) => fc.tuple(fc.constant(field), fieldValue(field)));

/** A frontmatter object: usually an interview note with some fields right and some wrong, sometimes anything at all. */
const frontmatter: fc.Arbitrary<unknown> = fc.oneof(
	{ arbitrary: fc.array(fieldPair, { maxLength: 14 }).map(toObject), weight: 4 },
	{ arbitrary: anyValue, weight: 1 },
);

function toObject(pairs: [string, unknown][]): Record<string, unknown> {
	const object: Record<string, unknown> = { tags: ["interview"] };
	// defineProperty, as a YAML reader stores a __proto__ key: an own property, not a new prototype.
	for (const [key, value] of pairs) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
	return object;
}

const settings: fc.Arbitrary<EngineSettings> = fc.record({
	tag: fc.oneof(fc.constant("interview"), fc.string()),
	folder: fc.oneof(fc.constant(""), fc.string()),
	windowHours: fc.oneof(fc.constant(24), fc.double({ min: 0.1, max: 720, noNaN: true })),
	waitDays: fc.oneof(fc.constant(7), fc.integer({ min: 1, max: 365 })),
});

const now = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true });

/** A note body: text with thank-you headings, placeholders, fences and names in it. */
const body = fc
	.array(
		fc.oneof(
			fc.string(),
			nameLike.map((name) => `## Thank-you to ${String(name)}`),
			fc.constantFrom(
				"# Thank-you",
				"### Thank you — Jane Doe",
				"```",
				"~~~",
				"{{topic}}",
				"{{ ",
				"}}",
				"[link](https://example.com)",
				"---",
				"Dear Jane,",
				"",
			),
		),
		{ maxLength: 30 },
	)
	.map((lines) => lines.join("\n"));

/**
 * Fails when one case made the text readers take more steps than a linear reading of the largest case could: a
 * quadratic one on a 50,000-character run takes billions. Counted, never timed (see src/engine/work.ts).
 */
function withinBudget<T>(run: () => T): T {
	const before = work.steps;
	const result = run();
	const steps = work.steps - before;
	if (steps > MOST_STEPS_PER_CASE)
		throw new Error(
			`one case took ${steps.toLocaleString("en-US")} steps, more than the ${MOST_STEPS_PER_CASE.toLocaleString("en-US")} a linear reading takes`,
		);
	return result;
}

/** Far above any linear reading of the largest generated case (a few MB), far below a quadratic one on a long run. */
const MOST_STEPS_PER_CASE = 200_000_000;

/** A long run of one of the characters patterns tend to repeat on: up to 50,000 of them. */
const longRun = fc
	.tuple(fc.constantFrom(" ", "\t", " \t", "\n", "\n\n ", "#", "[", "{{", "-", "a "), fc.integer({ min: 1, max: 50_000 }))
	.map(([character, count]) => character.repeat(Math.ceil(count / character.length)));

/** First names, some shared, so matching by a first name that another interviewer shares is tried too. */
const FIRST_NAMES = ["Jane", "John", "Ana", "Bea", "Carl", "Dana", "You", "Thank", "Jan"];

/** A large interview note: many interviewers, many thank-you sections (nested, under parents), many topics, long runs. */
const largeNote = fc
	.record({
		interviewers: fc.integer({ min: 0, max: 1000 }),
		sections: fc.integer({ min: 0, max: 500 }),
		topics: fc.integer({ min: 0, max: 5000 }),
		topicsAsText: fc.boolean(),
		run: longRun,
		runIn: fc.constantFrom("company", "name", "heading", "draft", "topic"),
		levels: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }),
		seed: fc.integer({ min: 0, max: 1_000_000 }),
	})
	.map(({ interviewers, sections, topics, topicsAsText, run, runIn, levels, seed }) => {
		const pick = (i: number, list: readonly string[]): string => list[(i * 7919 + seed) % list.length] ?? "";
		const names = Array.from({ length: interviewers }, (_, i) => `${pick(i, FIRST_NAMES)} Person${i}${runIn === "name" && i === 0 ? run : ""} X`);
		const topicList = Array.from({ length: topics }, (_, i) => `topic ${i}${runIn === "topic" && i === 0 ? run : ""}`);
		const body = Array.from({ length: sections }, (_, i) => {
			const level = "#".repeat(levels[i % levels.length] ?? 2);
			// The long run goes into one heading only (by name or as it is), so a note stays within the 10 MB a file may weigh.
			const named = i === 0 ? names[0] : names[((i * 31 + seed) % Math.max(1, names.length - 1)) + 1];
			const whom = i % 5 === 4 ? "notes" : `: ${named ?? pick(i, FIRST_NAMES)}${runIn === "heading" && i === 0 ? run : ""}`;
			const text = `Dear you, thank you for ${pick(i, ["topic 1", "the tour", "{{personalise: x}}", "topic 999"])}.${runIn === "draft" && i === 0 ? run : ""}`;
			return `${level} ${pick(i, ["Thank-you", "Thank you", "Thank\u2010you", "thank-you note for"])}${whom}\n${text}\n`;
		}).join("\n");
		const frontmatter: Record<string, unknown> = {
			tags: ["interview"],
			company: runIn === "company" ? `Acme${run}Corp` : "Acme",
			interview_date: "2026-11-20T14:00",
			interviewers: names,
			topics: topicsAsText ? topicList.join(", ") : topicList,
		};
		return { frontmatter, body };
	});

function options(runs = RUNS): fc.Parameters<unknown> {
	return { seed: SEED, numRuns: runs };
}

describe("the engine under generated notes", () => {
	it("reads any frontmatter and any body without a throw or a hang, and reports what fits SPEC's JSON", () => {
		const prototypes = snapshotPrototypes();
		fc.assert(
			fc.property(frontmatter, body, now, settings, (generated, text, at, chosen) => {
				withinBudget(() => {
					const path = "Interviews/Generated.md";
					if (!isInterviewNote(path, generated, chosen)) return;
					const evaluation = evaluate({ path, frontmatter: generated, drafts: findThankYouDrafts(text) }, at, chosen);
					const errors = reportShapeErrors(reportJson([evaluation], [], at));
					if (errors.length > 0) throw new Error(errors.join("\n"));
				});
			}),
			options(),
		);
		expectUnpolluted(prototypes);
	});

	it("reads large notes at the caps, and writes their drafts, without a throw or a hang", { timeout: 600_000 }, () => {
		const at = new Date(2026, 10, 30, 9, 0);
		fc.assert(
			fc.property(largeNote, ({ frontmatter, body }) => {
				withinBudget(() => {
					const path = "Interviews/Large.md";
					const evaluation = evaluate({ path, frontmatter, drafts: findThankYouDrafts(body) }, at, DEFAULT_ENGINE_SETTINGS);
					const errors = reportShapeErrors(reportJson([evaluation], [], at));
					if (errors.length > 0) throw new Error(errors.join("\n"));
					// Rule 3 gives at most one check per interviewer.
					expect(evaluation.checks.filter((check) => check.rule === 3).length).toBeLessThanOrEqual(evaluation.note.interviewers.length);
					const first = evaluation.note.interviewers[0];
					const profile = { myName: "Sam Lee", signature: "" };
					if (first !== undefined) thankYouDraft(evaluation.note, first, profile);
					followUpDraft(evaluation, at, profile);
				});
			}),
			options(LARGE_RUNS),
		);
	});

	it("evaluates every generated interview note that has the tag, under the default settings", () => {
		fc.assert(
			fc.property(frontmatter, now, (generated, at) => {
				const withTag = typeof generated === "object" && generated !== null && !Array.isArray(generated) && !(generated instanceof Date);
				if (!withTag) return;
				const evaluation = withinBudget(() => evaluate({ path: "a.md", frontmatter: generated }, at, DEFAULT_ENGINE_SETTINGS));
				// SPEC: the note is still evaluated on what is usable, and each unusable value is a problem naming its field.
				expect(evaluation.problems.every((problem) => problem.field !== "" && problem.message !== "")).toBe(true);
			}),
			options(),
		);
	});

	it("reads any text or value in a date field without a throw, as a real instant or a reason", () => {
		fc.assert(
			fc.property(fc.oneof(dateLike, anyValue, fc.string({ maxLength: 200 })), (value) => {
				const result = withinBudget(() => parseNoteTime(value));
				if (result.ok) expect(Number.isNaN(result.time.instant.getTime())).toBe(false);
				else expect(result.reason).not.toBe("");
			}),
			options(RUNS * 3),
		);
	});
});

describe("the command line's frontmatter reader under generated text and random bytes", () => {
	/** YAML-ish notes: a frontmatter block of generated lines (some code, some broken), then a body. */
	const yamlLine = fc.oneof(
		fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.string()).map(([key, value]) => `${key}: ${value}`),
		fc.constantFrom(
			"a: &a [x, x, x]",
			"b: [*a, *a, *a]",
			"- item",
			"  nested: yes",
			"key: [unclosed",
			'key: "unclosed',
			"key: !!js/function 'f'",
			"\tkey: tab",
			"? complex",
			"<<: *a",
			"---",
			"...",
			"#comment",
			"",
		),
		fc.string(),
	);
	const noteText = fc
		.tuple(
			fc.constantFrom("---", "---js", "---javascript", "---yaml", "--- ", "----", "---coffee", "---json", "", "\ufeff---"),
			fc.array(yamlLine, { maxLength: 12 }),
			fc.constantFrom("---", "--- ", "...", ""),
			body,
			fc.constantFrom("\n", "\r\n"),
		)
		.map(([open, lines, close, rest, eol]) => [open, ...lines, close, rest].join(eol));

	function expectReadSafely(text: string): void {
		const result = withinBudget(() => readFrontmatter(text));
		if (!result.ok) {
			expect(result.reason).not.toBe("");
			expect(result.reason).not.toMatch(/[\r\n]/);
		}
	}

	it("reads generated notes without a throw or a hang; a refusal is one line", () => {
		const prototypes = snapshotPrototypes();
		fc.assert(fc.property(noteText, expectReadSafely), options());
		expectUnpolluted(prototypes);
	});

	it("reads random bytes, decoded as the report decodes a file, without a throw or a hang", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, withOpening) => {
				const text = new TextDecoder("utf-8").decode(bytes);
				expectReadSafely(withOpening ? `---\n${text}\n---\n` : text);
			}),
			options(),
		);
	});
});
