// Whatever a note's frontmatter holds, reading it never throws, and every problem says which field and what is wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELDS, INTERVIEWER_FIELDS, interviewerSubject, isInterviewNote, readInterviewNote } from "../../src/engine/note";
import { DEFAULT_ENGINE_SETTINGS, OUTCOMES, type EngineSettings } from "../../src/engine/types";

const RUNS = { seed: 42, numRuns: 500 };

/** Values a YAML parser or Obsidian could hand over, plus dates, as YAML parsers give them. */
const anyValue = fc.oneof(
	fc.jsonValue(),
	fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withObjectString: true }),
	fc.date({ noInvalidDate: false }),
);

/** Values close to the real ones, so that the reader gets past its first checks. */
const plausibleValue = fc.oneof(
	anyValue,
	fc.constantFrom("2026-11-20", "2026-11-20T14:00", "2026-02-30", "[[Jane Doe]]", "[[people/Jane|J]]", "interview", "yes", ...OUTCOMES),
	fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
	fc.array(
		fc.oneof(
			fc.string(),
			fc.array(fc.string(), { maxLength: 2 }),
			fc.dictionary(fc.constantFrom(...Object.values(INTERVIEWER_FIELDS), "date", "channel"), fc.anything()),
		),
	),
);

/** Frontmatter built from the real keys (and a few look-alikes), each holding anything. */
const realKeys = fc.dictionary(fc.constantFrom(...Object.values(FIELDS), "tag", "interviewDate", "Company", "__proto__", "constructor"), plausibleValue);

const anySettings: fc.Arbitrary<EngineSettings> = fc.record({
	tag: fc.oneof(fc.constant("interview"), fc.string()),
	folder: fc.oneof(fc.constant(""), fc.string()),
	windowHours: fc.constant(DEFAULT_ENGINE_SETTINGS.windowHours),
	waitDays: fc.constant(DEFAULT_ENGINE_SETTINGS.waitDays),
});

describe("reading any frontmatter", () => {
	it.each([
		["any JSON value", fc.jsonValue()],
		["anything at all", anyValue],
		["the real keys holding anything", realKeys],
	] as const)("never throws on %s, and every problem names a field and says something", (_what, frontmatter) => {
		fc.assert(
			fc.property(fc.string(), frontmatter, (path, value) => {
				const { note, problems } = readInterviewNote(path, value);
				expect(note.path).toBe(path);
				expect(OUTCOMES).toContain(note.outcome);
				expect(note.durationMinutes).toBeGreaterThan(0);
				for (const problem of problems) {
					expect(typeof problem.field).toBe("string");
					expect(problem.field.length).toBeGreaterThan(0);
					expect(typeof problem.message).toBe("string");
					expect(problem.message.trim().length).toBeGreaterThan(0);
				}
			}),
			RUNS,
		);
	});

	it.each([
		["any JSON value", fc.jsonValue()],
		["anything at all", anyValue],
		["the real keys holding anything", realKeys],
	] as const)("decides whether %s is an interview note without throwing", (_what, frontmatter) => {
		fc.assert(
			fc.property(fc.string(), frontmatter, anySettings, (path, value, settings) => {
				expect(typeof isInterviewNote(path, value, settings)).toBe("boolean");
			}),
			RUNS,
		);
	});

	it("reads only usable values into the note", () => {
		fc.assert(
			fc.property(realKeys, (value) => {
				const { note } = readInterviewNote("Acme.md", value);
				for (const time of [note.interviewDate, note.thankYouSent, note.nextStepsDate, note.heardBack, note.graciousNoteSent]) {
					if (time !== null) expect(Number.isNaN(time.instant.getTime())).toBe(false);
				}
				for (const interviewer of note.interviewers) {
					expect(interviewer.subject.trim()).not.toBe("");
					expect(interviewer.subject).toBe(interviewer.subject.trim());
				}
				for (let i = 1; i < note.followUps.length; i++) {
					const before = note.followUps[i - 1];
					const after = note.followUps[i];
					if (before && after) expect(before.at.instant.getTime()).toBeLessThanOrEqual(after.at.instant.getTime());
				}
				expect(note.topics.every((topic) => topic.trim() !== "")).toBe(true);
			}),
			RUNS,
		);
	});

	it("names each interviewer the way interviewerSubject names the raw item", () => {
		fc.assert(
			fc.property(realKeys, (value) => {
				const { note } = readInterviewNote("Acme.md", value);
				const raw: unknown = Object.prototype.hasOwnProperty.call(value, FIELDS.interviewers) ? value[FIELDS.interviewers] : undefined;
				const items: unknown[] = Array.isArray(raw) ? raw : [raw];
				for (const interviewer of note.interviewers) {
					expect(interviewerSubject(items[interviewer.index])).toBe(interviewer.subject);
				}
			}),
			RUNS,
		);
	});

	it("never changes the frontmatter it reads", () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const before = JSON.stringify(value);
				readInterviewNote("Acme.md", value);
				isInterviewNote("Acme.md", value, DEFAULT_ENGINE_SETTINGS);
				expect(JSON.stringify(value)).toBe(before);
			}),
			RUNS,
		);
	});
});
