// The seven checks, rule by rule, as tables of cases from the spec: every state, boundaries to the minute, date-only
// and datetime forms, and the 2026 DST changes. Instants are built from local components so they mean the same
// local time in every zone.
import { describe, expect, it } from "vitest";
import { beGracious, checkNote, connectOnLinkedIn, dontOverdoIt, followUp, thankEveryone, withinTheWindow } from "../../src/engine/rules";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import type { Check, EngineSettings, InterviewNote, Outcome, RuleNumber } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";

const settings: EngineSettings = DEFAULT_ENGINE_SETTINGS;

/** A local time: month as on a calendar (1 = January). */
function at(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
	return new Date(year, month - 1, day, hours, minutes);
}

const HOUR = 3_600_000;

function only(checks: Check[], rule: RuleNumber, subject: string | null = null): Check {
	const found = checks.filter((c) => c.rule === rule && c.subject === subject);
	expect(found).toHaveLength(1);
	const [first] = found;
	if (!first) throw new Error("no check");
	return first;
}

function interviewWithJane(interview = "2026-11-20T14:00"): InterviewNoteBuilder {
	return new InterviewNoteBuilder().interview(interview).interviewer("Jane Doe");
}

function interviewOf(note: InterviewNote): NonNullable<InterviewNote["interviewDate"]> {
	if (!note.interviewDate) throw new Error("the test note has no interview date");
	return note.interviewDate;
}

describe("before and without an interview", () => {
	it("asks nothing before the interview has started", () => {
		const note = interviewWithJane().build();
		expect(checkNote(note, at(2026, 11, 20, 13, 59), settings)).toEqual([]);
	});

	it("starts asking at the interview's start minute", () => {
		const note = interviewWithJane().build();
		expect(checkNote(note, at(2026, 11, 20, 14, 0), settings).length).toBeGreaterThan(0);
	});

	it("treats a date-only interview as starting at 00:00 local", () => {
		const note = interviewWithJane("2026-11-20").build();
		expect(checkNote(note, at(2026, 11, 19, 23, 59), settings)).toEqual([]);
		expect(checkNote(note, at(2026, 11, 20, 0, 0), settings).length).toBeGreaterThan(0);
	});

	it("gives no checks to a note whose interview date is missing", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").outcome("rejected").build();
		expect(checkNote(note, at(2026, 11, 25), settings)).toEqual([]);
	});
});

describe("rule 1: thank everyone", () => {
	const now = at(2026, 11, 20, 16, 0);

	it.each([
		{ name: "no thank-you recorded", build: (b: InterviewNoteBuilder) => b.interviewer("Jane Doe"), state: "todo" },
		{
			name: "the interviewer's own thanked time",
			build: (b: InterviewNoteBuilder) => b.interviewer("Jane Doe", { thanked: "2026-11-20T15:00" }),
			state: "done",
		},
		{
			name: "the note's thank_you_sent",
			build: (b: InterviewNoteBuilder) => b.interviewer("Jane Doe").thankYouSent("2026-11-20"),
			state: "done",
		},
	])("is $state with $name", ({ build, state }) => {
		const note = build(new InterviewNoteBuilder().interview("2026-11-20T14:00")).build();
		const check = only(thankEveryone(note, now), 1, "Jane Doe");
		expect(check.state).toBe(state);
		expect(check.due).toBeNull();
		expect(check.message).toContain("Jane Doe");
	});

	it("asks for a thank-you to every interviewer, each on their own", () => {
		const note = new InterviewNoteBuilder()
			.interview("2026-11-20T14:00")
			.interviewer("Jane Doe", { thanked: "2026-11-20T15:00" })
			.interviewer("John Roe")
			.build();
		const checks = thankEveryone(note, now);
		expect(checks.map((c) => [c.subject, c.state])).toEqual([
			["Jane Doe", "done"],
			["John Roe", "todo"],
		]);
	});

	it("suggests a handwritten note for an old-fashioned interviewer", () => {
		const note = new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe", { oldFashioned: true }).build();
		expect(only(thankEveryone(note, now), 1, "Jane Doe").message).toMatch(/handwritten/);
		const modern = interviewWithJane().build();
		expect(only(thankEveryone(modern, now), 1, "Jane Doe").message).not.toMatch(/handwritten/);
	});

	it("gives a note without interviewers one check for the whole note, done only by thank_you_sent", () => {
		const unsent = new InterviewNoteBuilder().interview("2026-11-20T14:00").build();
		expect(only(thankEveryone(unsent, now), 1, null).state).toBe("todo");
		const sent = new InterviewNoteBuilder().interview("2026-11-20T14:00").thankYouSent("2026-11-20T15:00").build();
		expect(only(thankEveryone(sent, now), 1, null).state).toBe("done");
	});
});

