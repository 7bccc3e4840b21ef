// Every write the commands make to the vault: a per-file queue, frontmatter edits through processFrontMatter,
// text into a note through its editor (so one undo removes it), and whole files such as the calendar export.
import { App, Editor, MarkdownView, Notice, TFile, TFolder, normalizePath } from "obsidian";
import { splitFrontmatter } from "../engine/frontmatter-block";
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

/** An edit of a frontmatter object, as `edits.ts` writes them: changes `frontmatter` and says whether it did. */
export type FrontmatterEdit = (frontmatter: Record<string, unknown>) => boolean;

/** Thrown inside processFrontMatter to leave the file untouched when the edit changes nothing. */
class NothingToChange extends Error {}

/**
 * Refuses a write to a note whose frontmatter uses YAML anchors or aliases: processFrontMatter writes the data
 * back, not the text, so every alias would be written out in full (a hostile note's alias bomb, billions of
 * values) and the user's own anchors would be lost.
 */
class AnchorsInFrontmatter extends Error {
	constructor() {
		super("its frontmatter uses anchors or aliases (&name, *name), which rewriting it would expand; edit this note by hand");
	}
}

/** Whether a note's frontmatter block uses YAML anchors or aliases, outside quoted text and comments. */
export function usesYamlAnchors(noteText: string): boolean {
	const split = splitFrontmatter(noteText);
	if (split === null) return false;
	const block = split.block
		.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/g, "''")
		.replace(/(^|[ \t])#[^\n]*/gm, "$1");
	return /(?:^|[\s[{,])[&*][^\s,[\]{}]/m.test(block);
}

export type WriteResult = "changed" | "unchanged" | "failed";

/**
 * Applies `edit` to a note's frontmatter through the queue and processFrontMatter. The edit runs on the
 * frontmatter as it is inside the callback, never on a stale copy, so a note that changed underneath is
 * edited as it is now. When the edit changes nothing the file is not written at all. A failure (invalid
 * YAML, a file that went away) becomes a Notice that names the note; nothing throws.
 */
export async function updateFrontmatter(app: App, file: TFile, edit: FrontmatterEdit): Promise<WriteResult> {
	try {
		await enqueueWrite(file.path, async () => {
			if (usesYamlAnchors(await app.vault.read(file))) throw new AnchorsInFrontmatter();
			await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
				// Aborting the callback is the one way to keep processFrontMatter from rewriting the file.
				if (!edit(frontmatter)) throw new NothingToChange();
			});
		});
		return "changed";
	} catch (error) {
		if (error instanceof NothingToChange) return "unchanged";
		new Notice(`Could not update ${file.path}: ${reasonOf(error)}`);
		return "failed";
	}
}

/** A one-line reason for a failed write, in the user's words where the cause is known. */
export function reasonOf(error: unknown): string {
	if (error instanceof AnchorsInFrontmatter) return error.message;
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

/** Writes a whole file, replacing one that is already there; the path is normalised first. */
export async function saveFile(app: App, path: string, contents: string): Promise<TFile> {
	const normalized = normalizePath(path);
	return enqueueWrite(normalized, async () => {
		const existing = app.vault.getAbstractFileByPath(normalized);
		if (existing instanceof TFile) {
			await app.vault.modify(existing, contents);
			return existing;
		}
		await ensureFolder(app, parentOf(normalized));
		return app.vault.create(normalized, contents);
	});
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

/** `<YYYY-MM-DD> <Company> - <Role>` (without the role when there is none), safe as a file name. */
export function interviewNoteFileName(input: NewInterviewInput): string {
	const title = input.role === "" ? input.company : `${input.company} - ${input.role}`;
	const cleaned = `${input.date} ${title}`.replace(FORBIDDEN_IN_NAMES, "").replace(/\s+/g, " ").trim();
	// A name starting with a dot would hide the note; the date comes first, so this only guards odd input.
	return cleaned.replace(/^\.+/, "") || input.date;
}

/** A new interview note: SPEC's frontmatter, version 1, and the sections to fill in during and after the interview. */
export function interviewNoteText(input: NewInterviewInput, tag: string): string {
	const when = input.time === "" ? input.date : `${input.date}T${input.time}`;
	const interviewers =
		input.interviewers.length === 0 ? "interviewers: []" : ["interviewers:", ...input.interviewers.map((name) => `  - ${yamlText(name)}`)].join("\n");
	const lines = [
		"---",
		`tags: [${yamlText(tag)}]`,
		`company: ${yamlText(input.company)}`,
		`role: ${yamlText(input.role)}`,
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

/**
 * Text as a YAML value that every reader takes back as the same text: plain when it is clearly a word, else
 * double-quoted (a JSON string is valid YAML). `Yes`, `No`, `On`, `123`, `null` or `a: b` as a company's name
 * are quoted, because some YAML readers would turn them into a boolean, a number, nothing or a mapping.
 */
export function yamlText(text: string): string {
	const plain = /^[\p{L}][\p{L}\p{N} .&'()+/-]*$/u.test(text) && !/\s$/.test(text);
	const reserved = /^(y|n|yes|no|on|off|true|false|null)$/i.test(text);
	return plain && !reserved ? text : JSON.stringify(text);
}
