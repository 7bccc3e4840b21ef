// The palette commands and the note actions the sidebar's buttons run for one interview note. Each reads the
// note, asks what it must, lets the engine compute the text or the frontmatter edit, and writes through writes.ts.
import { Editor, MarkdownView, Notice, TFile, normalizePath, type MarkdownFileInfo } from "obsidian";
import { calendarEvents, toIcs } from "../engine/calendar";
import { localDay, toNoteDateTime } from "../engine/dates";
import { DEFAULT_TEMPLATES, followUpDraft, graciousDraft, thankYouDraft, type Draft, type DraftKind } from "../engine/drafts";
import { logFollowUp, markGraciousNoteSent, markLinkedInRequested, markThanked, setOutcome } from "../engine/edits";
import { isInterviewNote, readInterviewNote } from "../engine/note";
import { evaluate } from "../engine/index";
import { OUTCOMES, type Evaluation, type InterviewNote, type Interviewer, type Outcome } from "../engine/types";
import type InterviewFollowUpPlugin from "../main";
import { askNewInterview, chooseOne, confirm, type Choice } from "./modals";
import { ensureFolder, freePath, insertAtCursor, insertIntoNote, interviewNoteFileName, interviewNoteText, saveFile, updateFrontmatter, type FrontmatterEdit } from "./writes";

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

export function registerCommands(plugin: InterviewFollowUpPlugin): void {
	plugin.addCommand({ id: "open-sidebar", name: "Open follow-up sidebar", callback: () => void plugin.activateView() });
	plugin.addCommand({ id: "new-interview-note", name: "New interview note", callback: () => void newInterviewNote(plugin) });
	for (const command of NOTE_COMMANDS) {
		plugin.addCommand({
			id: command.id,
			name: command.name,
			editorCheckCallback: (checking: boolean, editor: Editor, context: MarkdownView | MarkdownFileInfo) => {
				const file = context.file;
				if (!file || !isInterviewFile(plugin, file)) return false;
				if (!checking) void runAction(plugin, file, command.action, null, editor);
				return true;
			},
		});
	}
	plugin.addCommand({ id: "export-calendar-all", name: "Export follow-up dates for all interviews", callback: () => void exportAll(plugin) });
}

/** Runs one action on a note, as a sidebar button does; `subject` names the interviewer (or outcome) it is for. */
export function runNoteAction(plugin: InterviewFollowUpPlugin, file: TFile, action: NoteAction, subject?: string): Promise<void> {
	return runAction(plugin, file, action, subject ?? null, null);
}

