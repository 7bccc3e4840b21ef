// Every write the commands make to the vault: a per-file queue, frontmatter edits as minimal checked text edits
// (through the note's editor when it is open, so one undo takes them back), text into a note through its editor,
// and whole files such as the calendar export, which never replace a file they did not write.
import { App, Editor, MarkdownView, Notice, TFile, TFolder, normalizePath, parseYaml } from "obsidian";
import { editNote, type NoteEdit, type Plan } from "../engine/edits";
import { yamlScalar } from "../engine/frontmatter-edit";
import type { NewInterviewInput } from "./modals";

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task queued for the same path has finished, so two commands on one note
 * never interleave. A failed task does not stop the ones behind it; its error still reaches its own caller.
 */
export function enqueueWrite<T>(path: string, task: () => Promise<T>): Promise<T> {
	const before = queues.get(path) ?? Promise.resolve();
	const run = before.then(task, task);
	const settled = run.then(
		() => undefined,
		() => undefined,
	);
	queues.set(path, settled);
	void settled.then(() => {
		// Forget a path once its queue is empty, so the map does not grow with every note ever touched.
		if (queues.get(path) === settled) queues.delete(path);
	});
	return run;
}

export type WriteResult = "changed" | "unchanged" | "halted" | "failed";

/**
 * Makes a planned frontmatter change in a note, through the queue. The plan runs on the note's text as it is at
 * that moment (never on the metadata cache, which may lag behind), and the edit is the smallest text edit that
 * records it, checked by parsing before anything is written (`editNote`). A note open in an editor is edited
 * there, as one transaction: one undo takes it back, and typing not yet saved is kept. Any other note is edited
 * with `vault.process`, which reads and writes in one step. When the plan changes nothing, or stops to ask the
 * user first ("halted"), nothing is written. A refusal becomes a Notice naming the note and the reason.
 */
export async function editFrontmatter(app: App, file: TFile, plan: Plan): Promise<WriteResult> {
	try {
		return await enqueueWrite(file.path, async () => {
			const editor = openEditorOf(app, file);
			if (editor !== null) return inEditor(editor, file, plan);
			const text = await app.vault.read(file);
			const planned = editNote(text, plan, parseYaml);
			if (planned.outcome !== "changed") return reported(file, planned);
			let result: WriteResult = "changed";
			await app.vault.process(file, (data) => {
				// The file may have changed between the read and this step: edit what it holds now.
				const now = data === text ? planned : editNote(data, plan, parseYaml);
				if (now.outcome === "changed") return now.text;
				result = reported(file, now);
				return data;
			});
			return result;
		});
	} catch (error) {
		new Notice(`Could not update ${file.path}: ${reasonOf(error)}`);
		return "failed";
	}
}

function inEditor(editor: Editor, file: TFile, plan: Plan): WriteResult {
	const planned = editNote(editor.getValue(), plan, parseYaml);
	if (planned.outcome !== "changed") return reported(file, planned);
	editor.transaction(
		{ changes: [{ from: editor.offsetToPos(planned.from), to: editor.offsetToPos(planned.to), text: planned.insert }] },
		"interview-follow-up",
	);
	return "changed";
}

function reported(file: TFile, edit: Exclude<NoteEdit, { outcome: "changed" }>): WriteResult {
	if (edit.outcome !== "refused") return edit.outcome;
	new Notice(`Could not update ${file.path}: ${edit.reason}`);
	return "failed";
}

/** A one-line reason for a failed write, in the user's words where the cause is known. */
export function reasonOf(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const firstLine = message.split("\n")[0]?.trim() ?? "";
	if (error instanceof Error && /yaml/i.test(`${error.name} ${message}`)) {
		return `the frontmatter is not valid YAML (${firstLine}). Fix it in the note and try again.`;
	}
	return firstLine === "" ? "an unknown error" : firstLine;
}

/** Where text went: into an editor (one undo removes it), appended to the file, or nowhere. */
export type InsertPlace = "editor" | "file" | "failed";

/**
 * Puts `text` into a note through an editor. A note open in some pane gets it at that editor's cursor; a
 * note that is not open is opened and gets it at its end. When no editor can be had, the text is appended
 * to the file and a Notice says so.
 */
