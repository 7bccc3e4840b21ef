// The short text the sidebar and the report share: relative times that never promise more time than is left,
// one-line summaries of each check, and the absolute times in the checks' messages.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS, type Check } from "../../src/engine/types";
import { checkSummary, formatDeadline, formatMoment, formatStart, relativeTime, waitingFor } from "../../src/engine/wording";
import { noteTime } from "../builders/InterviewNoteBuilder";

function at(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): Date {
	return new Date(year, month - 1, day, hours, minutes, seconds);
}

const now = at(2026, 11, 20, 12, 0);
const MINUTE = 60_000;
const later = (minutes: number): Date => new Date(now.getTime() + minutes * MINUTE);

describe("relativeTime", () => {
	it.each([
		{ minutes: 0, text: "now" },
		{ minutes: 0.5, text: "now" },
		{ minutes: -0.5, text: "now" },
		{ minutes: 1, text: "in 1 min" },
		{ minutes: 59, text: "in 59 min" },
		{ minutes: 59.9, text: "in 59 min" },
		{ minutes: 60, text: "in 1 h" },
		{ minutes: 119, text: "in 1 h" },
		{ minutes: 5 * 60, text: "in 5 h" },
		{ minutes: 47 * 60 + 59, text: "in 47 h" },
		{ minutes: 48 * 60, text: "in 2 days" },
		{ minutes: 71 * 60, text: "in 2 days" },
		{ minutes: 72 * 60, text: "in 3 days" },
		{ minutes: -3, text: "3 min ago" },
		{ minutes: -3.9, text: "3 min ago" },
		{ minutes: -90, text: "1 h ago" },
		{ minutes: -47 * 60, text: "47 h ago" },
		{ minutes: -10 * 24 * 60, text: "10 days ago" },
	])("says $text for $minutes minutes from now", ({ minutes, text }) => {
		expect(relativeTime(later(minutes), now)).toBe(text);
	});

	it("counts elapsed time across the US fall-back night", () => {
		const before = at(2026, 10, 31, 23, 0);
		const target = new Date(before.getTime() + 3 * 60 * MINUTE);
		expect(relativeTime(target, before)).toBe("in 3 h");
	});

	it("does not throw on an invalid date", () => {
		expect(relativeTime(new Date(Number.NaN), now)).toBe("at an unknown time");
	});
});

function check(partial: Partial<Check> & Pick<Check, "rule" | "state">): Check {
	return { subject: "Jane Doe", due: null, message: "", ...partial };
}

describe("checkSummary", () => {
	it.each([
		{ c: check({ rule: 1, state: "todo" }), text: "thank Jane Doe" },
		{ c: check({ rule: 1, state: "done" }), text: "thank-you to Jane Doe sent" },
		{ c: check({ rule: 2, state: "due", due: later(120) }), text: "thank-you to Jane Doe due in 2 h" },
		{ c: check({ rule: 2, state: "due", due: later(59) }), text: "thank-you to Jane Doe due in 59 min" },
		{ c: check({ rule: 2, state: "due", due: now }), text: "thank-you to Jane Doe due now" },
		{ c: check({ rule: 2, state: "overdue", due: later(-180) }), text: "thank-you to Jane Doe overdue by 3 h" },
		{ c: check({ rule: 2, state: "due", due: later(-5) }), text: "thank-you to Jane Doe overdue by 5 min" },
		{ c: check({ rule: 2, state: "due", subject: null, due: later(60) }), text: "thank-you due in 1 h" },
		{ c: check({ rule: 2, state: "ok" }), text: "thank-you to Jane Doe sent on time" },
		{ c: check({ rule: 2, state: "late" }), text: "thank-you to Jane Doe sent late" },
		{ c: check({ rule: 3, state: "ok" }), text: "thank-you draft for Jane Doe is personal" },
		// The reason is read from the check's data, never from its message.
		{ c: check({ rule: 3, state: "generic", reason: "no-topics" }), text: "thank-you draft for Jane Doe is generic: mentions none of the topics" },
		{ c: check({ rule: 3, state: "generic", reason: "placeholder" }), text: "thank-you draft for Jane Doe is generic: still holds template placeholders" },
		{
			c: check({ rule: 3, state: "generic", reason: "same-as-another", message: "mentions none of the topics" }),
			text: "thank-you draft for Jane Doe is generic: reads the same as another interviewer's draft",
		},
		{ c: check({ rule: 3, state: "generic" }), text: "thank-you draft for Jane Doe is generic" },
		{ c: check({ rule: 4, subject: null, state: "waiting", due: later(3 * 24 * 60) }), text: "follow up in 3 days" },
		// A follow-up falls due and stays due: it is never "overdue", and the words say since when.
		{ c: check({ rule: 4, subject: null, state: "due", due: at(2026, 11, 17) }), text: "follow up: due since Tue 17 Nov" },
		{ c: check({ rule: 4, subject: null, state: "due", due: at(2026, 11, 20) }), text: "follow up: due today" },
		{ c: check({ rule: 4, subject: null, state: "due", due: at(2025, 12, 30) }), text: "follow up: due since Tue 30 Dec 2025" },
		{
			c: check({ rule: 4, subject: null, state: "due", due: at(2026, 11, 13, 9, 0), recorded: noteTime("2026-11-06T09:00") }),
			text: "check in again: due since Fri 13 Nov",
		},
		{
			c: check({ rule: 4, subject: null, state: "waiting", due: later(2 * 24 * 60), recorded: noteTime("2026-11-06T09:00") }),
			text: "check in again in 2 days",
		},
		{ c: check({ rule: 4, subject: null, state: "done" }), text: "followed up" },
		{ c: check({ rule: 5, subject: null, state: "excess" }), text: "followed up more than once: wait for them now" },
		{ c: check({ rule: 5, subject: null, state: "ok" }), text: "follow-ups within bounds" },
		{ c: check({ rule: 6, state: "todo" }), text: "connect with Jane Doe on LinkedIn" },
		{ c: check({ rule: 6, state: "done" }), text: "reached out to Jane Doe on LinkedIn" },
		{ c: check({ rule: 7, subject: null, state: "todo" }), text: "send a gracious reply" },
		{ c: check({ rule: 7, subject: null, state: "done" }), text: "gracious reply sent" },
	])("says '$text'", ({ c, text }) => {
		expect(checkSummary(c, now)).toBe(text);
	});
});

