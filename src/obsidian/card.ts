// One interview note's card in the sidebar: what it says (company, role, when, timeline, open checks, problems,
// next actions) as plain data, and how that data is drawn. Text only: names in notes may hold markup.
import { isOpen } from "../engine/status";
import type { Check, CheckState, Evaluation, Problem, Stage } from "../engine/types";
import { checkSummary, formatNoteTime, relativeTime, waitingFor } from "../engine/wording";
import type { NoteAction } from "./commands";
import { drawTimeline, timelineOf, type TimelineMarker } from "./timeline";

/**
 * Words that may name someone. The name is drawn apart from the words around it, so a right-to-left name keeps its
 * own direction inside an English sentence, and it is the short form of the name (see `shortName`).
 */
export interface NamedText {
	/** The words before the name, or all of them when the text names no one. */
	before: string;
	name: string | null;
	after: string;
}

export interface ActionButton {
	action: NoteAction;
	subject: string | null;
	/** The button's text, short enough for a narrow sidebar. */
	label: NamedText;
	/** The full sentence a screen reader says and a hover shows, with every name in full. */
	ariaLabel: string;
}

export interface CheckLine {
	state: CheckState;
	text: NamedText;
	/** The whole sentence with the full name, when the name had to be shortened; shown on hover. */
	full: string | null;
}

/** A problem as the card shows it: the field, set as code, then the engine's words after it, as written. */
export interface ProblemLine {
	field: string;
	text: string;
}

/** Everything a card shows, as plain data: the card is drawn from this and redrawn only when it changes. */
export interface CardContent {
	path: string;
	stage: Stage;
	company: string;
	role: string;
	when: string;
	timeline: TimelineMarker[];
	checks: CheckLine[];
	/** For a waiting note with nothing open: what it waits for, in the engine's words; else null. */
	waiting: string | null;
	problems: ProblemLine[];
	actions: ActionButton[];
}

/**
 * Names longer than this are cut on the card's buttons and check lines (the full name stays in the aria-label and
 * the hover text), so a very long name cannot make a card many screens tall. 24 characters keep most full names
 * ("Anna-Louise Fitzgerald") whole.
 */
const SHORT_NAME_LENGTH = 24;

/** What a card says about one evaluation at `now`. */
export function describeCard(evaluation: Evaluation, now: Date): CardContent {
	const { note } = evaluation;
	const open = evaluation.checks.filter(isOpen);
	// "Thank Jane Doe" says nothing that "thank-you to Jane Doe due in 5 h" does not, so it is left out while both show.
	const shown = open.filter((check) => !(check.rule === 1 && open.some((other) => other.rule === 2 && other.subject === check.subject)));
	return {
		path: evaluation.path,
		stage: evaluation.stage,
		company: note.company ?? "Company not set",
		role: note.role ?? "",
		when: whenOf(evaluation, now),
		timeline: timelineOf(evaluation, now),
		checks: shown.map((check) => checkLine(check, now)),
		waiting: shown.length === 0 ? waitingForSentence(evaluation, now) : null,
		problems: evaluation.problems.map(problemLine),
		actions: actionsFor(open, note.company),
	};
}

function waitingForSentence(evaluation: Evaluation, now: Date): string | null {
	const words = waitingFor(evaluation, now);
	return words === null ? null : asSentence(words);
}

/**
 * When the interview is. An upcoming one also says how far off it is ("Interview in 2 days (Wed 25 Nov, 09:30)"),
 * as the command-line report does, because that is what one plans around; the date stays for the exact time.
 */
function whenOf(evaluation: Evaluation, now: Date): string {
	const interview = evaluation.note.interviewDate;
	if (interview === null) return "Interview date not set";
	const date = formatNoteTime(interview, now);
	return evaluation.stage === "upcoming" ? `Interview ${relativeTime(interview.instant, now)} (${date})` : `Interview ${date}`;
}

/**
 * A check's line: the engine's summary, with the interviewer's name drawn apart. The summary is split once at the
 * check's own subject (the engine puts the name in as given), so the words around it stay the engine's.
 */