export async function insertIntoNote(app: App, file: TFile, text: string): Promise<InsertPlace> {
	const open = openEditorOf(app, file);
	if (open) {
		insertAtCursor(open, text);
		return "editor";
	}
	try {
		await app.workspace.getLeaf(false).openFile(file);
	} catch {
		// Fall through: the text is appended to the file below.
	}
	const opened = openEditorOf(app, file);
	if (opened) {
		appendInEditor(opened, text);
		return "editor";
	}
	try {
		await enqueueWrite(file.path, () => app.vault.process(file, (data) => data + separation(data) + text));
		new Notice(`Added to the end of ${file.path}: the note could not be opened in an editor.`);
		return "file";
	} catch (error) {
		new Notice(`Could not add to ${file.path}: ${reasonOf(error)}`);
		return "failed";
	}
}

/** The editor of a pane showing `file` (the active one first), or null when the note is not open. */
function openEditorOf(app: App, file: TFile): Editor | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active.editor;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) return leaf.view.editor;
	}
	return null;
}

/**
 * Inserts a section at the cursor in one step, so one undo removes it. The section starts on a line of its own
 * (a heading in the middle of a line is no heading) and the text after it moves to a line of its own. A cursor
 * inside the frontmatter would break the YAML, so there the section goes to the end of the note instead.
 */
export function insertAtCursor(editor: Editor, text: string): void {
	const from = editor.getCursor("from");
	if (from.line <= frontmatterEndLine(editor)) {
		appendInEditor(editor, text);
		return;
	}
	const to = editor.getCursor("to");
	const before = editor.getRange({ line: from.line, ch: 0 }, from);
	const after = editor.getRange(to, { line: to.line, ch: editor.getLine(to.line).length });
	const lead = before.trim() !== "" ? "\n\n" : from.line > 0 && before === "" && editor.getLine(from.line - 1).trim() !== "" ? "\n" : "";
	const tail = after.trim() !== "" ? "\n" : "";
	editor.replaceSelection(lead + text + tail);
}

/** Adds a section at the end of the note in one step, after a blank line. */
function appendInEditor(editor: Editor, text: string): void {
	const lastLine = editor.lastLine();
	const end = { line: lastLine, ch: editor.getLine(lastLine).length };
	editor.replaceRange(separation(editor.getValue()) + text, end);
	editor.setCursor(editor.offsetToPos(editor.getValue().length));
}

/** The last line of the frontmatter block (its closing ---), or -1 when the note has none. */
function frontmatterEndLine(editor: Editor): number {
	if (editor.getLine(0).trimEnd() !== "---") return -1;
	for (let line = 1; line <= editor.lastLine(); line++) {
		if (/^(---|\.\.\.)\s*$/.test(editor.getLine(line))) return line;
	}
	return -1;
}

/** What goes between a note's text and a new section so the section starts after a blank line. */
function separation(existing: string): string {
	if (existing === "" || existing.endsWith("\n\n")) return "";
	return existing.endsWith("\n") ? "\n" : "\n\n";
}

/** Names tried for an export before giving up: `name.ics`, `name 2.ics`, … */
const MOST_EXPORT_NAMES = 100;

/**
 * Writes an exported file at `path`, or, when a file the plugin did not write is there (`isOurs` says no), at the
 * first of `name 2.ext`, `name 3.ext`, … that is free or holds an earlier export: an export never replaces a file
 * the user made. The path is normalised first.
 */
export async function writeExport(app: App, path: string, contents: string, isOurs: (text: string) => boolean): Promise<TFile> {
	const normalized = normalizePath(path);
	const slash = normalized.lastIndexOf("/");
	const dot = normalized.lastIndexOf(".");
	const [stem, extension] = dot > slash + 1 ? [normalized.slice(0, dot), normalized.slice(dot)] : [normalized, ""];
	for (let n = 1; n <= MOST_EXPORT_NAMES; n++) {
		const candidate = n === 1 ? normalized : `${stem} ${n}${extension}`;
		const written = await enqueueWrite(candidate, async () => {
			const existing = app.vault.getAbstractFileByPath(candidate);
			if (existing === null) {
				await ensureFolder(app, parentOf(candidate));
				return app.vault.create(candidate, contents);
			}
			if (!(existing instanceof TFile) || !isOurs(await app.vault.read(existing))) return null;
			await app.vault.modify(existing, contents);
			return existing;
		});
		if (written !== null) return written;
	}
	throw new Error(`every name from ${normalized} to ${stem} ${MOST_EXPORT_NAMES}${extension} is taken by other files`);
}

