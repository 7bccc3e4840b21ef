// @vitest-environment happy-dom
// The live index: a full scan once the layout is ready, then one note re-evaluated per change, renames and
// deletions followed, time moving on each minute, and one Notice when a thank-you becomes overdue.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestApp, loadPlugin, type App } from "../harness/app";
import { Notice } from "../harness/ui";
import type { TFile } from "../harness/vault";
import InterviewFollowUpPlugin from "../../src/main";
import { TICK_MS } from "../../src/obsidian/index";
import { toNoteDateTime } from "../../src/engine/dates";

interface NoteOptions {
	company?: string;
	interview?: string;
	interviewers?: string[];
	thankYouSent?: string;
	tags?: string;
	body?: string;
	topics?: string[];
}

function note(options: NoteOptions = {}): string {
	const lines = ["---", `tags: ${options.tags ?? "[interview]"}`, `company: ${options.company ?? "Acme"}`, "role: Product designer"];
	if (options.interview !== undefined) lines.push(`interview_date: ${options.interview}`);
	if (options.interviewers) lines.push(`interviewers: [${options.interviewers.join(", ")}]`);
	if (options.thankYouSent) lines.push(`thank_you_sent: ${options.thankYouSent}`);
	if (options.topics) lines.push(`topics: [${options.topics.join(", ")}]`);
	lines.push("---", options.body ?? "Notes from the interview.", "");
	return lines.join("\n");
}

/** A clock the test moves by hand; the plugin reads it through `plugin.now`. */
class Clock {
	constructor(public current: Date) {}
	set(date: Date): void {
		this.current = date;
	}
}

interface Started {
	app: App;
	plugin: InterviewFollowUpPlugin;
	clock: Clock;
	file(path: string): TFile;
}

async function start(files: Record<string, string>, now: Date, configure?: (plugin: InterviewFollowUpPlugin) => void): Promise<Started> {
	const app = createTestApp(files);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	const clock = new Clock(now);
	plugin.now = () => clock.current;
	configure?.(plugin);
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	const file = (path: string): TFile => {
		const found = app.vault.getFileByPath(path);
		if (!found) throw new Error(`no file ${path}`);
		return found;
	};
	return { app, plugin, clock, file };
}

/** Waits for the metadata cache to report the last write and for the index to finish with it. */
async function caughtUp(started: Started): Promise<void> {
	await started.app.metadataCache.settled();
	await started.plugin.index.settled();
}

const NOW = new Date(2026, 10, 20, 16, 0);

afterEach(() => {
	Notice.clear();
	vi.useRealTimers();
});

describe("the first scan", () => {
	it("indexes nothing before the layout is ready, then every interview note exactly once", async () => {
		const app = createTestApp({
			"Interviews/Acme.md": note({ interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }),
			"Interviews/Globex.md": note({ company: "Globex", interview: "2026-11-18T10:00", interviewers: ["Raj Patel"] }),
			"Recipes/Soup.md": "---\ntags: [recipe]\n---\nLentils.\n",
		});
		const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
		plugin.now = () => NOW;
		expect(plugin.index.all()).toHaveLength(0);
		expect(plugin.index.evaluationCount).toBe(0);
		expect(plugin.index.ready).toBe(false);
		await app.workspace.triggerLayoutReady();
		await plugin.index.settled();
		expect(plugin.index.ready).toBe(true);
		expect(
			plugin.index
				.all()
				.map((evaluation) => evaluation.path)
				.sort(),
		).toEqual(["Interviews/Acme.md", "Interviews/Globex.md"]);
		expect(plugin.index.evaluationCount).toBe(2);
	});

	it("counts only notes in the chosen folder", async () => {
		const { plugin } = await start(
			{
				"Interviews/Acme.md": note({ interview: "2026-11-20T14:00" }),
				"Archive/Initech.md": note({ company: "Initech", interview: "2025-01-10T09:00" }),
			},
			NOW,
			(p) => (p.settings.folder = "Interviews"),
		);
		expect(plugin.index.all().map((evaluation) => evaluation.path)).toEqual(["Interviews/Acme.md"]);
	});

	it("lists notes by stage, act now first, as the engine orders them", async () => {
		const { plugin } = await start(
			{
				"a.md": note({ company: "Upcoming Co", interview: "2026-11-25T10:00" }),
				"b.md": note({ company: "Due Co", interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }),
			},
			NOW,
		);
		expect(plugin.index.all().map((evaluation) => evaluation.stage)).toEqual(["act-now", "upcoming"]);
	});
});

