// The thank-you, follow-up and gracious-reply texts, written from a note's own details and a template
// (built in, or a template note from the vault) with the documented {{placeholders}}.
import { dayInWords, daysBetween } from "./dates";
import { PLACEHOLDER_PATTERN, holdsPlaceholder, isPromptName } from "./placeholders";
import type { Evaluation, InterviewNote, Interviewer } from "./types";
import { withoutFrontmatter } from "./frontmatter-block";
import { MOST_ITEMS_READ } from "./frontmatter-values";
import { work } from "./work";

export type DraftKind = "thank-you" | "follow-up" | "gracious";

/** Who the messages are from, as set in the settings. */
export interface Profile {
	myName: string;
	signature: string;
}

/**
 * The documented placeholders. `timeline` is one more than the issue lists: the follow-up's opening words
 * depend on whether a timeline was agreed, and one overridable template has to cover both cases, so the
 * engine writes that clause from the note's evaluation ("You mentioned I would hear back by …" / "It has been
 * 10 days since …").
 */
export const PLACEHOLDER_NAMES: readonly string[] = [
	"company",
	"role",
	"interviewer",
	"first_name",
	"topics",
	"interview_date",
	"next_steps_date",
	"my_name",
	"signature",
	"timeline",
];

/** What each placeholder holds, for the README and the settings tab. */
export const PLACEHOLDER_DESCRIPTIONS: Readonly<Record<string, string>> = {
	company: 'the company ("your company" when the note has none)',
	role: "the role (left out when the note has none)",
	interviewer: "the interviewer's name (for the follow-up and the gracious reply: the first interviewer)",
	first_name: "the first word of the interviewer's name",
	topics: 'what you talked about, as a list ("the data pipeline, the on-call rota and mentoring")',
	interview_date: 'the interview\'s day ("Friday 20 November")',
	next_steps_date: "the day they said you would hear back by",
	my_name: "your name from the settings",
	signature: "your signature from the settings, or your name when no signature is set",
	timeline: 'for the follow-up: "You mentioned I would hear back by …", or how long it has really been ("It has been 10 days since our interview on …")',
};

/**
 * The built-in templates, without their heading line: the heading (`## Thank-you: Jane Doe`, …) is always put
 * in front unless a template starts with a heading of its own, so a template note from the vault may omit it.
 */
export const DEFAULT_TEMPLATES: Record<DraftKind, string> = {
	"thank-you": [
		"Dear {{first_name}},",
		"",
		"Thank you for taking the time to speak with me on {{interview_date}}. I especially enjoyed our conversation about {{topics}}.",
		"",
		"It left me even more excited about the {{role}} role at {{company}}, and I would welcome the chance to join your team. Please let me know if there is anything else I can share.",
		"",
		"Kind regards,",
		"{{signature}}",
		"",
	].join("\n"),
	"follow-up": [
		"Dear {{first_name}},",
		"",
		"{{timeline}}, so I wanted to check in on where things stand with the {{role}} role at {{company}}. I enjoyed our conversation about {{topics}}, and I remain very interested in the position.",
		"",
		"Please let me know if there is anything else I can provide.",
		"",
		"Kind regards,",
		"{{signature}}",
		"",
	].join("\n"),
	gracious: [
		"Dear {{first_name}},",
		"",
		"Thank you for letting me know, and for the opportunity to interview for the {{role}} role at {{company}}. I appreciated the time you gave me, and especially our conversation about {{topics}}.",
		"",
		"I remain very interested in {{company}}. Should the candidate you chose not work out, or should new openings arise in the future, I would be glad to be considered.",
		"",
		"Kind regards,",
		"{{signature}}",
		"",
	].join("\n"),
};

export interface Draft {
	kind: DraftKind;
	/** The section's heading text, without the leading #s. */
	heading: string;
	/** The whole section to insert: the heading line, the message and any extra lines, ending with a newline. */
	text: string;
	/** Placeholder names in the template that are neither documented nor prompts to personalise. */
	unknownPlaceholders: string[];
	/** A `mailto:` link carrying the message, when the interviewer's email is known. */
	mailto: string | null;
}

