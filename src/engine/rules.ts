// The seven checks of the post-interview advice, one function per rule: (note, now, settings) -> Check[].
// `now` is always given, never read from the clock; every date comes from dates.ts.
import { firstFollowUpDue, nextInvitedFollowUpDue, sentBy, thankYouDeadline } from "./dates";
import { assessDrafts } from "./personalisation";
import { usableSettings } from "./settings";
import type { Check, EngineSettings, GenericReason, Interviewer, InterviewNote, NoteTime, ThankYouDraft } from "./types";
import { formatDeadline, formatNoteTime, formatStart } from "./wording";

/**
 * Every check that applies to a note at `now`, in rule order. None before the interview has started, and none
 * when the interview's date is missing or unusable (the note's problems say why). Rule 3 reads the drafts from the
 * note's body, so it is skipped when `drafts` is not given.
 */
export function checkNote(note: InterviewNote, now: Date, settings: EngineSettings, drafts?: ThankYouDraft[]): Check[] {
	const interview = note.interviewDate;
	if (interview === null || hasNotStarted(interview, now)) return [];
	const chosen = usableSettings(settings);
	// Pushed one list at a time rather than spread into one: this runs for every note, and spreading seven lists
	// allocated an iterator for each.
	const checks = thankEveryone(note, now);
	checks.push(...withinTheWindow(note, interview, now, chosen));
	if (drafts !== undefined) checks.push(...notGeneric(note, drafts));
	checks.push(...followUp(note, interview, now, chosen), ...dontOverdoIt(note, now), ...connectOnLinkedIn(note), ...beGracious(note, now));
	return checks;
}

/** Before its start an interview asks nothing yet; a date-only interview starts at 00:00 local. */
export function hasNotStarted(interview: NoteTime, now: Date): boolean {
	return now.getTime() < interview.instant.getTime();
}

/**
 * Rule 1, thank everyone: per interviewer, `done` once a thank-you time is recorded, else `todo`. A note with no
 * interviewers gets one note-level check, done only by `thank_you_sent`.
 */
export function thankEveryone(note: InterviewNote, now: Date): Check[] {
	if (note.interviewers.length === 0) {
		const sent = note.thankYouSent;
		return [
			sent === null
				? check(1, null, "todo", null, "Send a thank-you to everyone who interviewed you, and list their names under interviewers.")
				: check(1, null, "done", null, `Thank-you sent on ${formatNoteTime(sent, now)}.`, sent),
		];
	}
	return note.interviewers.map((person) => {
		if (person.thanked !== null) {
			return check(1, person.subject, "done", null, `Thank-you to ${person.subject} sent on ${formatNoteTime(person.thanked, now)}.`, person.thanked);
		}
		// The advice: an old-fashioned interviewer appreciates a handwritten note as well as the email.
		const handwritten = person.oldFashioned ? " A handwritten note would be a nice touch too." : "";
		return check(1, person.subject, "todo", null, `Send ${person.subject} a thank-you.${handwritten}`);
	});
}

/**
 * Rule 2, within the window: per interviewer, judged against the thank-you deadline, which is the check's `due` in
 * every state. Due up to and at the deadline itself, overdue from just after it.
 */
export function withinTheWindow(note: InterviewNote, interview: NoteTime, now: Date, settings: EngineSettings): Check[] {
	const deadline = thankYouDeadline(interview, settings.windowHours);
	const by = formatDeadline(deadline, now);
	const people: { subject: string | null; sent: NoteTime | null }[] =
		note.interviewers.length === 0
			? [{ subject: null, sent: note.thankYouSent }]
			: note.interviewers.map((person) => ({ subject: person.subject, sent: person.thanked }));
	return people.map(({ subject, sent }) => {
		const to = subject === null ? "everyone who interviewed you" : subject;
		if (sent !== null) {
			return sentBy(sent, deadline)
				? check(2, subject, "ok", deadline, `Thank-you to ${to} went out on time, by ${by}.`)
				: check(2, subject, "late", deadline, `Thank-you to ${to} went out after the deadline of ${by}.`);
		}
		if (now.getTime() <= deadline.getTime()) {
			return check(2, subject, "due", deadline, `Send ${to} a thank-you by ${by}.`);
		}
		return check(2, subject, "overdue", deadline, `The thank-you to ${to} was due by ${by}: send it as soon as you can, late beats never.`);
	});
}

/**
 * Rule 3, not generic: per interviewer that has a draft in the body, `generic` with the reason (as `reason`, and in
 * words in the message), else `ok`. An interviewer without a draft gets no check.
 */
export function notGeneric(note: InterviewNote, drafts: readonly ThankYouDraft[]): Check[] {
	// The words finish "The thank-you draft for Jane Doe is generic: it …".
	const because: Record<GenericReason, string> = {
		placeholder: "still holds template placeholders",
		"same-as-another": "reads the same as another interviewer's draft",
		"no-topics": "mentions none of the topics",
	};
	return assessDrafts(note, drafts).map(({ interviewer, reason }): Check => {
		const who = interviewer.subject;
		if (reason === null) return check(3, who, "ok", null, `The thank-you draft for ${who} is personal.`);
		return { ...check(3, who, "generic", null, `The thank-you draft for ${who} is generic: it ${because[reason]}. ${advice(reason)}`), reason };
	});
}