describe("rule 2: within 24 hours", () => {
	const deadline = at(2026, 11, 21, 14, 0);

	it.each([
		{ now: at(2026, 11, 20, 14, 0), state: "due", when: "at the interview's start" },
		{ now: at(2026, 11, 21, 13, 59), state: "due", when: "a minute before the deadline" },
		{ now: at(2026, 11, 21, 14, 0), state: "due", when: "at the deadline minute itself" },
		{ now: at(2026, 11, 21, 14, 1), state: "overdue", when: "one minute after the deadline" },
		{ now: at(2026, 11, 25, 9, 0), state: "overdue", when: "days later" },
	])("is $state $when when nothing was sent", ({ now, state }) => {
		const check = only(checkNote(interviewWithJane().build(), now, settings), 2, "Jane Doe");
		expect(check.state).toBe(state);
		expect(check.due).toEqual(deadline);
	});

	it.each([
		{ sent: "2026-11-20T15:00", state: "ok", what: "an hour after the interview" },
		{ sent: "2026-11-21T14:00", state: "ok", what: "at the deadline minute" },
		{ sent: "2026-11-21T14:01", state: "late", what: "one minute after the deadline" },
		{ sent: "2026-11-21T15:00", state: "late", what: "25 hours after the interview" },
		{ sent: "2026-11-21", state: "ok", what: "on the day after (date only)" },
		{ sent: "2026-11-20", state: "ok", what: "on the interview day (date only)" },
		{ sent: "2026-11-22", state: "late", what: "two days later (date only)" },
	])("marks a thank-you sent $what as $state", ({ sent, state }) => {
		const note = new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe", { thanked: sent }).build();
		const check = only(checkNote(note, at(2026, 11, 23, 9, 0), settings), 2, "Jane Doe");
		expect(check.state).toBe(state);
		expect(check.due).toEqual(deadline);
	});

	describe("a date-only interview", () => {
		const dateOnlyDeadline = at(2026, 11, 22, 0, 0);

		it.each([
			{ now: at(2026, 11, 21, 23, 59), state: "due" },
			{ now: at(2026, 11, 22, 0, 0), state: "due" },
			{ now: at(2026, 11, 22, 0, 1), state: "overdue" },
		])("is $state at $now when nothing was sent: the window ends with the following day", ({ now, state }) => {
			const check = only(checkNote(interviewWithJane("2026-11-20").build(), now, settings), 2, "Jane Doe");
			expect(check.state).toBe(state);
			expect(check.due).toEqual(dateOnlyDeadline);
		});

		it.each([
			{ sent: "2026-11-21", state: "ok" },
			{ sent: "2026-11-21T23:59", state: "ok" },
			{ sent: "2026-11-22T00:00", state: "ok" },
			{ sent: "2026-11-22T00:01", state: "late" },
			{ sent: "2026-11-22", state: "late" },
		])("marks a thank-you sent $sent as $state", ({ sent, state }) => {
			const note = new InterviewNoteBuilder().interview("2026-11-20").interviewer("Jane Doe", { thanked: sent }).build();
			expect(only(checkNote(note, at(2026, 11, 23), settings), 2, "Jane Doe").state).toBe(state);
		});
	});

	describe("a date-only sent time counts by the last day the window covers", () => {
		it("counts the day after an evening interview as on time", () => {
			const note = new InterviewNoteBuilder().interview("2026-11-20T23:30").interviewer("Jane Doe", { thanked: "2026-11-21" }).build();
			expect(only(checkNote(note, at(2026, 11, 23), settings), 2, "Jane Doe").state).toBe("ok");
		});

		it("counts the day after a midnight interview as late: its window ends as that day begins", () => {
			const note = new InterviewNoteBuilder().interview("2026-11-20T00:00").interviewer("Jane Doe", { thanked: "2026-11-21" }).build();
			expect(only(checkNote(note, at(2026, 11, 23), settings), 2, "Jane Doe").state).toBe("late");
		});
	});

	it("uses the window from the settings", () => {
		const wide = { ...settings, windowHours: 48 };
		const check = only(checkNote(interviewWithJane().build(), at(2026, 11, 22, 9, 0), wide), 2, "Jane Doe");
		expect(check.state).toBe("due");
		expect(check.due).toEqual(at(2026, 11, 22, 14, 0));
	});

	it("judges every interviewer by their own thank-you", () => {
		const note = new InterviewNoteBuilder()
			.interview("2026-11-20T14:00")
			.interviewer("Jane Doe", { thanked: "2026-11-20T18:00" })
			.interviewer("John Roe")
			.build();
		const checks = checkNote(note, at(2026, 11, 21, 15, 0), settings).filter((c) => c.rule === 2);
		expect(checks.map((c) => [c.subject, c.state])).toEqual([
			["Jane Doe", "ok"],
			["John Roe", "overdue"],
		]);
	});

	it("gives a note without interviewers one note-level check sent only with thank_you_sent", () => {
		const unsent = new InterviewNoteBuilder().interview("2026-11-20T14:00").build();
		expect(only(checkNote(unsent, at(2026, 11, 21, 15, 0), settings), 2, null).state).toBe("overdue");
		const sent = new InterviewNoteBuilder().interview("2026-11-20T14:00").thankYouSent("2026-11-21T10:00").build();
		expect(only(checkNote(sent, at(2026, 11, 21, 15, 0), settings), 2, null).state).toBe("ok");
	});

	describe("across daylight-saving changes", () => {
		it.each([
			{ change: "US spring forward (8 March)", interview: "2026-03-07T14:00", start: at(2026, 3, 7, 14, 0) },
			{ change: "EU spring forward (29 March)", interview: "2026-03-28T14:00", start: at(2026, 3, 28, 14, 0) },
			{ change: "NZ fall back (5 April)", interview: "2026-04-04T14:00", start: at(2026, 4, 4, 14, 0) },
			{ change: "NZ spring forward (27 September)", interview: "2026-09-26T14:00", start: at(2026, 9, 26, 14, 0) },
			{ change: "EU fall back (25 October)", interview: "2026-10-24T14:00", start: at(2026, 10, 24, 14, 0) },
			{ change: "US fall back (1 November)", interview: "2026-10-31T14:00", start: at(2026, 10, 31, 14, 0) },
		])("counts the window in real hours across the $change", ({ interview, start }) => {
			const deadline = new Date(start.getTime() + 24 * HOUR);
			const note = interviewWithJane(interview).build();
			const justBefore = new Date(deadline.getTime() - 60_000);
			const justAfter = new Date(deadline.getTime() + 60_000);
			expect(only(checkNote(note, justBefore, settings), 2, "Jane Doe")).toMatchObject({ state: "due", due: deadline });
			expect(only(checkNote(note, deadline, settings), 2, "Jane Doe").state).toBe("due");
			expect(only(checkNote(note, justAfter, settings), 2, "Jane Doe").state).toBe("overdue");
		});

		it.each([
			{ change: "US spring forward", interview: "2026-03-07", deadline: at(2026, 3, 9) },
			{ change: "NZ fall back", interview: "2026-04-04", deadline: at(2026, 4, 6) },
			{ change: "NZ spring forward", interview: "2026-09-26", deadline: at(2026, 9, 28) },
			{ change: "US fall back", interview: "2026-10-31", deadline: at(2026, 11, 2) },
		])("ends a date-only interview's window at midnight two local days on, across the $change", ({ interview, deadline }) => {
			const check = only(checkNote(interviewWithJane(interview).build(), at(2026, 12, 1), settings), 2, "Jane Doe");
			expect(check).toMatchObject({ state: "overdue", due: deadline });
		});
	});

	it("names the interviewer and the absolute local deadline in its message", () => {
		const note = interviewWithJane().build();
		const now = at(2026, 11, 20, 16, 0);
		const [check] = withinTheWindow(note, interviewOf(note), now, settings);
		expect(check?.message).toBe("Send Jane Doe a thank-you by Sat 21 Nov, 14:00.");
	});

	it("says 'by the end of' the last day for a date-only interview", () => {
		const note = interviewWithJane("2026-11-20").build();
		const [check] = withinTheWindow(note, interviewOf(note), at(2026, 11, 20, 9, 0), settings);
		expect(check?.message).toBe("Send Jane Doe a thank-you by the end of Sat 21 Nov.");
	});

	it("adds the year to a deadline in another year than now", () => {
		const note = interviewWithJane("2025-12-30T14:00").build();
		const [late] = withinTheWindow(note, interviewOf(note), at(2026, 1, 2, 9, 0), settings);
		expect(late?.message).toContain("Wed 31 Dec 2025, 14:00");
		const [onTime] = withinTheWindow(note, interviewOf(note), at(2025, 12, 30, 16, 0), settings);
		expect(onTime?.message).toContain("Wed 31 Dec, 14:00");
	});
});

