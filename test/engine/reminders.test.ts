// The reminders an evaluation asks for: their kinds, instants and keys, read from the checks' `due`. Run under UTC,
// America/Los_Angeles and Pacific/Auckland; the DST cases cross the change in the zones that have one that week.
import { describe, expect, it } from "vitest";
import { DEFAULT_ENGINE_SETTINGS, evaluate } from "../../src/engine/index";
import { isDueNow, remindersFor, type Reminder } from "../../src/engine/reminders";
import { DEFAULT_REMINDER_SETTINGS } from "../../src/engine/settings";

const settings = DEFAULT_REMINDER_SETTINGS;

function at(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
	return new Date(year, month - 1, day, hours, minutes);
}

const HOUR = 3_600_000;

function acme(extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		tags: ["interview"],
		company: "Acme",
		role: "Engineer",
		interview_date: "2026-11-20T14:00",
		duration: 45,
		interviewers: ["Jane Doe", "John Roe"],
		...extra,
	};
}

function reminders(frontmatter: Record<string, unknown>, now: Date, rejectedSeenAt: Date | null = null, chosen = settings): Reminder[] {
	return remindersFor(evaluate({ path: "Acme.md", frontmatter }, now, DEFAULT_ENGINE_SETTINGS), chosen, rejectedSeenAt);
}

function ofKind(list: Reminder[], kind: Reminder["kind"]): Reminder[] {
	return list.filter((reminder) => reminder.kind === kind);
}