/**
 * Fills every `{{name}}` whose name is in `values`, literally (a value holding `$&` keeps it), in one pass, so a
 * value that itself looks like a placeholder is never filled again. Names match ignoring case, and spaces or
 * hyphens count as underscores (`{{First name}}` is `{{first_name}}`), since users type template notes by hand.
 * Anything else stays visible; names neither documented nor prompts are reported once each, in order.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): { text: string; unknownPlaceholders: string[] } {
	const known = new Map<string, string>();
	for (const [name, value] of Object.entries(values)) known.set(normaliseName(name), value);
	const documented = new Set(PLACEHOLDER_NAMES.map(normaliseName));
	const unknownPlaceholders: string[] = [];
	const reported = new Set<string>();
	const pattern = new RegExp(PLACEHOLDER_PATTERN.source, "g");
	let text = "";
	let rest = 0;
	for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
		work.steps++;
		const name = match[1] ?? "";
		const key = normaliseName(name);
		text += template.slice(rest, match.index);
		rest = match.index + match[0].length;
		const value = known.get(key);
		if (value === undefined) {
			text += match[0];
			if (!documented.has(key) && !isPromptName(name) && !reported.has(name)) {
				reported.add(name);
				unknownPlaceholders.push(name);
			}
		} else if (value === "") {
			// An empty value (no role) must not leave a double space: "the {{role}} role" reads "the role".
			const next = template.charAt(rest);
			if (text.endsWith(" ") && (next === "" || /[\s.,;:!?)]/.test(next))) text = text.slice(0, -1);
		} else {
			text += value;
		}
	}
	text += template.slice(rest);
	return { text, unknownPlaceholders };
}

function normaliseName(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, "_");
}

/** A thank-you note to one interviewer, with a `mailto:` link when their email is known. */
export function thankYouDraft(note: InterviewNote, interviewer: Interviewer, profile: Profile, template?: string): Draft {
	const heading = `Thank-you: ${interviewer.subject}`;
	const values = draftValues(note, interviewer, profile);
	const filled = fill(template ?? DEFAULT_TEMPLATES["thank-you"], heading, values);
	const { headingLine, unknownPlaceholders } = filled;
	let { message } = filled;
	// A template that never mentions {{topics}}, for a note without topics, would give a draft that passes the
	// personalisation check untouched: add the prompt to personalise, so it never passes by accident.
	if (usableTopics(note).length === 0 && !holdsPlaceholder(message)) {
		message = message === "" ? (values.topics ?? "") : `${message}\n\n${values.topics ?? ""}`;
	}
	const extraLines: string[] = [];
	let mailto: string | null = null;
	const email = interviewer.email?.trim() ?? "";
	if (email !== "") {
		mailto = mailtoLink(email, thankYouSubject(note), message);
		extraLines.push(`[Send by email](${mailto})`);
	}
	if (interviewer.oldFashioned) {
		extraLines.push(`${interviewer.subject} may appreciate the personal touch: send a handwritten thank-you card as well.`);
	}
	return {
		kind: "thank-you",
		heading: headingText(headingLine),
		text: section(headingLine, message, extraLines),
		unknownPlaceholders,
		mailto,
	};
}

/**
 * The follow-up email for a note as the engine evaluated it, written at `now`: it names the agreed
 * `next_steps_date`, or says how long it has really been since the interview (or since the last follow-up, when they
 * asked you to check in again). It is addressed to the first interviewer, usually the person who spoke about next
 * steps; with none listed, to the hiring team.
 */
export function followUpDraft(evaluation: Evaluation, now: Date, profile: Profile, template?: string): Draft {
	const { note } = evaluation;
	const heading = `Follow-up: ${note.company ?? note.role ?? "interview"}`;
	const timeline = followUpTimeline(evaluation, now);
	const values = { ...draftValues(note, note.interviewers[0] ?? null, profile), timeline };
	const { headingLine, message, unknownPlaceholders } = fill(template ?? DEFAULT_TEMPLATES["follow-up"], heading, values);
	return {
		kind: "follow-up",
		heading: headingText(headingLine),
		text: section(headingLine, message, []),
		unknownPlaceholders,
		mailto: null,
	};
}

/**
 * The follow-up's opening clause, true at `now`. Rule 4's check says which follow-up this is: a further check-in
 * they asked for (it falls due after a follow-up already recorded) counts from the last follow-up; a first one
 * names the timeline they gave, else counts the days since the interview.
 */