describe("rule 4: follow up", () => {
	it.each([
		{ name: "a week after a datetime interview", interview: "2026-11-20T14:00", nextSteps: null, due: at(2026, 11, 27, 14, 0) },
		{ name: "a week after a date-only interview's 00:00", interview: "2026-11-20", nextSteps: null, due: at(2026, 11, 27) },
		{ name: "the day after the agreed date", interview: "2026-11-20T14:00", nextSteps: "2026-11-25", due: at(2026, 11, 26) },
		{ name: "the day after the agreed datetime", interview: "2026-11-20T14:00", nextSteps: "2026-11-25T17:00", due: at(2026, 11, 26) },
		{ name: "the day after an agreed date past the usual week", interview: "2026-11-20", nextSteps: "2026-12-04", due: at(2026, 12, 5) },
	])("falls due $name", ({ interview, nextSteps, due }) => {
		const note = interviewWithJane(interview).nextSteps(nextSteps).build();
		const minuteBefore = new Date(due.getTime() - 60_000);
		expect(only(checkNote(note, minuteBefore, settings), 4)).toMatchObject({ state: "waiting", due });
		expect(only(checkNote(note, due, settings), 4)).toMatchObject({ state: "due", due });
		expect(only(checkNote(note, at(2027, 1, 15), settings), 4)).toMatchObject({ state: "due", due });
	});

	it("waits the number of days in the settings", () => {
		const note = interviewWithJane().build();
		const check = only(checkNote(note, at(2026, 11, 21), { ...settings, waitDays: 10 }), 4);
		expect(check).toMatchObject({ state: "waiting", due: at(2026, 11, 30, 14, 0) });
	});

	it.each([
		{ follow: "2026-11-27T10:00", what: "a datetime" },
		{ follow: "2026-11-27", what: "a date" },
	])("is done once a follow-up is recorded as $what", ({ follow }) => {
		const note = interviewWithJane().followUp(follow, "email").build();
		expect(only(checkNote(note, at(2026, 12, 20), settings), 4)).toMatchObject({ state: "done", due: null });
	});

	it.each<Outcome>(["next-round", "offer", "rejected", "withdrawn"])("asks no follow-up when the outcome is %s", (outcome) => {
		const note = interviewWithJane().outcome(outcome).build();
		expect(checkNote(note, at(2026, 12, 20), settings).filter((c) => c.rule === 4)).toEqual([]);
	});

	it("asks no follow-up once they got back to you", () => {
		const note = interviewWithJane().heardBack("2026-11-24").build();
		expect(checkNote(note, at(2026, 12, 20), settings).filter((c) => c.rule === 4)).toEqual([]);
	});

	describe("when they invited further check-ins", () => {
		it.each([
			{ follow: "2026-11-27T10:00", next: at(2026, 12, 4, 10, 0) },
			{ follow: "2026-11-27", next: at(2026, 12, 4) },
		])("falls due again one wait after the last follow-up ($follow)", ({ follow, next }) => {
			const note = interviewWithJane().followUpInvited().followUp(follow).build();
			const minuteBefore = new Date(next.getTime() - 60_000);
			expect(only(checkNote(note, minuteBefore, settings), 4)).toMatchObject({ state: "waiting", due: next });
			expect(only(checkNote(note, next, settings), 4)).toMatchObject({ state: "due", due: next });
		});

		it("counts from the latest of several follow-ups", () => {
			const note = interviewWithJane().followUpInvited().followUp("2026-12-04T09:00").followUp("2026-11-27T09:00").build();
			expect(only(checkNote(note, at(2026, 12, 5), settings), 4).due).toEqual(at(2026, 12, 11, 9, 0));
		});

		it("does not bring the next check-in before the agreed timeline", () => {
			const note = interviewWithJane().nextSteps("2026-12-20").followUpInvited().followUp("2026-11-22").build();
			expect(only(checkNote(note, at(2026, 12, 1), settings), 4)).toMatchObject({ state: "waiting", due: at(2026, 12, 21) });
		});
	});

	describe("across daylight-saving changes the wait keeps the clock time", () => {
		it.each([
			{ change: "US spring forward", interview: "2026-03-05T10:00", due: at(2026, 3, 12, 10, 0) },
			{ change: "EU spring forward", interview: "2026-03-26T10:00", due: at(2026, 4, 2, 10, 0) },
			{ change: "NZ fall back", interview: "2026-04-02T10:00", due: at(2026, 4, 9, 10, 0) },
			{ change: "NZ spring forward", interview: "2026-09-25T10:00", due: at(2026, 10, 2, 10, 0) },
			{ change: "EU fall back", interview: "2026-10-22T10:00", due: at(2026, 10, 29, 10, 0) },
			{ change: "US fall back", interview: "2026-10-30T10:00", due: at(2026, 11, 6, 10, 0) },
		])("falls due a week later at the same time across the $change", ({ interview, due }) => {
			const note = interviewWithJane(interview).build();
			expect(only(checkNote(note, due, settings), 4)).toMatchObject({ state: "due", due });
			expect(only(checkNote(note, new Date(due.getTime() - 60_000), settings), 4).state).toBe("waiting");
		});

		it("falls due at midnight after an agreed date on the eve of the US spring forward", () => {
			const note = interviewWithJane("2026-03-02T10:00").nextSteps("2026-03-07").build();
			expect(only(checkNote(note, at(2026, 3, 8, 0, 0), settings), 4)).toMatchObject({ state: "due", due: at(2026, 3, 8) });
		});
	});

	it("says when to follow up in absolute local time", () => {
		const note = interviewWithJane().build();
		const [check] = followUp(note, interviewOf(note), at(2026, 11, 21), settings);
		expect(check?.message).toBe("If Acme has not been in touch, follow up from Fri 27 Nov, 14:00.");
	});
});

