// The calendar export: the 30-minute thank-you block right after the interview, the thank-you deadline and the
// follow-up day, read back from the .ics text, at the right local times in every zone and across DST changes.
import { describe, expect, it } from "vitest";
import { calendarEvents, toIcs, type CalendarEvent } from "../../src/engine/calendar";
import { localDay } from "../../src/engine/dates";
import { checkNote } from "../../src/engine/rules";
import { stageOf } from "../../src/engine/status";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, type Evaluation } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";

const settings: EngineSettings = DEFAULT_ENGINE_SETTINGS;
const NOW = new Date(2026, 10, 20, 18, 5);
const HOUR = 3_600_000;

interface ParsedEvent {
	uid: string;
	summary: string;
	description: string;
	stamp: Date;
	/** A timed event's instants, or an all-day event's days (YYYY-MM-DD). */
	start: Date | string;
	end: Date | string | null;
}

/** Reads an .ics text back: unfolds folded lines, then takes each VEVENT's properties. */
function parseIcs(text: string): { lines: string[]; events: ParsedEvent[] } {
	const lines = text
		.replace(/\r\n[ \t]/g, "")
		.split("\r\n")
		.filter((line) => line !== "");
	const events: ParsedEvent[] = [];
	let current: Map<string, { params: string; value: string }> | null = null;
	for (const line of lines) {
		if (line === "BEGIN:VEVENT") {
			current = new Map();
		} else if (line === "END:VEVENT" && current) {
			events.push(toEvent(current));
			current = null;
		} else if (current) {
			const colon = line.indexOf(":");
			const head = line.slice(0, colon);
			const semicolon = head.indexOf(";");
			const name = semicolon === -1 ? head : head.slice(0, semicolon);
			current.set(name, { params: semicolon === -1 ? "" : head.slice(semicolon + 1), value: line.slice(colon + 1) });
		}
	}
	return { lines: text.split("\r\n"), events };
}

function toEvent(properties: Map<string, { params: string; value: string }>): ParsedEvent {
	const get = (name: string): { params: string; value: string } => {
		const property = properties.get(name);
		if (!property) throw new Error(`the event has no ${name}`);
		return property;
	};
	const end = properties.get("DTEND");
	return {
		uid: get("UID").value,
		summary: unescapeText(get("SUMMARY").value),
		description: unescapeText(get("DESCRIPTION").value),
		stamp: instantOf(get("DTSTAMP")),
		start: dateTimeOf(get("DTSTART")),
		end: end ? dateTimeOf(end) : null,
	};
}

/** A DATE-TIME in UTC ("20261120T230000Z") as an instant; a DATE ("20261121") as its day. */
function dateTimeOf({ params, value }: { params: string; value: string }): Date | string {
	if (params.includes("VALUE=DATE") || /^\d{8}$/.test(value)) {
		return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
	}
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
	if (!m) throw new Error(`not a UTC date-time: ${value}`);
	const [, y, mo, d, h, mi, s] = m.map(Number);
	return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
}