describe("absolute times in messages", () => {
	it("writes a moment as weekday, day, month and 24-hour time", () => {
		expect(formatMoment(at(2026, 11, 21, 14, 0), now)).toBe("Sat 21 Nov, 14:00");
	});

	it("adds the year when it is not this year", () => {
		expect(formatMoment(at(2027, 1, 4, 9, 5), now)).toBe("Mon 4 Jan 2027, 09:05");
	});

	it("says 'the end of' a day for a deadline at midnight", () => {
		expect(formatDeadline(at(2026, 11, 22), now)).toBe("the end of Sat 21 Nov");
		expect(formatDeadline(at(2026, 3, 9), now)).toBe("the end of Sun 8 Mar");
		expect(formatDeadline(at(2026, 11, 21, 14, 0), now)).toBe("Sat 21 Nov, 14:00");
	});

	it("gives only the day for a start at midnight", () => {
		expect(formatStart(at(2026, 11, 27), now)).toBe("Fri 27 Nov");
		expect(formatStart(at(2026, 11, 27, 14, 0), now)).toBe("Fri 27 Nov, 14:00");
	});
});

describe("waitingFor: what a note in the Waiting group waits for", () => {
	const settings = DEFAULT_ENGINE_SETTINGS;
	const base = {
		tags: ["interview"],
		company: "Acme",
		interview_date: "2026-11-16T10:00",
		interviewers: [{ name: "Jane Doe", thanked: "2026-11-16T15:00", linkedin: "connected" }],
	};
	const waiting = (frontmatter: Record<string, unknown>): string | null =>
		waitingFor(evaluate({ path: "Acme.md", frontmatter: { ...base, ...frontmatter } }, now, settings), now);

	/** Rule 4's due for the note: when it falls due is the rule's to say, so the words are checked against it. */
	const ruleFourDue = (frontmatter: Record<string, unknown>): Date => {
		const due = evaluate({ path: "Acme.md", frontmatter: { ...base, ...frontmatter } }, now, settings).checks.find((check) => check.rule === 4)?.due;
		if (due === undefined || due === null) throw new Error("rule 4 gives no due");
		return due;
	};

	it("says when to follow up if no timeline was given", () => {
		expect(waiting({})).toBe(`waiting to hear back: follow up from ${formatStart(ruleFourDue({}), now)} if there is no news`);
	});

	it("says by when they said you would hear back", () => {
		expect(waiting({ next_steps_date: "2026-11-25" })).toBe("waiting to hear back by Wed 25 Nov");
	});

	it("says when to check in again when they asked for it", () => {
		const invited = { follow_ups: ["2026-11-19"], follow_up_invited: true };
		expect(waiting(invited)).toBe(`waiting: check in again from ${formatStart(ruleFourDue(invited), now)}, as Acme asked`);
	});

	it("says a follow-up went out and what comes next", () => {
		expect(waiting({ follow_ups: ["2026-11-19"] })).toBe("followed up on Thu 19 Nov: waiting for Acme to get back to you");
	});

	it("says there is nothing to do before the next round or once they got back to you", () => {
		expect(waiting({ outcome: "next-round" })).toBe("next round: nothing to do until Acme is in touch");
		expect(waiting({ heard_back: "2026-11-18" })).toBe("heard back on Wed 18 Nov: waiting for the outcome");
	});

	it("says nothing for a note in another group", () => {
		expect(waiting({ interviewers: ["Jane Doe"] })).toBeNull();
	});
});