function checkLine(check: Check, now: Date): CheckLine {
	const { state, subject } = check;
	const summary = checkSummary(check, now);
	const at = subject === null || subject === "" ? -1 : summary.indexOf(subject);
	if (subject === null || at < 0) return { state, text: { before: asSentence(summary), name: null, after: "" }, full: null };
	const name = shortName(subject);
	// Only the engine's own words take a capital: a summary that opened with the name would keep it as written.
	const text = { before: asSentence(summary.slice(0, at)), name, after: summary.slice(at + subject.length) };
	return { state, text, full: name === subject ? null : asSentence(summary) };
}

/**
 * A problem leads with its field, set as code and spelled as in the note (a YAML key is never capitalised), then
 * the engine's words after the field (`detail`). A problem whose message is a sentence of its own (its detail is the
 * whole message) follows the field after a colon, as written.
 */
export function problemLine(problem: Problem): ProblemLine {
	const { field, message } = problem;
	const detail = problem.detail ?? message;
	if (field === "") return { field, text: message };
	return { field, text: detail === message ? `: ${message}` : ` ${detail}` };
}

/**
 * The buttons for a note's open checks, once each: rules 1 and 2 draft a thank-you or mark it sent, rule 4 drafts
 * or logs a follow-up, rule 6 marks the LinkedIn request, rule 7 drafts the gracious reply. A waiting follow-up and
 * rules 3 and 5 get none: the draft is fixed in the note, and "stop following up" asks for no action.
 */
export function actionsFor(openChecks: Check[], company: string | null): ActionButton[] {
	const buttons: ActionButton[] = [];
	const add = (action: NoteAction, subject: string | null, label: NamedText, ariaLabel: string): void => {
		if (buttons.some((b) => b.action === action && b.subject === subject)) return;
		const about = company === null ? "" : ` (${company})`;
		buttons.push({ action, subject, label, ariaLabel: `${ariaLabel}${about}` });
	};
	const plain = (text: string): NamedText => ({ before: text, name: null, after: "" });
	for (const check of openChecks) {
		const who = check.subject;
		const to = who === null ? "" : ` to ${who}`;
		const named = (words: string, ifNobody: string): NamedText => (who === null ? plain(ifNobody) : { before: words, name: shortName(who), after: "" });
		switch (check.rule) {
			case 1:
			case 2:
				add("insert-thank-you", who, named("Draft thank-you to ", "Draft thank-you"), `Draft a thank-you note${to}`);
				add("mark-thank-you-sent", who, named("Mark sent to ", "Mark sent"), `Mark the thank-you${to} as sent`);
				break;
			case 4:
				if (check.state === "waiting") break;
				add("insert-follow-up", null, plain("Draft follow-up"), "Draft a follow-up email");
				add("log-follow-up", null, plain("Log follow-up"), "Log a follow-up you made");
				break;
			case 6:
				add("mark-linkedin", who, named("LinkedIn: ", "LinkedIn request sent"), `Mark the LinkedIn request${to} as sent`);
				break;
			case 7:
				add("insert-gracious", null, plain("Draft gracious reply"), "Draft a gracious reply to the rejection");
				break;
			default:
				break;
		}
	}
	return buttons;
}

/**
 * A name as a button or a check line shows it: whole up to 24 characters, else cut with an ellipsis, at the last
 * space when that keeps at least half (so the first name or two show whole), and never inside a letter or an emoji.
 */
export function shortName(name: string): string {
	const shown = readerCharacters(name);
	if (shown.length <= SHORT_NAME_LENGTH) return name;
	let cut = shown.slice(0, SHORT_NAME_LENGTH - 1).join("");
	const endsAWord = /\s/.test(shown[SHORT_NAME_LENGTH - 1] ?? "");
	const space = cut.lastIndexOf(" ");
	if (!endsAWord && space >= SHORT_NAME_LENGTH / 2) cut = cut.slice(0, space);
	return `${cut.replace(/[\s,-]+$/, "")}…`;
}

