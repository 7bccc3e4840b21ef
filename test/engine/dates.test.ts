// How dates written in a note are read, and the deadlines built from them: the same local times in every time zone.
import { describe, expect, it } from "vitest";
import {
	describeType,
	firstFollowUpDue,
	interviewEnd,
	lastDayBefore,
	localDay,
	nextInvitedFollowUpDue,
	parseNoteTime,
	sentBy,
	thankYouDeadline,
	toIsoInstant,
	toNoteDateTime,
} from "../../src/engine/dates";
import type { NoteTime } from "../../src/engine/types";

const HOUR = 60 * 60 * 1000;

/** A value the test knows is readable; fails the test (not a type assertion) when it is not. */
function timeOf(value: unknown): NoteTime {
	const result = parseNoteTime(value);
	if (!result.ok) throw new Error(`expected ${String(value)} to be readable, got: ${result.reason}`);
	return result.time;
}

describe("parseNoteTime reads what a note holds", () => {
	it.each([
		["a date", "2026-11-20", new Date(2026, 10, 20), true],
		["a date and time", "2026-11-20T14:00", new Date(2026, 10, 20, 14, 0), false],
		["a date and time with seconds", "2026-11-20T14:00:30", new Date(2026, 10, 20, 14, 0, 30), false],
		["a date and time with milliseconds", "2026-11-20T14:00:30.250", new Date(2026, 10, 20, 14, 0, 30, 250), false],
		["a space instead of T", "2026-11-20 14:00", new Date(2026, 10, 20, 14, 0), false],
		["a lower-case t", "2026-11-20t09:05", new Date(2026, 10, 20, 9, 5), false],
		["surrounding spaces", "  2026-11-20  ", new Date(2026, 10, 20), true],
		["a leap day", "2028-02-29", new Date(2028, 1, 29), true],
		["midnight written as a time", "2026-11-20T00:00", new Date(2026, 10, 20, 0, 0), false],
	])("reads %s (%s) as that local time", (_what, text, expected, dateOnly) => {
		const time = timeOf(text);
		expect(time.instant.getTime()).toBe(expected.getTime());
		expect(time.dateOnly).toBe(dateOnly);
		expect(time.day).toBe(localDay(expected));
	});

	it.each([
		["UTC (Z)", "2026-11-20T14:00Z", Date.UTC(2026, 10, 20, 14, 0)],
		["UTC with seconds", "2026-11-20T14:00:00Z", Date.UTC(2026, 10, 20, 14, 0)],
		["an offset with a colon", "2026-11-20T14:00+01:00", Date.UTC(2026, 10, 20, 13, 0)],
		["an offset without a colon", "2026-11-20T14:00-0800", Date.UTC(2026, 10, 20, 22, 0)],
		["an offset in hours only", "2026-11-20T14:00+05", Date.UTC(2026, 10, 20, 9, 0)],
		["a half-hour offset", "2026-11-20T14:00+05:30", Date.UTC(2026, 10, 20, 8, 30)],
		["an offset that crosses midnight", "2026-11-20T23:30-05:00", Date.UTC(2026, 10, 21, 4, 30)],
		["a space before the offset", "2026-11-20 14:00 +01:00", Date.UTC(2026, 10, 20, 13, 0)],
	])("reads a time with %s as that exact instant, whatever the local zone", (_what, text, expected) => {
		const time = timeOf(text);
		expect(time.instant.getTime()).toBe(expected);
		expect(time.dateOnly).toBe(false);
		expect(time.day).toBe(localDay(new Date(expected)));
	});

	it.each([
		["a day February does not have", "2026-02-30", "not a real day"],
		["a 29 February outside a leap year", "2026-02-29", "not a real day"],
		["a thirteenth month", "2026-13-01", "not a real day"],
		["a month zero", "2026-00-10", "not a real day"],
		["day zero", "2026-11-00", "not a real day"],
		["an hour past 23", "2026-11-20T24:00", "not a real time"],
		["a minute past 59", "2026-11-20T14:60", "not a real time"],
		["an offset beyond 14 hours", "2026-11-20T14:00+15:00", "offset"],
		["a word", "tomorrow", "2026-11-20"],
		["a day-first date", "20/11/2026", "2026-11-20"],
		["a US-style date", "11/20/2026", "2026-11-20"],
		["a date without dashes", "20261120", "2026-11-20"],
		["a time without a date", "14:00", "2026-11-20"],
		["a date and time with a 12-hour clock", "2026-11-20 2pm", "2026-11-20"],
	])("refuses %s (%s) and says why", (_what, text, why) => {
		const result = parseNoteTime(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.reason).toContain(why);
			expect(result.reason).toContain(text.trim());
		}
	});

	it("cuts a very long text short in its reason", () => {
		const result = parseNoteTime(`2026-11-20 ${"x".repeat(5000)}`);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason.length).toBeLessThan(200);
	});

	it.each([
		["a number", 20261120, "a number"],
		["true or false", true, "true or false"],
		["a list", ["2026-11-20"], "a list"],
		["an object", { date: "2026-11-20" }, "an object"],
		["nothing", null, "nothing"],
	])("refuses %s where a date goes, naming what it found", (_what, value, found) => {
		const result = parseNoteTime(value);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(`found ${found}`);
	});

	describe("Date objects, as YAML parsers give them", () => {
		it.each([
			["20 November", 2026, 10, 20],
			["the US DST change (8 March)", 2026, 2, 8],
			["the EU DST change (29 March)", 2026, 2, 29],
			["the New Zealand DST change (27 September)", 2026, 8, 27],
			["the US DST end (1 November)", 2026, 10, 1],
			["New Year's Eve", 2026, 11, 31],
		])("reads a YAML date-only value (UTC midnight) on %s as that local day", (_what, year, month, day) => {
			const time = timeOf(new Date(Date.UTC(year, month, day)));
			expect(time.dateOnly).toBe(true);
			expect(time.instant.getTime()).toBe(new Date(year, month, day).getTime());
			expect(time.day).toBe(`${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
		});

		it("reads a YAML timestamp by its clock reading, so it means the same as the same text", () => {
			const fromDate = timeOf(new Date(Date.UTC(2026, 10, 20, 14, 0)));
			const fromText = timeOf("2026-11-20T14:00");
			expect(fromDate.instant.getTime()).toBe(fromText.instant.getTime());
			expect(fromDate.dateOnly).toBe(false);
			expect(fromDate.day).toBe("2026-11-20");
		});

		it("reads a date-only value the same whether it arrives as text or as a Date", () => {
			expect(timeOf(new Date(Date.UTC(2026, 10, 20)))).toEqual(timeOf("2026-11-20"));
		});

		it("refuses an invalid Date", () => {
			expect(parseNoteTime(new Date(Number.NaN)).ok).toBe(false);
		});

		it("refuses a Date far beyond any year a note can hold, instead of failing later", () => {
			expect(parseNoteTime(new Date(8.64e15)).ok).toBe(false);
			expect(parseNoteTime(new Date(-8.64e15)).ok).toBe(false);
		});
	});

	describe("times that daylight saving skips or repeats", () => {
		// 2026-03-08T02:30 does not exist in America/Los_Angeles: clocks jump from 02:00 to 03:00. The time is
		// read the way the platform places it, moved forward by the gap (03:30 PDT). In zones with no change
		// that night (UTC, Pacific/Auckland) it is simply 02:30. The same holds for the EU and New Zealand gaps.
		it.each([
			["the US gap", "2026-03-08T02:30", 2026, 2, 8],
			["the EU gap", "2026-03-29T02:30", 2026, 2, 29],
			["the New Zealand gap", "2026-09-27T02:30", 2026, 8, 27],
		])("reads a time in %s as a real instant on that day, never refusing it", (_what, text, year, month, day) => {
			const time = timeOf(text);
			const zoneSkipsIt = new Date(year, month, day, 2, 30).getHours() !== 2;
			expect(time.day).toBe(text.slice(0, 10));
			expect(time.dateOnly).toBe(false);
			expect(time.instant.getMinutes()).toBe(30);
			expect(time.instant.getHours()).toBe(zoneSkipsIt ? 3 : 2);
			expect(time.instant.getTime()).toBe(new Date(year, month, day, 2, 30).getTime());
		});

		it("moves a time in the gap forward in Los Angeles and in Auckland", () => {
			if (process.env.TZ === "America/Los_Angeles") {
				expect(toIsoInstant(timeOf("2026-03-08T02:30").instant)).toBe("2026-03-08T03:30:00-07:00");
			}
			if (process.env.TZ === "Pacific/Auckland") {
				expect(toIsoInstant(timeOf("2026-09-27T02:30").instant)).toBe("2026-09-27T03:30:00+13:00");
			}
			expect(timeOf("2026-11-20T02:30").instant.getHours()).toBe(2);
		});

		// 2026-11-01T01:30 happens twice in America/Los_Angeles (first in PDT, then in PST); 2026-04-05T02:30
		// twice in Pacific/Auckland. The first one is taken: one hour earlier the clock read an hour less, which
		// is true of the first and false of the second. In zones with no change that night it is the only one.
		it.each([
			["the US repeated hour", "2026-11-01T01:30", 1],
			["the EU repeated hour", "2026-10-25T02:30", 2],
			["the New Zealand repeated hour", "2026-04-05T02:30", 2],
		])("reads a time in %s as the first of the two", (_what, text, hour) => {
			const time = timeOf(text);
			expect(time.day).toBe(text.slice(0, 10));
			expect(time.instant.getHours()).toBe(hour);
			expect(time.instant.getMinutes()).toBe(30);
			expect(new Date(time.instant.getTime() - HOUR).getHours()).toBe(hour - 1);
		});
	});
});

describe("thankYouDeadline: 24 hours after the interview", () => {
	it.each([
		["an afternoon interview", "2026-11-20T14:00", 24],
		["an interview the evening before the US DST change", "2026-03-07T18:00", 24],
		["an interview the evening before the US DST end", "2026-10-31T18:00", 24],
		["an interview before the EU DST change", "2026-03-28T10:00", 24],
		["an interview before the New Zealand DST change", "2026-04-04T10:00", 24],
		["an interview with a 48-hour window", "2026-11-20T14:00", 48],
	])("gives %s exactly the window in real hours", (_what, text, windowHours) => {
		const interview = timeOf(text);
		expect(thankYouDeadline(interview, windowHours).getTime() - interview.instant.getTime()).toBe(windowHours * HOUR);
	});

	it.each([
		["20 November", "2026-11-20", new Date(2026, 10, 22)],
		["the day before the US DST change", "2026-03-07", new Date(2026, 2, 9)],
		["the day before the US DST end", "2026-10-31", new Date(2026, 10, 2)],
		["the day before the EU DST change", "2026-03-28", new Date(2026, 2, 30)],
		["the day before the EU DST end", "2026-10-24", new Date(2026, 9, 26)],
		["the day before the New Zealand DST change", "2026-04-04", new Date(2026, 3, 6)],
		["the day before New Zealand DST starts", "2026-09-26", new Date(2026, 8, 28)],
		["the last day of a month", "2026-11-30", new Date(2026, 11, 2)],
	])("for a date-only interview on %s, ends with the following day (00:00 local two days on)", (_what, text, expected) => {
		expect(thankYouDeadline(timeOf(text), 24).getTime()).toBe(expected.getTime());
	});

	it("gives a date-only interview a whole extra day for each further 24 hours of window", () => {
		expect(thankYouDeadline(timeOf("2026-11-20"), 48).getTime()).toBe(new Date(2026, 10, 23).getTime());
	});
});

describe("sentBy: whether a thank-you went out in time", () => {
	const interview = timeOf("2026-11-20T14:00");
	const deadline = thankYouDeadline(interview, 24);

	it.each([
		["sent the same evening", "2026-11-20T19:00", true],
		["sent at the deadline to the minute", "2026-11-21T14:00", true],
		["sent a minute after the deadline", "2026-11-21T14:01", false],
		["sent 25 hours after the interview", "2026-11-21T15:00", false],
		["recorded as the interview day only", "2026-11-20", true],
		["recorded as the next day only, the last day the window covers", "2026-11-21", true],
		["recorded as two days later", "2026-11-22", false],
	])("counts a thank-you %s (%s) as on time: %s", (_what, sent, onTime) => {
		expect(sentBy(timeOf(sent), deadline)).toBe(onTime);
	});

	it.each([
		["the following day", "2026-11-21", true],
		["the day the deadline falls on at 00:00", "2026-11-22", false],
		["late that following evening", "2026-11-21T23:59", true],
	])("for a date-only interview, counts a thank-you sent on %s as on time: %s", (_what, sent, onTime) => {
		expect(sentBy(timeOf(sent), thankYouDeadline(timeOf("2026-11-20"), 24))).toBe(onTime);
	});

	it("counts the last covered day across the US DST change", () => {
		const overTheChange = thankYouDeadline(timeOf("2026-03-07"), 24);
		expect(lastDayBefore(overTheChange)).toBe("2026-03-08");
		expect(sentBy(timeOf("2026-03-08"), overTheChange)).toBe(true);
		expect(sentBy(timeOf("2026-03-09"), overTheChange)).toBe(false);
	});

	it("takes the day of the instant just before a midnight deadline as the last day covered", () => {
		expect(lastDayBefore(new Date(2026, 10, 22))).toBe("2026-11-21");
		expect(lastDayBefore(new Date(2026, 10, 22, 0, 1))).toBe("2026-11-22");
	});
});

describe("firstFollowUpDue: when to follow up", () => {
	it.each([
		["a date-only timeline", "2026-11-20T14:00", "2026-11-27", new Date(2026, 10, 28)],
		["a timeline with a time of day", "2026-11-20T14:00", "2026-11-27T17:00", new Date(2026, 10, 28)],
		["a timeline across the US DST end", "2026-10-28T14:00", "2026-11-01", new Date(2026, 10, 2)],
		["a timeline ending on the US DST change", "2026-03-01T10:00", "2026-03-08", new Date(2026, 2, 9)],
		["a timeline ending the day before New Zealand DST starts", "2026-09-20T10:00", "2026-09-26", new Date(2026, 8, 27)],
		["a timeline at the end of the year", "2026-12-20T10:00", "2026-12-31", new Date(2027, 0, 1)],
	])("with %s, falls due at 00:00 local the day after it", (_what, interview, nextSteps, expected) => {
		expect(firstFollowUpDue(timeOf(interview), timeOf(nextSteps), 7).getTime()).toBe(expected.getTime());
	});

	it.each([
		["an ordinary week", "2026-11-20T14:00", new Date(2026, 10, 27, 14, 0)],
		["a week across the US DST end", "2026-10-30T14:00", new Date(2026, 10, 6, 14, 0)],
		["a week across the US DST change", "2026-03-05T09:00", new Date(2026, 2, 12, 9, 0)],
		["a week across the EU DST change", "2026-03-26T09:00", new Date(2026, 3, 2, 9, 0)],
		["a week across the EU DST end", "2026-10-22T09:00", new Date(2026, 9, 29, 9, 0)],
		["a week across the New Zealand DST end", "2026-04-02T09:00", new Date(2026, 3, 9, 9, 0)],
		["a week across the New Zealand DST start", "2026-09-25T09:00", new Date(2026, 9, 2, 9, 0)],
		["a date-only interview", "2026-11-20", new Date(2026, 10, 27)],
	])("without a timeline, falls due a week after the interview at the same clock time: %s", (_what, interview, expected) => {
		expect(firstFollowUpDue(timeOf(interview), null, 7).getTime()).toBe(expected.getTime());
	});

	it("waits the number of days the setting asks for", () => {
		expect(firstFollowUpDue(timeOf("2026-11-20T14:00"), null, 10).getTime()).toBe(new Date(2026, 10, 30, 14, 0).getTime());
	});

	it("lets an invited follow-up fall due one wait after the last one, at the same clock time", () => {
		const firstDue = new Date(2026, 10, 5, 0, 0);
		expect(nextInvitedFollowUpDue(timeOf("2026-10-29T10:00"), firstDue, 7).getTime()).toBe(new Date(2026, 10, 5, 10, 0).getTime());
	});

	it("never lets an early check-in bring the next one before the agreed timeline", () => {
		const firstDue = new Date(2026, 11, 21, 0, 0);
		expect(nextInvitedFollowUpDue(timeOf("2026-11-22"), firstDue, 7).getTime()).toBe(firstDue.getTime());
	});
});

describe("interviewEnd: where the 30-minute thank-you block starts", () => {
	it("ends the interview its duration after the start", () => {
		expect(interviewEnd(timeOf("2026-11-20T14:00"), 45).getTime()).toBe(new Date(2026, 10, 20, 14, 45).getTime());
	});

	it("counts the duration in real minutes across the US DST end", () => {
		const start = timeOf("2026-11-01T00:30");
		expect(interviewEnd(start, 90).getTime() - start.instant.getTime()).toBe(90 * 60 * 1000);
	});
});

describe("instants as the report and the commands write them", () => {
	it.each([
		["a November afternoon", new Date(2026, 10, 20, 14, 0)],
		["a July morning", new Date(2026, 6, 1, 9, 15)],
		["the day of the US DST change", new Date(2026, 2, 8, 12, 0)],
		["the day of the New Zealand DST start", new Date(2026, 8, 27, 12, 0)],
	])("writes %s as ISO 8601 with the local offset, naming the same instant", (_what, instant) => {
		const iso = toIsoInstant(instant);
		expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
		expect(new Date(iso).getTime()).toBe(instant.getTime());
		expect(iso.slice(0, 16)).toBe(toNoteDateTime(instant));
	});

	it("writes the offset the local zone has at that instant", () => {
		const instant = new Date(2026, 10, 20, 14, 0);
		const minutesEast = -instant.getTimezoneOffset();
		const sign = minutesEast < 0 ? "-" : "+";
		const hours = String(Math.floor(Math.abs(minutesEast) / 60)).padStart(2, "0");
		const minutes = String(Math.abs(minutesEast) % 60).padStart(2, "0");
		const expected = minutesEast === 0 ? "Z" : `${sign}${hours}:${minutes}`;
		expect(toIsoInstant(instant).endsWith(expected)).toBe(true);
	});

	it("writes a note's datetime as local YYYY-MM-DDTHH:mm that reads back as the same minute", () => {
		const instant = new Date(2026, 10, 20, 14, 5);
		expect(toNoteDateTime(instant)).toBe("2026-11-20T14:05");
		expect(timeOf(toNoteDateTime(instant)).instant.getTime()).toBe(instant.getTime());
	});
});

describe("describeType names what was found, for messages", () => {
	it.each([
		[null, "nothing"],
		[undefined, "nothing"],
		[[1, 2], "a list"],
		[new Date(Date.UTC(2026, 10, 20)), "a date"],
		["text", "text"],
		[3, "a number"],
		[false, "true or false"],
		[{ a: 1 }, "an object"],
	])("describes %j as %s", (value, expected) => {
		expect(describeType(value)).toBe(expected);
	});
});

describe("reading the same text again", () => {
	it("gives the same moment each time, in a Date of its own that no other note shares", () => {
		const first = parseNoteTime("2026-11-20T14:00");
		const again = parseNoteTime("2026-11-20T14:00");
		if (!first.ok || !again.ok) throw new Error("not read");
		expect(again.time).toEqual(first.time);
		expect(again.time.instant).not.toBe(first.time.instant);
		first.time.instant.setFullYear(1999);
		const third = parseNoteTime("2026-11-20T14:00");
		expect(third.ok && third.time.instant.getFullYear()).toBe(2026);
	});

	it("reads every text right however many different ones come by", () => {
		for (let day = 0; day < 6000; day++) {
			const expected = new Date(2000, 0, 1 + day);
			const text = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, "0")}-${String(expected.getDate()).padStart(2, "0")}`;
			const read = parseNoteTime(text);
			expect(read.ok && read.time.instant.getTime()).toBe(expected.getTime());
		}
		expect(parseNoteTime("2026-02-30")).toMatchObject({ ok: false });
		expect(parseNoteTime("2026-02-30")).toMatchObject({ ok: false });
	});
});