describe("changes to notes", () => {
	const files = {
		"Interviews/Acme.md": note({ interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }),
		"Interviews/Globex.md": note({ company: "Globex", interview: "2026-11-18T10:00", interviewers: ["Raj Patel"] }),
		"Recipes/Soup.md": "---\ntags: [recipe]\n---\nLentils.\n",
	};

	it("re-evaluates exactly one note when one note's properties change, and says which", async () => {
		const started = await start(files, NOW);
		const { app, plugin, file } = started;
		const updates: unknown[] = [];
		plugin.index.on("updated", (paths: unknown) => updates.push(paths));
		const before = { evaluations: plugin.index.evaluationCount, revision: plugin.index.revision };
		await app.vault.modify(
			file("Interviews/Acme.md"),
			note({ interview: "2026-11-20T14:00", interviewers: ["Jane Doe"], thankYouSent: "2026-11-20T15:30" }),
		);
		await caughtUp(started);
		expect(plugin.index.evaluationCount - before.evaluations).toBe(1);
		expect(plugin.index.revision).toBe(before.revision + 1);
		expect(updates).toEqual([["Interviews/Acme.md"]]);
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("ok");
	});

	it("takes frontmatter from the metadata cache and never reads a note without thank-you sections", async () => {
		const started = await start(files, NOW);
		const reads = vi.spyOn(started.app.vault, "cachedRead");
		const fullReads = vi.spyOn(started.app.vault, "read");
		await started.app.vault.modify(started.file("Interviews/Acme.md"), note({ company: "Acme Corp", interview: "2026-11-20T14:00" }));
		await caughtUp(started);
		expect(started.plugin.index.get("Interviews/Acme.md")?.note.company).toBe("Acme Corp");
		expect(reads).not.toHaveBeenCalled();
		expect(fullReads).not.toHaveBeenCalled();
	});

	it("ignores a change to a note that is not an interview note", async () => {
		const started = await start(files, NOW);
		const { plugin } = started;
		const before = { evaluations: plugin.index.evaluationCount, revision: plugin.index.revision };
		await started.app.vault.modify(started.file("Recipes/Soup.md"), "---\ntags: [recipe]\n---\nLentils and leeks.\n");
		await caughtUp(started);
		expect(plugin.index.evaluationCount).toBe(before.evaluations);
		expect(plugin.index.revision).toBe(before.revision);
	});

	it("drops a note whose interview tag was removed", async () => {
		const started = await start(files, NOW);
		await started.app.vault.modify(started.file("Interviews/Globex.md"), note({ tags: "[archive]", interview: "2026-11-18T10:00" }));
		await caughtUp(started);
		expect(started.plugin.index.get("Interviews/Globex.md")).toBeUndefined();
		expect(started.plugin.index.all()).toHaveLength(1);
	});

	it("adds a note created while Obsidian is open", async () => {
		const started = await start(files, NOW);
		await started.app.vault.create("Interviews/Initech.md", note({ company: "Initech", interview: "2026-11-19T09:00" }));
		await caughtUp(started);
		expect(started.plugin.index.get("Interviews/Initech.md")?.note.company).toBe("Initech");
		expect(started.plugin.index.all()).toHaveLength(3);
	});

	it("moves a renamed note to its new path with one evaluation", async () => {
		const started = await start(files, NOW);
		const { app, plugin, file } = started;
		await app.vault.createFolder("Archive");
		const before = plugin.index.evaluationCount;
		const updates: unknown[] = [];
		plugin.index.on("updated", (paths: unknown) => updates.push(paths));
		await app.vault.rename(file("Interviews/Acme.md"), "Archive/Acme 2026.md");
		await caughtUp(started);
		expect(plugin.index.get("Interviews/Acme.md")).toBeUndefined();
		expect(plugin.index.get("Archive/Acme 2026.md")?.note.company).toBe("Acme");
		expect(plugin.index.get("Archive/Acme 2026.md")?.path).toBe("Archive/Acme 2026.md");
		expect(plugin.index.evaluationCount - before).toBe(1);
		expect(updates).toEqual([["Interviews/Acme.md", "Archive/Acme 2026.md"]]);
	});

	it("moves every note of a renamed folder", async () => {
		const started = await start(files, NOW);
		const folder = started.app.vault.getFolderByPath("Interviews");
		if (!folder) throw new Error("no folder");
		await started.app.vault.rename(folder, "Job search");
		await caughtUp(started);
		expect(
			started.plugin.index
				.all()
				.map((evaluation) => evaluation.path)
				.sort(),
		).toEqual(["Job search/Acme.md", "Job search/Globex.md"]);
	});

	it("drops a note moved out of the chosen folder, and takes one moved into it", async () => {
		const started = await start(
			{ ...files, "Inbox/Initech.md": note({ company: "Initech", interview: "2026-11-19T09:00" }) },
			NOW,
			(p) => (p.settings.folder = "Interviews"),
		);
		const { app, plugin, file } = started;
		await app.vault.rename(file("Interviews/Acme.md"), "Inbox/Acme.md");
		await app.vault.rename(file("Inbox/Initech.md"), "Interviews/Initech.md");
		await caughtUp(started);
		expect(
			plugin.index
				.all()
				.map((evaluation) => evaluation.path)
				.sort(),
		).toEqual(["Interviews/Globex.md", "Interviews/Initech.md"]);
	});

	it("drops a deleted note, and every note of a deleted folder", async () => {
		const started = await start(files, NOW);
		const { app, plugin, file } = started;
		await app.vault.delete(file("Interviews/Acme.md"));
		await caughtUp(started);
		expect(plugin.index.get("Interviews/Acme.md")).toBeUndefined();
		expect(plugin.index.all()).toHaveLength(1);
		const folder = app.vault.getFolderByPath("Interviews");
		if (!folder) throw new Error("no folder");
		await app.vault.delete(folder);
		await caughtUp(started);
		expect(plugin.index.all()).toHaveLength(0);
	});
});

