// A fluent builder of InterviewNote values for the engine's tests, so each test states only what matters to it.
// Every moment goes through parseNoteTime, exactly as a note's frontmatter would be read.
import { parseNoteTime, toNoteDateTime } from "../../src/engine/dates";
import type { FollowUp, Interviewer, InterviewNote, LinkedInState, NoteTime, Outcome } from "../../src/engine/types";

/** A moment as a test writes it: a note's text ("2026-11-20", "2026-11-20T14:00") or a local Date. */
export type When = string | Date;

export interface InterviewerOptions {
	thanked?: When;
	linkedin?: LinkedInState;
	email?: string;
	linkedinUrl?: string;
	oldFashioned?: boolean;
	link?: string;
}

interface InterviewerDraft {
	subject: string;
	options: InterviewerOptions;
}

/** Reads a moment the way the note reader does; a test that writes an unreadable date is itself wrong. */
export function noteTime(when: When): NoteTime {
	const text = when instanceof Date ? toNoteDateTime(when) : when;
	const result = parseNoteTime(text);
	if (!result.ok) throw new Error(`InterviewNoteBuilder: ${result.reason}`);
	return result.time;
}

export class InterviewNoteBuilder {
	private notePath = "Interviews/Acme - Engineer.md";
	private companyName: string | null = "Acme";
	private roleName: string | null = "Engineer";
	private interviewAt: When | null = null;
	private durationMinutes = 60;
	private interviewerDrafts: InterviewerDraft[] = [];
	private thankYouSentAt: When | null = null;
	private nextStepsAt: When | null = null;
	private heardBackAt: When | null = null;
	private followUpList: { at: When; channel: string | null }[] = [];
	private invited = false;
	private noteOutcome: Outcome = "pending";
	private graciousAt: When | null = null;
	private topicList: string[] = [];

	path(path: string): this {
		this.notePath = path;
		return this;
	}

	company(company: string | null): this {
		this.companyName = company;
		return this;
	}

	role(role: string | null): this {
		this.roleName = role;
		return this;
	}

	interview(when: When | null): this {
		this.interviewAt = when;
		return this;
	}

	duration(minutes: number): this {
		this.durationMinutes = minutes;
		return this;
	}

	interviewer(subject: string, options: InterviewerOptions = {}): this {
		this.interviewerDrafts.push({ subject, options });
		return this;
	}

	thankYouSent(when: When | null): this {
		this.thankYouSentAt = when;
		return this;
	}

	nextSteps(when: When | null): this {
		this.nextStepsAt = when;
		return this;
	}

	heardBack(when: When | null): this {
		this.heardBackAt = when;
		return this;
	}

	followUp(when: When, channel: string | null = null): this {
		this.followUpList.push({ at: when, channel });
		return this;
	}

	followUpInvited(invited = true): this {
		this.invited = invited;
		return this;
	}

	outcome(outcome: Outcome): this {
		this.noteOutcome = outcome;
		return this;
	}

	graciousNoteSent(when: When | null): this {
		this.graciousAt = when;
		return this;
	}

	topics(...topics: string[]): this {
		this.topicList = topics;
		return this;
	}

	build(): InterviewNote {
		const thankYouSent = optionalTime(this.thankYouSentAt);
		const interviewers: Interviewer[] = this.interviewerDrafts.map(({ subject, options }, index) => ({
			subject,
			link: options.link ?? null,
			email: options.email ?? null,
			linkedinUrl: options.linkedinUrl ?? null,
			linkedin: options.linkedin ?? null,
			// As the note reader does: an interviewer's own `thanked`, else the note's `thank_you_sent`.
			thanked: options.thanked === undefined ? thankYouSent : noteTime(options.thanked),
			oldFashioned: options.oldFashioned ?? false,
			index,
		}));
		const followUps: FollowUp[] = this.followUpList
			.map(({ at, channel }) => ({ at: noteTime(at), channel }))
			.sort((a, b) => a.at.instant.getTime() - b.at.instant.getTime());
		return {
			path: this.notePath,
			company: this.companyName,
			role: this.roleName,
			interviewDate: optionalTime(this.interviewAt),
			durationMinutes: this.durationMinutes,
			interviewers,
			thankYouSent,
			nextStepsDate: optionalTime(this.nextStepsAt),
			heardBack: optionalTime(this.heardBackAt),
			followUps,
			followUpInvited: this.invited,
			outcome: this.noteOutcome,
			graciousNoteSent: optionalTime(this.graciousAt),
			topics: [...this.topicList],
		};
	}
}

function optionalTime(when: When | null): NoteTime | null {
	return when === null ? null : noteTime(when);
}
