// Names with line breaks and calendar syntax, exported to an .ics file: they stay inside their own field, so a shared
// note cannot add events, attendees or alarms to the user's calendar.
import { describe, expect, it } from "vitest";
import { calendarEvents, toIcs } from "../../src/engine/calendar";
import { evaluate } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { readIcs } from "../engine/ics-reader";

const INJECTED = "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nATTENDEE:mailto:someone@example.com\r\nBEGIN:VALARM";

describe("names in the calendar export", () => {
	it("keeps a name's line breaks and calendar words inside its own field", () => {
		const evaluation = evaluate(
			{
				path: "Interviews/Acme.md",
				frontmatter: {
					company: `Acme${INJECTED}`,
					role: `Designer; x, y\\${INJECTED}`,
					interview_date: "2026-11-20T14:00",
					interviewers: [`Jane${INJECTED}`, { name: `Sam${INJECTED}`, email: `sam@example.com${INJECTED}` }],
					topics: [`design${INJECTED}`],
				},
			},
			new Date(2026, 10, 20, 16, 0),
			DEFAULT_ENGINE_SETTINGS,
		);
		const events = calendarEvents(evaluation, DEFAULT_ENGINE_SETTINGS);
		expect(events.length).toBeGreaterThan(0);
		const ics = toIcs(events, new Date(2026, 10, 20, 16, 0));
		const lines = ics.split(/\r\n/);
		expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(events.length);
		expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(events.length);
		for (const line of lines) {
			expect(line.startsWith("ATTENDEE"), line).toBe(false);
			expect(line.startsWith("SUMMARY:Injected"), line).toBe(false);
			expect(line, "a line folded inside a value starts with a space").not.toMatch(/^BEGIN:VALARM/);
		}
	});

	it("is read by a strict parser as the note's own events and nothing more", () => {
		const note = evaluate(
			{
				path: "Interviews/Acme.md",
				frontmatter: {
					company: `Acme${INJECTED}`,
					interview_date: "2026-11-20T14:00",
					interviewers: [`Jane${INJECTED}`],
					topics: [`design\u0000\u0007\u001b]0;title\u0007${INJECTED}`],
				},
			},
			new Date(2026, 10, 20, 16, 0),
			DEFAULT_ENGINE_SETTINGS,
		);
		const events = calendarEvents(note, DEFAULT_ENGINE_SETTINGS);
		const read = readIcs(toIcs(events, new Date(2026, 10, 20, 16, 0))).events;
		// A calendar holds a line break as LF, whichever break the note used.
		expect(read.map((event) => event.summary)).toEqual(events.map((event) => event.title.replace(/\r\n/g, "\n")));
		for (const event of read) expect(event.summary).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
		expect(read[0]?.description).toContain("design]0;title\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected");
	});
});