/** Creates a folder (and its parents) unless it is the vault's root or already there. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const normalized = normalizePath(folder);
	if (normalized === "" || normalized === "/") return;
	if (app.vault.getAbstractFileByPath(normalized) instanceof TFolder) return;
	await ensureFolder(app, parentOf(normalized));
	if (!app.vault.getAbstractFileByPath(normalized)) await app.vault.createFolder(normalized);
}

function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** A path in `folder` for `name` + `extension` that no file has yet: "name.md", else "name 2.md", "name 3.md", … */
export function freePath(app: App, folder: string, name: string, extension: string): string {
	const prefix = folder === "" || folder === "/" ? "" : `${normalizePath(folder)}/`;
	let candidate = normalizePath(`${prefix}${name}.${extension}`);
	for (let n = 2; app.vault.getAbstractFileByPath(candidate); n++) {
		candidate = normalizePath(`${prefix}${name} ${n}.${extension}`);
	}
	return candidate;
}

// Characters Obsidian does not allow in file names (or that break links to them).
const FORBIDDEN_IN_NAMES = /[\\/:*?"<>|#^[\]]/g;

// Characters nobody sees that change what a name shows or does: control characters and the bidirectional
// marks and overrides, which can make a name read backwards in the file list.
const UNSEEN_IN_NAMES = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Bytes a file name may take (UTF-8): file systems allow 255, and some sync services fewer. */
export const MOST_FILE_NAME_BYTES = 200;

/** Room kept for ` 99.md`, so a name made free by a number still fits. */
const NAME_ROOM = 6;

/**
 * `<YYYY-MM-DD> <Company> - <Role>` (without the role when there is none), safe as a file name: no characters
 * Obsidian forbids, none that nobody sees, and short enough that with a number and `.md` it stays within
 * MOST_FILE_NAME_BYTES.
 */
export function interviewNoteFileName(input: NewInterviewInput): string {
	const title = input.role === "" ? input.company : `${input.company} - ${input.role}`;
	const cleaned = `${input.date} ${title}`.replace(/\s+/g, " ").replace(UNSEEN_IN_NAMES, "").replace(FORBIDDEN_IN_NAMES, "").replace(/\s+/g, " ").trim();
	// A name starting with a dot would hide the note; one ending in dots or spaces is refused by Windows.
	const short = withinBytes(cleaned, MOST_FILE_NAME_BYTES - NAME_ROOM)
		.replace(/^\.+/, "")
		.replace(/[. ]+$/, "");
	return short || input.date;
}

/** The longest start of `text` within `bytes` bytes of UTF-8, never cutting a character in two. */
function withinBytes(text: string, bytes: number): string {
	let used = 0;
	let end = 0;
	for (const character of text) {
		const code = character.codePointAt(0) ?? 0;
		const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		if (used + size > bytes) break;
		used += size;
		end += character.length;
	}
	return text.slice(0, end);
}

/** A new interview note: SPEC's frontmatter, version 1, and the sections to fill in during and after the interview. */
export function interviewNoteText(input: NewInterviewInput, tag: string): string {
	const when = input.time === "" ? input.date : `${input.date}T${input.time}`;
	const interviewers =
		input.interviewers.length === 0 ? "interviewers: []" : ["interviewers:", ...input.interviewers.map((name) => `  - ${yamlScalar(name)}`)].join("\n");
	const lines = [
		"---",
		`tags: [${yamlScalar(tag, true)}]`,
		`company: ${yamlScalar(input.company)}`,
		`role: ${yamlScalar(input.role)}`,
		`interview_date: ${when}`,
		`duration: ${input.durationMinutes}`,
		interviewers,
		"outcome: pending",
		"topics: []",
		"---",
		"",
		"## Notes",
		"",
		"## Questions they asked",
		"",
		"## Next steps",
		"",
	];
	return lines.join("\n");
}