describe("remindersFor", () => {
	it("opens the 30-minute thank-you block when the interview ends, for the first interviewer not yet thanked", () => {
		const list = reminders(acme({ interviewers: [{ name: "Jane Doe", thanked: "2026-11-20T15:00" }, "John Roe"] }), at(2026, 11, 20, 14, 30));
		const [block] = ofKind(list, "thank-you-block");
		expect(block?.at).toEqual(at(2026, 11, 20, 14, 45));
		expect(block?.until).toEqual(at(2026, 11, 20, 15, 15));
		expect(block?.subject).toBe("John Roe");
		expect(block?.message).toBe("Your interview at Acme has ended: this is your 30-minute thank-you block");
	});

	it("gives no thank-you block for an interview with only a date, whose end is not known", () => {
		expect(ofKind(reminders(acme({ interview_date: "2026-11-20" }), at(2026, 11, 20, 10)), "thank-you-block")).toEqual([]);
	});

	it("gives nothing before the interview has started, nor once it is closed", () => {
		expect(reminders(acme(), at(2026, 11, 20, 13, 59))).toEqual([]);
		expect(reminders(acme({ outcome: "offer" }), at(2026, 11, 20, 15))).toEqual([]);
	});

	it("reminds of a thank-you not yet sent 3 hours before its deadline, one per interviewer", () => {
		const list = ofKind(reminders(acme(), at(2026, 11, 20, 15)), "thank-you-deadline");
		expect(list.map((reminder) => [reminder.subject, reminder.at, reminder.until])).toEqual([
			["Jane Doe", at(2026, 11, 21, 11), at(2026, 11, 21, 14)],
			["John Roe", at(2026, 11, 21, 11), at(2026, 11, 21, 14)],
		]);
		expect(list[0]?.message).toBe("Acme, Engineer: send Jane Doe a thank-you by Sat 21 Nov, 14:00.");
	});

	it("never reminds of a thank-you already sent, and not at all with the reminder set to 0 hours", () => {
		const thanked = acme({ thank_you_sent: "2026-11-20T16:00" });
		expect(ofKind(reminders(thanked, at(2026, 11, 20, 17)), "thank-you-deadline")).toEqual([]);
		expect(ofKind(reminders(thanked, at(2026, 11, 20, 17)), "thank-you-block")).toEqual([]);
		expect(ofKind(reminders(acme(), at(2026, 11, 20, 15), null, { ...settings, remindHoursBeforeDeadline: 0 }), "thank-you-deadline")).toEqual([]);
	});

	it("reminds of the follow-up at 09:00 on the morning after the agreed timeline", () => {
		const [followUp] = ofKind(reminders(acme({ next_steps_date: "2026-11-25", thank_you_sent: "2026-11-20T16:00" }), at(2026, 11, 21)), "follow-up");
		expect(followUp?.at).toEqual(at(2026, 11, 26, 9));
		expect(followUp?.until).toEqual(at(2026, 11, 27));
		expect(followUp?.message).toBe("Acme, Engineer: time to follow up on your interview of Fri 20 Nov, 14:00.");
	});

	it("never reminds of a follow-up before the moment it falls due, a week after a 14:00 interview", () => {
		const [followUp] = ofKind(reminders(acme({ thank_you_sent: "2026-11-20T16:00" }), at(2026, 11, 21)), "follow-up");
		expect(followUp?.at).toEqual(at(2026, 11, 27, 14));
	});

	it("uses the morning hour chosen in the settings", () => {
		const [followUp] = ofKind(
			reminders(acme({ next_steps_date: "2026-11-25" }), at(2026, 11, 21), null, { ...settings, morningReminderHour: 7 }),
			"follow-up",
		);
		expect(followUp?.at).toEqual(at(2026, 11, 26, 7));
	});

	it("no longer reminds of a follow-up once one is recorded or they got back", () => {
		expect(ofKind(reminders(acme({ follow_ups: ["2026-11-28"] }), at(2026, 11, 29)), "follow-up")).toEqual([]);
		expect(ofKind(reminders(acme({ heard_back: "2026-11-22" }), at(2026, 11, 23)), "follow-up")).toEqual([]);
	});

	it("reminds of the gracious reply at 09:00 on the morning after the rejection was first seen", () => {
		const rejected = acme({ outcome: "rejected", thank_you_sent: "2026-11-20T16:00" });
		const [gracious] = ofKind(reminders(rejected, at(2026, 12, 3, 18), at(2026, 12, 3, 17, 40)), "gracious");
		expect(gracious?.at).toEqual(at(2026, 12, 4, 9));
		expect(ofKind(reminders(rejected, at(2026, 12, 3, 18), null), "gracious")).toEqual([]);
		expect(reminders({ ...rejected, gracious_note_sent: "2026-12-04" }, at(2026, 12, 4, 10), at(2026, 12, 3, 17, 40))).toEqual([]);
	});

	it("keeps a reminder's key from run to run, and gives a new one when its deadline moved", () => {
		const first = ofKind(reminders(acme(), at(2026, 11, 20, 15)), "thank-you-deadline")[0];
		const again = ofKind(reminders(acme(), at(2026, 11, 20, 16)), "thank-you-deadline")[0];
		const moved = ofKind(reminders(acme({ interview_date: "2026-11-20T16:00" }), at(2026, 11, 20, 17)), "thank-you-deadline")[0];
		expect(again?.key).toBe(first?.key);
		expect(moved?.key).not.toBe(first?.key);
	});

	it("is due from its instant up to, but not at, its end", () => {
		const [block] = ofKind(reminders(acme(), at(2026, 11, 20, 15)), "thank-you-block");
		if (block === undefined) throw new Error("no block");
		expect(isDueNow(block, at(2026, 11, 20, 14, 44))).toBe(false);
		expect(isDueNow(block, at(2026, 11, 20, 14, 45))).toBe(true);
		expect(isDueNow(block, at(2026, 11, 20, 15, 14))).toBe(true);
		expect(isDueNow(block, at(2026, 11, 20, 15, 15))).toBe(false);
	});

	describe("across a DST change", () => {
		it("reminds 3 real hours before a deadline that crosses the spring change (US 8 Mar 2026)", () => {
			const interview = acme({ interview_date: "2026-03-07T14:00", interviewers: ["Jane Doe"] });
			const evaluation = evaluate({ path: "Acme.md", frontmatter: interview }, at(2026, 3, 7, 15), DEFAULT_ENGINE_SETTINGS);
			const deadline = evaluation.checks.find((check) => check.rule === 2)?.due;
			const [reminder] = ofKind(remindersFor(evaluation, settings, null), "thank-you-deadline");
			expect(deadline).toBeDefined();
			expect(reminder?.at.getTime()).toBe((deadline?.getTime() ?? 0) - 3 * HOUR);
		});

		it("keeps the morning at 09:00 local on the day after the autumn change (New Zealand 5 Apr 2026)", () => {
			const [followUp] = ofKind(reminders(acme({ interview_date: "2026-04-01T10:00", next_steps_date: "2026-04-05" }), at(2026, 4, 2)), "follow-up");
			expect(followUp?.at).toEqual(at(2026, 4, 6, 9));
			expect(followUp?.at.getHours()).toBe(9);
		});

		it("keeps the morning at 09:00 local on the day of the spring change (US 8 Mar 2026)", () => {
			const [followUp] = ofKind(reminders(acme({ interview_date: "2026-03-02T10:00", next_steps_date: "2026-03-07" }), at(2026, 3, 3)), "follow-up");
			expect(followUp?.at).toEqual(at(2026, 3, 8, 9));
			expect(followUp?.at.getHours()).toBe(9);
		});
	});
});
