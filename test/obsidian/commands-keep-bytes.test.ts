// @vitest-environment happy-dom
// What a command records changes that value and nothing else: notes as people really write them (comments, quotes,
// numbers with leading zeros, flow lists, block text, CRLF, anchors), each written back byte for byte around the
// one edit; typing not yet saved is kept and one undo takes the command back; the decision about a second follow-up
// is made on the note being edited, not on the metadata cache; and no command goes through processFrontMatter.
import { describe, expect, it } from "vitest";
import { runNoteAction, type NoteAction } from "../../src/obsidian/commands";
import {
	Notice,
	fileAt,
	noticesSince,
	openConfirm,
	openNote,
	press,
	resetDoubleBetweenTests,
	runCommand,
	settled,
	startWith,
	textOf,
	choose,
} from "./commands-setup";

resetDoubleBetweenTests();

const PATH = "Interviews/Acme.md";

/** A note from its frontmatter lines (between the fences) and a body, joined with `eol`. */
function note(yaml: string[], eol = "\n"): string {
	return ["---", ...yaml, "---", "# Acme", "", "Notes from the day.", ""].join(eol);
}

const HEAD = ["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T14:00", "interviewers:", "  - Jane Doe"];
const THANKED_JANE = ["  - name: Jane Doe", "    thanked: 2026-11-20T16:00"];

interface Case {
	name: string;
	before: string;
	action: NoteAction;
	subject?: string;
	after: string;
}

const THANK_JANE = { action: "mark-thank-you-sent", subject: "Jane Doe" } as const;

const cases: Case[] = [
	{
		name: "keeps a zip code 02134, a phone 0123456, a version 1.10, a 20-digit number and ~ exactly as written",
		before: note([...HEAD, "zip: 02134", "phone: 0123456", "version: 1.10", "account: 12345678901234567890", "referral: ~"]),
		...THANK_JANE,
		after: note([...HEAD.slice(0, 4), ...THANKED_JANE, "zip: 02134", "phone: 0123456", "version: 1.10", "account: 12345678901234567890", "referral: ~"]),
	},
	{
		name: "keeps every comment, on its own line and after a value",
		before: note(["# Filled in after the call", ...HEAD.slice(0, 4), "  - Jane Doe # the hiring manager", "salary: 90000 # before tax"]),
		...THANK_JANE,
		after: note([
			"# Filled in after the call",
			...HEAD.slice(0, 4),
			"  - name: Jane Doe # the hiring manager",
			"    thanked: 2026-11-20T16:00",
			"salary: 90000 # before tax",
		]),
	},
	{
		name: "keeps 'Acme' in its quotes and tags: [interview] as a flow list",
		before: note(["tags: [interview, job/2026]", "company: 'Acme'", ...HEAD.slice(2)]),
		...THANK_JANE,
		after: note(["tags: [interview, job/2026]", "company: 'Acme'", ...HEAD.slice(2, 4), ...THANKED_JANE]),
	},
	{
		name: "keeps > and | block text as written",
		before: note([...HEAD, "summary: >", "  Long folded text", "  over two lines.", "questions: |", "  1. Why Acme?", "  2. Why now?"]),
		...THANK_JANE,
		after: note([
			...HEAD.slice(0, 4),
			...THANKED_JANE,
			"summary: >",
			"  Long folded text",
			"  over two lines.",
			"questions: |",
			"  1. Why Acme?",
			"  2. Why now?",
		]),
	},
	{
		name: "writes CRLF line ends in a CRLF note, and only there",
		before: note([...HEAD, "outcome: pending"], "\r\n"),
		...THANK_JANE,
		after: note([...HEAD.slice(0, 4), ...THANKED_JANE, "outcome: pending"], "\r\n"),
	},
	{
		name: "adds one item to a flow list of interviewers in flow style",
		before: note([...HEAD.slice(0, 3), "interviewers: [Jane Doe, Sam Lee]"]),
		...THANK_JANE,
		after: note([...HEAD.slice(0, 3), "interviewers: [{name: Jane Doe, thanked: 2026-11-20T16:00}, Sam Lee]"]),
	},
	{
		name: "records a company written as Marks &Spencer, a role Engineer *remote* and a topic C *pointers*",
		before: note([...HEAD.slice(0, 1), "company: Marks &Spencer", "role: Engineer *remote*", ...HEAD.slice(2), "topics: [C *pointers*]"]),
		...THANK_JANE,
		after: note([
			...HEAD.slice(0, 1),
			"company: Marks &Spencer",
			"role: Engineer *remote*",
			...HEAD.slice(2, 4),
			...THANKED_JANE,
			"topics: [C *pointers*]",
		]),
	},
	{
		name: "sets the outcome in its place, keeping the comment after it",
		before: note([...HEAD, "outcome: pending # they said two weeks", "recruiter: Dana"]),
		action: "set-outcome",
		subject: "offer",
		after: note([...HEAD, "outcome: offer # they said two weeks", "recruiter: Dana"]),
	},
	{
		name: "adds a follow-up to a block list like the items before it",
		before: note([...HEAD, "follow_ups:", "    - 2026-11-09 # by email", "follow_up_invited: true"]),
		action: "log-follow-up",
		after: note([...HEAD, "follow_ups:", "    - 2026-11-09 # by email", "    - 2026-11-20T16:00", "follow_up_invited: true"]),
	},
];

