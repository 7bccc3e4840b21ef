// `draft`: prints the thank-you, follow-up or gracious text the plugin's command would insert, so that a
// template can be tried in a terminal. It reads the note and the template; it never writes either.
import { followUpDraft, graciousDraft, thankYouDraft, type Draft } from "../engine/drafts";
import { evaluate } from "../engine/index";
import { isInterviewNote, readInterviewNote } from "../engine/note";
import { DEFAULT_ENGINE_SETTINGS } from "../engine/settings";
import type { Interviewer } from "../engine/types";
import type { DraftCommand } from "./args";
import { readNoteFile } from "./vault";

export interface DraftOutput {
	/** The drafts, as they would be inserted; '' when none could be made. */
	text: string;
	/** Warnings and errors for the person at the terminal, one line each. */
	messages: string[];
	exitCode: number;
}

const MISUSE = 2;
const UNUSABLE = 1;

export function runDraft(command: DraftCommand): DraftOutput {
	const note = readNoteFile(command.note);
	if (note.kind === "missing") return failure(MISUSE, `there is no note ${command.note}`);
	if (note.kind === "folder") return failure(MISUSE, `${command.note} is a folder, not a note: give the path of one note file in it`);
	if (note.kind === "skipped") return failure(UNUSABLE, `${command.note} cannot be used: ${note.reason}`);
	let template: string | undefined;
	if (command.template !== null) {
		const file = readNoteFile(command.template);
		if (file.kind === "missing") return failure(MISUSE, `there is no template file ${command.template}`);
		if (file.kind === "folder") return failure(MISUSE, `the template ${command.template} is a folder: give the path of one template file`);
		if (file.kind === "skipped") return failure(UNUSABLE, `the template ${command.template} cannot be used: ${file.reason}`);
		// A template note may carry frontmatter of its own (tags, aliases); only the text below it is the template.
		template = file.body;
	}
	const { note: interview } = readInterviewNote(command.note, note.frontmatter);
	const profile = { myName: command.myName, signature: command.signature };
	// Warned about, and the draft still printed: trying a template on any note is what this command is for.
	const warnings: string[] = [];
	if (!isInterviewNote(command.note, note.frontmatter, DEFAULT_ENGINE_SETTINGS)) {
		warnings.push(
			`warning: ${command.note} is not an interview note (it is not tagged #${DEFAULT_ENGINE_SETTINGS.tag} and has no type: interview), so the report and the sidebar do not list it`,
		);
	}
	if (command.kind === "gracious" && interview.outcome !== "rejected") {
		warnings.push(`warning: the note's outcome is ${interview.outcome}, not rejected: a gracious reply is for after a rejection`);
	}
	let drafts: Draft[];
	if (command.kind === "thank-you") {
		const chosen = chooseInterviewers(interview.interviewers, command.to);
		if (typeof chosen === "string") return failure(chosen.startsWith("the note lists no") ? UNUSABLE : MISUSE, chosen);
		drafts = chosen.map((person) => thankYouDraft(interview, person, profile, template));
	} else if (command.kind === "follow-up") {
		// The follow-up reads rule 4 as the report judges it, so it says how long it has really been.
		const now = command.now ?? new Date(Number.NaN);
		const evaluation = evaluate({ path: command.note, frontmatter: note.frontmatter }, now, DEFAULT_ENGINE_SETTINGS);
		drafts = [followUpDraft(evaluation, now, profile, template)];
	} else {
		drafts = [graciousDraft(interview, profile, template)];
	}
	const unknown = [...new Set(drafts.flatMap((draft) => draft.unknownPlaceholders))];
	if (unknown.length > 0) {
		warnings.push(`warning: the template has placeholders that are not filled in: ${unknown.map((name) => `{{${name}}}`).join(", ")}`);
	}
	return {
		// Several thank-yous are separated by a blank line, as they would sit in the note one after another.
		text: drafts.map((draft) => draft.text).join("\n"),
		messages: warnings,
		exitCode: 0,
	};
}

/**
 * The interviewers to thank: the one named by `--to`, or everyone when no name is given, as the plugin offers one
 * draft per interviewer. `--to` matches a display name or a linked note's name, ignoring case, or else a first
 * name that only one interviewer has (`--to priya`). A message when none fits.
 */
function chooseInterviewers(interviewers: readonly Interviewer[], to: string | null): Interviewer[] | string {
	if (interviewers.length === 0) return "the note lists no interviewers: add their names under interviewers to thank each one";
	if (to === null) return [...interviewers];
	const wanted = to.toLowerCase();
	const exact = interviewers.find((person) => namesOf(person).includes(wanted));
	if (exact !== undefined) return [exact];
	const byFirstName = interviewers.filter((person) => firstNameOf(person) === wanted);
	const [only] = byFirstName;
	if (only !== undefined && byFirstName.length === 1) return [only];
	const listed = interviewers.map((person) => person.subject).join(", ");
	if (byFirstName.length > 1) return `more than one interviewer is called "${to}": say which one (${listed})`;
	return `no interviewer "${to}" in the note; it lists ${listed}`;
}

function namesOf(person: Interviewer): string[] {
	const names = [person.subject];
	if (person.link !== null) names.push(person.link, person.link.split("/").pop() ?? "");
	return names.map((name) => name.trim().toLowerCase());
}

function firstNameOf(person: Interviewer): string {
	return (person.subject.trim().split(/\s+/)[0] ?? "").toLowerCase();
}

function failure(exitCode: number, message: string): DraftOutput {
	return { text: "", messages: [`interview-follow-up: ${message}`], exitCode };
}
