// @vitest-environment happy-dom
// The commands that record what the user did (thanked, followed up, connected, heard back) in the frontmatter:
// only the key that changes moves, the body stays byte for byte, nothing is written when nothing changes,
// a second uninvited follow-up is confirmed first, and two commands on one note never interleave.
import { describe, expect, it } from "vitest";
import { runNoteAction } from "../../src/obsidian/commands";
import type { World } from "./commands-setup";
import {
	FOLLOWED_UP_PATH,
	INTERVIEW_PATH,
	Notice,
	ONE_FOLLOW_UP,
	TWO_INTERVIEWERS,
	choose,
	fileAt,
	noticesSince,
	offered,
	openConfirm,
	openNote,
	openSuggester,
	press,
	resetDoubleBetweenTests,
	runCommand,
	settled,
	splitNote,
	startWith,
	textOf,
	without,
} from "./commands-setup";
import { nextTurn } from "../harness/obsidian";

resetDoubleBetweenTests();

/** What the note says before and after, and how many times the vault and the metadata cache heard of a change. */
function watch(
	world: World,
	path: string,
): { before: ReturnType<typeof splitNote>; after: () => ReturnType<typeof splitNote>; writes: () => number; changedEvents: () => number } {
	const { app } = world;
	const before = splitNote(textOf(app, path));
	const writesAtStart = app.vault.writes.filter((write) => write.path === path).length;
	let changedEvents = 0;
	app.metadataCache.on("changed", (file) => {
		if (file.path === path) changedEvents++;
	});
	return {
		before,
		after: () => splitNote(textOf(app, path)),
		writes: () => app.vault.writes.filter((write) => write.path === path).length - writesAtStart,
		changedEvents: () => changedEvents,
	};
}

describe("marking a thank-you sent", () => {
	it("records everyone at once in thank_you_sent, and changes nothing else", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);

		await runCommand(world.app, "mark-thank-you-sent");
		expect(await offered()).toEqual(["Everyone", "Jane Doe", "Sam Lee", "Priya"]);
		await choose("Everyone");

		const after = note.after();
		expect(after.frontmatter.thank_you_sent).toBe("2026-11-20T16:00");
		expect(without(after.frontmatter, "thank_you_sent")).toEqual(without(note.before.frontmatter, "thank_you_sent"));
		expect(after.body).toBe(note.before.body);
		expect(note.writes()).toBe(1);
	});

	it("turns a plain name into an object only for the interviewer who was thanked", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);

		await runCommand(world.app, "mark-thank-you-sent");
		await choose("Jane Doe");

		const after = note.after();
		const [jane, sam, priya] = after.frontmatter.interviewers as unknown[];
		const [, samBefore, priyaBefore] = note.before.frontmatter.interviewers as unknown[];
		expect(jane).toEqual({ name: "Jane Doe", thanked: "2026-11-20T16:00" });
		expect(sam).toEqual(samBefore);
		expect(priya).toBe(priyaBefore);
		expect(without(after.frontmatter, "interviewers")).toEqual(without(note.before.frontmatter, "interviewers"));
		expect(after.body).toBe(note.before.body);
	});

	it("marks the interviewer a sidebar button names without asking", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await runNoteAction(world.plugin, fileAt(world.app, INTERVIEW_PATH), "mark-thank-you-sent", "Sam Lee");
		const sam = (splitNote(textOf(world.app, INTERVIEW_PATH)).frontmatter.interviewers as unknown[])[1];
		expect(sam).toEqual({ name: "Sam Lee", email: "sam.lee@northwind.example", thanked: "2026-11-20T16:00" });
	});

	it("writes nothing, and says so, when everyone has already been thanked", async () => {
		const thanked = TWO_INTERVIEWERS.replace("topics:", "thank_you_sent: 2026-11-20T15:30\ntopics:");
		const world = await startWith({ [INTERVIEW_PATH]: thanked });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(world.app, "mark-thank-you-sent");
		expect(note.writes()).toBe(0);
		expect(noticesSince(start).join("\n")).toMatch(/already/);
	});
});