/** The 415-byte note whose aliases grow to millions of values when expanded, its apostrophes hiding the anchors. */
function aliasBomb(): string {
	const lines = ["l0's: &l0 [" + Array(10).fill("'x'").join(",") + "]"];
	for (let level = 1; level <= 5; level++)
		lines.push(
			`l${level}'s: &l${level} [${Array(10)
				.fill(`*l${level - 1}`)
				.join(",")}]`,
		);
	return note([...HEAD, ...lines]);
}

describe("a recorded value changes that value and every other byte stays", () => {
	it.each(cases)("$name", async ({ before, action, subject, after }) => {
		const world = await startWith({ [PATH]: before });
		const start = Notice.messages.length;
		await runNoteAction(world.plugin, fileAt(world.app, PATH), action, subject);
		expect(textOf(world.app, PATH)).toBe(after);
		expect(noticesSince(start).join("\n")).not.toMatch(/Could not/);
	});

	it("records a thank-you in a note whose anchors and aliases would grow to millions of values, adding one line", async () => {
		const bomb = aliasBomb();
		const world = await startWith({ [PATH]: bomb });
		const start = Notice.messages.length;
		await runNoteAction(world.plugin, fileAt(world.app, PATH), "mark-thank-you-sent", "Jane Doe");
		const lines = bomb.split("\n");
		const at = lines.indexOf("  - Jane Doe");
		expect(textOf(world.app, PATH)).toBe([...lines.slice(0, at), ...THANKED_JANE, ...lines.slice(at + 1)].join("\n"));
		expect(noticesSince(start)).toEqual(["Thank-you to Jane Doe recorded."]);
	});
});

describe("in the open note", () => {
	it("keeps typing not yet saved, and one undo takes the command back byte for byte", async () => {
		// Written as a re-serialising writer would write it, so the only thing a lost write could change is the write.
		const before = note([
			"tags:",
			"  - interview",
			"company: Acme",
			"interview_date: 2026-11-20T14:00",
			"interviewers:",
			"  - Jane Doe",
			"outcome: pending",
		]);
		const world = await startWith({ [PATH]: before });
		const view = await openNote(world.app, PATH);
		const end = view.editor.offsetToPos(view.editor.getValue().length);
		view.editor.replaceRange("- They liked the portfolio.\n", end);
		const typed = view.editor.getValue();

		// The sidebar's button, pressed while the typing waits to be saved.
		await runNoteAction(world.plugin, fileAt(world.app, PATH), "mark-thank-you-sent", "Jane Doe");
		await settled();
		await view.save();

		const expected = typed.replace("  - Jane Doe\n", `${THANKED_JANE.join("\n")}\n`);
		expect(textOf(world.app, PATH)).toBe(expected);
		expect(view.editor.getValue()).toBe(expected);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(typed);
	});

	it("records through the palette in the open note, as one step of its editor", async () => {
		const world = await startWith({ [PATH]: note(HEAD) });
		const view = await openNote(world.app, PATH);
		const depth = view.editor.undoDepth();
		await runCommand(world.app, "mark-thank-you-sent");
		await choose("Jane Doe");
		expect(view.editor.getValue()).toBe(note([...HEAD.slice(0, 4), ...THANKED_JANE]));
		expect(view.editor.undoDepth()).toBe(depth + 1);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(note(HEAD));
	});

	it("asks before a second follow-up logged a minute after the first, before the metadata cache caught up", async () => {
		const world = await startWith({ [PATH]: note(HEAD) });
		await openNote(world.app, PATH);
		const file = fileAt(world.app, PATH);
		await runNoteAction(world.plugin, file, "log-follow-up");
		world.plugin.now = () => new Date(2026, 10, 20, 16, 1);
		const second = runNoteAction(world.plugin, file, "log-follow-up");
		await settled();
		expect(openConfirm().contentEl.textContent).toContain("You already followed up with Acme on 2026-11-20");
		await press("Cancel");
		await second;
	});

	it("asks before a second follow-up in a note that is not open, deciding on the file as it is", async () => {
		const world = await startWith({ [PATH]: note(HEAD) });
		const file = fileAt(world.app, PATH);
		await runNoteAction(world.plugin, file, "log-follow-up");
		world.plugin.now = () => new Date(2026, 10, 20, 16, 1);
		const second = runNoteAction(world.plugin, file, "log-follow-up");
		await settled();
		await press("Log it anyway");
		await second;
		expect(textOf(world.app, PATH)).toBe(note([...HEAD, "follow_ups:", "  - 2026-11-20T16:00", "  - 2026-11-20T16:01"]));
	});
});

describe("the write path", () => {
	it("never calls processFrontMatter, which would rewrite the whole block", async () => {
		const rejected = note([...HEAD, "outcome: rejected"]);
		const world = await startWith({ [PATH]: rejected, "Interviews/Open.md": rejected });
		let calls = 0;
		world.app.fileManager.processFrontMatter = async () => {
			calls++;
		};
		await openNote(world.app, "Interviews/Open.md");
		for (const path of [PATH, "Interviews/Open.md"]) {
			const file = fileAt(world.app, path);
			for (const [action, subject] of [
				["mark-thank-you-sent", "Jane Doe"],
				["mark-linkedin", "Jane Doe"],
				["log-follow-up", undefined],
				["set-outcome", "offer"],
				["mark-gracious-sent", undefined],
			] as const) {
				await runNoteAction(world.plugin, file, action, subject);
			}
		}
		expect(calls).toBe(0);
		expect(textOf(world.app, PATH)).toContain("outcome: offer");
	});
});