/**
 * The characters of a text as a reader counts them: a letter with its accents, an emoji with its skin tone or its
 * joined parts (👩🏽‍💻), each one. Close enough to Unicode's grapheme clusters for names, without Intl.Segmenter,
 * which older mobile systems lack.
 */
function readerCharacters(text: string): string[] {
	const characters: string[] = [];
	let joined = false;
	for (const point of text) {
		const last = characters.length - 1;
		if (last >= 0 && (joined || joinsPrevious(point))) {
			characters[last] += point;
			joined = point === "\u200d";
			continue;
		}
		characters.push(point);
		joined = false;
	}
	return characters;
}

/** A zero-width joiner, an emoji presentation selector, a combining accent or a skin tone: part of the character before. */
function joinsPrevious(point: string): boolean {
	const code = point.codePointAt(0) ?? 0;
	return code === 0x200d || code === 0xfe0f || (code >= 0x300 && code <= 0x36f) || (code >= 0x1f3fb && code <= 0x1f3ff);
}

/** A summary as a sentence: capital first letter. Only for the engine's summaries, which start with its own words. */
function asSentence(text: string): string {
	return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Draws a card into `card` (emptied first). Each action button is handed to `onButton`, so the view knows what it
 * does without a listener per button. The texts that carry names get `dir="auto"`, so a right-to-left name lines up
 * on the right as its readers expect.
 */
export function drawCard(card: HTMLElement, content: CardContent, onButton: (el: HTMLElement, button: ActionButton) => void): void {
	card.empty();
	card.className = `ifu-card ifu-card--${content.stage}`;
	const title = [content.company, content.role].filter((part) => part !== "").join(", ");
	card.setAttrs({ tabindex: 0, role: "listitem", "data-path": content.path, "aria-label": `${title}. ${content.when}. Press Enter to open the note.` });
	const head = card.createDiv({ cls: "ifu-card-head" });
	head.createDiv({ cls: "ifu-card-company", text: content.company, attr: { dir: "auto" } });
	if (content.role !== "") head.createDiv({ cls: "ifu-card-role", text: content.role, attr: { dir: "auto" } });
	head.createDiv({ cls: "ifu-card-when", text: content.when });
	if (content.timeline.length > 0) drawTimeline(card, content.timeline);
	if (content.checks.length > 0) {
		const checks = card.createEl("ul", { cls: "ifu-checks" });
		for (const check of content.checks) {
			const item = checks.createEl("li", { cls: ["ifu-check", `ifu-check--${check.state}`], attr: { dir: "auto" } });
			appendNamed(item, check.text);
			if (check.full !== null) item.setAttr("title", check.full);
		}
	}
	if (content.waiting !== null) card.createDiv({ cls: "ifu-card-waiting", text: content.waiting, attr: { dir: "auto" } });
	if (content.problems.length > 0) {
		const problems = card.createEl("ul", { cls: "ifu-problems", attr: { "aria-label": "Problems in this note" } });
		for (const problem of content.problems) {
			const item = problems.createEl("li", { cls: "ifu-problem" });
			if (problem.field !== "") item.createEl("code", { cls: "ifu-problem-field", text: problem.field });
			item.appendText(problem.text);
		}
	}
	if (content.actions.length > 0) {
		const actions = card.createDiv({ cls: "ifu-actions" });
		for (const button of content.actions) {
			const el = actions.createEl("button", { cls: "ifu-action", attr: { "aria-label": button.ariaLabel, title: button.ariaLabel, dir: "auto" } });
			// One span, so the words and the name wrap as one text inside a button that lays out its content as flex.
			appendNamed(el.createSpan({ cls: "ifu-action-label" }), button.label);
			onButton(el, button);
		}
	}
}

/** Writes words that may hold a name; the name goes in its own `<bdi>`, isolated from the words' direction. */
function appendNamed(el: HTMLElement, text: NamedText): void {
	if (text.before !== "") el.appendText(text.before);
	if (text.name !== null) el.createEl("bdi", { cls: "ifu-name", text: text.name });
	if (text.after !== "") el.appendText(text.after);
}
