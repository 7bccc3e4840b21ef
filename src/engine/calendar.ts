// The follow-up dates of interview notes as calendar events, and those events as an .ics file (RFC 5545),
// written by ics.ts so that escaping, line folding and all-day values follow the standard.
import { icsCalendar } from "./ics";
import { dayInWords, hoursBefore, interviewEnd, lastDayBefore, localDay, THANK_YOU_BLOCK_MINUTES, thankYouBlockEnd } from "./dates";
import { checkNote } from "./rules";
import { usableSettings } from "./settings";
import type { Check, EngineSettings, Evaluation, InterviewNote, NoteTime } from "./types";

/** Which date of a note an event stands for; with the note's path it makes the event's stable UID. */
export type CalendarEventKind = "thank-you-block" | "thank-you-deadline" | "follow-up";

export interface CalendarEvent {
	title: string;
	start: Date;
	end: Date;
	description: string;
	/** The note the event comes from. */
	path: string;
	/** Which of the note's dates this is; absent for events made elsewhere (the UID then uses the title). */
	kind?: CalendarEventKind;
	/** A whole-day event on the local day of `start` (through the local day before `end`); times are ignored. */
	allDay?: boolean;
}

/**
 * A note's dates as events, read from its evaluation: the 30-minute thank-you block right after the interview
 * (start + duration), the thank-you deadline (rule 2's `due`) and, while a follow-up is ahead or due, the day it
 * falls due (rule 4's `due`). No date is worked out here, so the calendar says what the sidebar and the report say.
 * A note without a usable interview date has no events.
 *
 * A date-only interview has no known end, so it gets no thank-you block; its deadline is the end of a day, so the
 * deadline is an all-day event on the last day the window covers. The follow-up is a task for a day rather than an
 * hour, so it is always an all-day event on the day it falls due. A timed deadline is a 30-minute event that ends at
 * the deadline, so a calendar shows it before it passes. Thank-you events are kept even once everyone is thanked,
 * so a re-export updates them rather than leaving the old ones behind; the follow-up is left out once it is done,
 * and when the outcome is decided or news came, as nothing is due then.
 */
export function calendarEvents(evaluation: Evaluation, settings: EngineSettings): CalendarEvent[] {
	const { note } = evaluation;
	const interview = note.interviewDate;
	if (interview === null) return [];
	const chosen = usableSettings(settings);
	const checks = checksWithDates(evaluation, interview, chosen);
	const what = describeInterview(note);
	const thankWhom = note.interviewers.length > 0 ? note.interviewers.map((person) => person.subject).join(", ") : null;
	const events: CalendarEvent[] = [];

	if (!interview.dateOnly) {
		const start = interviewEnd(interview, note.durationMinutes);
		events.push({
			kind: "thank-you-block",
			title: `Write thank-you notes: ${what}`,
			start,
			end: thankYouBlockEnd(interview, note.durationMinutes),
			description: joinLines([
				"Right after the interview: write a short, genuine thank-you to everyone who interviewed you, mentioning what you talked about.",
				thankWhom === null ? null : `Thank: ${thankWhom}.`,
				topicsLine(note),
			]),
			path: note.path,
		});
	}

	const deadline = checks.find((check) => check.rule === 2)?.due ?? null;
	if (deadline !== null) {
		const title = `Thank-you deadline: ${what}`;
		const description = joinLines([
			`Send every thank-you within ${chosen.windowHours} hours of the interview.`,
			thankWhom === null ? null : `Thank: ${thankWhom}.`,
		]);
		events.push(
			interview.dateOnly
				? { kind: "thank-you-deadline", title, ...wholeDay(lastDayBefore(deadline)), description, path: note.path }
				: {
						kind: "thank-you-deadline",
						title,
						start: hoursBefore(deadline, THANK_YOU_BLOCK_MINUTES / 60),
						end: deadline,
						description,
						path: note.path,
					},
		);
	}

	const followUp = checks.find((check) => check.rule === 4 && (check.state === "waiting" || check.state === "due"));
	if (followUp?.due != null) {
		events.push({
			kind: "follow-up",
			title: `Follow up: ${what}`,
			...wholeDay(localDay(followUp.due)),
			description: joinLines([followUpWords(note, followUp), "One follow-up is enough unless they asked you to check in again."]),
			path: note.path,
		});
	}
	return events;
}

/**
 * The checks the dates are read from: the evaluation's own once the interview has started; before then the rules
 * ask nothing yet, so the checks the note will have the moment it starts, which hold the same dates.
 */
function checksWithDates(evaluation: Evaluation, interview: NoteTime, settings: EngineSettings): readonly Check[] {
	// Rule 2 gives a check from the interview's start on, whatever else the note says.
	return evaluation.checks.some((check) => check.rule === 2) ? evaluation.checks : checkNote(evaluation.note, interview.instant, settings);
}

function followUpWords(note: InterviewNote, followUp: Check): string {
	if (followUp.recorded !== undefined) return "They asked you to check in again: a short follow-up is welcome now.";
	if (note.nextStepsDate !== null) {
		return `They said you would hear back by ${dayInWords(note.nextStepsDate.instant, "long")}: a short follow-up is appropriate now.`;
	}
	return "No timeline was given: a short follow-up email or call is appropriate now.";
}

/**
 * The events as the text of an .ics file. `now` stamps every event (DTSTAMP), so the same notes and the same
 * `now` give the same file. Timed events are written in UTC, which every calendar shows at the right local
 * time wherever it is; all-day events are written as the local days they stand for, which mean the same day
 * everywhere.
 */
export function toIcs(events: readonly CalendarEvent[], now: Date): string {
	const written = events.map((event) => ({
		uid: eventUid(event),
		summary: event.title,
		description: event.description,
		start: event.start,
		end: event.end,
		allDay: event.allDay === true,
	}));
	return icsCalendar("Interview follow-up", written, now);
}

/**
 * A UID from the note's path and the event's kind, so exporting again updates the events a calendar already
 * holds instead of adding copies. The path is hashed because UIDs travel in headers and some calendars choke
 * on long or unusual ones; 53 bits make a collision between two notes of one vault practically impossible.
 */
export function eventUid(event: CalendarEvent): string {
	return `${event.kind ?? slug(event.title)}-${hash53(event.path)}@interview-follow-up`;
}

function hash53(text: string): string {
	// cyrb53: a small, well-spread, stable string hash.
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function slug(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, "-")
			.replace(/^-|-$/g, "") || "event"
	);
}

/** A whole local day (YYYY-MM-DD) as an all-day event's start and end (the end is the next day's 00:00 local). */
function wholeDay(day: string): { start: Date; end: Date; allDay: true } {
	const [year, month, date] = day.split("-").map(Number);
	const start = new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
	const end = new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + 1);
	return { start, end, allDay: true };
}

function describeInterview(note: InterviewNote): string {
	const company = note.company?.trim() ?? "";
	const role = note.role?.trim() ?? "";
	if (company !== "" && role !== "") return `${company} (${role})`;
	if (company !== "") return company;
	if (role !== "") return role;
	return note.path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

function topicsLine(note: InterviewNote): string | null {
	const topics = note.topics.map((topic) => topic.trim()).filter((topic) => topic !== "");
	return topics.length > 0 ? `You talked about: ${topics.join("; ")}.` : null;
}

function joinLines(lines: readonly (string | null)[]): string {
	return lines.filter((line): line is string => line !== null).join("\n");
}