describe("rule 5: don't overdo it", () => {
	it.each([
		{ follows: [], invited: false, state: null },
		{ follows: ["2026-11-27"], invited: false, state: "ok" },
		{ follows: ["2026-11-27", "2026-12-01"], invited: false, state: "excess" },
		{ follows: ["2026-11-27", "2026-12-01", "2026-12-03"], invited: false, state: "excess" },
		{ follows: ["2026-11-27"], invited: true, state: "ok" },
		{ follows: ["2026-11-27", "2026-12-04", "2026-12-11"], invited: true, state: "ok" },
	])("is $state with $follows.length follow-ups when invited is $invited", ({ follows, invited, state }) => {
		const builder = interviewWithJane().followUpInvited(invited);
		for (const follow of follows) builder.followUp(follow);
		const checks = dontOverdoIt(builder.build(), at(2026, 12, 20));
		expect(checks.map((c) => c.state)).toEqual(state === null ? [] : [state]);
		for (const check of checks) expect(check.due).toBeNull();
	});

	it("warns even after they got back to you", () => {
		const note = interviewWithJane().heardBack("2026-12-02").followUp("2026-11-27").followUp("2026-11-30").build();
		expect(only(checkNote(note, at(2026, 12, 20), settings), 5).state).toBe("excess");
	});
});