function advice(reason: GenericReason): string {
	switch (reason) {
		case "placeholder":
			return "Fill them in before sending.";
		case "no-topics":
			return "Mention something you talked about.";
		case "same-as-another":
			return "Write each one about your own conversation with them.";
	}
}

/**
 * Rule 4, follow up: only while the outcome is pending and nothing was heard back. Falls due at 00:00 local of the
 * day after the agreed timeline, else one wait after the interview's start; `waiting` before then, `due` from then
 * until a follow-up is recorded, then `done`. When they invited further check-ins, the next one falls due one wait
 * after the last follow-up.
 */
export function followUp(note: InterviewNote, interview: NoteTime, now: Date, settings: EngineSettings): Check[] {
	if (note.outcome !== "pending" || note.heardBack !== null) return [];
	const company = note.company ?? "the company";
	const firstDue = firstFollowUpDue(interview, note.nextStepsDate, settings.waitDays);
	const last = note.followUps[note.followUps.length - 1];
	if (last === undefined) {
		const reason =
			note.nextStepsDate === null
				? `${waitInWords(settings.waitDays)} since the interview and no news`
				: `no news by ${formatNoteTime(note.nextStepsDate, now)}, as they had said`;
		return now.getTime() < firstDue.getTime()
			? [check(4, null, "waiting", firstDue, `If ${company} has not been in touch, follow up from ${formatStart(firstDue, now)}.`)]
			: [check(4, null, "due", firstDue, `Follow up with ${company}: ${reason}. One email or call is enough.`)];
	}
	if (!note.followUpInvited) {
		return [check(4, null, "done", null, `You followed up with ${company} on ${formatNoteTime(last.at, now)}.`, last.at)];
	}
	const nextDue = nextInvitedFollowUpDue(last.at, firstDue, settings.waitDays);
	return now.getTime() < nextDue.getTime()
		? [check(4, null, "waiting", nextDue, capitalised(`${company} asked you to check in again: next from ${formatStart(nextDue, now)}.`), last.at)]
		: [
				check(
					4,
					null,
					"due",
					nextDue,
					`Check in with ${company} again, as they asked: your last follow-up was on ${formatNoteTime(last.at, now)}.`,
					last.at,
				),
			];
}

function waitInWords(days: number): string {
	if (days === 7) return "a week";
	return days === 1 ? "a day" : `${days} days`;
}

/**
 * Rule 5, don't overdo it: once a follow-up is recorded, `excess` when two or more are and no one asked for more,
 * else `ok`.
 */
export function dontOverdoIt(note: InterviewNote, now: Date): Check[] {
	const count = note.followUps.length;
	const last = note.followUps[count - 1];
	if (last === undefined) return [];
	const company = note.company ?? "the company";
	if (count >= 2 && !note.followUpInvited) {
		return [
			check(
				5,
				null,
				"excess",
				null,
				`You have followed up with ${company} ${count} times without being asked to: wait for them to get back to you.`,
				last.at,
			),
		];
	}
	if (note.followUpInvited) {
		return [
			check(
				5,
				null,
				"ok",
				null,
				capitalised(`${company} asked you to check in again, so ${count === 1 ? "one follow-up is" : `${count} follow-ups are`} fine.`),
				last.at,
			),
		];
	}
	return [check(5, null, "ok", null, `One follow-up to ${company}, on ${formatNoteTime(last.at, now)}: that is enough unless they ask for more.`, last.at)];
}

/** Rule 6, connect on LinkedIn: per interviewer, `done` once requested or connected, nothing when skipped, else `todo`. */
export function connectOnLinkedIn(note: InterviewNote): Check[] {
	const checks: Check[] = [];
	for (const person of note.interviewers) {
		switch (person.linkedin) {
			case "skip":
				break;
			case "connected":
				checks.push(check(6, person.subject, "done", null, `You are connected with ${person.subject} on LinkedIn.`));
				break;
			case "requested":
				checks.push(check(6, person.subject, "done", null, `You asked ${person.subject} to connect on LinkedIn.`));
				break;
			case null:
				checks.push(check(6, person.subject, "todo", null, `Connect with ${person.subject} on LinkedIn${where(person)}.`));
				break;
		}
	}
	return checks;
}

function where(person: Interviewer): string {
	return person.linkedinUrl === null ? "" : ` (${person.linkedinUrl})`;
}

/** Rule 7, be gracious: only after a rejection, `done` once the gracious note went out, else `todo`. */
export function beGracious(note: InterviewNote, now: Date): Check[] {
	if (note.outcome !== "rejected") return [];
	const company = note.company ?? "the company";
	if (note.graciousNoteSent !== null) {
		return [check(7, null, "done", null, `Gracious reply to ${company} sent on ${formatNoteTime(note.graciousNoteSent, now)}.`, note.graciousNoteSent)];
	}
	return [check(7, null, "todo", null, `Thank ${company} for the chance to interview, and say you would be glad to be considered for future openings.`)];
}

/** A sentence that opens with "the company" still starts with a capital. */
function capitalised(sentence: string): string {
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A check; `recorded` is the moment its message reports as recorded (a thank-you sent, the last follow-up, a reply). */
function check(rule: Check["rule"], subject: string | null, state: Check["state"], due: Date | null, message: string, recorded?: NoteTime): Check {
	return recorded === undefined ? { rule, subject, state, due, message } : { rule, subject, state, due, message, recorded };
}
