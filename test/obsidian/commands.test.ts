// @vitest-environment happy-dom
// The commands in the palette, and the drafts they put into a note: offered only on interview notes, written
// from the note, inserted at the cursor in one step so that one undo takes them back.
import type { Command, MarkdownView as RealMarkdownView } from "obsidian";
import { describe, expect, it } from "vitest";
import { thankYouDraft } from "../../src/engine/drafts";
import { readInterviewNote } from "../../src/engine/note";
import { VIEW_TYPE_FOLLOW_UP } from "../../src/main";
import { runNoteAction } from "../../src/obsidian/commands";
import { MarkdownView } from "../harness/obsidian";
import {
	INTERVIEW_PATH,
	NOT_AN_INTERVIEW,
	Notice,
	PLUGIN_ID,
	TWO_INTERVIEWERS,
	choose,
	fileAt,
	noticesSince,
	offered,
	openNote,
	openSuggester,
	pluginCommands,
	resetDoubleBetweenTests,
	runCommand,
	settled,
	startWith,
	textOf,
} from "./commands-setup";

resetDoubleBetweenTests();

const RECIPE_PATH = "Recipes/Soup.md";

/** What a command's check callback answers for a note open in `view`, as the palette asks it. */
function offeredOn(command: Command, view: MarkdownView): boolean | void {
	// The double's view stands in for Obsidian's; their types differ only in what the double leaves out.
	return command.editorCheckCallback?.(true, view.editor, view as unknown as RealMarkdownView);
}

describe("the command palette", () => {
	it("lists every command in sentence case, with ids free of the plugin id and no default hotkeys", async () => {
		const { app } = await startWith({});
		const names = Object.fromEntries(pluginCommands(app).map((command) => [command.id.replace(`${PLUGIN_ID}:`, ""), command.name]));
		expect(names).toMatchObject({
			"open-sidebar": "Open follow-up sidebar",
			"new-interview-note": "New interview note",
			"insert-thank-you": "Insert thank-you note",
			"insert-follow-up": "Insert follow-up email",
			"insert-gracious-reply": "Insert gracious reply",
			"mark-thank-you-sent": "Mark thank-you sent",
			"log-follow-up": "Log a follow-up",
			"mark-linkedin-requested": "Mark LinkedIn request sent",
			"set-outcome": "Set outcome",
			"export-calendar": "Export follow-up dates",
			"export-calendar-all": "Export follow-up dates for all interviews",
		});
		for (const command of pluginCommands(app)) {
			expect(command.id.split(":")).toHaveLength(2);
			expect(command.id).not.toMatch(/command/i);
			expect(command.hotkeys ?? []).toEqual([]);
		}
	});

	it("offers the note commands on an interview note and hides them on any other note", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS, [RECIPE_PATH]: NOT_AN_INTERVIEW });
		const noteCommands = pluginCommands(app).filter((command) => command.editorCheckCallback !== undefined);
		expect(noteCommands.map((command) => command.id.replace(`${PLUGIN_ID}:`, "")).sort()).toEqual(
			[
				"export-calendar",
				"insert-follow-up",
				"insert-gracious-reply",
				"insert-thank-you",
				"log-follow-up",
				"mark-gracious-reply-sent",
				"mark-linkedin-requested",
				"mark-thank-you-sent",
				"set-outcome",
			].sort(),
		);

		const recipe = await openNote(app, RECIPE_PATH);
		for (const command of noteCommands) expect(offeredOn(command, recipe)).toBe(false);
		expect(await runCommand(app, "insert-thank-you")).toBe(false);
		expect(textOf(app, RECIPE_PATH)).toBe(NOT_AN_INTERVIEW);

		const interview = await openNote(app, INTERVIEW_PATH);
		for (const command of noteCommands) expect(offeredOn(command, interview)).toBe(true);
	});

	it("opens the follow-up sidebar", async () => {
		const { app } = await startWith({});
		await runCommand(app, "open-sidebar");
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)).toHaveLength(1);
	});

	it("keeps the commands that need no note in the palette everywhere", async () => {
		const { app } = await startWith({ [RECIPE_PATH]: NOT_AN_INTERVIEW });
		await openNote(app, RECIPE_PATH);
		expect(app.commands.isAvailable(`${PLUGIN_ID}:open-sidebar`)).toBe(true);
		expect(app.commands.isAvailable(`${PLUGIN_ID}:new-interview-note`)).toBe(true);
		expect(app.commands.isAvailable(`${PLUGIN_ID}:export-calendar-all`)).toBe(true);
	});
});

