// A note's stage and the order of notes: what to act on now comes first, then what waits, what is coming up, and
// what is over; within each, the earliest due first.
import { describe, expect, it } from "vitest";
import { checkNote } from "../../src/engine/rules";
import { compareEvaluations, groupByStage, isOpen, sortEvaluations, stageOf } from "../../src/engine/status";
import { DEFAULT_ENGINE_SETTINGS, STAGES } from "../../src/engine/types";
import type { Check, CheckState, Evaluation, InterviewNote } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";

function at(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
	return new Date(year, month - 1, day, hours, minutes);
}

function evaluated(note: InterviewNote, now: Date): Evaluation {
	const checks = checkNote(note, now, DEFAULT_ENGINE_SETTINGS);
	return { path: note.path, note, stage: stageOf(note, checks, now), checks, problems: [] };
}

function stageAt(builder: InterviewNoteBuilder, now: Date): string {
	const note = builder.build();
	return stageOf(note, checkNote(note, now, DEFAULT_ENGINE_SETTINGS), now);
}

/** An interview on 20 Nov at 14:00 with Jane Doe, thanked on time and connected: nothing asks for action. */
function settled(): InterviewNoteBuilder {
	return new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe", { thanked: "2026-11-20T16:00", linkedin: "connected" });
}

describe("stageOf", () => {
	it.each([
		{ name: "before the interview", builder: () => settled(), now: at(2026, 11, 20, 13, 59), stage: "upcoming" },
		{ name: "before the interview, even when withdrawn", builder: () => settled().outcome("withdrawn"), now: at(2026, 11, 19), stage: "upcoming" },
		{ name: "after an offer", builder: () => settled().outcome("offer"), now: at(2026, 12, 1), stage: "closed" },
		{ name: "after withdrawing", builder: () => settled().outcome("withdrawn"), now: at(2026, 12, 1), stage: "closed" },
		{
			name: "after an offer with a thank-you still overdue",
			builder: () => new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe").outcome("offer"),
			now: at(2026, 12, 1),
			stage: "closed",
		},
		{
			name: "after a rejection answered graciously",
			builder: () => settled().outcome("rejected").graciousNoteSent("2026-11-30"),
			now: at(2026, 12, 1),
			stage: "closed",
		},
		{ name: "after a rejection not yet answered", builder: () => settled().outcome("rejected"), now: at(2026, 12, 1), stage: "act-now" },
		{
			name: "while a thank-you is due",
			builder: () => new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe"),
			now: at(2026, 11, 20, 15, 0),
			stage: "act-now",
		},
		{
			name: "while a thank-you is overdue",
			builder: () => new InterviewNoteBuilder().interview("2026-11-20T14:00").interviewer("Jane Doe"),
			now: at(2026, 11, 22),
			stage: "act-now",
		},
		{ name: "after the one follow-up", builder: () => settled().followUp("2026-11-28"), now: at(2026, 12, 10), stage: "waiting" },
		{ name: "while the next round is being arranged", builder: () => settled().outcome("next-round"), now: at(2026, 12, 10), stage: "waiting" },
		{ name: "with only LinkedIn left to do", builder: () => settled().heardBack("2026-11-22"), now: at(2026, 12, 10), stage: "waiting" },
	])("is $stage $name", ({ builder, now, stage }) => {
		expect(stageAt(builder(), now)).toBe(stage);
	});

	it("is act-now from the moment rule 4 says a follow-up is due, and waiting until then", () => {
		const note = settled().build();
		const due = checkNote(note, at(2026, 11, 21), DEFAULT_ENGINE_SETTINGS).find((check) => check.rule === 4)?.due;
		if (due === undefined || due === null) throw new Error("rule 4 gives no due");
		expect(stageAt(settled(), due)).toBe("act-now");
		expect(stageAt(settled(), new Date(due.getTime() - 60_000))).toBe("waiting");
	});

	describe("a note without a usable interview date", () => {
		it.each([
			{ outcome: "pending" as const, stage: "act-now" },
			{ outcome: "next-round" as const, stage: "act-now" },
			{ outcome: "rejected" as const, stage: "act-now" },
			{ outcome: "offer" as const, stage: "closed" },
			{ outcome: "withdrawn" as const, stage: "closed" },
		])("is $stage when the outcome is $outcome", ({ outcome, stage }) => {
			expect(stageAt(new InterviewNoteBuilder().interviewer("Jane Doe").outcome(outcome), at(2026, 12, 1))).toBe(stage);
		});

		it("is closed after a rejection answered graciously", () => {
			const builder = new InterviewNoteBuilder().outcome("rejected").graciousNoteSent("2026-11-30");
			expect(stageAt(builder, at(2026, 12, 1))).toBe("closed");
		});
	});
});

describe("isOpen", () => {
	it.each<[CheckState, boolean]>([
		["todo", true],
		["due", true],
		["overdue", true],
		["generic", true],
		["excess", true],
		["waiting", true],
		["done", false],
		["ok", false],
		["late", false],
	])("treats a %s check as open: %s", (state, open) => {
		const check: Check = { rule: 1, subject: null, state, due: null, message: "" };
		expect(isOpen(check)).toBe(open);
	});
});