describe("logging a follow-up", () => {
	it("logs the first follow-up at once, as the time now", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);
		await runCommand(world.app, "log-follow-up");
		const after = note.after();
		expect(after.frontmatter.follow_ups).toEqual(["2026-11-20T16:00"]);
		expect(without(after.frontmatter, "follow_ups")).toEqual(without(note.before.frontmatter, "follow_ups"));
		expect(after.body).toBe(note.before.body);
	});

	it("explains why a second follow-up nobody asked for hurts, with Cancel focused, and Cancel writes nothing", async () => {
		const world = await startWith({ [FOLLOWED_UP_PATH]: ONE_FOLLOW_UP });
		await openNote(world.app, FOLLOWED_UP_PATH);
		const note = watch(world, FOLLOWED_UP_PATH);

		await runCommand(world.app, "log-follow-up");
		const dialog = openConfirm();
		const text = dialog.contentEl.textContent ?? "";
		expect(text).toContain("One follow-up is completely acceptable");
		expect(text).toContain("2026-11-09");
		expect(document.activeElement?.textContent).toBe("Cancel");

		await press("Cancel");
		expect(note.writes()).toBe(0);
		expect(textOf(world.app, FOLLOWED_UP_PATH)).toBe(ONE_FOLLOW_UP);
	});

	it("writes nothing when the warning is closed with Escape", async () => {
		const world = await startWith({ [FOLLOWED_UP_PATH]: ONE_FOLLOW_UP });
		await openNote(world.app, FOLLOWED_UP_PATH);
		const note = watch(world, FOLLOWED_UP_PATH);
		await runCommand(world.app, "log-follow-up");
		// Obsidian closes a modal on Escape; closing is what the dialog sees.
		openConfirm().close();
		await settled();
		expect(note.writes()).toBe(0);
	});

	it("logs the second follow-up once the user confirms, keeping the first and everything else", async () => {
		const world = await startWith({ [FOLLOWED_UP_PATH]: ONE_FOLLOW_UP });
		await openNote(world.app, FOLLOWED_UP_PATH);
		const note = watch(world, FOLLOWED_UP_PATH);
		await runCommand(world.app, "log-follow-up");
		await press("Log it anyway");
		const after = note.after();
		expect(after.frontmatter.follow_ups).toEqual(["2026-11-09", "2026-11-20T16:00"]);
		expect(without(after.frontmatter, "follow_ups")).toEqual(without(note.before.frontmatter, "follow_ups"));
		expect(after.body).toBe(note.before.body);
		expect(note.writes()).toBe(1);
	});

	it("does not warn when they asked to be checked in with again", async () => {
		const invited = ONE_FOLLOW_UP.replace("custom_list:", "follow_up_invited: true\ncustom_list:");
		const world = await startWith({ [FOLLOWED_UP_PATH]: invited });
		await openNote(world.app, FOLLOWED_UP_PATH);
		await runCommand(world.app, "log-follow-up");
		expect(splitNote(textOf(world.app, FOLLOWED_UP_PATH)).frontmatter.follow_ups).toEqual(["2026-11-09", "2026-11-20T16:00"]);
	});

	it("edits the note as it is when the write happens, not as it was when the command started", async () => {
		const world = await startWith({ [FOLLOWED_UP_PATH]: ONE_FOLLOW_UP });
		await openNote(world.app, FOLLOWED_UP_PATH);
		await runCommand(world.app, "log-follow-up");
		// While the warning is open, news arrives and the note is changed elsewhere (another pane, a sync).
		const changed = ONE_FOLLOW_UP.replace("custom_list:", "heard_back: 2026-11-20T15:00\ncustom_list:");
		await world.app.vault.modify(fileAt(world.app, FOLLOWED_UP_PATH), changed);
		await press("Log it anyway");
		const { frontmatter, body } = splitNote(textOf(world.app, FOLLOWED_UP_PATH));
		expect(frontmatter.heard_back).toBe("2026-11-20T15:00");
		expect(frontmatter.follow_ups).toEqual(["2026-11-09", "2026-11-20T16:00"]);
		expect(body).toBe(splitNote(changed).body);
	});
});

