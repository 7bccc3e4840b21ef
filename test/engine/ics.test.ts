// The .ics export read back by an independent, strict reader (ical.js plus the standard's octet and line rules):
// every note of the example vault, and text written to break calendars, arrive as the engine meant them.
import { describe, expect, it } from "vitest";
import { scanVault } from "../../src/cli/vault";
import { calendarEvents, eventUid, toIcs, type CalendarEvent } from "../../src/engine/calendar";
import { localDay } from "../../src/engine/dates";
import { foldLine, icsText } from "../../src/engine/ics";
import { evaluate } from "../../src/engine/index";
import { isInterviewNote } from "../../src/engine/note";
import { DEFAULT_ENGINE_SETTINGS, type Evaluation } from "../../src/engine/types";
import { EXAMPLE_VAULT } from "../cli/cli-harness";
import { lineProblems, readIcs, unfoldedLines, type ReadEvent } from "./ics-reader";

const NOW = new Date(2026, 10, 20, 16, 0);

/** Every interview note of the example vault, evaluated at NOW: the calendar reads its dates from the checks. */
function exampleNotes(): Evaluation[] {
	return scanVault(EXAMPLE_VAULT)
		.sources.filter((source) => isInterviewNote(source.path, source.frontmatter, DEFAULT_ENGINE_SETTINGS))
		.map((source) => evaluate(source, NOW, DEFAULT_ENGINE_SETTINGS));
}

/** The event as a calendar should show it: times to the second in UTC, all-day events as their local days. */
function expected(event: CalendarEvent): ReadEvent {
	const allDay = event.allDay === true;
	const second = (instant: Date): Date => new Date(Math.floor(instant.getTime() / 1000) * 1000);
	return {
		uid: eventUid(event),
		summary: event.title,
		description: event.description,
		start: allDay ? localDay(event.start) : second(event.start),
		end: allDay ? localDay(event.end) : second(event.end),
		allDay,
	};
}

/** Text as a calendar may hold it: line breaks as LF, a tab as a space, controls gone, lone surrogates replaced. */
function cleaned(text: string): string {
	return (
		(text.replace(/\r\n?/g, "\n").replace(/\t/g, " ") as string & { toWellFormed(): string })
			.toWellFormed()
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\0-\x09\x0b-\x1f\x7f-\x9f]/g, "")
	);
}

function hostileEvent(title: string, description = title, path = "Interviews/Hostile.md"): CalendarEvent {
	return { kind: "thank-you-block", title, description, path, start: new Date(2026, 10, 20, 15, 0), end: new Date(2026, 10, 20, 15, 30) };
}

describe("the example vault's calendar", () => {
	const notes = exampleNotes();

	it("is read back by ical.js with every note's summaries, descriptions, times, days and UIDs", () => {
		expect(notes.length).toBeGreaterThan(10);
		for (const note of notes) {
			const events = calendarEvents(note, DEFAULT_ENGINE_SETTINGS);
			const read = readIcs(toIcs(events, NOW));
			expect(read.calendarName).toBe("Interview follow-up");
			expect(read.events, note.path).toEqual(events.map(expected));
		}
	});

	it("holds every note's events in one file for an export of all notes, each UID once", () => {
		const events = notes.flatMap((note) => calendarEvents(note, DEFAULT_ENGINE_SETTINGS));
		const read = readIcs(toIcs(events, NOW)).events;
		expect(read).toEqual(events.map(expected));
		expect(read.some((event) => event.allDay)).toBe(true);
		expect(read.some((event) => !event.allDay)).toBe(true);
		expect(new Set(read.map((event) => event.uid)).size).toBe(read.length);
	});

	it("stamps every event with the time of export, in UTC to the second", () => {
		const events = calendarEvents(notes[0] as Evaluation, DEFAULT_ENGINE_SETTINGS);
		const stamps = unfoldedLines(toIcs(events, new Date(Date.UTC(2026, 10, 20, 16, 0, 5, 678)))).filter((line) => line.startsWith("DTSTAMP"));
		expect(stamps).toEqual(events.map(() => "DTSTAMP:20261120T160005Z"));
	});
});

