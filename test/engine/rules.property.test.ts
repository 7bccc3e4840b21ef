// Properties of the seven checks over many generated notes (fast-check, fixed seed so a failure repeats):
// recording what you did never makes a note more urgent, time only makes unsent thank-yous later, and nothing throws.
//
// Urgency, as the sidebar ranks what to do:
//   stages:       act-now (3) > waiting (2) > upcoming (1) > closed (0)
//   check states: overdue (4) > due (3) > todo (2) > waiting (1) > done, ok, late, generic, excess (0)
// `generic` and `excess` rank 0: they ask the user to fix a draft or to hold back, never to act by a time, and
// recording a thank-you or a follow-up is exactly what makes `excess` appear.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDay, toNoteDateTime } from "../../src/engine/dates";
import { checkNote } from "../../src/engine/rules";
import { stageOf } from "../../src/engine/status";
import { DEFAULT_ENGINE_SETTINGS, OUTCOMES } from "../../src/engine/types";
import type { Check, CheckState, EngineSettings, InterviewNote, LinkedInState, Outcome, Stage } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";

const SEED = 20261120;
const RUNS = 400;
/** Recording is where the rules interact most (invitations, timelines, several interviewers): search it harder. */
const RECORDING_RUNS = 3000;
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

const STAGE_URGENCY: Record<Stage, number> = { "act-now": 3, waiting: 2, upcoming: 1, closed: 0 };
const STATE_URGENCY: Record<CheckState, number> = {
	overdue: 4,
	due: 3,
	todo: 2,
	waiting: 1,
	done: 0,
	ok: 0,
	late: 0,
	generic: 0,
	excess: 0,
};

/** A moment some minutes after the interview, written as a datetime or (dateOnly) as its local day. */
interface Offset {
	minutes: number;
	dateOnly: boolean;
}

interface NoteShape {
	interview: Date;
	interviewDateOnly: boolean;
	interviewers: { name: string; thanked: Offset | null; linkedin: LinkedInState | null }[];
	thankYouSent: Offset | null;
	nextSteps: Offset | null;
	heardBack: Offset | null;
	followUps: Offset[];
	invited: boolean;
	outcome: Outcome;
	gracious: Offset | null;
}

const NAMES = ["Jane Doe", "John Roe", "Ana Lima", "Kenji Sato"];

function offset(maxMinutes: number): fc.Arbitrary<Offset> {
	return fc.record({ minutes: fc.integer({ min: 0, max: maxMinutes }), dateOnly: fc.boolean() });
}

function shape(maxMinutes: number, minYear: number, maxYear: number): fc.Arbitrary<NoteShape> {
	const maybe = (arb: fc.Arbitrary<Offset>): fc.Arbitrary<Offset | null> => fc.option(arb, { nil: null });
	return fc.record({
		interview: fc.date({ min: new Date(minYear, 0, 1), max: new Date(maxYear, 11, 31), noInvalidDate: true }),
		interviewDateOnly: fc.boolean(),
		interviewers: fc.uniqueArray(
			fc.record({
				name: fc.constantFrom(...NAMES),
				thanked: maybe(offset(maxMinutes)),
				linkedin: fc.constantFrom<LinkedInState | null>(null, "requested", "connected", "skip"),
			}),
			{ maxLength: 3, selector: (person) => person.name },
		),
		thankYouSent: maybe(offset(maxMinutes)),
		nextSteps: maybe(offset(maxMinutes)),
		heardBack: maybe(offset(maxMinutes)),
		followUps: fc.array(offset(maxMinutes), { maxLength: 3 }),
		invited: fc.boolean(),
		outcome: fc.constantFrom(...OUTCOMES),
		gracious: maybe(offset(maxMinutes)),
	});
}

function interviewText(s: NoteShape): string {
	return s.interviewDateOnly ? localDay(s.interview) : toNoteDateTime(s.interview);
}

/** The interview's start as the note reader places it (00:00 local for a date-only interview). */
function start(s: NoteShape): Date {
	const built = new InterviewNoteBuilder().interview(interviewText(s)).build();
	return built.interviewDate?.instant ?? s.interview;
}

function written(s: NoteShape, o: Offset): string {
	const instant = new Date(start(s).getTime() + o.minutes * MINUTE);
	return o.dateOnly ? localDay(instant) : toNoteDateTime(instant);
}

function build(s: NoteShape): InterviewNote {
	const b = new InterviewNoteBuilder().interview(interviewText(s)).followUpInvited(s.invited).outcome(s.outcome);
	for (const person of s.interviewers) {
		b.interviewer(person.name, {
			...(person.thanked ? { thanked: written(s, person.thanked) } : {}),
			...(person.linkedin ? { linkedin: person.linkedin } : {}),
		});
	}
	if (s.thankYouSent) b.thankYouSent(written(s, s.thankYouSent));
	if (s.nextSteps) b.nextSteps(written(s, s.nextSteps));
	if (s.heardBack) b.heardBack(written(s, s.heardBack));
	for (const follow of s.followUps) b.followUp(written(s, follow));
	if (s.gracious) b.graciousNoteSent(written(s, s.gracious));
	return b.build();
}

function key(check: Check): string {
	return `${check.rule}:${check.subject ?? ""}`;
}

