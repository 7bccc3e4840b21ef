// The minute tick skips a note until its next change: that is only safe if evaluating the note at any moment before
// that instant says exactly what it said when it was evaluated. Checked over many generated notes (fast-check, fixed
// seed), with interviews around New Year and the 2026 DST changes, in every time zone the tests run in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDay, toNoteDateTime } from "../../src/engine/dates";
import { evaluate } from "../../src/engine/index";
import { nextChange } from "../../src/engine/next-change";
import { DEFAULT_ENGINE_SETTINGS, OUTCOMES, type ThankYouDraft } from "../../src/engine/types";

const SEED = 20261120;
const MINUTE = 60_000;

/** Days the interviews fall near: New Year, the US, EU and New Zealand DST changes of 2026, and an ordinary day. */
const AROUND = [
	new Date(2025, 11, 30, 10, 0),
	new Date(2026, 2, 7, 14, 0),
	new Date(2026, 2, 28, 14, 0),
	new Date(2026, 3, 4, 14, 0),
	new Date(2026, 8, 26, 14, 0),
	new Date(2026, 9, 24, 14, 0),
	new Date(2026, 9, 31, 14, 0),
	new Date(2026, 10, 20, 14, 0),
];

/** A moment some minutes after the interview, written as a note writes it: a date and time, or only the day. */
const moment = (maxMinutes: number): fc.Arbitrary<{ minutes: number; dateOnly: boolean }> =>
	fc.record({ minutes: fc.integer({ min: -2 * 24 * 60, max: maxMinutes }), dateOnly: fc.boolean() });

const noteShape = fc.record({
	around: fc.constantFrom(...AROUND),
	shiftMinutes: fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
	interviewDateOnly: fc.boolean(),
	interviewers: fc.uniqueArray(
		fc.record({
			name: fc.constantFrom("Jane Doe", "Raj Patel", "Mo Chen"),
			thanked: fc.option(moment(4 * 24 * 60), { nil: null }),
			linkedin: fc.constantFrom(null, "requested", "connected", "skip"),
		}),
		{ maxLength: 3, selector: (person) => person.name },
	),
	thankYouSent: fc.option(moment(4 * 24 * 60), { nil: null }),
	nextSteps: fc.option(moment(20 * 24 * 60), { nil: null }),
	heardBack: fc.option(moment(20 * 24 * 60), { nil: null }),
	followUps: fc.array(moment(30 * 24 * 60), { maxLength: 3 }),
	invited: fc.boolean(),
	outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
	gracious: fc.option(moment(30 * 24 * 60), { nil: null }),
	drafts: fc.boolean(),
	// When the note is looked at, from before the interview to weeks after it, at any second.
	nowMinutes: fc.integer({ min: -2 * 24 * 60, max: 40 * 24 * 60 }),
	nowSeconds: fc.integer({ min: 0, max: 59 }),
	// Where in the time before the next change the note is looked at again: 0 is right away, 1 the last millisecond.
	later: fc.double({ min: 0, max: 1, noNaN: true }),
});

type NoteShape = typeof noteShape extends fc.Arbitrary<infer T> ? T : never;

function written(interview: Date, at: { minutes: number; dateOnly: boolean }): string {
	const instant = new Date(interview.getTime() + at.minutes * MINUTE);
	return at.dateOnly ? localDay(instant) : toNoteDateTime(instant);
}

function frontmatterOf(shape: NoteShape, interview: Date): Record<string, unknown> {
	const frontmatter: Record<string, unknown> = {
		tags: ["interview"],
		company: "Acme",
		role: "Product designer",
		interview_date: shape.interviewDateOnly ? localDay(interview) : toNoteDateTime(interview),
		interviewers: shape.interviewers.map((person) =>
			person.thanked === null && person.linkedin === null
				? person.name
				: {
						name: person.name,
						...(person.thanked ? { thanked: written(interview, person.thanked) } : {}),
						...(person.linkedin ? { linkedin: person.linkedin } : {}),
					},
		),
		topics: ["design systems"],
	};
	if (shape.thankYouSent) frontmatter.thank_you_sent = written(interview, shape.thankYouSent);
	if (shape.nextSteps) frontmatter.next_steps_date = written(interview, shape.nextSteps);
	if (shape.heardBack) frontmatter.heard_back = written(interview, shape.heardBack);
	if (shape.followUps.length > 0) frontmatter.follow_ups = shape.followUps.map((at) => written(interview, at));
	if (shape.invited) frontmatter.follow_up_invited = true;
	if (shape.outcome) frontmatter.outcome = shape.outcome;
	if (shape.gracious) frontmatter.gracious_note_sent = written(interview, shape.gracious);
	return frontmatter;
}