describe("rule 6: connect on LinkedIn", () => {
	it.each([
		{ linkedin: undefined, state: "todo" },
		{ linkedin: "requested" as const, state: "done" },
		{ linkedin: "connected" as const, state: "done" },
	])("is $state when linkedin is $linkedin", ({ linkedin, state }) => {
		const note = new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe", { linkedin }).build();
		expect(only(connectOnLinkedIn(note), 6, "Jane Doe")).toMatchObject({ state, due: null });
	});

	it("asks nothing about an interviewer marked skip", () => {
		const note = new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe", { linkedin: "skip" }).build();
		expect(connectOnLinkedIn(note)).toEqual([]);
	});

	it("gives the profile address when it is known", () => {
		const url = "https://www.linkedin.com/in/janedoe";
		const note = new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe", { linkedinUrl: url }).build();
		expect(only(connectOnLinkedIn(note), 6, "Jane Doe").message).toContain(url);
	});
});

describe("rule 7: be gracious", () => {
	it.each<Outcome>(["pending", "next-round", "offer", "withdrawn"])("asks nothing when the outcome is %s", (outcome) => {
		const note = interviewWithJane().outcome(outcome).build();
		expect(beGracious(note, at(2026, 12, 1))).toEqual([]);
	});

	it("asks for a gracious reply after a rejection", () => {
		const note = interviewWithJane().outcome("rejected").build();
		expect(only(beGracious(note, at(2026, 12, 1)), 7)).toMatchObject({ state: "todo", due: null });
	});

	it.each(["2026-11-28", "2026-11-28T10:00"])("is done once the gracious note was sent (%s)", (sent) => {
		const note = interviewWithJane().outcome("rejected").graciousNoteSent(sent).build();
		expect(only(beGracious(note, at(2026, 12, 1)), 7).state).toBe("done");
	});
});

