// Short text about checks, shared by the sidebar and the command-line report: relative times ("in 5 h") and one-line
// summaries, plus the absolute local times the checks' messages use.
import { differenceInMinutes } from "date-fns";
import { clockTime, dayInWords, lastDayBefore, parseNoteTime } from "./dates";
import type { Check, Evaluation, GenericReason, NoteTime } from "./types";

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * How far `target` is from `now`: "in 5 h", "in 2 days", "3 min ago", "now". Minutes under an hour, hours under two
 * days, days beyond. Every unit counts whole units only, so the number is never more than the truth: with 59
 * minutes left it says "in 59 min", not "in 1 h", and 47 hours late is "47 h ago", not "2 days ago".
 */
export function relativeTime(target: Date, now: Date): string {
	const minutes = minutesBetween(now, target);
	if (minutes === null) return "at an unknown time";
	if (minutes === 0) return "now";
	return minutes > 0 ? `in ${span(minutes)}` : `${span(-minutes)} ago`;
}

/** Why a draft reads as generic, in words that finish "The thank-you draft for Jane Doe …" and the short summaries. */
export const GENERIC_REASON_WORDS: Record<GenericReason, string> = {
	placeholder: "still holds template placeholders",
	"same-as-another": "reads the same as another interviewer's draft",
	"no-topics": "mentions none of the topics",
};

/** One line about a check at `now`, for lists: "thank-you to Jane Doe due in 2 h", "follow up: due since Mon 16 Nov". */
export function checkSummary(check: Check, now: Date): string {
	const who = check.subject;
	switch (check.rule) {
		case 1:
			if (check.state === "done") return who === null ? "thank-you sent" : `thank-you to ${who} sent`;
			return who === null ? "send a thank-you to everyone who interviewed you" : `thank ${who}`;
		case 2: {
			const what = who === null ? "thank-you" : `thank-you to ${who}`;
			if (check.state === "ok") return `${what} sent on time`;
			if (check.state === "late") return `${what} sent late`;
			return `${what} ${dueOrOverdue(check.due, now)}`;
		}
		case 3: {
			const what = `thank-you draft for ${who ?? "your interviewers"}`;
			if (check.state !== "generic") return `${what} is personal`;
			return check.reason === undefined ? `${what} is generic` : `${what} is generic: ${GENERIC_REASON_WORDS[check.reason]}`;
		}
		case 4: {
			if (check.state === "done") return "followed up";
			// A follow-up already recorded while one is still ahead means they asked to be contacted again.
			const what = check.recorded === undefined ? "follow up" : "check in again";
			if (check.due === null) return `${what} now`;
			if (check.state === "waiting") return `${what} ${relativeTime(check.due, now)}`;
			return `${what}: ${sinceDay(check.due, now)}`;
		}
		case 5:
			return check.state === "excess" ? "followed up more than once: wait for them now" : "follow-ups within bounds";
		case 6:
			if (check.state === "done") return `reached out to ${who ?? "them"} on LinkedIn`;
			return `connect with ${who ?? "your interviewers"} on LinkedIn`;
		case 7:
			return check.state === "done" ? "gracious reply sent" : "send a gracious reply";
	}
}

/** "due today", "due since Mon 16 Nov": a follow-up falls due on a day and stays due, so it is said by the day. */
function sinceDay(due: Date, now: Date): string {
	if (!isRealTime(due) || !isRealTime(now)) return "due now";
	if (localDayOf(due) === localDayOf(now)) return "due today";
	return due.getTime() < now.getTime() ? `due since ${formatDay(due, now)}` : `due from ${formatDay(due, now)}`;
}

function localDayOf(instant: Date): number {
	return instant.getFullYear() * 10_000 + instant.getMonth() * 100 + instant.getDate();
}

/**
 * What a note in the Waiting group waits for, at `now`, for the sidebar and the report to show under it: "waiting to
 * hear back by Fri 20 Nov", "follow up from Fri 27 Nov if there is no news", "next round: nothing to do until Acme is
 * in touch". Made from the evaluation alone; null for a note in any other stage.
 */