function instantOf(property: { params: string; value: string }): Date {
	const value = dateTimeOf(property);
	if (typeof value === "string") throw new Error(`expected a date-time, found the day ${value}`);
	return value;
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_all, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The note's evaluation at `now`, as the index and the report hold it: the calendar reads its checks' dates. */
function evaluated(builder: InterviewNoteBuilder, now = NOW, engineSettings = settings): Evaluation {
	const note = builder.build();
	const checks = checkNote(note, now, engineSettings);
	return { path: note.path, note, stage: stageOf(note, checks, now), checks, problems: [] };
}

function exported(builder: InterviewNoteBuilder, now = NOW, engineSettings = settings): ParsedEvent[] {
	return parseIcs(toIcs(calendarEvents(evaluated(builder, now, engineSettings), engineSettings), now)).events;
}

function eventTitled(events: readonly ParsedEvent[], start: string): ParsedEvent {
	const event = events.find((each) => each.summary.startsWith(start));
	if (!event) throw new Error(`no event titled "${start}…" in ${events.map((each) => each.summary).join(" | ")}`);
	return event;
}

function acme(): InterviewNoteBuilder {
	return new InterviewNoteBuilder()
		.path("Interviews/Acme.md")
		.company("Acme")
		.role("Data Engineer")
		.interview(new Date(2026, 10, 20, 14, 0))
		.interviewer("Jane Doe")
		.interviewer("John Roe");
}

describe("the thank-you block", () => {
	it("is 30 minutes starting when a 60-minute interview ends", () => {
		const block = eventTitled(exported(acme()), "Write thank-you notes");
		expect(block.start).toEqual(new Date(2026, 10, 20, 15, 0));
		expect(block.end).toEqual(new Date(2026, 10, 20, 15, 30));
		expect(block.summary).toBe("Write thank-you notes: Acme (Data Engineer)");
		expect(block.description).toContain("Jane Doe, John Roe");
	});

	it("starts when the interview ends, whatever its duration", () => {
		const block = eventTitled(exported(acme().duration(45)), "Write thank-you notes");
		expect(block.start).toEqual(new Date(2026, 10, 20, 14, 45));
		expect(block.end).toEqual(new Date(2026, 10, 20, 15, 15));
	});

	it("is placed right after an interview that runs over midnight into a DST change", () => {
		// US clocks go back at 02:00 on 1 November, EU ones on 25 October, NZ ones forward on 27 September.
		for (const [year, month, day] of [
			[2026, 9, 31],
			[2026, 9, 24],
			[2026, 8, 26],
		] as const) {
			const start = new Date(year, month, day, 23, 30);
			const block = eventTitled(exported(acme().interview(start).duration(120)), "Write thank-you notes");
			expect(block.start).toEqual(new Date(start.getTime() + 2 * HOUR));
			expect((block.end as Date).getTime() - (block.start as Date).getTime()).toBe(30 * 60_000);
		}
	});

	it("is left out for an interview given as a day without a time, whose end is unknown", () => {
		const events = exported(acme().interview("2026-11-20"));
		expect(events.some((event) => event.summary.startsWith("Write thank-you notes"))).toBe(false);
	});
});

describe("the thank-you deadline", () => {
	it("ends 24 hours after the interview starts", () => {
		const deadline = eventTitled(exported(acme()), "Thank-you deadline");
		expect(deadline.end).toEqual(new Date(2026, 10, 21, 14, 0));
		expect(deadline.start).toEqual(new Date(2026, 10, 21, 13, 30));
		expect(deadline.summary).toBe("Thank-you deadline: Acme (Data Engineer)");
	});

	it("follows the window setting", () => {
		const deadline = eventTitled(exported(acme(), NOW, { ...settings, windowHours: 48 }), "Thank-you deadline");
		expect(deadline.end).toEqual(new Date(2026, 10, 22, 14, 0));
		expect(deadline.description).toContain("48 hours");
	});

	it("is 24 real hours after an interview the day before a DST change", () => {
		for (const start of [new Date(2026, 2, 7, 10, 0), new Date(2026, 9, 31, 10, 0), new Date(2026, 3, 4, 10, 0), new Date(2026, 2, 28, 10, 0)]) {
			const deadline = eventTitled(exported(acme().interview(start)), "Thank-you deadline");
			expect(deadline.end).toEqual(new Date(start.getTime() + 24 * HOUR));
		}
	});

	it("covers the whole following day for an interview given as a day without a time", () => {
		const deadline = eventTitled(exported(acme().interview("2026-11-20")), "Thank-you deadline");
		expect(deadline.start).toBe("2026-11-21");
		expect(deadline.end).toBe("2026-11-22");
	});
});

describe("the follow-up day", () => {
	// When a follow-up falls due is rule 4's to say (rules.test.ts, dates.test.ts): the calendar puts the event on the
	// local day of that check's due, so these tests ask the check rather than count days themselves.

	/** The local day rule 4's check falls due on, for the note evaluated at `now`. */
	function ruleFourDay(builder: InterviewNoteBuilder, now = NOW, engineSettings = settings): string {
		const due = evaluated(builder, now, engineSettings).checks.find((check) => check.rule === 4)?.due;
		if (due === undefined || due === null) throw new Error("rule 4 gives no due");
		return localDay(due);
	}

	it("is a whole day on the day rule 4 falls due when no timeline was given", () => {
		const followUp = eventTitled(exported(acme()), "Follow up");
		expect(followUp.start).toBe(ruleFourDay(acme()));
		const [year, month, day] = ruleFourDay(acme()).split("-").map(Number);
		expect(followUp.end).toBe(localDay(new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1)));
		expect(followUp.summary).toBe("Follow up: Acme (Data Engineer)");
		expect(followUp.description).toContain("No timeline was given");
	});

	it("is the day after the agreed next-steps date", () => {
		const followUp = eventTitled(exported(acme().nextSteps("2026-12-04")), "Follow up");
		expect(followUp.start).toBe("2026-12-05");
		expect(followUp.description).toContain("Friday 4 December");
	});

	it("keeps the local day for a late-evening interview a week before a DST change", () => {
		// An all-day event written by its UTC day would land on the wrong day where the clocks move.
		for (const start of [new Date(2026, 2, 2, 23, 30), new Date(2026, 2, 23, 23, 30), new Date(2026, 8, 21, 23, 30), new Date(2026, 9, 27, 0, 30)]) {
			const builder = acme().interview(start);
			expect(eventTitled(exported(builder, start), "Follow up").start).toBe(ruleFourDay(builder, start));
		}
	});

	it("follows the wait setting", () => {
		const longer = { ...settings, waitDays: 10 };
		const followUp = eventTitled(exported(acme(), NOW, longer), "Follow up");
		expect(followUp.start).toBe(ruleFourDay(acme(), NOW, longer));
		expect(followUp.start).not.toBe(ruleFourDay(acme()));
	});

	it("is a day for an interview given as a day without a time", () => {
		const builder = acme().interview("2026-11-20");
		expect(eventTitled(exported(builder), "Follow up").start).toBe(ruleFourDay(builder));
	});

	it("moves to the next check-in when they asked to be contacted again", () => {
		const builder = acme().followUp("2026-11-27T09:00").followUpInvited();
		const later = new Date(2026, 10, 28, 9, 0);
		expect(eventTitled(exported(builder, later), "Follow up").start).toBe(ruleFourDay(builder, later));
		expect(ruleFourDay(builder, later)).not.toBe(ruleFourDay(acme()));
	});

	it("is the day rule 4 says when an early check-in came before the agreed timeline", () => {
		// Invited to check in again, they checked in on 22 November; the timeline of 20 December still stands.
		const builder = acme().nextSteps("2026-12-20").followUp("2026-11-22").followUpInvited();
		expect(ruleFourDay(builder)).toBe("2026-12-21");
		expect(eventTitled(exported(builder), "Follow up").start).toBe("2026-12-21");
	});

	it("exports the dates ahead of an interview still to come", () => {
		const before = new Date(2026, 10, 19, 9, 0);
		const events = exported(acme(), before);
		expect(eventTitled(events, "Thank-you deadline").end).toEqual(new Date(2026, 10, 21, 14, 0));
		expect(eventTitled(events, "Follow up").start).toBe(ruleFourDay(acme()));
	});

	it("is left out once a follow-up went out and no one asked for another", () => {
		const events = exported(acme().followUp("2026-11-27"), new Date(2026, 10, 28, 9, 0));
		expect(events.some((event) => event.summary.startsWith("Follow up"))).toBe(false);
	});

	it("uses the default wait and window when a setting is not a number, rather than failing the export", () => {
		const broken = { ...settings, waitDays: Number.NaN, windowHours: Number("x") };
		const events = exported(acme(), NOW, broken);
		expect(eventTitled(events, "Follow up").start).toBe(ruleFourDay(acme()));
		expect(eventTitled(events, "Thank-you deadline").end).toEqual(new Date(2026, 10, 21, 14, 0));
		expect(eventTitled(events, "Thank-you deadline").description).toContain("24 hours");
	});

	it("is left out once they got back to you or the outcome is decided", () => {
		for (const builder of [acme().heardBack("2026-11-25"), acme().outcome("rejected"), acme().outcome("offer")]) {
			const events = exported(builder);
			expect(events.some((event) => event.summary.startsWith("Follow up"))).toBe(false);
			expect(events.length).toBeGreaterThan(0);
		}
	});
});