describe("rule 3 through checkNote", () => {
	const drafts = [{ heading: "Thank-you: Jane Doe", text: "Dear Jane, I enjoyed our talk about design systems." }];

	it("is skipped when the drafts were not read", () => {
		const note = interviewWithJane().topics("design systems").build();
		expect(checkNote(note, at(2026, 11, 20, 16, 0), settings).filter((c) => c.rule === 3)).toEqual([]);
	});

	it("checks each interviewer that has a draft", () => {
		const note = interviewWithJane().interviewer("John Roe").topics("design systems").build();
		const checks = checkNote(note, at(2026, 11, 20, 16, 0), settings, drafts).filter((c) => c.rule === 3);
		expect(checks.map((c) => [c.subject, c.state])).toEqual([["Jane Doe", "ok"]]);
	});

	it("says why a draft is generic", () => {
		const note = interviewWithJane().topics("hiring plans").build();
		const check = only(checkNote(note, at(2026, 11, 20, 16, 0), settings, drafts), 3, "Jane Doe");
		expect(check.state).toBe("generic");
		expect(check.message).toContain("mentions none of the topics");
	});
});

describe("messages", () => {
	const now = at(2026, 11, 30, 9, 0);
	const note = new InterviewNoteBuilder()
		.interview("2026-11-20T14:00")
		.interviewer("Jane Doe", { thanked: "2026-11-22" })
		.interviewer("John Roe")
		.followUp("2026-11-27")
		.followUp("2026-11-28")
		.outcome("rejected")
		.build();

	it("are full sentences without relative times", () => {
		for (const check of checkNote(note, now, settings)) {
			expect(check.message).toMatch(/^[A-Z].*\.$/);
			expect(check.message).not.toMatch(/\bago\b|\bin \d|\bnow\b|\btoday\b|\btomorrow\b/);
		}
	});

	it("start with a capital even when the company is not known", () => {
		const unnamed = new InterviewNoteBuilder()
			.company(null)
			.interview("2026-11-20")
			.followUpInvited()
			.followUp("2026-11-27")
			.followUp("2026-12-04")
			.build();
		for (const when of [at(2026, 12, 5), at(2026, 12, 20)]) {
			for (const check of checkNote(unnamed, when, settings)) expect(check.message).toMatch(/^[A-Z].*\.$/);
		}
		expect(only(checkNote(unnamed, at(2026, 12, 5), settings), 5).message).toContain("2 follow-ups are fine");
	});

	it("name the interviewer of every per-interviewer check", () => {
		for (const check of checkNote(note, now, settings)) {
			if (check.subject !== null) expect(check.message).toContain(check.subject);
		}
	});
});