function followUpTimeline(evaluation: Evaluation, now: Date): string {
	const { note } = evaluation;
	const followUp = evaluation.checks.find((check) => check.rule === 4);
	const last = note.followUps[note.followUps.length - 1];
	if (note.followUpInvited && last !== undefined && followUp !== undefined && followUp.state !== "done") {
		const days = daysBetween(last.at.instant, now);
		return days > 0 ? `You asked me to check in again, and it has been ${daysInWords(days)} since my last message` : "You asked me to check in again";
	}
	return timelineWithout(note, now);
}

/**
 * The timeline clause from the note alone: the day they said you would hear back by, else how long ago the
 * interview was at `now` ("It has been 10 days since our interview on …"), or without a moment, since when.
 */
function timelineWithout(note: InterviewNote, now: Date | null): string {
	if (note.nextStepsDate !== null) return `You mentioned I would hear back by ${friendlyDay(note.nextStepsDate.instant)}`;
	// Without a moment (the older form of the follow-up, and a thank-you or gracious template that uses
	// {{timeline}}), the words stay those written before the follow-up counted the days.
	if (note.interviewDate === null) return now === null ? "It has been a week since our interview" : "It has been a while since our interview";
	const day = friendlyDay(note.interviewDate.instant);
	if (now === null) return `It has been a week since our interview on ${day}`;
	const days = daysBetween(note.interviewDate.instant, now);
	if (days < 0) return `Our interview is on ${day}`;
	if (days === 0) return "We spoke earlier today";
	return `It has been ${daysInWords(days)} since our interview on ${day}`;
}

/** "a day", "10 days", "a week", "3 weeks": whole weeks said as weeks, as a person would write them. */
function daysInWords(days: number): string {
	if (days === 1) return "a day";
	if (days === 7) return "a week";
	return days % 7 === 0 ? `${days / 7} weeks` : `${days} days`;
}

/** The reply after a rejection: thanks for the chance, and a request to be considered should things change. */
export function graciousDraft(note: InterviewNote, profile: Profile, template?: string): Draft {
	const heading = `Gracious reply: ${note.company ?? note.role ?? "interview"}`;
	const values = draftValues(note, note.interviewers[0] ?? null, profile);
	const { headingLine, message, unknownPlaceholders } = fill(template ?? DEFAULT_TEMPLATES.gracious, heading, values);
	return {
		kind: "gracious",
		heading: headingText(headingLine),
		text: section(headingLine, message, []),
		unknownPlaceholders,
		mailto: null,
	};
}

/**
 * The value of every documented placeholder. A missing value never makes a draft read wrong: no company reads
 * "your company", no role is left out, no interviewer is "the hiring team", no name or signature leaves the
 * sign-off for the mail client's own signature, and a missing date or topics leave a visible prompt, which
 * keeps rule 3 from passing a draft nobody personalised.
 */
function draftValues(note: InterviewNote, interviewer: Interviewer | null, profile: Profile): Record<string, string> {
	const myName = textOf(profile.myName).trim();
	const givenSignature = textOf(profile.signature);
	const signature = givenSignature.trim() === "" ? myName : givenSignature.trimEnd();
	const subject = interviewer?.subject.trim() ?? "";
	const firstName = subject.split(/\s+/)[0] ?? "";
	const interviewDate = note.interviewDate ? friendlyDay(note.interviewDate.instant) : "{{fill in: the interview date}}";
	const nextStepsDate = note.nextStepsDate ? friendlyDay(note.nextStepsDate.instant) : "{{fill in: when they said you would hear back}}";
	const talkedWith = subject === "" ? "you talked about" : `you and ${firstName === "" ? subject : firstName} talked about`;
	const topics = usableTopics(note);
	return {
		company: note.company?.trim() || "your company",
		role: note.role?.trim() ?? "",
		interviewer: subject === "" ? "the hiring team" : subject,
		first_name: firstName === "" ? "hiring team" : firstName,
		topics: topics.length > 0 ? englishList(topics) : `{{personalise: mention one thing ${talkedWith}}}`,
		interview_date: interviewDate,
		next_steps_date: nextStepsDate,
		my_name: myName,
		signature,
		// The thank-you and the gracious reply have no moment to count from; the follow-up writes its own.
		timeline: timelineWithout(note, null),
	};
}

