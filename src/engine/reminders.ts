// The reminders an evaluation asks for, at the moments the advice names: the interview's end (the 30-minute thank-you
// block), a set time before a thank-you deadline, the morning a follow-up falls due, and the morning after a "no".
// Every instant is read from the evaluation's checks (`due`) and moved only through dates.ts; no rule is run again.
import { atLocalHour, hoursBefore, interviewEnd, startOfNextDay, thankYouBlockEnd } from "./dates";
import { usableReminderSettings, type ReminderSettings } from "./settings";
import type { Check, Evaluation } from "./types";
import { formatDeadline, formatNoteTime } from "./wording";

export type ReminderKind = "thank-you-block" | "thank-you-deadline" | "follow-up" | "gracious";

export interface Reminder {
	kind: ReminderKind;
	path: string;
	/**
	 * Names the check and the instant: the same reminder has the same key on every run and every device, and a check
	 * whose instant moved (a new interview time, a new deadline) gets a new key, so it may remind again.
	 */
	key: string;
	/** When it asks to be shown. */
	at: Date;
	/**
	 * From this instant on it is no longer worth showing (the block is over, the deadline has passed, the morning's
	 * day has ended): Obsidian opened after `at` but before `until` shows it once; after `until`, never.
	 */
	until: Date;
	/** The interviewer it is about (the first one not yet thanked, for the block), or null for the whole note. */
	subject: string | null;
	message: string;
}

/**
 * The reminders `evaluation` asks for, earliest first, whatever the time now. `rejectedSeenAt` is when the outcome
 * `rejected` was first seen without a gracious reply (null: not seen yet), since the note records no such moment.
 * A done check asks for nothing, a closed note for nothing, and a deadline reminder set to 0 hours is off.
 */
export function remindersFor(evaluation: Evaluation, settings: ReminderSettings, rejectedSeenAt: Date | null): Reminder[] {
	const { note } = evaluation;
	const interview = note.interviewDate;
	// An interview not yet started has no checks: its reminders come once it is evaluated after its start.
	if (interview === null || evaluation.stage === "closed" || evaluation.stage === "upcoming") return [];
	const chosen = usableReminderSettings(settings);
	const where = placeOf(evaluation);
	const reminders: Reminder[] = [];
	const add = (kind: ReminderKind, check: Check | null, at: Date, until: Date, message: string): void => {
		if (Number.isNaN(at.getTime()) || Number.isNaN(until.getTime()) || at.getTime() >= until.getTime()) return;
		const subject = check?.subject ?? null;
		reminders.push({ kind, path: evaluation.path, key: reminderKey(kind, evaluation.path, subject, at), at, until, subject, message });
	};

	// The block: only for an interview with a clock time (a date has no known end), while someone is not yet thanked.
	const notThanked = evaluation.checks.find((check) => check.rule === 1 && check.state === "todo");
	if (!interview.dateOnly && notThanked !== undefined) {
		const at = interviewEnd(interview, note.durationMinutes);
		const company = note.company === null || note.company === "" ? "" : ` at ${note.company}`;
		add(
			"thank-you-block",
			notThanked,
			at,
			thankYouBlockEnd(interview, note.durationMinutes),
			`Your interview${company} has ended: this is your 30-minute thank-you block`,
		);
	}

	for (const check of evaluation.checks) {
		if (check.due === null) continue;
		if (check.rule === 2 && (check.state === "due" || check.state === "overdue") && chosen.remindHoursBeforeDeadline > 0) {
			const at = hoursBefore(check.due, chosen.remindHoursBeforeDeadline);
			// Before the interview has even started there is nothing to send yet: the block and the sidebar say it then.
			if (at.getTime() < interview.instant.getTime()) continue;
			const to = check.subject === null ? "everyone who interviewed you" : check.subject;
			add("thank-you-deadline", check, at, check.due, sentence(where, `send ${to} a thank-you by ${formatDeadline(check.due, at)}.`));
		}
		if (check.rule === 4 && (check.state === "waiting" || check.state === "due")) {
			// The morning of the day it falls due, but never before the moment itself (a wait that ends at 14:00).
			const morning = atLocalHour(check.due, chosen.morningReminderHour);
			const at = morning.getTime() < check.due.getTime() ? check.due : morning;
			add("follow-up", check, at, startOfNextDay(at), sentence(where, `time to follow up on your interview of ${formatNoteTime(interview, at)}.`));
		}
	}

	const gracious = evaluation.checks.find((check) => check.rule === 7 && check.state === "todo");
	if (gracious !== undefined && rejectedSeenAt !== null) {
		const at = atLocalHour(startOfNextDay(rejectedSeenAt), chosen.morningReminderHour);
		add("gracious", gracious, at, startOfNextDay(at), sentence(where, `a short, gracious reply to their "no" keeps the door open.`));
	}
	return reminders.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Whether a reminder is to be shown at `now`: its moment has come and it is not yet past its end. */
export function isDueNow(reminder: Reminder, now: Date): boolean {
	const time = now.getTime();
	return reminder.at.getTime() <= time && time < reminder.until.getTime();
}

/** Whether the note asks for a gracious reply that the store must start timing (rule 7 open). */
export function awaitsGraciousReply(evaluation: Evaluation): boolean {
	return evaluation.checks.some((check) => check.rule === 7 && check.state === "todo");
}

function reminderKey(kind: ReminderKind, path: string, subject: string | null, at: Date): string {
	// JSON keeps the parts apart whatever a path or a name holds.
	return JSON.stringify([kind, path, subject, at.toISOString()]);
}

/** "Acme, Product designer: " so a reminder says where, or "" when the note names neither. */
function placeOf(evaluation: Evaluation): string {
	const { company, role } = evaluation.note;
	const where = [company, role].filter((part): part is string => part !== null && part !== "").join(", ");
	return where === "" ? "" : `${where}: `;
}

/** The words after the place, or as a sentence of their own when the note names no place. */
function sentence(where: string, words: string): string {
	return where === "" ? words.charAt(0).toUpperCase() + words.slice(1) : `${where}${words}`;
}
