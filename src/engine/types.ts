// The engine's vocabulary: what an interview note means once read, and what the seven checks say about it.
// Plain data only, so the plugin, the command line and the tests share it.

export type { EngineSettings } from "./settings";
export { DEFAULT_ENGINE_SETTINGS } from "./settings";

/**
 * A moment written in a note. `instant` is the local wall-clock time it names; a date-only value
 * (`dateOnly`) names 00:00 local of its day. `day` is that local day as YYYY-MM-DD.
 */
export interface NoteTime {
	instant: Date;
	dateOnly: boolean;
	day: string;
}

export type LinkedInState = "requested" | "connected" | "skip";

export interface Interviewer {
	/** Display name: the link's alias, else the link target's base name, else the text or `name`. */
	subject: string;
	/** The link target when the interviewer was given as a wikilink (`people/Jane Doe`), else null. */
	link: string | null;
	email: string | null;
	linkedinUrl: string | null;
	/** null: no connection request yet. */
	linkedin: LinkedInState | null;
	/** The interviewer's own `thanked`, or else the note's `thank_you_sent`, or null. */
	thanked: NoteTime | null;
	oldFashioned: boolean;
	/** Position in the note's `interviewers` list, so writes find the right item. */
	index: number;
}

export interface FollowUp {
	at: NoteTime;
	channel: string | null;
}

export const OUTCOMES = ["pending", "next-round", "offer", "rejected", "withdrawn"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** An interview note as the rules see it: only usable values, each in one form. */
export interface InterviewNote {
	path: string;
	company: string | null;
	role: string | null;
	/** null when missing or unusable (a problem says which). */
	interviewDate: NoteTime | null;
	durationMinutes: number;
	interviewers: Interviewer[];
	thankYouSent: NoteTime | null;
	nextStepsDate: NoteTime | null;
	heardBack: NoteTime | null;
	/** Sorted by time, earliest first. */
	followUps: FollowUp[];
	followUpInvited: boolean;
	outcome: Outcome;
	graciousNoteSent: NoteTime | null;
	topics: string[];
}

/** Something in a note's frontmatter the user should fix; `field` is the YAML key (or `key[index]`). */
export interface Problem {
	field: string;
	message: string;
	/**
	 * The message's words after the field it opens with ("is missing: add when …"), so a view that sets the field
	 * apart shows the rest as written, without taking the message apart.
	 */
	detail: string;
}

export type RuleNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type CheckState = "done" | "todo" | "ok" | "late" | "due" | "overdue" | "generic" | "waiting" | "excess";

/** Why a thank-you draft reads as generic (rule 3). */
export type GenericReason = "placeholder" | "same-as-another" | "no-topics";

export interface Check {
	rule: RuleNumber;
	/** The interviewer's display name, or null for a check about the whole note. */
	subject: string | null;
	state: CheckState;
	due: Date | null;
	message: string;
	/** Rule 3 in state `generic`: why the draft reads as generic, so wording is made from it, never parsed back. */
	reason?: GenericReason;
	/** The moment the check reports as recorded: the thank-you sent, the last follow-up, the gracious reply. */
	recorded?: NoteTime;
}

export type Stage = "act-now" | "waiting" | "upcoming" | "closed";

/** Stages in the order the sidebar and the report show them. */
export const STAGES: readonly Stage[] = ["act-now", "waiting", "upcoming", "closed"];

/** A thank-you draft found in a note's body: a section whose heading starts with "Thank-you". */
export interface ThankYouDraft {
	/** The heading text, without the leading #s. */
	heading: string;
	/** The section's text below the heading, up to the next heading of the same or a higher level. */
	text: string;
}

/** The raw material of one note, as the plugin or the command line found it. */
export interface NoteSource {
	path: string;
	/** The parsed frontmatter: any JSON-like value (undefined when the note has none). */
	frontmatter: unknown;
	/** Thank-you drafts from the note's body; omit when the body was not read. */
	drafts?: ThankYouDraft[];
}

/** Everything the engine says about one interview note at one moment. */
export interface Evaluation {
	path: string;
	note: InterviewNote;
	stage: Stage;
	checks: Check[];
	problems: Problem[];
}
