// `draft`: prints the thank-you, follow-up or gracious text the plugin's command would insert, so that a
// template can be tried in a terminal. It reads the note and the template; it never writes either.
import { followUpDraft, graciousDraft, thankYouDraft, type Draft } from "../engine/drafts";
import { readInterviewNote } from "../engine/note";
import type { Interviewer } from "../engine/types";
import type { DraftCommand } from "./args";
import { readNoteFile } from "./vault";
import { printable } from "./printable";

export interface DraftOutput {
	/** The drafts, as they would be inserted. */
	stdout: string;
	/** Warnings and errors for the person at the terminal. */
	stderr: string;
	exitCode: number;
}

const MISUSE = 2;
const UNUSABLE = 1;

export function runDraft(command: DraftCommand): DraftOutput {
	const note = readNoteFile(command.note);
	if (note.kind === "missing") return failure(MISUSE, `there is no note ${command.note}`);
	if (note.kind === "skipped") return failure(UNUSABLE, `${command.note} cannot be used: ${note.reason}`);
	let template: string | undefined;
	if (command.template !== null) {
		const file = readNoteFile(command.template);
		if (file.kind === "missing") return failure(MISUSE, `there is no template file ${command.template}`);
		if (file.kind === "skipped") return failure(UNUSABLE, `the template ${command.template} cannot be used: ${file.reason}`);
		// A template note may carry frontmatter of its own (tags, aliases); only the text below it is the template.
		template = file.body;
	}
	const { note: interview } = readInterviewNote(command.note, note.frontmatter);
	const profile = { myName: command.myName, signature: command.signature };
	const warnings: string[] = [];
	let drafts: Draft[];
	if (command.kind === "thank-you") {
		const chosen = chooseInterviewers(interview.interviewers, command.to);
		if (typeof chosen === "string") return failure(chosen.startsWith("the note lists no") ? UNUSABLE : MISUSE, chosen);
		drafts = chosen.map((person) => thankYouDraft(interview, person, profile, template));
	} else if (command.kind === "follow-up") {
		drafts = [followUpDraft(interview, profile, template)];
	} else {
		drafts = [graciousDraft(interview, profile, template)];
	}
	const unknown = [...new Set(drafts.flatMap((draft) => draft.unknownPlaceholders))];
	if (unknown.length > 0) {
		warnings.push(`warning: the template has placeholders that are not filled in: ${unknown.map((name) => `{{${name}}}`).join(", ")}`);
	}
	return {
		// Several thank-yous are separated by a blank line, as they would sit in the note one after another.
		stdout: printable(drafts.map((draft) => draft.text).join("\n"), true),
		stderr: warnings.map((line) => `${line}\n`).join(""),
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
	return { stdout: "", stderr: `interview-follow-up: ${message}\n`, exitCode };
}