describe("thank-you drafts in the body (rule 3)", () => {
	const draft = (text: string): string => `## Thank-you to Jane Doe\n\n${text}\n`;

	it("reads the body only of notes whose headings hold a thank-you section, and checks the draft", async () => {
		const app = createTestApp({
			"Interviews/Acme.md": note({
				interview: "2026-11-20T14:00",
				interviewers: ["Jane Doe"],
				topics: ["design systems"],
				body: draft("Dear Jane, thank you for {{topic}}."),
			}),
			"Interviews/Globex.md": note({ company: "Globex", interview: "2026-11-18T10:00", interviewers: ["Raj Patel"] }),
		});
		const reads = vi.spyOn(app.vault, "cachedRead");
		const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
		plugin.now = () => NOW;
		await app.workspace.triggerLayoutReady();
		await plugin.index.settled();
		expect(reads.mock.calls.map(([file]) => file.path)).toEqual(["Interviews/Acme.md"]);
		const personal = plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 3);
		expect(personal?.state).toBe("generic");
		expect(plugin.index.get("Interviews/Globex.md")?.checks.some((check) => check.rule === 3)).toBe(false);
	});

	it("sees a draft made personal once the note is saved", async () => {
		const started = await start(
			{
				"Interviews/Acme.md": note({
					interview: "2026-11-20T14:00",
					interviewers: ["Jane Doe"],
					topics: ["design systems"],
					body: draft("Dear Jane, thank you for {{topic}}."),
				}),
			},
			NOW,
		);
		await started.app.vault.modify(
			started.file("Interviews/Acme.md"),
			note({
				interview: "2026-11-20T14:00",
				interviewers: ["Jane Doe"],
				topics: ["design systems"],
				body: draft("Dear Jane, I enjoyed our talk about design systems."),
			}),
		);
		await caughtUp(started);
		expect(started.plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 3)?.state).toBe("ok");
	});
});

// Interviews the day before each 2026 DST change (US 8 March and 1 November, EU 29 March and 25 October,
// New Zealand 5 April and 27 September), and one far from any: the deadline may cross the change.
const INTERVIEW_DAYS = ["2026-11-20", "2026-03-07", "2026-03-28", "2026-04-04", "2026-09-26", "2026-10-24", "2026-10-31"];

