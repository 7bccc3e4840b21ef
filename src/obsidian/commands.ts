// The palette commands and the note actions the sidebar's buttons run for one interview note. Each shows what the
// index's evaluation of the note says, asks what it must, and has the engine plan the text or the frontmatter
// change, which writes.ts makes on the note as it is at that moment.
import { App, Editor, MarkdownView, Notice, TFile, normalizePath, type MarkdownFileInfo, type Plugin } from "obsidian";
import { calendarEvents, toIcs } from "../engine/calendar";
import { localDay, toNoteDateTime } from "../engine/dates";
import { DEFAULT_TEMPLATES, followUpDraft, graciousDraft, thankYouDraft, type Draft, type DraftKind } from "../engine/drafts";
import { logFollowUp, markGraciousNoteSent, markLinkedInRequested, markThanked, overdoesFollowUps, setOutcome, type Plan } from "../engine/edits";
import { readInterviewNote } from "../engine/note";
import { PROMPT_PATTERN } from "../engine/placeholders";
import { OUTCOMES, type Evaluation, type InterviewNote, type Interviewer, type Outcome } from "../engine/types";
import { askNewInterview, chooseOne, confirm, type Choice } from "./modals";
import type { PluginSettings } from "./settings";
import {
	editFrontmatter,
	ensureFolder,
	freePath,
	insertAtCursor,
	insertIntoNote,
	interviewNoteFileName,
	interviewNoteText,
	writeExport,
	type WriteResult,
} from "./writes";

/**
 * What the commands need from the host, and nothing more: the app, the settings, the clock, the index's
 * evaluations, the sidebar and the palette. The plugin object satisfies it as it is.
 */
export interface CommandHost extends Pick<Plugin, "addCommand"> {
	app: App;
	settings: PluginSettings;
	now(): Date;
	index: { get(path: string): Evaluation | undefined };
	activateView(): Promise<void>;
}

/** The actions a button in the sidebar can run on its note. */
export type NoteAction =
	| "insert-thank-you"
	| "insert-follow-up"
	| "insert-gracious"
	| "mark-thank-you-sent"
	| "log-follow-up"
	| "mark-linkedin"
	| "set-outcome"
	| "export-calendar"
	| "mark-gracious-sent";

/** The commands offered on an interview note, in the palette's words. */
const NOTE_COMMANDS: { id: string; name: string; action: NoteAction }[] = [
	{ id: "insert-thank-you", name: "Insert thank-you note", action: "insert-thank-you" },
	{ id: "insert-follow-up", name: "Insert follow-up email", action: "insert-follow-up" },
	{ id: "insert-gracious-reply", name: "Insert gracious reply", action: "insert-gracious" },
	{ id: "mark-thank-you-sent", name: "Mark thank-you sent", action: "mark-thank-you-sent" },
	{ id: "log-follow-up", name: "Log a follow-up", action: "log-follow-up" },
	{ id: "mark-linkedin-requested", name: "Mark LinkedIn request sent", action: "mark-linkedin" },
	{ id: "set-outcome", name: "Set outcome", action: "set-outcome" },
	// Rule 7 is done only once the reply is recorded, so recording it must not need a trip into the YAML.
	{ id: "mark-gracious-reply-sent", name: "Mark gracious reply sent", action: "mark-gracious-sent" },
	{ id: "export-calendar", name: "Export follow-up dates", action: "export-calendar" },
];

export function registerCommands(host: CommandHost): void {
	host.addCommand({ id: "open-sidebar", name: "Open follow-up sidebar", callback: () => void host.activateView() });
	host.addCommand({ id: "new-interview-note", name: "New interview note", callback: () => void newInterviewNote(host) });
	for (const command of NOTE_COMMANDS) {
		host.addCommand({
			id: command.id,
			name: command.name,
			editorCheckCallback: (checking: boolean, editor: Editor, context: MarkdownView | MarkdownFileInfo) => {
				const file = context.file;
				if (!file || host.index.get(file.path) === undefined) return false;
				if (!checking) void runAction(host, file, command.action, null, editor);
				return true;
			},
		});
	}
	host.addCommand({ id: "export-calendar-all", name: "Export follow-up dates for all interviews", callback: () => void exportAll(host) });
}

/** Runs one action on a note, as a sidebar button does; `subject` names the interviewer (or outcome) it is for. */
export function runNoteAction(host: CommandHost, file: TFile, action: NoteAction, subject?: string): Promise<void> {
	return runAction(host, file, action, subject ?? null, null);
}