function draftsOf(shape: NoteShape): ThankYouDraft[] | undefined {
	if (!shape.drafts) return undefined;
	return shape.interviewers.map((person) => ({
		heading: `Thank-you: ${person.name}`,
		text: `Dear ${person.name},\nThank you for talking about design systems.`,
	}));
}

describe("the instant a note's evaluation can next change", () => {
	it("leaves every evaluation unchanged, message for message, until that instant", () => {
		fc.assert(
			fc.property(noteShape, (shape) => {
				const interview = new Date(shape.around.getTime() + shape.shiftMinutes * MINUTE);
				const source = { path: "Interviews/Acme.md", frontmatter: frontmatterOf(shape, interview), drafts: draftsOf(shape) };
				const now = new Date(interview.getTime() + shape.nowMinutes * MINUTE + shape.nowSeconds * 1000);
				const first = evaluate(source, now, DEFAULT_ENGINE_SETTINGS);
				const next = nextChange(first, now);
				expect(next).not.toBeNull();
				if (next === null) return;
				expect(next.getTime()).toBeGreaterThan(now.getTime());
				const span = next.getTime() - now.getTime();
				const later = new Date(now.getTime() + Math.min(span - 1, Math.floor(shape.later * span)));
				expect(evaluate(source, later, DEFAULT_ENGINE_SETTINGS)).toEqual(first);
			}),
			{ seed: SEED, numRuns: 3000 },
		);
	});

	it("comes when a thank-you deadline passes, so a tick after it finds the thank-you overdue", () => {
		const interview = new Date(2026, 10, 20, 14, 0);
		const source = {
			path: "Interviews/Acme.md",
			frontmatter: { tags: "interview", interview_date: toNoteDateTime(interview), interviewers: ["Jane Doe"] },
		};
		const now = new Date(2026, 10, 20, 16, 0);
		const evaluation = evaluate(source, now, DEFAULT_ENGINE_SETTINGS);
		const deadline = evaluation.checks.find((check) => check.rule === 2)?.due;
		expect(nextChange(evaluation, now)).toEqual(deadline);
		const afterDeadline = new Date((deadline?.getTime() ?? 0) + 1);
		expect(evaluate(source, afterDeadline, DEFAULT_ENGINE_SETTINGS).checks.find((check) => check.rule === 2)?.state).toBe("overdue");
	});

	it("comes when an upcoming interview starts", () => {
		const interview = new Date(2026, 10, 23, 9, 30);
		const source = {
			path: "Interviews/Acme.md",
			frontmatter: { tags: "interview", interview_date: toNoteDateTime(interview), interviewers: ["Jane Doe"] },
		};
		const now = new Date(2026, 10, 20, 16, 0);
		expect(nextChange(evaluate(source, now, DEFAULT_ENGINE_SETTINGS), now)).toEqual(interview);
	});

	it("comes at New Year at the latest, when messages start to name last year", () => {
		const source = {
			path: "Interviews/Acme.md",
			frontmatter: {
				tags: "interview",
				interview_date: "2026-11-02T10:00",
				interviewers: ["Jane Doe"],
				thank_you_sent: "2026-11-02T15:00",
				outcome: "offer",
			},
		};
		const now = new Date(2026, 10, 20, 16, 0);
		expect(nextChange(evaluate(source, now, DEFAULT_ENGINE_SETTINGS), now)).toEqual(new Date(2027, 0, 1));
	});
});