function urgencyOf(note: InterviewNote, now: Date, settings: EngineSettings): { stage: number; checks: Map<string, number>; earliest: number } {
	const checks = checkNote(note, now, settings);
	const byKey = new Map(checks.map((c) => [key(c), STATE_URGENCY[c.state]]));
	const dues = checks.filter((c) => STATE_URGENCY[c.state] > 0 && c.due !== null).map((c) => c.due?.getTime() ?? Infinity);
	return { stage: STAGE_URGENCY[stageOf(note, checks, now)], checks: byKey, earliest: Math.min(Infinity, ...dues) };
}

/** What the user records: a thank-you to one interviewer (or to everyone), or a follow-up. */
type Recording = { kind: "thank-you"; who: number; at: Offset } | { kind: "follow-up"; at: Offset };

const recording = (maxMinutes: number): fc.Arbitrary<Recording> =>
	fc.oneof(
		fc.record({ kind: fc.constant("thank-you" as const), who: fc.nat({ max: 3 }), at: offset(maxMinutes) }),
		fc.record({ kind: fc.constant("follow-up" as const), at: offset(maxMinutes) }),
	);

function record(s: NoteShape, r: Recording): NoteShape {
	if (r.kind === "follow-up") return { ...s, followUps: [...s.followUps, r.at] };
	const person = s.interviewers[r.who];
	if (person === undefined) return { ...s, thankYouSent: r.at };
	const interviewers = s.interviewers.map((p, i) => (i === r.who ? { ...p, thanked: r.at } : p));
	return { ...s, interviewers };
}

/** Keeps every recorded moment at or before `now`: what you record has happened. */
function upTo(o: Offset, nowMinutes: number): Offset {
	return { ...o, minutes: Math.min(o.minutes, nowMinutes) };
}

function pastOnly(s: NoteShape, nowMinutes: number): NoteShape {
	const cap = (o: Offset | null): Offset | null => (o === null ? null : upTo(o, nowMinutes));
	return {
		...s,
		interviewers: s.interviewers.map((p) => ({ ...p, thanked: cap(p.thanked) })),
		thankYouSent: cap(s.thankYouSent),
		heardBack: cap(s.heardBack),
		followUps: s.followUps.map((o) => upTo(o, nowMinutes)),
		gracious: cap(s.gracious),
	};
}

describe("recording what you did never makes a note more urgent", () => {
	const settingsArb = fc.record({
		tag: fc.constant("interview"),
		folder: fc.constant(""),
		windowHours: fc.integer({ min: 1, max: 96 }),
		waitDays: fc.integer({ min: 1, max: 21 }),
	});

	it("holds for a thank-you or a follow-up recorded at any moment between the interview and now", () => {
		fc.assert(
			fc.property(
				shape(40 * DAY_MINUTES, 2026, 2026),
				fc.integer({ min: 0, max: 40 * DAY_MINUTES }),
				recording(40 * DAY_MINUTES),
				settingsArb,
				(raw, nowMinutes, r, settings) => {
					const before = pastOnly(raw, nowMinutes);
					const after = record(before, { ...r, at: upTo(r.at, nowMinutes) });
					const now = new Date(start(raw).getTime() + nowMinutes * MINUTE);
					const was = urgencyOf(build(before), now, settings);
					const is = urgencyOf(build(after), now, settings);
					expect(is.stage).toBeLessThanOrEqual(was.stage);
					for (const [k, urgency] of is.checks) expect(urgency).toBeLessThanOrEqual(was.checks.get(k) ?? 0);
					expect(is.earliest).toBeGreaterThanOrEqual(was.earliest);
				},
			),
			{ seed: SEED, numRuns: RECORDING_RUNS },
		);
	});
});

describe("time moves thank-yous one way", () => {
	it("never turns an overdue check back into a due one as now moves forward, with nothing recorded", () => {
		fc.assert(
			fc.property(
				shape(40 * DAY_MINUTES, 2026, 2026),
				fc.integer({ min: -DAY_MINUTES, max: 40 * DAY_MINUTES }),
				fc.integer({ min: 0, max: 40 * DAY_MINUTES }),
				(raw, firstMinutes, step) => {
					const nothingRecorded: NoteShape = {
						...raw,
						interviewers: raw.interviewers.map((p) => ({ ...p, thanked: null })),
						thankYouSent: null,
						heardBack: null,
						followUps: [],
						gracious: null,
					};
					const note = build(nothingRecorded);
					const first = new Date(start(raw).getTime() + firstMinutes * MINUTE);
					const later = new Date(first.getTime() + step * MINUTE);
					const earlier = new Map(checkNote(note, first, DEFAULT_ENGINE_SETTINGS).map((c) => [key(c), c.state]));
					for (const check of checkNote(note, later, DEFAULT_ENGINE_SETTINGS)) {
						if (earlier.get(key(check)) === "overdue") expect(check.state).toBe("overdue");
					}
				},
			),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});

describe("checkNote never throws", () => {
	it("for any note the builder can make with arbitrary dates and settings", () => {
		const anyNumber = fc.oneof(
			fc.integer({ min: -1000, max: 100_000 }),
			fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300),
		);
		fc.assert(
			fc.property(
				shape(5_000 * DAY_MINUTES, 1000, 9980),
				fc.date({ min: new Date(900, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
				anyNumber,
				anyNumber,
				(raw, now, windowHours, waitDays) => {
					const settings = { ...DEFAULT_ENGINE_SETTINGS, windowHours, waitDays };
					const note = build(raw);
					const checks = checkNote(note, now, settings, [{ heading: "Thank-you: Jane Doe", text: "Hi {{topic}}" }]);
					stageOf(note, checks, now);
					for (const check of checks) expect(check.message.length).toBeGreaterThan(0);
				},
			),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