describe("inserting a thank-you note", () => {
	/** The line of the body's only list item, where the tests put the cursor. */
	const lineOf = (text: string, line: string): number => text.split("\n").indexOf(line);

	it("lists only the interviewers still waiting for a thank-you", async () => {
		const thanked = TWO_INTERVIEWERS.replace("  - name: Sam Lee\n", "  - name: Sam Lee\n    thanked: 2026-11-20T15:00\n");
		const { app } = await startWith({ [INTERVIEW_PATH]: thanked });
		await openNote(app, INTERVIEW_PATH);
		await runCommand(app, "insert-thank-you");
		expect(await offered()).toEqual(["Jane Doe", "Priya"]);
	});

	it("writes the chosen interviewer's draft at the cursor as its own section, and one undo takes it back", async () => {
		const { app, plugin } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS }, { myName: "Alex Morgan" });
		const view = await openNote(app, INTERVIEW_PATH);
		const before = view.editor.getValue();
		const line = lineOf(before, "- The design system audit starts in January.");
		view.editor.setCursor({ line: line + 1, ch: 0 });
		const depth = view.editor.undoDepth();

		await runCommand(app, "insert-thank-you");
		await choose("Sam Lee");

		const note = readInterviewNote(INTERVIEW_PATH, app.metadataCache.getFileCache(fileAt(app, INTERVIEW_PATH))?.frontmatter).note;
		const sam = note.interviewers.find((person) => person.subject === "Sam Lee");
		if (!sam) throw new Error("Sam Lee is not in the note");
		const draft = thankYouDraft(note, sam, { myName: plugin.settings.myName, signature: plugin.settings.signature });
		const after = view.editor.getValue();
		const offset = view.editor.posToOffset({ line: line + 1, ch: 0 });
		// The line above holds text, so a blank line goes first: a heading needs one to start a section.
		expect(after).toBe(before.slice(0, offset) + "\n" + draft.text + before.slice(offset));
		expect(draft.text).toMatch(/^## Thank-you: Sam Lee\n/);
		expect(draft.text).toContain("Dear Sam,");
		expect(draft.text).toContain("the design system audit and accessibility reviews");
		expect(draft.text).toContain("Alex Morgan");
		expect(view.editor.undoDepth()).toBe(depth + 1);

		view.editor.undo();
		expect(view.editor.getValue()).toBe(before);
	});

	it("starts the section on a line of its own when the cursor is in the middle of a line", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(app, INTERVIEW_PATH);
		const before = view.editor.getValue();
		const line = lineOf(before, "- The design system audit starts in January.");
		view.editor.setCursor({ line, ch: "- The ".length });

		await runCommand(app, "insert-thank-you");
		await choose("Jane Doe");

		const after = view.editor.getValue();
		expect(after).toContain("- The \n\n## Thank-you: Jane Doe\n");
		expect(after).toMatch(/\ndesign system audit starts in January\.\n/);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(before);
	});

	it("puts the section at the end of the note when the cursor is inside the frontmatter", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(app, INTERVIEW_PATH);
		const before = view.editor.getValue();
		view.editor.setCursor({ line: 2, ch: 3 });

		await runCommand(app, "insert-thank-you");
		await choose("Jane Doe");

		const after = view.editor.getValue();
		expect(after.startsWith(before)).toBe(true);
		expect(after.slice(before.length)).toMatch(/^\n## Thank-you: Jane Doe\n/);
	});

	it("writes nothing when the list is closed without a choice", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(app, INTERVIEW_PATH);
		const before = view.editor.getValue();
		await runCommand(app, "insert-thank-you");
		openSuggester().close();
		await settled();
		expect(view.editor.getValue()).toBe(before);
		expect(view.editor.undoDepth()).toBe(0);
	});

	it("asks for the interviewers' names when the note lists none", async () => {
		const noOne = TWO_INTERVIEWERS.replace(/interviewers:\n(?: {2}.*\n)+/, "");
		const { app } = await startWith({ [INTERVIEW_PATH]: noOne });
		const view = await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "insert-thank-you");
		expect(view.editor.getValue()).toBe(noOne);
		expect(noticesSince(start).join("\n")).toMatch(/interviewers/);
	});

	it("reminds to personalise when the draft still holds a prompt (no topics in the note)", async () => {
		const noTopics = TWO_INTERVIEWERS.replace(/topics:\n(?: {2}.*\n)+/, "");
		const { app } = await startWith({ [INTERVIEW_PATH]: noTopics });
		const view = await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "insert-thank-you");
		await choose("Jane Doe");
		expect(view.editor.getValue()).toContain("{{personalise:");
		expect(noticesSince(start).some((message) => /personalise/i.test(message))).toBe(true);
	});
});