describe("the minute tick", () => {
	async function dueThankYou(day: string, configure?: (plugin: InterviewFollowUpPlugin) => void): Promise<Started & { deadline: Date }> {
		const [year, month, date] = day.split("-").map(Number) as [number, number, number];
		const interview = new Date(year, month - 1, date, 14, 0);
		const started = await start(
			{ "Interviews/Acme.md": note({ interview: toNoteDateTime(interview), interviewers: ["Jane Doe"] }) },
			new Date(year, month - 1, date, 16, 0),
			// Only the overdue Notice is counted here; the reminder before the deadline has tests of its own.
			(plugin) => {
				plugin.settings.remindHoursBeforeDeadline = 0;
				configure?.(plugin);
			},
		);
		const deadline = started.plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.due;
		if (!deadline) throw new Error("no thank-you deadline");
		return { ...started, deadline };
	}

	it.each(INTERVIEW_DAYS)("turns a thank-you from due to overdue as time passes the deadline, with one Notice (interview on %s)", async (day) => {
		const started = await dueThankYou(day);
		const { plugin, clock, deadline } = started;
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("due");
		clock.set(new Date(deadline.getTime() - 60_000));
		plugin.index.tick();
		expect(Notice.messages).toHaveLength(0);
		clock.set(new Date(deadline.getTime() + 60_000));
		plugin.index.tick();
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("overdue");
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages[0]).toContain("Acme");
		expect(Notice.messages[0]).toContain("Jane Doe");
		clock.set(new Date(deadline.getTime() + 2 * 60_000));
		plugin.index.tick();
		clock.set(new Date(deadline.getTime() + 3 * 60 * 60_000));
		plugin.index.tick();
		expect(Notice.messages).toHaveLength(1);
	});

	it("runs by itself each minute through a registered interval", async () => {
		vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
		const started = await dueThankYou("2026-11-20");
		const { plugin, clock, deadline } = started;
		clock.set(new Date(deadline.getTime() + 60_000));
		vi.advanceTimersByTime(TICK_MS - 1);
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("due");
		vi.advanceTimersByTime(1);
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("overdue");
		expect(Notice.messages).toHaveLength(1);
	});

	it("raises no Notice when notices are turned off", async () => {
		const { plugin, clock, deadline } = await dueThankYou("2026-11-20", (p) => (p.settings.notices = false));
		clock.set(new Date(deadline.getTime() + 60_000));
		plugin.index.tick();
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("overdue");
		expect(Notice.messages).toHaveLength(0);
	});

	it("gives one Notice with the count, not a wall of them, when many checks turn overdue at once", async () => {
		const files: Record<string, string> = {};
		for (const company of ["Acme", "Globex", "Initech", "Umbrella"]) {
			files[`Interviews/${company}.md`] = note({ company, interview: "2026-11-20T10:00", interviewers: ["Jane Doe"] });
		}
		const { plugin, clock } = await start(files, NOW);
		expect(Notice.messages).toHaveLength(0);
		clock.set(new Date(2026, 10, 21, 10, 1));
		plugin.index.tick();
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages[0]).toBe("4 follow-up steps need you now: see the interview follow-up sidebar.");
		plugin.index.tick();
		expect(Notice.messages).toHaveLength(1);
	});

	it("raises no Notice for a thank-you that was already overdue when Obsidian started", async () => {
		const { plugin, clock } = await start({ "Interviews/Acme.md": note({ interview: "2026-11-18T14:00", interviewers: ["Jane Doe"] }) }, NOW);
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("overdue");
		clock.set(new Date(2026, 10, 20, 16, 1));
		plugin.index.tick();
		expect(Notice.messages).toHaveLength(0);
	});

	it("moves the revision only when a state changed, and never touches a file", async () => {
		const started = await dueThankYou("2026-11-20");
		const { app, plugin, clock, deadline } = started;
		const reads = vi.spyOn(app.vault, "cachedRead");
		const writes = app.vault.writes.length;
		const revision = plugin.index.revision;
		clock.set(new Date(deadline.getTime() - 30 * 60_000));
		plugin.index.tick();
		expect(plugin.index.revision).toBe(revision);
		clock.set(new Date(deadline.getTime() + 60_000));
		plugin.index.tick();
		expect(plugin.index.revision).toBe(revision + 1);
		expect(reads).not.toHaveBeenCalled();
		expect(app.vault.writes.length).toBe(writes);
	});

	it("moves an upcoming interview to the act-now stage once it has started", async () => {
		const { plugin, clock } = await start({ "Interviews/Acme.md": note({ interview: "2026-11-20T17:00", interviewers: ["Jane Doe"] }) }, NOW);
		expect(plugin.index.get("Interviews/Acme.md")?.stage).toBe("upcoming");
		clock.set(new Date(2026, 10, 20, 17, 1));
		plugin.index.tick();
		expect(plugin.index.get("Interviews/Acme.md")?.stage).toBe("act-now");
	});
});

