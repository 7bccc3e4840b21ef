// The one place that reads dates from notes and does date arithmetic: local days, windows and instants.
// Every date in a note is local time; a date-only value names 00:00 local of its day.
import { addDays, addHours, addMilliseconds, differenceInCalendarDays, formatISO, setHours, startOfDay } from "date-fns";
import type { NoteTime } from "./types";

export type NoteTimeResult = { ok: true; time: NoteTime } | { ok: false; reason: string };

export const DATE_FORMS = "a date like 2026-11-20 or a date and time like 2026-11-20T14:00";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** The local day of an instant, as YYYY-MM-DD. */
export function localDay(instant: Date): string {
	return `${yearDigits(instant)}-${twoDigits(instant.getMonth() + 1)}-${twoDigits(instant.getDate())}`;
}

// Dates are written out by hand here rather than with date-fns `format`: it parses its pattern on every call, and
// every date of every note passes through localDay, so it was a tenth of the time to evaluate a note. It also
// brought its locale tables (about 20 KB) into the plugin's bundle. The English words are the ones it used.
const SHORT_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Throws on an invalid date, as date-fns `format` did, so no caller sees "NaN" where it expected a day. */
function realTime(instant: Date): Date {
	if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid time value");
	return instant;
}

function twoDigits(value: number): string {
	return value < 10 ? `0${value}` : String(value);
}

/** The year in at least four digits; years before 1 count back from 1 as date-fns does (0 is 1 BC). */
function yearDigits(instant: Date): string {
	const year = realTime(instant).getFullYear();
	// Nearly every year has four digits already; only the rest need padding.
	if (year >= 1000 && year <= 9999) return String(year);
	return String(year > 0 ? year : 1 - year).padStart(4, "0");
}

/**
 * A local day in words: "Fri 20 Nov" (short), "Friday 20 November" (long), with the year after it when asked
 * ("Fri 20 Nov 2026").
 */
export function dayInWords(instant: Date, names: "short" | "long", withYear = false): string {
	const weekday = (names === "short" ? SHORT_WEEKDAYS : WEEKDAYS)[realTime(instant).getDay()] ?? "";
	const month = (names === "short" ? SHORT_MONTHS : MONTHS)[instant.getMonth()] ?? "";
	const day = `${weekday} ${instant.getDate()} ${month}`;
	return withYear ? `${day} ${yearDigits(instant)}` : day;
}

/** The local clock time of an instant, as HH:mm. */
export function clockTime(instant: Date): string {
	return `${twoDigits(realTime(instant).getHours())}:${twoDigits(instant.getMinutes())}`;
}

/** 00:00 local time of a day, which is how a date-only value is placed in time. */
function localMidnight(year: number, month: number, day: number): Date {
	const d = new Date(2000, 0, 1, 0, 0, 0, 0);
	d.setFullYear(year, month - 1, day);
	return d;
}

function localDateTime(year: number, month: number, day: number, hours: number, minutes: number, seconds: number, ms: number): Date {
	const d = localMidnight(year, month, day);
	// Set the clock time in one call so that a time in a DST gap moves forward the way the platform does.
	d.setHours(hours, minutes, seconds, ms);
	return d;
}