describe("templates from the vault", () => {
	const TEMPLATE_PATH = "Templates/Thank-you.md";

	it("fills the user's template, keeps an unknown placeholder visible and names it in a notice", async () => {
		const template = "Hi {{first_name}}, thanks for the chat about {{topics}} at {{company}}. {{mood}}\n";
		const { app } = await startWith(
			{ [INTERVIEW_PATH]: TWO_INTERVIEWERS, [TEMPLATE_PATH]: template },
			{ templates: { "thank-you": TEMPLATE_PATH, "follow-up": "", gracious: "" } },
		);
		const view = await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "insert-thank-you");
		await choose("Jane Doe");
		const text = view.editor.getValue();
		expect(text).toContain(
			"## Thank-you: Jane Doe\n\nHi Jane, thanks for the chat about the design system audit and accessibility reviews at Northwind Health. {{mood}}\n",
		);
		expect(noticesSince(start).some((message) => message.includes("{{mood}}"))).toBe(true);
	});

	it("falls back to the built-in template, with a notice naming the path, when the template note is missing", async () => {
		const { app } = await startWith(
			{ [INTERVIEW_PATH]: TWO_INTERVIEWERS },
			{ templates: { "thank-you": "Templates/Gone.md", "follow-up": "", gracious: "" } },
		);
		const view = await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "insert-thank-you");
		await choose("Jane Doe");
		expect(view.editor.getValue()).toContain("## Thank-you: Jane Doe\n\nDear Jane,");
		expect(noticesSince(start).some((message) => message.includes("Templates/Gone.md"))).toBe(true);
	});
});

describe("the follow-up email and the gracious reply", () => {
	it("inserts the follow-up email at the cursor, and one undo takes it back", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(app, INTERVIEW_PATH);
		const before = view.editor.getValue();
		view.editor.setCursor(view.editor.offsetToPos(before.length));
		await runCommand(app, "insert-follow-up");
		const after = view.editor.getValue();
		expect(after.startsWith(before)).toBe(true);
		// The last line holds text, so a blank line comes first: the heading needs one before it to read as a section.
		expect(after.slice(before.length)).toMatch(/^\n## Follow-up: Northwind Health\n\nDear Jane,/);
		expect(after).toContain("the Product Designer role at Northwind Health");
		view.editor.undo();
		expect(view.editor.getValue()).toBe(before);
	});

	it("inserts the gracious reply, replacing a selection, and one undo brings the selection's text back", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(app, INTERVIEW_PATH);
		const before = view.editor.getValue();
		const from = before.indexOf("## Notes");
		view.editor.setSelection(view.editor.offsetToPos(from), view.editor.offsetToPos(from + "## Notes".length));
		await runCommand(app, "insert-gracious-reply");
		const after = view.editor.getValue();
		expect(after).not.toContain("## Notes");
		expect(after).toContain("## Gracious reply: Northwind Health\n");
		expect(after).toContain("would be glad to be considered");
		view.editor.undo();
		expect(view.editor.getValue()).toBe(before);
	});
});

describe("a draft asked for from the sidebar", () => {
	it("opens a note that is not open and adds the draft at its end through the editor", async () => {
		const { app, plugin } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS, [RECIPE_PATH]: NOT_AN_INTERVIEW });
		await openNote(app, RECIPE_PATH);

		await runNoteAction(plugin, fileAt(app, INTERVIEW_PATH), "insert-thank-you", "Priya");
		await settled();

		const view = app.workspace.getLeaf(false).view;
		if (!(view instanceof MarkdownView)) throw new Error("The note did not open in an editor");
		expect(view.file?.path).toBe(INTERVIEW_PATH);
		const after = view.editor.getValue();
		expect(after.startsWith(TWO_INTERVIEWERS)).toBe(true);
		expect(after.slice(TWO_INTERVIEWERS.length)).toMatch(/^\n## Thank-you: Priya\n\nDear Priya,/);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(TWO_INTERVIEWERS);
		expect(textOf(app, RECIPE_PATH)).toBe(NOT_AN_INTERVIEW);
	});

	it("appends the draft to the file, and says so, when no editor can be had", async () => {
		const { app, plugin } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		// A workspace that cannot open the note in any pane.
		app.workspace.getLeaf = (() => ({ openFile: () => Promise.reject(new Error("no pane")) })) as unknown as typeof app.workspace.getLeaf;
		const start = Notice.messages.length;
		await runNoteAction(plugin, fileAt(app, INTERVIEW_PATH), "insert-follow-up");
		const text = textOf(app, INTERVIEW_PATH);
		expect(text.startsWith(TWO_INTERVIEWERS)).toBe(true);
		expect(text.slice(TWO_INTERVIEWERS.length)).toMatch(/^\n## Follow-up: Northwind Health\n/);
		expect(noticesSince(start).some((message) => message.includes(INTERVIEW_PATH) && /could not be opened/.test(message))).toBe(true);
	});

	it("goes straight to the named interviewer without asking", async () => {
		const { app, plugin } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(app, INTERVIEW_PATH);
		await runNoteAction(plugin, fileAt(app, INTERVIEW_PATH), "insert-thank-you", "Sam Lee");
		expect(view.editor.getValue()).toContain("## Thank-you: Sam Lee");
	});
});