describe("settings changes", () => {
	const files = {
		"Interviews/Acme.md": note({ interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }),
		"Interviews/Globex.md": note({
			company: "Globex",
			interview: "2026-11-18T10:00",
			interviewers: ["Raj Patel"],
			body: "## Thank-you to Raj Patel\n\nDear Raj,\n",
		}),
	};

	it("re-evaluates every note under a new window without reading any file", async () => {
		const started = await start(files, NOW);
		const { app, plugin } = started;
		const reads = vi.spyOn(app.vault, "cachedRead");
		const before = plugin.index.evaluationCount;
		expect(plugin.index.get("Interviews/Globex.md")?.checks.find((check) => check.rule === 2)?.state).toBe("overdue");
		plugin.settings.windowHours = 72;
		await plugin.saveSettings();
		expect(plugin.index.evaluationCount - before).toBe(2);
		expect(plugin.index.get("Interviews/Globex.md")?.checks.find((check) => check.rule === 2)?.state).toBe("due");
		expect(reads).not.toHaveBeenCalled();
		expect(Notice.messages).toHaveLength(0);
	});

	it("scans again under a new tag", async () => {
		const started = await start({ ...files, "Interviews/Initech.md": note({ tags: "[job]", company: "Initech", interview: "2026-11-19T09:00" }) }, NOW);
		const { plugin } = started;
		plugin.settings.tag = "job";
		await plugin.saveSettings();
		await plugin.index.settled();
		expect(plugin.index.all().map((evaluation) => evaluation.path)).toEqual(["Interviews/Initech.md"]);
	});

	it("re-evaluates nothing when only the name or signature changed", async () => {
		const { plugin } = await start(files, NOW);
		const before = plugin.index.evaluationCount;
		plugin.settings.myName = "Sam Lee";
		await plugin.saveSettings();
		expect(plugin.index.evaluationCount).toBe(before);
	});
});

describe("a thank-you heading written with any hyphen", () => {
	it("reads the body of a note under '## Thank‐you: Jane Doe' (U+2010) and checks the draft, as the command line does", async () => {
		const body = "## Thank\u2010you: Jane Doe\n\nDear Jane, thank you for {{topic}}.\n";
		const { plugin } = await start(
			{ "Interviews/Acme.md": note({ interview: "2026-11-20T14:00", interviewers: ["Jane Doe"], topics: ["design systems"], body }) },
			NOW,
		);
		const personal = plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 3);
		expect(personal?.subject).toBe("Jane Doe");
		expect(personal?.state).toBe("generic");
	});
});

describe("template folders", () => {
	const template = note({ company: '"<% tp.system.prompt(\\"Company\\") %>"', interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] });
	const files = {
		"Interviews/Acme.md": note({ interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }),
		"Templates/Interview.md": template,
		"Meta/Templater/Interview.md": template,
	};

	async function withTemplateSettings(templates: string | null, templater: string | null): Promise<Started> {
		return start(files, NOW, (plugin) => {
			const { adapter, configDir } = plugin.app.vault;
			if (templates !== null) void adapter.write(`${configDir}/templates.json`, templates);
			if (templater !== null) void adapter.write(`${configDir}/plugins/templater-obsidian/data.json`, templater);
		});
	}

	it("skips notes in the core Templates plugin's folder and in Templater's", async () => {
		const { plugin } = await withTemplateSettings('{"folder":"Templates"}', '{"templates_folder":"Meta/Templater"}');
		expect(plugin.index.all().map((evaluation) => evaluation.path)).toEqual(["Interviews/Acme.md"]);
	});

	it("reads every note when neither plugin names a folder", async () => {
		const { plugin } = await withTemplateSettings(null, '{"templates_folder":"/"}');
		expect(plugin.index.all()).toHaveLength(3);
	});

	it("ignores a change to a template, and reads the template folders again when the settings are saved", async () => {
		const started = await withTemplateSettings('{"folder":"Templates"}', null);
		const { app, plugin } = started;
		await app.vault.modify(started.file("Templates/Interview.md"), `${template}More.\n`);
		await caughtUp(started);
		expect(plugin.index.get("Templates/Interview.md")).toBeUndefined();
		await app.vault.adapter.write(`${app.vault.configDir}/templates.json`, '{"folder":"Meta/Templater"}');
		await plugin.saveSettings();
		await plugin.index.settled();
		expect(
			plugin.index
				.all()
				.map((evaluation) => evaluation.path)
				.sort(),
		).toEqual(["Interviews/Acme.md", "Templates/Interview.md"]);
	});
});