describe("text that could break a calendar", () => {
	it("keeps commas, semicolons, backslashes and line breaks of a title and description", () => {
		const title = "Acme, Inc; \\Europe\\ \\n, not a break";
		const description = "One\nTwo\r\nThree\rFour\n\nSix; seven, eight\\";
		const [event] = readIcs(toIcs([hostileEvent(title, description)], NOW)).events;
		expect(event?.summary).toBe(title);
		expect(event?.description).toBe("One\nTwo\nThree\nFour\n\nSix; seven, eight\\");
	});

	it("drops the NUL, BEL and ESC characters of a topic, which RFC 5545 forbids", () => {
		const note = evaluate(
			{
				path: "Interviews/Acme.md",
				frontmatter: {
					company: "Acme\u0007",
					interview_date: "2026-11-20T14:00",
					interviewers: ["Jane\u0000 Doe"],
					topics: ["design\u001b[2J systems\u0000", "on-call\u0007 rota\u007f\u0085\u009b"],
				},
			},
			NOW,
			DEFAULT_ENGINE_SETTINGS,
		);
		const ics = toIcs(calendarEvents(note, DEFAULT_ENGINE_SETTINGS), NOW);
		expect(lineProblems(ics)).toEqual([]);
		const block = readIcs(ics).events.find((event) => event.summary.startsWith("Write thank-you notes"));
		expect(block?.summary).toBe("Write thank-you notes: Acme");
		expect(block?.description).toContain("Thank: Jane Doe.");
		expect(block?.description).toContain("You talked about: design[2J systems; on-call rota.");
	});

	it("turns a tab into a space and a surrogate without its other half into U+FFFD", () => {
		const [event] = readIcs(toIcs([hostileEvent("Tab\there \ud83d alone \ude00 pair \ud83d\ude00")], NOW)).events;
		expect(event?.summary).toBe("Tab here \ufffd alone \ufffd pair \ud83d\ude00");
	});

	it("keeps a name that spells calendar lines inside its own field", () => {
		const injected = "Jane\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Injected\r\nBEGIN:VALARM";
		const read = readIcs(toIcs([hostileEvent(injected)], NOW)).events;
		expect(read).toHaveLength(1);
		expect(read[0]?.summary).toBe(cleaned(injected));
	});

	it("folds long text of 2-, 3- and 4-byte characters into lines of at most 75 octets, none split", () => {
		for (const unit of ["é", "€", "😀", "a😀", "aé", "ab€"]) {
			for (let shift = 0; shift < 8; shift++) {
				const title = `${"x".repeat(shift)}${unit.repeat(60)}`;
				const ics = toIcs([hostileEvent(title)], NOW);
				expect(lineProblems(ics), `${unit} shifted by ${shift}`).toEqual([]);
				expect(readIcs(ics).events[0]?.summary).toBe(title);
			}
		}
	});
});

describe("the writer's text rules", () => {
	it("escapes backslash, semicolon, comma and line breaks as RFC 5545 §3.3.11 writes them", () => {
		expect(icsText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
	});

	it("leaves colons, quotes and accented letters as they are", () => {
		expect(icsText('Ana: "Zoë" — 10:30')).toBe('Ana: "Zoë" — 10:30');
	});

	it("removes the C0 controls, DEL and the C1 controls", () => {
		const controls = [...Array(0x20).keys(), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)]
			.filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d)
			.map((code) => String.fromCharCode(code));
		expect(icsText(`a${controls.join("")}b`)).toBe("ab");
	});

	it("breaks a line of exactly 75 octets nowhere, and one of 76 once", () => {
		expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
		expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
		expect(foldLine("x".repeat(75 + 74 + 1))).toBe(`${"x".repeat(75)}\r\n ${"x".repeat(74)}\r\n x`);
	});

	it("moves a character that would cross the 75th octet to the next line whole", () => {
		expect(foldLine(`${"x".repeat(74)}é`)).toBe(`${"x".repeat(74)}\r\n é`);
		expect(foldLine(`${"x".repeat(73)}€`)).toBe(`${"x".repeat(73)}\r\n €`);
		expect(foldLine(`${"x".repeat(72)}😀`)).toBe(`${"x".repeat(72)}\r\n 😀`);
		expect(foldLine(`${"x".repeat(71)}😀`)).toBe(`${"x".repeat(71)}😀`);
	});
});

describe("all-day events", () => {
	it("are the local days of the engine's dates, whatever the zone, and last at least one day", () => {
		const start = new Date(2026, 10, 27);
		const event: CalendarEvent = { kind: "follow-up", title: "Follow up", description: "", path: "a.md", start, end: start, allDay: true };
		const [read] = readIcs(toIcs([event], NOW)).events;
		expect(read).toMatchObject({ allDay: true, start: "2026-11-27", end: "2026-11-28" });
	});

	it("keep their day when the day after is a DST change", () => {
		for (const day of [new Date(2026, 2, 7), new Date(2026, 8, 26), new Date(2026, 3, 4), new Date(2026, 9, 24)]) {
			const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
			const event: CalendarEvent = { kind: "follow-up", title: "Follow up", description: "", path: "a.md", start: day, end, allDay: true };
			expect(readIcs(toIcs([event], NOW)).events[0]).toMatchObject({ start: localDay(day), end: localDay(end) });
		}
	});
});
