// For any frontmatter, each edit touches only its own key, keeps every other key and the key order, and
// changes nothing when run a second time. Random notes from fast-check with a fixed seed, so a failure repeats.
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import * as plans from "../../src/engine/edits";
import { applyChanges, type Change } from "../../src/engine/edits";
import { interviewerSubject } from "../../src/engine/note";
import { OUTCOMES } from "../../src/engine/types";

type Frontmatter = Record<string, unknown>;

/** The planned changes made on the frontmatter in place, as a parsed note would read after the write. */
function applied(frontmatter: Frontmatter, changes: readonly Change[]): boolean {
	const after = applyChanges(frontmatter, changes);
	for (const key of Object.keys(frontmatter)) delete frontmatter[key];
	Object.assign(frontmatter, after);
	return changes.length > 0;
}

/** A plan as an edit of the frontmatter in place that says whether it changed anything. */
function inPlace<A extends unknown[]>(plan: (frontmatter: Frontmatter, ...args: A) => Change[]): (frontmatter: Frontmatter, ...args: A) => boolean {
	return (frontmatter, ...args) => applied(frontmatter, plan(frontmatter, ...args));
}

const markThanked = inPlace(plans.markThanked);
const logFollowUp = inPlace(plans.logFollowUp);
const markLinkedInRequested = inPlace(plans.markLinkedInRequested);
const setOutcome = inPlace(plans.setOutcome);
const markGraciousNoteSent = inPlace(plans.markGraciousNoteSent);

const SEED = 20261120;
const RUNS = 400;
const NAMES = ["Jane Doe", "John Roe", "Ann Lee", "Sam"];
const WHEN = "2026-11-20T16:30";

const name = fc.constantFrom(...NAMES);
const noteTime = fc.oneof(
	fc.constantFrom("2026-11-20T15:00", "2026-11-21", "not a date", "", null),
	fc.date({ min: new Date(2026, 0, 1), max: new Date(2027, 0, 1), noInvalidDate: true }),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: true }), fc.constant(null));
const extraKey = fc.string({ maxLength: 12 }).filter((key) => key !== "__proto__");

/** Every form an interviewer takes in a note: a name, a quoted link, an unquoted link, an object. */
const interviewerItem: fc.Arbitrary<unknown> = fc.oneof(
	name,
	name.map((each) => `[[${each}]]`),
	name.map((each) => `[[people/${each}|${each}]]`),
	name.map((each) => [[each]]),
	fc.record(
		{
			name,
			email: fc.emailAddress(),
			thanked: noteTime,
			linkedin: fc.constantFrom("requested", "connected", "skip", "", "maybe"),
			old_fashioned: fc.boolean(),
			notes: anyValue,
		},
		{ requiredKeys: ["name"] },
	),
	anyValue,
);

const knownKeys = fc.record(
	{
		company: fc.oneof(fc.string(), anyValue),
		interview_date: noteTime,
		interviewers: fc.oneof(fc.array(interviewerItem, { maxLength: 5 }), interviewerItem),
		thank_you_sent: noteTime,
		follow_ups: fc.oneof(
			fc.array(fc.oneof(noteTime, fc.record({ date: noteTime, channel: fc.constantFrom("email", "phone") })), { maxLength: 3 }),
			noteTime,
			fc.constant("2026-11-27, 2026-12-04"),
		),
		outcome: fc.oneof(fc.constantFrom(...OUTCOMES, "Next round", "hmm"), anyValue),
		gracious_note_sent: noteTime,
	},
	{ requiredKeys: [] },
);

/** Known and unknown keys mixed in a random order, as a user's note holds them. */
const frontmatter: fc.Arbitrary<Frontmatter> = fc
	.tuple(knownKeys, fc.dictionary(extraKey, anyValue, { maxKeys: 6 }))
	.chain(([known, extra]) => {
		const entries: [string, unknown][] = [...Object.entries(extra).filter(([key]) => !(key in known)), ...Object.entries(known)];
		return fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length });
	})
	// Through structuredClone, as a YAML parser would give it: plain objects (fast-check also makes null-prototype ones).
	.map((entries) => structuredClone(Object.fromEntries(entries)));

