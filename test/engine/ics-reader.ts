// Reads an exported .ics file as a strict calendar would: the octets and line ends RFC 5545 allows, then ical.js
// (an independent parser) for the calendar and its events, so a test compares what a calendar app would show.
import ICAL from "ical.js";

export interface ReadEvent {
	uid: string;
	summary: string;
	description: string;
	/** A timed event's instants, or an all-day event's days (YYYY-MM-DD). */
	start: Date | string;
	end: Date | string;
	allDay: boolean;
}

/** The characters a strict reader refuses anywhere but in a line end: C0 controls but tab, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\0-\x08\x0a-\x1f\x7f-\x9f]/;

/** What a line that is not a continuation must look like: a name, parameters, a colon and a value. */
const CONTENT_LINE = /^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=[^;:,"]*)*:/;

const REQUIRED = ["uid", "dtstamp", "dtstart", "dtend", "summary", "description"];

/** Every way the text breaks the standard's octet, line and folding rules; empty when there is none. */
export function lineProblems(text: string): string[] {
	const problems: string[] = [];
	if (!text.endsWith("\r\n")) problems.push("the file does not end with CRLF");
	if (text !== Buffer.from(text, "utf8").toString("utf8")) problems.push("the text is not valid UTF-8 (a lone surrogate)");
	const lines = text.replace(/\r\n$/, "").split("\r\n");
	lines.forEach((line, index) => {
		const where = `line ${index + 1} (${JSON.stringify(line.slice(0, 40))})`;
		const octets = Buffer.byteLength(line, "utf8");
		if (octets > 75) problems.push(`${where} is ${octets} octets long`);
		if (FORBIDDEN.test(line)) problems.push(`${where} holds a control character`);
		if (!line.startsWith(" ") && !CONTENT_LINE.test(unfold(lines, index))) problems.push(`${where} is not a content line`);
	});
	return problems;
}

/** The logical line that starts at physical line `index`: it and the continuations after it, joined. */
function unfold(lines: readonly string[], index: number): string {
	let line = lines[index] ?? "";
	for (let next = index + 1; (lines[next] ?? "").startsWith(" "); next++) line += (lines[next] ?? "").slice(1);
	return line;
}

/** The logical lines of a file: folded lines joined again (RFC 5545 §3.1). */
export function unfoldedLines(text: string): string[] {
	return text
		.replace(/\r\n[ \t]/g, "")
		.split("\r\n")
		.filter((line) => line !== "");
}

/**
 * The file's events as ical.js reads them. Throws (failing the test) on any line problem, on a file that is not one
 * VCALENDAR of VERSION 2.0 with a PRODID, and on an event that lacks or repeats a property the export writes.
 */
export function readIcs(text: string): { calendarName: string; events: ReadEvent[] } {
	const problems = lineProblems(text);
	if (problems.length > 0) throw new Error(`not a strict RFC 5545 file:\n${problems.join("\n")}`);
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	if (calendar.name !== "vcalendar") throw new Error(`the file holds a ${calendar.name}, not a vcalendar`);
	if (calendar.getFirstPropertyValue("version") !== "2.0") throw new Error("the calendar is not VERSION:2.0");
	if (typeof calendar.getFirstPropertyValue("prodid") !== "string") throw new Error("the calendar has no PRODID");
	const others = calendar.getAllSubcomponents().filter((component) => component.name !== "vevent");
	if (others.length > 0) throw new Error(`the calendar holds ${others.map((c) => c.name).join(", ")}`);
	const events = calendar.getAllSubcomponents("vevent").map((component): ReadEvent => {
		for (const name of REQUIRED) {
			const count = component.getAllProperties(name).length;
			if (count !== 1) throw new Error(`an event has ${count} ${name.toUpperCase()} properties`);
		}
		const event = new ICAL.Event(component);
		const allDay = event.startDate.isDate;
		if (event.endDate.isDate !== allDay) throw new Error(`event ${event.uid} mixes a DATE and a DATE-TIME`);
		const when = (time: ICAL.Time): Date | string => (time.isDate ? time.toString() : time.toJSDate());
		if (!allDay && event.startDate.zone?.tzid !== "UTC") throw new Error(`event ${event.uid} is not in UTC`);
		return {
			uid: event.uid,
			summary: event.summary,
			description: event.description,
			start: when(event.startDate),
			end: when(event.endDate),
			allDay,
		};
	});
	return { calendarName: String(calendar.getFirstPropertyValue("x-wr-calname")), events };
}