async function runAction(plugin: InterviewFollowUpPlugin, file: TFile, action: NoteAction, subject: string | null, editor: Editor | null): Promise<void> {
	try {
		const note = readNote(plugin, file);
		switch (action) {
			case "insert-thank-you":
				return await insertThankYou(plugin, file, note, subject, editor);
			case "insert-follow-up":
				return await insertDraft(plugin, file, "follow-up", (template) => followUpDraft(note, profile(plugin), template), editor);
			case "insert-gracious":
				return await insertDraft(plugin, file, "gracious", (template) => graciousDraft(note, profile(plugin), template), editor);
			case "mark-thank-you-sent":
				return await markThankYouSent(plugin, file, note, subject);
			case "log-follow-up":
				return await logAFollowUp(plugin, file, note);
			case "mark-linkedin":
				return await markLinkedIn(plugin, file, note, subject);
			case "set-outcome":
				return await chooseOutcome(plugin, file, note, subject, editor);
			case "mark-gracious-sent":
				return await write(plugin, file, (fm) => markGraciousNoteSent(fm, toNoteDateTime(plugin.now())), "Gracious reply recorded.");
			case "export-calendar":
				return await exportNote(plugin, file, note);
		}
	} catch (error) {
		// Nothing a command meets in a note may escape as an exception; the user sees what went wrong.
		new Notice(`Could not finish the command on ${file.path}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function isInterviewFile(plugin: InterviewFollowUpPlugin, file: TFile): boolean {
	if (file.extension !== "md") return false;
	return isInterviewNote(file.path, plugin.app.metadataCache.getFileCache(file)?.frontmatter, plugin.settings);
}

/** The note as the metadata cache has it now; the index is built from the same cache, so they agree. */
function readNote(plugin: InterviewFollowUpPlugin, file: TFile): InterviewNote {
	return readInterviewNote(file.path, plugin.app.metadataCache.getFileCache(file)?.frontmatter).note;
}

/** The index's evaluation of the note, or one made now from the same cache: the calendar reads its checks' dates. */
function evaluationOf(plugin: InterviewFollowUpPlugin, file: TFile): Evaluation {
	const frontmatter: unknown = plugin.app.metadataCache.getFileCache(file)?.frontmatter;
	return plugin.index.get(file.path) ?? evaluate({ path: file.path, frontmatter }, plugin.now(), plugin.settings);
}

function profile(plugin: InterviewFollowUpPlugin): { myName: string; signature: string } {
	return { myName: plugin.settings.myName, signature: plugin.settings.signature };
}

/** Writes one frontmatter edit and says so; an edit that changes nothing writes nothing and says that instead. */
async function write(plugin: InterviewFollowUpPlugin, file: TFile, edit: FrontmatterEdit, done: string, unchanged = "Nothing to change: the note already says so."): Promise<void> {
	const result = await updateFrontmatter(plugin.app, file, edit);
	if (result === "changed") new Notice(done);
	else if (result === "unchanged") new Notice(unchanged);
}

/** The interviewer a sidebar button names, whoever it is, so the button does what it says. */
function named(note: InterviewNote, subject: string | null): Interviewer | null {
	return subject === null ? null : (note.interviewers.find((person) => person.subject === subject) ?? null);
}

/** The interviewer `subject` names, or else the one the user picks from `people`; null when they close the list. */
async function pickInterviewer(plugin: InterviewFollowUpPlugin, note: InterviewNote, people: Interviewer[], subject: string | null, placeholder: string): Promise<Interviewer | null> {
	const given = named(note, subject);
	if (given) return given;
	const choices: Choice<Interviewer>[] = people.map((person) => ({ label: person.subject, detail: person.email ?? undefined, value: person }));
	return chooseOne(plugin.app, choices, placeholder);
}

async function insertThankYou(plugin: InterviewFollowUpPlugin, file: TFile, note: InterviewNote, subject: string | null, editor: Editor | null): Promise<void> {
	if (note.interviewers.length === 0) {
		new Notice("Add the interviewers' names to interviewers first: each of them gets their own thank-you.");
		return;
	}
	const waiting = note.interviewers.filter((person) => person.thanked === null);
	// Once everyone is thanked the list offers everyone again, so a draft can still be rewritten or resent.
	const people = waiting.length > 0 ? waiting : note.interviewers;
	const person = await pickInterviewer(plugin, note, people, subject, "Whom is this thank-you for?");
	if (person === null) return;
	await insertDraft(plugin, file, "thank-you", (template) => thankYouDraft(note, person, profile(plugin), template), editor);
}

/** Fills the draft from the template (the vault's, else the built-in one) and puts it into the note. */
async function insertDraft(plugin: InterviewFollowUpPlugin, file: TFile, kind: DraftKind, draftFrom: (template: string | undefined) => Draft, editor: Editor | null): Promise<void> {
	const draft = draftFrom(await loadTemplate(plugin, kind));
	const place = editor === null ? await insertIntoNote(plugin.app, file, draft.text) : (insertAtCursor(editor, draft.text), "editor");
	if (place === "failed") return;
	if (draft.unknownPlaceholders.length > 0) {
		const names = draft.unknownPlaceholders.map((name) => `{{${name}}}`).join(", ");
		new Notice(`The template uses placeholders that have no value: ${names}. They were left in the draft.`);
	}
	if (PROMPT.test(draft.text)) {
		new Notice("Make the draft your own: replace each {{personalise: …}} or {{fill in: …}} with your own words before sending.");
	}
}

/** A prompt the draft leaves for the user to write (`{{personalise: …}}`, `{{fill in: …}}`). */
const PROMPT = /\{\{\s*(personalise|personalize|fill in)\s*:/i;

/** The vault's template for `kind`, or undefined for the built-in one; a missing template file says so. */
async function loadTemplate(plugin: InterviewFollowUpPlugin, kind: DraftKind): Promise<string | undefined> {
	const setting = plugin.settings.templates[kind].trim();
	if (setting === "") return undefined;
	const path = normalizePath(setting);
	const file = plugin.app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(`Template ${path} was not found; the built-in ${kind} template was used.`);
		return undefined;
	}
	const text = await plugin.app.vault.cachedRead(file);
	// An empty template note would make an empty draft; the built-in one serves the user better.
	return text.trim() === "" ? DEFAULT_TEMPLATES[kind] : text;
}

const EVERYONE = "everyone";

async function markThankYouSent(plugin: InterviewFollowUpPlugin, file: TFile, note: InterviewNote, subject: string | null): Promise<void> {
	const when = toNoteDateTime(plugin.now());
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
		whom = await chooseOne(plugin.app, choices, "Whom did you thank?");
		if (whom === null) return;
	}
	const target = whom;
	const done = target === EVERYONE ? "Thank-you recorded for everyone." : `Thank-you to ${target.subject} recorded.`;
	await write(plugin, file, (fm) => markThanked(fm, target === EVERYONE ? "all" : { subject: target.subject, index: target.index }, when), done);
}

async function logAFollowUp(plugin: InterviewFollowUpPlugin, file: TFile, note: InterviewNote): Promise<void> {
	const last = note.followUps[note.followUps.length - 1];
	if (last !== undefined && !note.followUpInvited) {
		const company = note.company ?? "this company";
		const go = await confirm(plugin.app, {
			title: "Follow up a second time?",
			explanation: [
				`You already followed up with ${company} on ${last.at.day}, and they have not asked you to check in again.`,
				"One follow-up is completely acceptable; calling or emailing more than once without being asked quickly earns a negative reputation. It is usually best to sit tight.",
				"If they did ask you to check in again, set follow_up_invited to true in the note and this warning goes away.",
			],
			cancelText: "Cancel",
			confirmText: "Log it anyway",
		});
		if (!go) return;
	}
	// The channel is not asked for: one more step on every follow-up would cost more than it tells the rules.
	const when = toNoteDateTime(plugin.now());
	await write(plugin, file, (fm) => logFollowUp(fm, when), "Follow-up logged.");
}

async function markLinkedIn(plugin: InterviewFollowUpPlugin, file: TFile, note: InterviewNote, subject: string | null): Promise<void> {
	const open = note.interviewers.filter((person) => person.linkedin === null);
	if (open.length === 0) {
		new Notice(note.interviewers.length === 0 ? "Add the interviewers' names to interviewers first." : "Every interviewer already has a LinkedIn request recorded.");
		return;
	}
	const person = await pickInterviewer(plugin, note, open, subject, "Whom did you send a LinkedIn request?");
	if (person === null) return;
	await write(plugin, file, (fm) => markLinkedInRequested(fm, person.subject), `LinkedIn request to ${person.subject} recorded.`);
}

const OUTCOME_LABELS: Record<Outcome, string> = {
	pending: "Pending: still waiting to hear",
	"next-round": "Next round: invited to another interview",
	offer: "Offer",
	rejected: "Rejected",
	withdrawn: "Withdrawn: I stepped out",
};

async function chooseOutcome(plugin: InterviewFollowUpPlugin, file: TFile, note: InterviewNote, subject: string | null, editor: Editor | null): Promise<void> {
	const given = OUTCOMES.find((outcome) => outcome === subject);
	const outcome =
		given ??
		(await chooseOne(
			plugin.app,
			OUTCOMES.map((value) => ({ label: OUTCOME_LABELS[value], detail: value === note.outcome ? "Current outcome" : undefined, value })),
			"What came of this interview?",
		));
	if (outcome === null || outcome === undefined) return;
	await write(plugin, file, (fm) => setOutcome(fm, outcome), `Outcome set to ${outcome}.`, `The outcome already is ${outcome}.`);
	if (outcome !== "rejected" || note.graciousNoteSent !== null) return;
	const now = await confirm(plugin.app, {
		title: "Write a gracious reply?",
		explanation: [
			"The best thing to do after a no is to be gracious: thank them for the opportunity, and say you would be happy to be considered if the chosen candidate does not work out or new openings arise.",
		],
		cancelText: "Not now",
		confirmText: "Insert gracious reply",
	});
	if (!now) return;
	const fresh = readNote(plugin, file);
	await insertDraft(plugin, file, "gracious", (template) => graciousDraft(fresh, profile(plugin), template), editor);
}

async function exportNote(plugin: InterviewFollowUpPlugin, file: TFile, note: InterviewNote): Promise<void> {
	const events = note.interviewDate === null ? [] : calendarEvents(evaluationOf(plugin, file), plugin.settings);
	if (events.length === 0) {
		new Notice(`Nothing to export from ${file.path}: it needs an interview_date.`);
		return;
	}
	await exportTo(plugin, `${exportFolder(plugin)}${file.basename}.ics`, toIcs(events, plugin.now()));
}

async function exportAll(plugin: InterviewFollowUpPlugin): Promise<void> {
	const evaluations = plugin.app.vault
		.getMarkdownFiles()
		.filter((file) => isInterviewFile(plugin, file))
		.sort((a, b) => a.path.localeCompare(b.path))
		.map((file) => evaluationOf(plugin, file));
	const events = evaluations.flatMap((evaluation) => calendarEvents(evaluation, plugin.settings));
	if (events.length === 0) {
		new Notice("Nothing to export: no interview note has an interview_date yet.");
		return;
	}
	await exportTo(plugin, `${exportFolder(plugin)}interview-follow-up.ics`, toIcs(events, plugin.now()));
}

/** The interview folder from the settings, or the vault's root, as a path prefix. */
function exportFolder(plugin: InterviewFollowUpPlugin): string {
	const folder = normalizePath(plugin.settings.folder);
	return folder === "" || folder === "/" ? "" : `${folder}/`;
}

async function exportTo(plugin: InterviewFollowUpPlugin, path: string, ics: string): Promise<void> {
	try {
		const file = await saveFile(plugin.app, path, ics);
		new Notice(`Follow-up dates exported to ${file.path}. Open it with your calendar app to add them.`);
	} catch (error) {
		new Notice(`Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

async function newInterviewNote(plugin: InterviewFollowUpPlugin): Promise<void> {
	const input = await askNewInterview(plugin.app, localDay(plugin.now()));
	if (input === null) return;
	const folder = normalizePath(plugin.settings.folder);
	try {
		await ensureFolder(plugin.app, folder);
		const path = freePath(plugin.app, folder, interviewNoteFileName(input), "md");
		const file = await plugin.app.vault.create(path, interviewNoteText(input, plugin.settings.tag));
		await plugin.app.workspace.getLeaf(false).openFile(file);
	} catch (error) {
		new Notice(`Could not create the interview note: ${error instanceof Error ? error.message : String(error)}`);
	}
}