function daysInMonth(year: number, month: number): number {
	const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return lengths[month - 1] ?? 0;
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function timeOf(instant: Date, dateOnly: boolean): NoteTime {
	return { instant, dateOnly, day: localDay(instant) };
}

/**
 * Dates already read, by their text: a vault writes the same days again and again (every note of a week holds the
 * same few), and reading one was a tenth of the time to evaluate a note. Kept as numbers, so each caller still gets
 * a Date of its own; bounded, and only short texts, since a hostile note may hold any number of long ones.
 */
type RememberedRead = { ok: true; instant: number; dateOnly: boolean; day: string } | { ok: false; reason: string };
const readDates = new Map<string, RememberedRead>();
const MOST_DATES_REMEMBERED = 50_000;
const LONGEST_DATE_REMEMBERED = 64;

function parseDateString(text: string): NoteTimeResult {
	const remembered = readDates.get(text);
	if (remembered !== undefined) {
		return remembered.ok
			? { ok: true, time: { instant: new Date(remembered.instant), dateOnly: remembered.dateOnly, day: remembered.day } }
			: { ok: false, reason: remembered.reason };
	}
	const result = readDateString(text);
	if (text.length <= LONGEST_DATE_REMEMBERED) {
		if (readDates.size >= MOST_DATES_REMEMBERED) readDates.clear();
		readDates.set(text, result.ok ? { ok: true, instant: result.time.instant.getTime(), dateOnly: result.time.dateOnly, day: result.time.day } : result);
	}
	return result;
}

function readDateString(text: string): NoteTimeResult {
	const m = DATE_PATTERN.exec(text.trim());
	if (!m) return { ok: false, reason: `"${clip(text)}" is not ${DATE_FORMS}` };
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return { ok: false, reason: `"${clip(text)}" is not a real day of the calendar` };
	}
	if (m[4] === undefined) return { ok: true, time: timeOf(localMidnight(year, month, day), true) };
	const hours = Number(m[4]);
	const minutes = Number(m[5]);
	const seconds = m[6] === undefined ? 0 : Number(m[6]);
	const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
	if (hours > 23 || minutes > 59 || seconds > 59) {
		return { ok: false, reason: `"${clip(text)}" is not a real time of day` };
	}
	const zone = m[8];
	if (zone === undefined) {
		return { ok: true, time: timeOf(localDateTime(year, month, day, hours, minutes, seconds, ms), false) };
	}
	const offsetMinutes = parseOffset(zone);
	if (offsetMinutes === null) return { ok: false, reason: `"${clip(text)}" has an offset that is not one` };
	const utc = Date.UTC(2000, 0, 1, hours, minutes, seconds, ms);
	const instant = new Date(utc);
	instant.setUTCFullYear(year, month - 1, day);
	return { ok: true, time: timeOf(new Date(instant.getTime() - offsetMinutes * 60_000), false) };
}

function parseOffset(zone: string): number | null {
	if (zone.toUpperCase() === "Z") return 0;
	const sign = zone.startsWith("-") ? -1 : 1;
	const digits = zone.slice(1).replace(":", "");
	const hours = Number(digits.slice(0, 2));
	const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
	if (hours > 14 || minutes > 59) return null;
	return sign * (hours * 60 + minutes);
}

function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads a date field's value. Strings are what Obsidian's metadata cache gives; `Date` objects are what
 * YAML parsers give. A YAML date-only value becomes UTC midnight, so a `Date` at exactly UTC midnight is
 * read as that (UTC) calendar day, local. Any other `Date` came from a YAML timestamp, which YAML reads as
 * UTC when it has no offset: its UTC clock reading is taken as the local time the user wrote, so that
 * `2026-11-20T14:00` means 14:00 local whether it arrives as a string or as a `Date`.
 */
export function parseNoteTime(value: unknown): NoteTimeResult {
	if (typeof value === "string") return parseDateString(value);
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { ok: false, reason: "the date is not a valid date" };
		const y = value.getUTCFullYear();
		// The same years a written date can hold: far beyond them, local time falls outside what a Date can
		// represent and every later step (the day, the deadline) would fail.
		if (y < 0 || y > 9999) return { ok: false, reason: "the date is too far in the past or the future" };
		const mo = value.getUTCMonth() + 1;
		const d = value.getUTCDate();
		const h = value.getUTCHours();
		const mi = value.getUTCMinutes();
		const s = value.getUTCSeconds();
		const ms = value.getUTCMilliseconds();
		if (h === 0 && mi === 0 && s === 0 && ms === 0) return { ok: true, time: timeOf(localMidnight(y, mo, d), true) };
		return { ok: true, time: timeOf(localDateTime(y, mo, d, h, mi, s, ms), false) };
	}
	return { ok: false, reason: `expected ${DATE_FORMS}, found ${describeType(value)}` };
}