/** Settings saved by an older version, or edited by hand, may lack a value: read anything but text as empty. */
function textOf(value: unknown): string {
	return typeof value === "string" ? value : "";
}

/** The note's topics, at most as many as a list is read up to, however they were written. */
function usableTopics(note: InterviewNote): string[] {
	return note.topics
		.slice(0, MOST_ITEMS_READ)
		.map((topic) => topic.trim())
		.filter((topic) => topic !== "");
}

/** "a", "a and b", "a, b and c". */
function englishList(items: readonly string[]): string {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** A day as a message names it: "Friday 20 November", in local time like every date in a note. */
function friendlyDay(instant: Date): string {
	return dayInWords(instant, "long");
}

/**
 * Renders a template and splits off its heading line. A template that starts with a heading of its own keeps
 * it (for a thank-you it should start with "Thank-you" and name {{interviewer}}, or rule 3 will not find it);
 * otherwise the built-in heading is put in front, so the section is always found again. A template note's own
 * properties are left out.
 */
function fill(
	template: string,
	builtInHeading: string,
	values: Readonly<Record<string, string>>,
): { headingLine: string; message: string; unknownPlaceholders: string[] } {
	// A template note may have properties of its own (tags, aliases): they belong to the template, not the draft.
	const { text, unknownPlaceholders } = renderTemplate(withoutFrontmatter(template.replace(/\r\n?/g, "\n")), values);
	const lines = text.split("\n");
	const first = lines.findIndex((line) => line.trim() !== "");
	const firstLine = first === -1 ? "" : (lines[first] ?? "");
	if (/^#{1,6}\s/.test(firstLine.trim())) {
		return { headingLine: firstLine.trim(), message: tidy(lines.slice(first + 1).join("\n")), unknownPlaceholders };
	}
	return { headingLine: `## ${builtInHeading}`, message: tidy(text), unknownPlaceholders };
}

function headingText(headingLine: string): string {
	return headingLine.replace(/^#+\s*/, "").trim();
}

/**
 * Drops blank lines at either end and trailing spaces and tabs, so sections join cleanly. Written as one walk over
 * the lines: `/[ \t]+$/` retried at every character of a long run of spaces and tabs (a company name padded with
 * 100,000 of them took 20 seconds), and `/\n+$/` at every line break of a long run of blank lines.
 */
export function tidy(message: string): string {
	const lines = message.split("\n");
	for (let at = 0; at < lines.length; at++) lines[at] = withoutTrailingSpaces(lines[at] ?? "");
	let start = 0;
	let end = lines.length;
	while (start < end && lines[start] === "") start++;
	while (end > start && lines[end - 1] === "") end--;
	return lines.slice(start, end).join("\n");
}

/** The line without the spaces and tabs at its end, counted off from the end: each character is looked at once. */
function withoutTrailingSpaces(line: string): string {
	let end = line.length;
	while (end > 0) {
		work.steps++;
		const code = line.charCodeAt(end - 1);
		if (code !== SPACE && code !== TAB) break;
		end--;
	}
	return end === line.length ? line : line.slice(0, end);
}

const SPACE = 0x20;
const TAB = 0x09;

function section(headingLine: string, message: string, extraLines: readonly string[]): string {
	const parts = [headingLine];
	if (message !== "") parts.push(message);
	for (const line of extraLines) parts.push(line);
	return `${parts.join("\n\n")}\n`;
}

function thankYouSubject(note: InterviewNote): string {
	const role = note.role?.trim() ?? "";
	const company = note.company?.trim() ?? "";
	const what = role === "" ? "our conversation" : `the ${role} interview`;
	return company === "" ? `Thank you for ${what}` : `Thank you for ${what} at ${company}`;
}

/**
 * A `mailto:` link with subject and body. Each part is percent-encoded (line breaks as CRLF, as RFC 6068 asks),
 * and so are the parentheses encodeURIComponent leaves alone, which would otherwise end the markdown link early.
 */
function mailtoLink(email: string, subject: string, body: string): string {
	const address = encodeMailtoPart(email).replace(/%40/g, "@");
	const query = `subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body.replace(/\n/g, "\r\n"))}`;
	return `mailto:${address}?${query}`;
}

function encodeMailtoPart(text: string): string {
	return encodeURIComponent(text).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