async function runAction(host: CommandHost, file: TFile, action: NoteAction, subject: string | null, editor: Editor | null): Promise<void> {
	try {
		const evaluation = host.index.get(file.path);
		if (evaluation === undefined) {
			new Notice(`${file.path} is not an interview note (or is not read yet), so there is nothing to do for it.`);
			return;
		}
		const note = evaluation.note;
		switch (action) {
			case "insert-thank-you":
				return await insertThankYou(host, file, note, subject, editor);
			case "insert-follow-up":
				return await insertDraft(host, file, "follow-up", (template) => followUpDraft(evaluation, host.now(), profile(host), template), editor);
			case "insert-gracious":
				return await insertDraft(host, file, "gracious", (template) => graciousDraft(note, profile(host), template), editor);
			case "mark-thank-you-sent":
				return await markThankYouSent(host, file, note, subject);
			case "log-follow-up":
				return await logAFollowUp(host, file);
			case "mark-linkedin":
				return await markLinkedIn(host, file, note, subject);
			case "set-outcome":
				return await chooseOutcome(host, file, note, subject, editor);
			case "mark-gracious-sent":
				return void (await record(host, file, (fm) => markGraciousNoteSent(fm, toNoteDateTime(host.now())), "Gracious reply recorded."));
			case "export-calendar":
				return await exportNote(host, file);
		}
	} catch (error) {
		// Nothing a command meets in a note may escape as an exception; the user sees what went wrong.
		new Notice(`Could not finish the command on ${file.path}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function profile(host: CommandHost): { myName: string; signature: string } {
	return { myName: host.settings.myName, signature: host.settings.signature };
}

/** Records one planned change and says so; a plan that changes nothing writes nothing and says that instead. */
async function record(
	host: CommandHost,
	file: TFile,
	plan: Plan,
	done: string,
	unchanged = "Nothing to change: the note already says so.",
): Promise<WriteResult> {
	const result = await editFrontmatter(host.app, file, plan);
	if (result === "changed") new Notice(done);
	else if (result === "unchanged") new Notice(unchanged);
	return result;
}

/** The interviewer a sidebar button names, whoever it is, so the button does what it says. */
function named(note: InterviewNote, subject: string | null): Interviewer | null {
	return subject === null ? null : (note.interviewers.find((person) => person.subject === subject) ?? null);
}

/** The interviewer `subject` names, or else the one the user picks from `people`; null when they close the list. */
async function pickInterviewer(
	host: CommandHost,
	note: InterviewNote,
	people: Interviewer[],
	subject: string | null,
	placeholder: string,
): Promise<Interviewer | null> {
	const given = named(note, subject);
	if (given) return given;
	const choices: Choice<Interviewer>[] = people.map((person) => ({ label: person.subject, detail: person.email ?? undefined, value: person }));
	return chooseOne(host.app, choices, placeholder);
}

async function insertThankYou(host: CommandHost, file: TFile, note: InterviewNote, subject: string | null, editor: Editor | null): Promise<void> {
	if (note.interviewers.length === 0) {
		new Notice("Add the interviewers' names to interviewers first: each of them gets their own thank-you.");
		return;
	}
	const waiting = note.interviewers.filter((person) => person.thanked === null);
	// Once everyone is thanked the list offers everyone again, so a draft can still be rewritten or resent.
	const people = waiting.length > 0 ? waiting : note.interviewers;
	const person = await pickInterviewer(host, note, people, subject, "Whom is this thank-you for?");
	if (person === null) return;
	await insertDraft(host, file, "thank-you", (template) => thankYouDraft(note, person, profile(host), template), editor);
}

/** Fills the draft from the template (the vault's, else the built-in one) and puts it into the note. */
async function insertDraft(
	host: CommandHost,
	file: TFile,
	kind: DraftKind,
	draftFrom: (template: string | undefined) => Draft,
	editor: Editor | null,
): Promise<void> {
	const draft = draftFrom(await loadTemplate(host, kind));
	const place = editor === null ? await insertIntoNote(host.app, file, draft.text) : (insertAtCursor(editor, draft.text), "editor");
	if (place === "failed") return;
	if (draft.unknownPlaceholders.length > 0) {
		const names = draft.unknownPlaceholders.map((name) => `{{${name}}}`).join(", ");
		new Notice(`The template uses placeholders that have no value: ${names}. They were left in the draft.`);
	}
	if (PROMPT_PATTERN.test(draft.text)) {
		new Notice("Make the draft your own: replace each {{personalise: …}} or {{fill in: …}} with your own words before sending.");
	}
}

/** The vault's template for `kind`, or undefined for the built-in one; a missing template file says so. */
async function loadTemplate(host: CommandHost, kind: DraftKind): Promise<string | undefined> {
	const setting = host.settings.templates[kind].trim();
	if (setting === "") return undefined;
	const path = normalizePath(setting);
	const file = host.app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(`Template ${path} was not found; the built-in ${kind} template was used.`);
		return undefined;
	}
	const text = await host.app.vault.cachedRead(file);
	// An empty template note would make an empty draft; the built-in one serves the user better.
	return text.trim() === "" ? DEFAULT_TEMPLATES[kind] : text;
}

const EVERYONE = "everyone";

async function markThankYouSent(host: CommandHost, file: TFile, note: InterviewNote, subject: string | null): Promise<void> {
	const when = toNoteDateTime(host.now());
	const waiting = note.interviewers.filter((person) => person.thanked === null);
	let whom: Interviewer | typeof EVERYONE | null = named(note, subject);
	if (whom === null && note.interviewers.length === 0) whom = EVERYONE;
	if (whom === null && waiting.length === 0) {
		new Notice("Every interviewer already has a thank-you recorded.");
		return;
	}
	if (whom === null) {
		const choices: Choice<Interviewer | typeof EVERYONE>[] = [
			{ label: "Everyone", detail: waiting.map((person) => person.subject).join(", "), value: EVERYONE },
			...waiting.map((person) => ({ label: person.subject, value: person })),
		];
		whom = await chooseOne(host.app, choices, "Whom did you thank?");
		if (whom === null) return;
	}
	const target = whom;
	const done = target === EVERYONE ? "Thank-you recorded for everyone." : `Thank-you to ${target.subject} recorded.`;
	await record(host, file, (fm) => markThanked(fm, target === EVERYONE ? "all" : { subject: target.subject, index: target.index }, when), done);
}

/** Times the user is asked again when the note keeps changing while the question is open. */
const MOST_FOLLOW_UP_QUESTIONS = 3;

/**
 * Logs a follow-up now. Whether it is one more than anyone asked for is decided on the note's text at the moment of
 * writing, never on the metadata cache (which lags behind a write just made): the first try stops before writing
 * when it would be, the user is asked, and the write then checks again that the note is still as it was when asked.
 */
async function logAFollowUp(host: CommandHost, file: TFile): Promise<void> {
	// The channel is not asked for: one more step on every follow-up would cost more than it tells the rules.
	const when = toNoteDateTime(host.now());
	let confirmedAfter: number | null = null;
	for (let question = 0; question <= MOST_FOLLOW_UP_QUESTIONS; question++) {
		const asking: { note: InterviewNote | null } = { note: null };
		const result = await record(
			host,
			file,
			(fm) => {
				const changes = logFollowUp(fm, when);
				if (changes.length === 0 || !overdoesFollowUps(file.path, fm, changes, host.now())) return changes;
				const current = readInterviewNote(file.path, fm).note;
				if (current.followUps.length === confirmedAfter) return changes;
				asking.note = current;
				return null;
			},
			"Follow-up logged.",
		);
		if (result !== "halted" || asking.note === null) return;
		if (!(await confirmOneMoreFollowUp(host.app, asking.note))) return;
		confirmedAfter = asking.note.followUps.length;
	}
}

function confirmOneMoreFollowUp(app: App, note: InterviewNote): Promise<boolean> {
	const last = note.followUps[note.followUps.length - 1];
	const company = note.company ?? "this company";
	return confirm(app, {
		title: "Follow up a second time?",
		explanation: [
			`You already followed up with ${company}${last === undefined ? "" : ` on ${last.at.day}`}, and they have not asked you to check in again.`,
			"One follow-up is completely acceptable; calling or emailing more than once without being asked quickly earns a negative reputation. It is usually best to sit tight.",
			"If they did ask you to check in again, set follow_up_invited to true in the note and this warning goes away.",
		],
		cancelText: "Cancel",
		confirmText: "Log it anyway",
	});
}

async function markLinkedIn(host: CommandHost, file: TFile, note: InterviewNote, subject: string | null): Promise<void> {
	const open = note.interviewers.filter((person) => person.linkedin === null);
	if (open.length === 0) {
		new Notice(
			note.interviewers.length === 0
				? "Add the interviewers' names to interviewers first."
				: "Every interviewer already has a LinkedIn request recorded.",
		);
		return;
	}
	const person = await pickInterviewer(host, note, open, subject, "Whom did you send a LinkedIn request?");
	if (person === null) return;
	await record(host, file, (fm) => markLinkedInRequested(fm, person.subject), `LinkedIn request to ${person.subject} recorded.`);
}

const OUTCOME_LABELS: Record<Outcome, string> = {
	pending: "Pending: still waiting to hear",
	"next-round": "Next round: invited to another interview",
	offer: "Offer",
	rejected: "Rejected",
	withdrawn: "Withdrawn: I stepped out",
};

async function chooseOutcome(host: CommandHost, file: TFile, note: InterviewNote, subject: string | null, editor: Editor | null): Promise<void> {
	const given = OUTCOMES.find((outcome) => outcome === subject);
	const outcome =
		given ??
		(await chooseOne(
			host.app,
			OUTCOMES.map((value) => ({ label: OUTCOME_LABELS[value], detail: value === note.outcome ? "Current outcome" : undefined, value })),
			"What came of this interview?",
		));
	if (outcome === null || outcome === undefined) return;
	const result = await record(host, file, (fm) => setOutcome(fm, outcome), `Outcome set to ${outcome}.`, `The outcome already is ${outcome}.`);
	if (result === "failed") return;
	if (outcome !== "rejected" || note.graciousNoteSent !== null) return;
	const now = await confirm(host.app, {
		title: "Write a gracious reply?",
		explanation: [
			"The best thing to do after a no is to be gracious: thank them for the opportunity, and say you would be happy to be considered if the chosen candidate does not work out or new openings arise.",
		],
		cancelText: "Not now",
		confirmText: "Insert gracious reply",
	});
	if (!now) return;
	await insertDraft(host, file, "gracious", (template) => graciousDraft(note, profile(host), template), editor);
}

async function exportNote(host: CommandHost, file: TFile): Promise<void> {
	const evaluation = host.index.get(file.path);
	const events = evaluation === undefined ? [] : calendarEvents(evaluation, host.settings);
	if (events.length === 0) {
		new Notice(`Nothing to export from ${file.path}: it needs an interview_date.`);
		return;
	}
	// Named after the note's own path, next to it: two notes of one name in two folders get two files.
	const stem = file.extension === "" ? file.path : file.path.slice(0, -(file.extension.length + 1));
	await exportTo(host, `${stem}.ics`, toIcs(events, host.now()));
}

async function exportAll(host: CommandHost): Promise<void> {
	const evaluations = host.app.vault
		.getMarkdownFiles()
		.sort((a, b) => a.path.localeCompare(b.path))
		.flatMap((file) => host.index.get(file.path) ?? []);
	const events = evaluations.flatMap((evaluation) => calendarEvents(evaluation, host.settings));
	if (events.length === 0) {
		new Notice("Nothing to export: no interview note has an interview_date yet.");
		return;
	}
	await exportTo(host, `${exportFolder(host)}interview-follow-up.ics`, toIcs(events, host.now()));
}

/** The interview folder from the settings, or the vault's root, as a path prefix. */
function exportFolder(host: CommandHost): string {
	const folder = normalizePath(host.settings.folder);
	return folder === "" || folder === "/" ? "" : `${folder}/`;
}

/** The line that marks a calendar file as one of ours, taken from what toIcs writes. */
let ourCalendarMark: string | null = null;

/** Whether a file's text is a calendar this plugin exported, which an export may replace. */
function isOurExport(text: string): boolean {
	ourCalendarMark ??=
		toIcs([], new Date(0))
			.split(/\r?\n/)
			.find((line) => line.startsWith("PRODID:")) ?? "PRODID:";
	return text.split(/\r?\n/).includes(ourCalendarMark);
}

async function exportTo(host: CommandHost, path: string, ics: string): Promise<void> {
	try {
		const file = await writeExport(host.app, path, ics, isOurExport);
		const moved = file.path === normalizePath(path) ? "" : ` (${normalizePath(path)} is a file of your own, so it was left alone)`;
		new Notice(`Follow-up dates exported to ${file.path}${moved}. Open it with your calendar app to add them.`);
	} catch (error) {
		new Notice(`Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

async function newInterviewNote(host: CommandHost): Promise<void> {
	const input = await askNewInterview(host.app, localDay(host.now()));
	if (input === null) return;
	const folder = normalizePath(host.settings.folder);
	try {
		await ensureFolder(host.app, folder);
		const path = freePath(host.app, folder, interviewNoteFileName(input), "md");
		const file = await host.app.vault.create(path, interviewNoteText(input, host.settings.tag));
		await host.app.workspace.getLeaf(false).openFile(file);
	} catch (error) {
		new Notice(`Could not create the interview note: ${error instanceof Error ? error.message : String(error)}`);
	}
}