describe("the .ics file", () => {
	it("is a calendar of the three events, stamped with the time of export", () => {
		const ics = toIcs(calendarEvents(evaluated(acme()), settings), NOW);
		const { lines, events } = parseIcs(ics);
		expect(lines[0]).toBe("BEGIN:VCALENDAR");
		expect(lines).toContain("VERSION:2.0");
		expect(events).toHaveLength(3);
		for (const event of events) expect(event.stamp).toEqual(new Date(Math.floor(NOW.getTime() / 1000) * 1000));
	});

	it("gives each event a UID from the note's path and its kind, the same on every export", () => {
		const first = exported(acme(), NOW).map((event) => event.uid);
		const again = exported(acme().nextSteps("2026-12-04"), new Date(2026, 11, 1, 9, 0)).map((event) => event.uid);
		expect(new Set(first).size).toBe(3);
		expect(again).toEqual(first);
		const otherNote = exported(acme().path("Interviews/Globex.md")).map((event) => event.uid);
		for (const uid of otherNote) expect(first).not.toContain(uid);
	});

	it("writes every note's events into one file for an export of all notes", () => {
		const events: CalendarEvent[] = [
			...calendarEvents(evaluated(acme()), settings),
			...calendarEvents(evaluated(acme().path("Interviews/Globex.md").company("Globex").interview("2026-11-23")), settings),
		];
		const parsed = parseIcs(toIcs(events, NOW)).events;
		expect(parsed).toHaveLength(5);
		expect(new Set(parsed.map((event) => event.uid)).size).toBe(5);
	});

	it("keeps commas, semicolons and long text intact, folding lines as the standard asks", () => {
		const builder = acme().company("Acme, Inc; Europe").topics("a very long topic about distributed systems and the on-call rota, with words");
		const ics = toIcs(calendarEvents(evaluated(builder), settings), NOW);
		const block = eventTitled(parseIcs(ics).events, "Write thank-you notes");
		expect(block.summary).toBe("Write thank-you notes: Acme, Inc; Europe (Data Engineer)");
		expect(block.description).toContain("a very long topic about distributed systems and the on-call rota, with words");
		for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it("has no events for a note without a usable interview date", () => {
		expect(calendarEvents(evaluated(acme().interview(null)), settings)).toEqual([]);
		expect(parseIcs(toIcs([], NOW)).events).toEqual([]);
	});

	it("names the note by its file name when it has no company or role", () => {
		const block = eventTitled(exported(acme().company(null).role(null).path("Interviews/Phone screen.md")), "Write thank-you notes");
		expect(block.summary).toBe("Write thank-you notes: Phone screen");
	});
});
