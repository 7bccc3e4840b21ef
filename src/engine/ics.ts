// Writes an iCalendar file (RFC 5545): the few properties the calendar export uses, escaped, cleaned of
// characters the standard forbids and folded into lines of at most 75 octets, so any calendar reads it.
import { addDays } from "date-fns";
import { localDay } from "./dates";

/** One event as the file states it. */
export interface IcsEvent {
	uid: string;
	summary: string;
	description: string;
	start: Date;
	end: Date;
	/** Written as DATE values: the local days of `start` and `end` (end exclusive, at least the day after start). */
	allDay: boolean;
}

const PRODUCT_ID = "-//interview-follow-up//Interview Follow-up//EN";

/**
 * The calendar `name` holding `events`, each stamped (DTSTAMP) with `stamp`. Timed events are written in UTC,
 * which every calendar shows at the right local time wherever it is. An all-day event is written as the local
 * days its dates fall on, because that is the day the user means; a DATE value carries no zone, so it is that
 * same day in every calendar.
 */
export function icsCalendar(name: string, events: readonly IcsEvent[], stamp: Date): string {
	const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODUCT_ID}`, `NAME:${icsText(name)}`, `X-WR-CALNAME:${icsText(name)}`];
	for (const event of events) {
		const start = dateValue(event.start);
		const end = dateValue(event.end);
		lines.push(
			"BEGIN:VEVENT",
			`UID:${icsText(event.uid)}`,
			`DTSTAMP:${utcTime(stamp)}`,
			...(event.allDay
				? [`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end > start ? end : dateValue(addDays(event.start, 1))}`]
				: [`DTSTART:${utcTime(event.start)}`, `DTEND:${utcTime(event.end)}`]),
			`SUMMARY:${icsText(event.summary)}`,
			`DESCRIPTION:${icsText(event.description)}`,
			"END:VEVENT",
		);
	}
	lines.push("END:VCALENDAR");
	return lines.map(foldLine).join("\r\n") + "\r\n";
}

/**
 * Pairs of surrogates (kept), line breaks, the characters TEXT escapes, and what RFC 5545 forbids in TEXT: the
 * C0 controls, DEL, the C1 controls, and surrogates without their other half (not valid UTF-8).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const TEXT_HAZARD = /[\ud800-\udbff][\udc00-\udfff]|\r\n?|[\\;,\n\0-\x1f\x7f-\x9f\ud800-\udfff]/g;

/** What each hazard becomes. A tab becomes a space so the words around it stay apart; any other control goes. */
const REPLACEMENT: Readonly<Record<string, string>> = { "\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": "\\n", "\r\n": "\\n", "\t": " " };

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, CR or LF)
 * written as `\n`, controls removed and a lone surrogate replaced by U+FFFD. One pass, linear in the text.
 */
export function icsText(value: string): string {
	return value.replace(TEXT_HAZARD, (hazard) => REPLACEMENT[hazard] ?? (hazard.length > 1 ? hazard : hazard >= "\ud800" ? "\ufffd" : ""));
}

/**
 * A content line folded as RFC 5545 §3.1 asks: no physical line longer than 75 octets of UTF-8 (the space that
 * starts a continuation counts), and never inside a character, so a 2-, 3- or 4-byte character or a surrogate
 * pair is never split.
 */
export function foldLine(line: string): string {
	let folded = "";
	let octets = 0;
	for (const char of line) {
		const size = char.length > 1 ? 4 : char < "\x80" ? 1 : char < "\u0800" ? 2 : 3;
		if (octets + size > 75) {
			folded += "\r\n ";
			octets = 1;
		}
		folded += char;
		octets += size;
	}
	return folded;
}

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ` (to the second, as the standard has no fractions). */
function utcTime(instant: Date): string {
	return instant.toISOString().replace(/\.\d+|[-:]/g, "");
}

/** A DATE, `YYYYMMDD`, of the local day the instant falls on. */
function dateValue(instant: Date): string {
	return localDay(instant).replace(/-/g, "");
}