/** A short, safe description of a value's type for messages ("a number", "a list"). */
export function describeType(value: unknown): string {
	if (value === null || value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (value instanceof Date) return "a date";
	switch (typeof value) {
		case "string":
			return "text";
		case "number":
			return "a number";
		case "boolean":
			return "true or false";
		case "object":
			return "an object";
		default:
			return `a ${typeof value}`;
	}
}

/** When a thank-you must have gone out: start + window, or for a date-only interview the end of the following day. */
export function thankYouDeadline(interview: NoteTime, windowHours: number): Date {
	if (interview.dateOnly) {
		// 24 hours from a day with no time means "by the end of the next day"; longer windows add whole days.
		return addDays(interview.instant, 1 + Math.max(1, Math.ceil(windowHours / 24)));
	}
	return addHours(interview.instant, windowHours);
}

/** The last local day a window ending at `deadline` covers: the day of the instant just before it. */
export function lastDayBefore(deadline: Date): string {
	return localDay(addMilliseconds(deadline, -1));
}

/** Whether something recorded as sent at `sent` counts as sent by `deadline` (a date-only sent time by its day). */
export function sentBy(sent: NoteTime, deadline: Date): boolean {
	if (sent.dateOnly) return sent.day <= lastDayBefore(deadline);
	return sent.instant.getTime() <= deadline.getTime();
}

/**
 * When a first follow-up falls due: 00:00 local of the day after the agreed timeline, else the interview's
 * start plus the wait in calendar days (same clock time, across a DST change too).
 */
export function firstFollowUpDue(interview: NoteTime, nextSteps: NoteTime | null, waitDays: number): Date {
	if (nextSteps) return addDays(startOfDay(nextSteps.instant), 1);
	return addDays(interview.instant, waitDays);
}

/**
 * When a further, invited follow-up falls due: one wait after the last one, and never before the first one would
 * have (`firstDue`): a check-in made before the agreed timeline does not bring the next one forward, as the
 * timeline still stands.
 */
export function nextInvitedFollowUpDue(last: NoteTime, firstDue: Date, waitDays: number): Date {
	const oneWaitLater = addDays(last.instant, waitDays);
	return oneWaitLater.getTime() < firstDue.getTime() ? firstDue : oneWaitLater;
}

/** The end of the interview, where the 30-minute thank-you block starts. */
export function interviewEnd(interview: NoteTime, durationMinutes: number): Date {
	return addMinutesSafe(interview.instant, durationMinutes);
}

/** The advice's block: 30 minutes right after the interview for thank-you notes. */
export const THANK_YOU_BLOCK_MINUTES = 30;

/** When the 30-minute thank-you block that starts at the interview's end is over. */
export function thankYouBlockEnd(interview: NoteTime, durationMinutes: number): Date {
	return addMinutesSafe(interviewEnd(interview, durationMinutes), THANK_YOU_BLOCK_MINUTES);
}

/** `hours` elapsed hours before `instant` (a reminder before a deadline counts real hours, as the window does). */
export function hoursBefore(instant: Date, hours: number): Date {
	return addHours(instant, -hours);
}

/** The given local hour (0–23) on the local day of `instant`; in a DST gap the clock moves on as the platform does. */
export function atLocalHour(instant: Date, hour: number): Date {
	return setHours(startOfDay(instant), hour);
}

/** 00:00 local of the day after the local day of `instant`: where that day ends. */
export function startOfNextDay(instant: Date): Date {
	return addDays(startOfDay(instant), 1);
}

function addMinutesSafe(instant: Date, minutes: number): Date {
	return new Date(instant.getTime() + minutes * 60_000);
}

/** The local UTC offset at an instant, as ±HH:mm ("+00:00" in UTC), as the report's header gives it. */
export function utcOffset(instant: Date): string {
	const minutes = -realTime(instant).getTimezoneOffset();
	const sign = minutes < 0 ? "-" : "+";
	const whole = Math.abs(minutes);
	return `${sign}${twoDigits(Math.floor(whole / 60))}:${twoDigits(whole % 60)}`;
}

/** An instant as ISO 8601 with the local UTC offset, as the report prints it. */
export function toIsoInstant(instant: Date): string {
	return formatISO(instant);
}

/** An instant as a note's datetime value (`YYYY-MM-DDTHH:mm`, local), as the commands write it. */
export function toNoteDateTime(instant: Date): string {
	return `${localDay(instant)}T${clockTime(instant)}`;
}

/** How many local days `later` falls after `earlier` (0 on the same day), counted by the calendar, across DST too. */
export function daysBetween(earlier: Date, later: Date): number {
	return differenceInCalendarDays(later, earlier);
}