describe("ordering", () => {
	const now = at(2026, 11, 25, 12, 0);
	const notes = {
		// act-now: a thank-you overdue since 21 Nov 14:00
		overdueThanks: new InterviewNoteBuilder().path("b.md").interview("2026-11-20T14:00").interviewer("Jane Doe").build(),
		// act-now: a thank-you due 26 Nov 10:00
		dueThanks: new InterviewNoteBuilder().path("a.md").interview("2026-11-25T10:00").interviewer("John Roe").build(),
		// act-now: a gracious reply, nothing dated
		gracious: settled().path("0.md").outcome("rejected").build(),
		// waiting: follow up from 29 Nov 09:00
		waitingSooner: settled().path("z.md").interview("2026-11-22T09:00").build(),
		// waiting: follow up from 30 Nov
		waitingLater: settled().path("y.md").interview("2026-11-23T00:00").build(),
		// upcoming: 1 Dec and 28 Nov
		upcomingLater: settled().path("c.md").interview("2026-12-01T09:00").build(),
		upcomingSooner: settled().path("d.md").interview("2026-11-28T09:00").build(),
		// closed: two with nothing open, ordered by path
		closedB: settled().path("closed-b.md").outcome("offer").build(),
		closedA: settled().path("closed-a.md").outcome("withdrawn").build(),
	};
	const evaluations = Object.values(notes).map((note) => evaluated(note, now));

	it("puts the stages in the order act-now, waiting, upcoming, closed, earliest due first within each", () => {
		const sorted = [...evaluations].sort(compareEvaluations).map((e) => [e.stage, e.path]);
		expect(sorted).toEqual([
			["act-now", "b.md"],
			["act-now", "a.md"],
			["act-now", "0.md"],
			["waiting", "z.md"],
			["waiting", "y.md"],
			["upcoming", "d.md"],
			["upcoming", "c.md"],
			["closed", "closed-a.md"],
			["closed", "closed-b.md"],
		]);
	});

	it("orders by the earliest open due date, not by a thank-you's date once it was sent", () => {
		// Thanked on time (its deadline 21 Nov 14:00 is past and settled); follow up from 27 Nov 14:00.
		const earlierInterview = evaluated(settled().path("x.md").build(), now);
		// Thanked on time (deadline 23 Nov 10:00); they said 25 Nov, so follow up from 26 Nov 00:00.
		const soonerFollowUp = evaluated(
			new InterviewNoteBuilder()
				.path("y.md")
				.interview("2026-11-22T10:00")
				.interviewer("Jo Park", { thanked: "2026-11-22T12:00", linkedin: "connected" })
				.nextSteps("2026-11-25")
				.build(),
			now,
		);
		expect([earlierInterview.stage, soonerFollowUp.stage]).toEqual(["waiting", "waiting"]);
		expect([earlierInterview, soonerFollowUp].sort(compareEvaluations).map((e) => e.path)).toEqual(["y.md", "x.md"]);
	});

	it("groups every stage, empty ones included, each in order", () => {
		const groups = groupByStage([...evaluations].reverse());
		expect(Object.keys(groups).sort()).toEqual([...STAGES].sort());
		expect(groups["act-now"].map((e) => e.path)).toEqual(["b.md", "a.md", "0.md"]);
		expect(groups.waiting.map((e) => e.path)).toEqual(["z.md", "y.md"]);
		expect(groups.upcoming.map((e) => e.path)).toEqual(["d.md", "c.md"]);
		expect(groups.closed.map((e) => e.path)).toEqual(["closed-a.md", "closed-b.md"]);
		expect(groupByStage([])).toEqual({ "act-now": [], waiting: [], upcoming: [], closed: [] });
	});
});

describe("sorting many notes", () => {
	/** `count` waiting notes, due on days in a shuffled order, whose checks count how often they are read. */
	function countedNotes(count: number): { evaluations: Evaluation[]; reads: () => number } {
		let reads = 0;
		const evaluations: Evaluation[] = [];
		for (let i = 0; i < count; i++) {
			const note = new InterviewNoteBuilder()
				.path(`Interviews/${String(i).padStart(5, "0")}.md`)
				.interview("2026-11-20T14:00")
				.build();
			const checks: Check[] = [{ rule: 4, subject: null, state: "waiting", due: new Date(2026, 11, 1 + ((i * 7919) % count)), message: "" }];
			evaluations.push({
				path: note.path,
				note,
				stage: "waiting",
				get checks() {
					reads += 1;
					return checks;
				},
				problems: [],
			});
		}
		return { evaluations, reads: () => reads };
	}

	it("sorts as compareEvaluations orders", () => {
		const { evaluations } = countedNotes(200);
		expect(sortEvaluations(evaluations)).toEqual([...evaluations].sort(compareEvaluations));
	});

	it("reads each note's checks once, however many notes there are", () => {
		for (const count of [100, 200, 400, 800]) {
			const { evaluations, reads } = countedNotes(count);
			sortEvaluations(evaluations);
			expect(reads()).toBe(count);
		}
	});
});