describe("the moment a check reports, as data", () => {
	const later = at(2026, 12, 20);

	it("gives rule 1 the thank-you time it reports, per interviewer and for the whole note", () => {
		const note = interviewWithJane().interviewer("John Roe", { thanked: "2026-11-20T18:00" }).build();
		expect(only(checkNote(note, later, settings), 1, "John Roe").recorded?.instant).toEqual(at(2026, 11, 20, 18, 0));
		expect(only(checkNote(note, later, settings), 1, "Jane Doe").recorded).toBeUndefined();
		const nobody = new InterviewNoteBuilder().interview("2026-11-20T14:00").thankYouSent("2026-11-21").build();
		expect(only(checkNote(nobody, later, settings), 1).recorded?.day).toBe("2026-11-21");
	});

	it("gives rules 4 and 5 the last follow-up", () => {
		const note = interviewWithJane().followUp("2026-11-27").followUp("2026-12-04T09:00").build();
		const checks = checkNote(note, later, settings);
		expect(only(checks, 4).recorded?.instant).toEqual(at(2026, 12, 4, 9, 0));
		expect(only(checks, 5).recorded?.instant).toEqual(at(2026, 12, 4, 9, 0));
	});

	it("gives rule 4 the last check-in while the next one they asked for is ahead", () => {
		const note = interviewWithJane().followUp("2026-11-27").followUpInvited().build();
		expect(only(checkNote(note, at(2026, 11, 30), settings), 4)).toMatchObject({ state: "waiting", recorded: { day: "2026-11-27" } });
	});

	it("gives rule 7 the gracious reply's day", () => {
		const note = interviewWithJane().outcome("rejected").graciousNoteSent("2026-12-01").build();
		expect(only(checkNote(note, later, settings), 7).recorded?.day).toBe("2026-12-01");
	});

	it("gives no moment to a check that reports none", () => {
		for (const check of checkNote(interviewWithJane().build(), later, settings)) expect(check.recorded).toBeUndefined();
	});
});