interface Edit {
	name: string;
	/** The keys the edit may change; every other key must stay as it was. */
	keys: readonly string[];
	apply: (frontmatter: Frontmatter) => boolean;
	/** Whether an item of `interviewers` is one the edit may change. */
	touchesItem?: (item: unknown) => boolean;
}

const edits: fc.Arbitrary<Edit> = fc.oneof(
	name.map((subject) => ({
		name: `mark ${subject} thanked`,
		keys: ["interviewers"],
		apply: (fm: Frontmatter) => markThanked(fm, { subject }, WHEN),
		touchesItem: (item: unknown) => interviewerSubject(item) === subject,
	})),
	fc.constant({ name: "mark everyone thanked", keys: ["interviewers", "thank_you_sent"], apply: (fm: Frontmatter) => markThanked(fm, "all", WHEN) }),
	fc.option(fc.constantFrom("email", "phone"), { nil: undefined }).map((channel) => ({
		name: `log a follow-up by ${channel ?? "unknown channel"}`,
		keys: ["follow_ups"],
		apply: (fm: Frontmatter) => logFollowUp(fm, WHEN, channel),
	})),
	name.map((subject) => ({
		name: `mark a LinkedIn request to ${subject}`,
		keys: ["interviewers"],
		apply: (fm: Frontmatter) => markLinkedInRequested(fm, subject),
		touchesItem: (item: unknown) => interviewerSubject(item) === subject,
	})),
	fc.constantFrom(...OUTCOMES).map((outcome) => ({
		name: `set outcome ${outcome}`,
		keys: ["outcome"],
		apply: (fm: Frontmatter) => setOutcome(fm, outcome),
	})),
	fc.constant({ name: "mark the gracious note sent", keys: ["gracious_note_sent"], apply: (fm: Frontmatter) => markGraciousNoteSent(fm, WHEN) }),
);

describe("every frontmatter edit", () => {
	it("leaves every other key deep-equal and in the same order, adding its own key only at the end", () => {
		fc.assert(
			fc.property(frontmatter, edits, (before, edit) => {
				const after = structuredClone(before);
				edit.apply(after);
				const keysBefore = Object.keys(before);
				const keysAfter = Object.keys(after);
				expect(keysAfter.slice(0, keysBefore.length)).toEqual(keysBefore);
				for (const added of keysAfter.slice(keysBefore.length)) expect(edit.keys).toContain(added);
				for (const key of keysBefore) {
					if (!edit.keys.includes(key)) expect(after[key]).toStrictEqual(before[key]);
				}
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("leaves the other interviewers' items as they were", () => {
		fc.assert(
			fc.property(frontmatter, edits, (before, edit) => {
				const { touchesItem } = edit;
				const list = before.interviewers;
				if (touchesItem === undefined || !Array.isArray(list)) return;
				const after = structuredClone(before);
				edit.apply(after);
				const afterList = after.interviewers;
				expect(Array.isArray(afterList) && afterList.length === list.length).toBe(true);
				list.forEach((item: unknown, index) => {
					if (!touchesItem(item)) expect((afterList as unknown[])[index]).toStrictEqual(item);
				});
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("says truly whether it changed something, and changes nothing when run a second time", () => {
		fc.assert(
			fc.property(frontmatter, edits, (before, edit) => {
				const once = structuredClone(before);
				const changed = edit.apply(once);
				expect(changed).toBe(!isDeepStrictEqual(once, before));
				const twice = structuredClone(once);
				expect(edit.apply(twice)).toBe(false);
				expect(twice).toStrictEqual(once);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("never throws, whatever the frontmatter holds", () => {
		fc.assert(
			fc.property(
				fc.dictionary(extraKey, anyValue),
				fc.dictionary(fc.constantFrom("interviewers", "follow_ups", "outcome", "thank_you_sent"), fc.anything()),
				edits,
				(extra, known, edit) => {
					expect(() => edit.apply({ ...extra, ...known })).not.toThrow();
				},
			),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