describe("LinkedIn and the outcome", () => {
	it("records a LinkedIn request on the chosen interviewer only", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);
		await runCommand(world.app, "mark-linkedin-requested");
		await choose("Sam Lee");
		const after = note.after();
		const interviewers = after.frontmatter.interviewers as unknown[];
		const before = note.before.frontmatter.interviewers as unknown[];
		expect(interviewers[1]).toEqual({ name: "Sam Lee", email: "sam.lee@northwind.example", linkedin: "requested" });
		expect([interviewers[0], interviewers[2]]).toEqual([before[0], before[2]]);
		expect(without(after.frontmatter, "interviewers")).toEqual(without(note.before.frontmatter, "interviewers"));
		expect(after.body).toBe(note.before.body);
	});

	it("sets the outcome chosen from the five", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);
		await runCommand(world.app, "set-outcome");
		expect(await offered()).toHaveLength(5);
		await choose("Offer");
		const after = note.after();
		expect(after.frontmatter.outcome).toBe("offer");
		expect(without(after.frontmatter, "outcome")).toEqual(without(note.before.frontmatter, "outcome"));
		expect(after.body).toBe(note.before.body);
	});

	it("writes nothing at all when the outcome chosen is the one the note already has", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(world.app, INTERVIEW_PATH);
		const note = watch(world, INTERVIEW_PATH);
		const file = fileAt(world.app, INTERVIEW_PATH);
		const mtime = file.stat.mtime;
		await runCommand(world.app, "set-outcome");
		await choose("Pending: still waiting to hear");
		await world.app.metadataCache.settled();
		expect(note.writes()).toBe(0);
		expect(file.stat.mtime).toBe(mtime);
		expect(textOf(world.app, INTERVIEW_PATH)).toBe(TWO_INTERVIEWERS);
		expect(note.changedEvents()).toBe(0);
	});

	it("offers the gracious reply right after a rejection, and inserts it when asked", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(world.app, INTERVIEW_PATH);
		await runCommand(world.app, "set-outcome");
		await choose("Rejected");
		expect(openConfirm().contentEl.textContent).toMatch(/gracious/);
		await press("Insert gracious reply");
		expect(splitNote(textOf(world.app, INTERVIEW_PATH)).frontmatter.outcome).toBe("rejected");
		expect(view.editor.getValue()).toContain("## Gracious reply: Northwind Health");
	});

	it("leaves the note alone when the gracious reply is put off", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(world.app, INTERVIEW_PATH);
		await runCommand(world.app, "set-outcome");
		await choose("Rejected");
		await world.app.metadataCache.settled();
		const text = view.editor.getValue();
		await press("Not now");
		expect(view.editor.getValue()).toBe(text);
		expect(view.editor.getValue()).not.toContain("Gracious reply");
	});

	it("records the gracious reply as sent", async () => {
		const rejected = TWO_INTERVIEWERS.replace("topics:", "outcome: rejected\ntopics:");
		const world = await startWith({ [INTERVIEW_PATH]: rejected });
		await openNote(world.app, INTERVIEW_PATH);
		await runCommand(world.app, "mark-gracious-reply-sent");
		expect(splitNote(textOf(world.app, INTERVIEW_PATH)).frontmatter.gracious_note_sent).toBe("2026-11-20T16:00");
	});
});