export function waitingFor(evaluation: Evaluation, now: Date): string | null {
	if (evaluation.stage !== "waiting") return null;
	const { note } = evaluation;
	const company = note.company ?? "the company";
	const followUp = evaluation.checks.find((check) => check.rule === 4);
	if (followUp?.state === "waiting" && followUp.due !== null) {
		if (followUp.recorded !== undefined) return `waiting: check in again from ${formatStart(followUp.due, now)}, as ${company} asked`;
		if (note.nextStepsDate !== null) return `waiting to hear back by ${formatNoteTime(note.nextStepsDate, now)}`;
		return `waiting to hear back: follow up from ${formatStart(followUp.due, now)} if there is no news`;
	}
	if (followUp?.state === "done" && followUp.recorded !== undefined) {
		return `followed up on ${formatNoteTime(followUp.recorded, now)}: waiting for ${company} to get back to you`;
	}
	if (note.outcome === "next-round") return `next round: nothing to do until ${company} is in touch`;
	if (note.heardBack !== null) return `heard back on ${formatNoteTime(note.heardBack, now)}: waiting for the outcome`;
	return "nothing to do for now";
}

/** "due in 2 h", "due now", "overdue by 3 days": said from `now`, whatever state the check was given in. */
function dueOrOverdue(due: Date | null, now: Date): string {
	if (due === null) return "due";
	const minutes = minutesBetween(now, due);
	if (minutes === null) return "due";
	if (minutes === 0) return "due now";
	return minutes > 0 ? `due in ${span(minutes)}` : `overdue by ${span(-minutes)}`;
}

/** Whole minutes from `from` to `to` (negative when `to` is past), or null when either is not a real time. */
function minutesBetween(from: Date, to: Date): number | null {
	if (!isRealTime(from) || !isRealTime(to)) return null;
	// differenceInMinutes truncates toward zero: a part of a minute is not yet a minute, either way.
	return differenceInMinutes(to, from) || 0;
}

function span(minutes: number): string {
	if (minutes < MINUTES_PER_HOUR) return `${minutes} min`;
	if (minutes < 2 * MINUTES_PER_DAY) return `${Math.floor(minutes / MINUTES_PER_HOUR)} h`;
	return `${Math.floor(minutes / MINUTES_PER_DAY)} days`;
}

function isRealTime(instant: Date): boolean {
	return !Number.isNaN(instant.getTime());
}

/** A local day for messages: "Sat 21 Nov", with the year when it is not the year of `now`. */
export function formatDay(instant: Date, now: Date): string {
	if (!isRealTime(instant)) return "an unknown day";
	return dayInWords(instant, "short", !sameYear(instant, now));
}

/** A local time for messages: "Sat 21 Nov, 14:00", with the year when it is not the year of `now`. */
export function formatMoment(instant: Date, now: Date): string {
	if (!isRealTime(instant)) return "an unknown time";
	return `${formatDay(instant, now)}, ${clockTime(instant)}`;
}

/** A time written in a note, as precise as it was written: "Sat 21 Nov" for a date, else with the clock time. */
export function formatNoteTime(time: NoteTime, now: Date): string {
	return time.dateOnly ? formatDay(time.instant, now) : formatMoment(time.instant, now);
}

/**
 * What follows "by" for a deadline: "Sat 21 Nov, 14:00", or "the end of Sat 21 Nov" when the deadline is the
 * midnight that ends that day, which is how a person says it.
 */
export function formatDeadline(deadline: Date, now: Date): string {
	if (!isRealTime(deadline)) return "an unknown time";
	if (!isLocalMidnight(deadline)) return formatMoment(deadline, now);
	const lastDay = parseNoteTime(lastDayBefore(deadline));
	return lastDay.ok ? `the end of ${formatDay(lastDay.time.instant, now)}` : formatMoment(deadline, now);
}

/** What follows "from" for a start: "Fri 27 Nov" when it starts at midnight, else "Fri 27 Nov, 14:00". */
export function formatStart(start: Date, now: Date): string {
	return isRealTime(start) && isLocalMidnight(start) ? formatDay(start, now) : formatMoment(start, now);
}

function isLocalMidnight(instant: Date): boolean {
	return instant.getHours() === 0 && instant.getMinutes() === 0 && instant.getSeconds() === 0 && instant.getMilliseconds() === 0;
}

function sameYear(instant: Date, now: Date): boolean {
	return !isRealTime(now) || instant.getFullYear() === now.getFullYear();
}