describe("writing safely", () => {
	it("shows a notice naming the note when its frontmatter is not valid YAML, and writes nothing", async () => {
		const broken = TWO_INTERVIEWERS.replace("company: Northwind Health", "company: [Northwind Health");
		const world = await startWith({ [INTERVIEW_PATH]: broken });
		const writes = world.app.vault.writes.length;
		const start = Notice.messages.length;
		await runNoteAction(world.plugin, fileAt(world.app, INTERVIEW_PATH), "set-outcome", "offer");
		expect(noticesSince(start)).toEqual([expect.stringMatching(new RegExp(`^${INTERVIEW_PATH} is not an interview note`))]);
		expect(world.app.vault.writes.length).toBe(writes);
		expect(textOf(world.app, INTERVIEW_PATH)).toBe(broken);
	});

	it("shows a notice naming the note when the YAML was broken in the editor since it was read, and changes nothing", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const view = await openNote(world.app, INTERVIEW_PATH);
		// Typing not saved yet: the index still has the note as it was.
		view.editor.setValue(TWO_INTERVIEWERS.replace("company: Northwind Health", "company: [Northwind Health"));
		const typed = view.editor.getValue();
		const start = Notice.messages.length;
		await runNoteAction(world.plugin, fileAt(world.app, INTERVIEW_PATH), "set-outcome", "offer");
		expect(noticesSince(start)).toEqual([expect.stringMatching(new RegExp(`^Could not update ${INTERVIEW_PATH}: the frontmatter is not valid YAML`))]);
		expect(view.editor.getValue()).toBe(typed);
	});

	it("edits a note whose frontmatter uses anchors and aliases elsewhere, leaving them as written", async () => {
		const aliased = TWO_INTERVIEWERS.replace("company: Northwind Health", "company: &employer Northwind Health\nemployer_again: *employer");
		const world = await startWith({ [INTERVIEW_PATH]: aliased });
		await runNoteAction(world.plugin, fileAt(world.app, INTERVIEW_PATH), "set-outcome", "offer");
		expect(textOf(world.app, INTERVIEW_PATH)).toBe(
			aliased.replace("recruiter: Dana # a key the plugin does not know\n", "recruiter: Dana # a key the plugin does not know\noutcome: offer\n"),
		);
	});

	it("runs two commands on one note one after the other, so both land, in order", async () => {
		const world = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		const { vault } = world.app;
		const original = vault.process.bind(vault);
		const steps: string[] = [];
		let calls = 0;
		// A slow disk: each write waits before it reads and writes; without the queue the second would read the
		// note before the first had written and undo it.
		vault.process = async (file, fn, options) => {
			const n = ++calls;
			steps.push(`start ${n}`);
			await nextTurn();
			const data = await original(file, fn, options);
			steps.push(`end ${n}`);
			return data;
		};
		const file = fileAt(world.app, INTERVIEW_PATH);
		await Promise.all([
			runNoteAction(world.plugin, file, "mark-thank-you-sent", "Jane Doe"),
			runNoteAction(world.plugin, file, "mark-linkedin", "Jane Doe"),
		]);
		expect(steps).toEqual(["start 1", "end 1", "start 2", "end 2"]);
		const jane = (splitNote(textOf(world.app, INTERVIEW_PATH)).frontmatter.interviewers as unknown[])[0];
		expect(jane).toEqual({ name: "Jane Doe", thanked: "2026-11-20T16:00", linkedin: "requested" });
	});

	it("never throws into the caller, whatever the note holds", async () => {
		const world = await startWith({ "Odd.md": "---\n- just\n- a list\n---\nText\n" });
		const file = fileAt(world.app, "Odd.md");
		for (const action of ["insert-follow-up", "mark-thank-you-sent", "log-follow-up", "mark-linkedin", "set-outcome", "export-calendar"] as const) {
			await expect(runNoteAction(world.plugin, file, action, "offer")).resolves.toBeUndefined();
			for (;;) {
				try {
					openSuggester().close();
				} catch {
					break;
				}
			}
		}
	});
});
