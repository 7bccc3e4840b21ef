// @vitest-environment happy-dom
// Reminders in Obsidian with a frozen clock moved by hand: each fires once at its minute, never for something done,
// never again after a reload with the same data, again once its deadline moved; a flood is one Notice; the thank-you
// block's buttons run the command; system notifications only where the API is there and allowed.
// Run under UTC, America/Los_Angeles and Pacific/Auckland: the times below are local, as in the notes.
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, loadPlugin, resetHarness, unloadPlugin, type App } from "../harness/app";
import { setPlatform } from "../harness/misc";
import { installFakeNotification, removeNotification } from "../harness/notification";
import { Setting } from "../harness/settings";
import { Notice } from "../harness/ui";
import InterviewFollowUpPlugin from "../../src/main";
import { InterviewFollowUpSettingTab } from "../../src/obsidian/settings";

function note(company: string, interview: string, extra: string[] = []): string {
	return [
		"---",
		"tags: [interview]",
		`company: ${company}`,
		"role: Engineer",
		`interview_date: ${interview}`,
		"duration: 45",
		"interviewers: [Jane Doe, John Roe]",
		...extra,
		"---",
		"Notes.",
		"",
	].join("\n");
}

function at(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
	return new Date(year, month - 1, day, hours, minutes);
}

const MINUTE = 60_000;

interface Started {
	app: App;
	plugin: InterviewFollowUpPlugin;
	clock: { now: Date };
	/** Moves the clock and runs the minute tick, as the registered interval does. */
	tickAt(now: Date): void;
}

const running: Started[] = [];

async function start(
	files: Record<string, string>,
	now: Date,
	app = createTestApp(files),
	configure?: (plugin: InterviewFollowUpPlugin) => void,
): Promise<Started> {
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	const clock = { now };
	plugin.now = () => clock.now;
	configure?.(plugin);
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	const started: Started = {
		app,
		plugin,
		clock,
		tickAt: (next) => {
			clock.now = next;
			plugin.index.tick();
		},
	};
	running.push(started);
	return started;
}

/** A fresh Obsidian (a restart, or a second device) with the files and the plugin data `started` saved. */
function sameData(started: Started, files: Record<string, string>): App {
	const app = createTestApp(files);
	app.pluginData.set(PLUGIN_ID, started.app.pluginData.get(PLUGIN_ID));
	return app;
}

const PLUGIN_ID = "interview-follow-up";

async function stop(started: Started): Promise<void> {
	running.splice(running.indexOf(started), 1);
	await unloadPlugin(started.plugin, started.app);
}

afterEach(async () => {
	for (const started of [...running]) await stop(started);
	resetHarness();
});

const blockText = "Your interview at Acme has ended: this is your 30-minute thank-you block";

describe("the thank-you block", () => {
	it("opens at the minute the interview ends, once, and stays until dismissed", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 14, 30));
		started.tickAt(at(2026, 11, 20, 14, 44));
		expect(Notice.messages).toEqual([]);
		started.tickAt(at(2026, 11, 20, 14, 45));
		expect(Notice.messages).toEqual([blockText + "Write thank-you notesLater"]);
		expect(Notice.instances[0]?.duration).toBe(0);
		started.tickAt(at(2026, 11, 20, 14, 46));
		started.tickAt(at(2026, 11, 20, 15, 0));
		expect(Notice.messages).toHaveLength(1);
	});

	it("shows once when Obsidian opens inside the 30 minutes, and not at all after them", async () => {
		await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 15, 5));
		expect(Notice.messages.filter((message) => message.startsWith(blockText))).toHaveLength(1);
		resetHarness();
		await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 15, 15));
		expect(Notice.messages).toEqual([]);
	});

	it("runs Insert thank-you note for the first interviewer not yet thanked from its first button", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 14, 50));
		const notice = Notice.instances[0];
		const write = [...(notice?.noticeEl.querySelectorAll("button") ?? [])].find((button) => button.textContent === "Write thank-you notes");
		write?.click();
		await started.app.metadataCache.settled();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const text = await started.app.vault.read(started.app.vault.getFileByPath("Acme.md") ?? fail());
		expect(text).toMatch(/Thank-you.*Jane Doe/);
		expect(text).not.toMatch(/Thank-you.*John Roe/);
		expect(notice?.hidden).toBe(true);
	});

	it("only goes away from Later, writing nothing", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 14, 50));
		const notice = Notice.instances[0];
		const later = [...(notice?.noticeEl.querySelectorAll("button") ?? [])].find((button) => button.textContent === "Later");
		const writes = started.app.vault.writes.length;
		later?.click();
		expect(notice?.hidden).toBe(true);
		expect(started.app.vault.writes.length).toBe(writes);
	});
});

describe("reminders before a deadline and on the morning", () => {
	it.each([
		["an ordinary week", "2026-11-20T14:00"],
		["the US spring change (8 Mar 2026)", "2026-03-07T14:00"],
		["the New Zealand autumn change (5 Apr 2026)", "2026-04-04T14:00"],
		["the US autumn change (1 Nov 2026)", "2026-10-31T14:00"],
	])("reminds of an unsent thank-you 3 hours before its deadline, exactly once, across %s", async (_week, interview) => {
		const single = note("Acme", interview).replace("interviewers: [Jane Doe, John Roe]", "interviewers: [Jane Doe]");
		// Ninety minutes after the start, the thank-you block (45 + 30 minutes) is over.
		const started = await start({ "Acme.md": single }, new Date(new Date(interview).getTime() + 90 * MINUTE));
		const evaluation = started.plugin.index.get("Acme.md");
		const deadline = evaluation?.checks.find((check) => check.rule === 2)?.due;
		if (!deadline) throw new Error("no deadline");
		const remindAt = deadline.getTime() - 3 * 60 * MINUTE;
		started.tickAt(new Date(remindAt - MINUTE));
		const before = Notice.messages.filter((message) => message.includes("thank-you by"));
		expect(before).toEqual([]);
		started.tickAt(new Date(remindAt));
		started.tickAt(new Date(remindAt + MINUTE));
		started.tickAt(new Date(deadline.getTime() - MINUTE));
		expect(Notice.messages.filter((message) => message.includes("thank-you by"))).toEqual([
			expect.stringContaining("Acme, Engineer: send Jane Doe a thank-you by"),
		]);
	});

	it("never reminds of a thank-you already sent", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00", ["thank_you_sent: 2026-11-20T14:40"]) }, at(2026, 11, 20, 14, 41));
		for (let minute = 0; minute <= 24 * 60; minute += 30) started.tickAt(new Date(at(2026, 11, 20, 14, 41).getTime() + minute * MINUTE));
		expect(Notice.messages).toEqual([]);
	});

	it("drops a reminder whose thank-you was sent after it was scheduled", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 16));
		const file = started.app.vault.getFileByPath("Acme.md") ?? fail();
		await started.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			frontmatter.thank_you_sent = "2026-11-20T17:00";
		});
		await started.app.metadataCache.settled();
		await started.plugin.index.settled();
		started.tickAt(at(2026, 11, 21, 11));
		started.tickAt(at(2026, 11, 21, 13));
		expect(Notice.messages).toEqual([]);
	});

	it("moves the reminder when the hours before the deadline change in the settings", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00").replace("[Jane Doe, John Roe]", "[Jane Doe]") }, at(2026, 11, 20, 16));
		const tab = new InterviewFollowUpSettingTab(started.app.asObsidian(), started.plugin);
		await tab.setControlValue("remindHoursBeforeDeadline", "5");
		started.tickAt(at(2026, 11, 21, 8, 59));
		expect(Notice.messages).toEqual([]);
		started.tickAt(at(2026, 11, 21, 9, 0));
		expect(Notice.messages).toEqual(["Acme, Engineer: send Jane Doe a thank-you by Sat 21 Nov, 14:00."]);
		started.tickAt(at(2026, 11, 21, 11, 0));
		expect(Notice.messages).toHaveLength(1);
	});

	it("takes the morning hour as 07:00 or 7 in the settings, and refuses an hour that is not one", async () => {
		const { app, plugin } = await start({}, at(2026, 11, 20, 16));
		const tab = new InterviewFollowUpSettingTab(app.asObsidian(), plugin);
		await tab.setControlValue("morningReminderHour", "07:00");
		expect(plugin.settings.morningReminderHour).toBe(7);
		await tab.setControlValue("morningReminderHour", "25");
		expect(plugin.settings.morningReminderHour).toBe(7);
		expect(tab.getControlValue("morningReminderHour")).toBe("07:00");
	});

	it("reminds of the follow-up at 09:00 local on the morning it falls due, across the US spring change", async () => {
		const started = await start(
			{ "Acme.md": note("Acme", "2026-03-02T10:00", ["thank_you_sent: 2026-03-02T12:00", "next_steps_date: 2026-03-07"]) },
			at(2026, 3, 3),
		);
		started.tickAt(at(2026, 3, 8, 8, 59));
		expect(Notice.messages).toEqual([]);
		started.tickAt(at(2026, 3, 8, 9, 0));
		expect(Notice.messages).toEqual(["Acme, Engineer: time to follow up on your interview of Mon 2 Mar, 10:00."]);
		started.tickAt(at(2026, 3, 8, 9, 1));
		expect(Notice.messages).toHaveLength(1);
	});

	it("reminds of the gracious reply the morning after the rejection was first seen, and keeps that moment over a restart", async () => {
		const files = { "Acme.md": note("Acme", "2026-11-20T14:00", ["thank_you_sent: 2026-11-20T16:00", "outcome: rejected"]) };
		const first = await start(files, at(2026, 12, 3, 17, 40));
		await stop(first);
		const second = await start(files, at(2026, 12, 4, 8), sameData(first, files));
		second.tickAt(at(2026, 12, 4, 8, 59));
		expect(Notice.messages).toEqual([]);
		second.tickAt(at(2026, 12, 4, 9, 0));
		expect(Notice.messages).toEqual(['Acme, Engineer: a short, gracious reply to their "no" keeps the door open.']);
	});
});

describe("at most once", () => {
	it("does not remind again after a reload with the same data", async () => {
		const files = { "Acme.md": note("Acme", "2026-11-20T14:00") };
		const first = await start(files, at(2026, 11, 20, 14, 30));
		first.tickAt(at(2026, 11, 20, 14, 45));
		expect(Notice.messages).toHaveLength(1);
		await stop(first);
		Notice.clear();
		// A restart, or a second device with the same data.json, inside the block.
		await start(files, at(2026, 11, 20, 14, 50), sameData(first, files));
		expect(Notice.messages).toEqual([]);
		// Without that data the same moment does show it: the data is what keeps it quiet.
		await start(files, at(2026, 11, 20, 14, 50));
		expect(Notice.messages).toHaveLength(1);
	});

	it("reminds again once the interview moved, since its block moved with it", async () => {
		const started = await start({ "Acme.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 14, 50));
		expect(Notice.messages).toHaveLength(1);
		const file = started.app.vault.getFileByPath("Acme.md") ?? fail();
		await started.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			frontmatter.interview_date = "2026-11-20T14:30";
		});
		await started.app.metadataCache.settled();
		await started.plugin.index.settled();
		started.tickAt(at(2026, 11, 20, 15, 15));
		expect(Notice.messages.filter((message) => message.startsWith(blockText))).toHaveLength(2);
	});

	it("shows one Notice with the count when 50 reminders fall due at the same minute", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 50; i++) files[`Interviews/Company ${i}.md`] = note(`Company ${i}`, "2026-11-20T14:00");
		const started = await start(files, at(2026, 11, 20, 14, 30));
		started.tickAt(at(2026, 11, 20, 14, 45));
		expect(Notice.messages).toEqual(["50 interview reminders are due: see the interview follow-up sidebar."]);
		started.tickAt(at(2026, 11, 20, 14, 46));
		expect(Notice.messages).toHaveLength(1);
	});

	it("looks at no reminder at a minute when none is due, however many notes there are", async () => {
		const work: number[] = [];
		for (const n of [25, 50, 100, 200]) {
			const files: Record<string, string> = {};
			for (let i = 0; i < n; i++) files[`Interviews/Company ${i}.md`] = note(`Company ${i}`, "2026-11-20T14:00");
			const started = await start(files, new Date(2026, 10, 20, 14, 0, 30));
			const before = started.plugin.reminders.work;
			for (let minute = 1; minute <= 10; minute++) started.tickAt(new Date(new Date(2026, 10, 20, 14, 0, 30).getTime() + minute * MINUTE));
			work.push(started.plugin.reminders.work - before);
			await stop(started);
		}
		expect(work).toEqual([0, 0, 0, 0]);
	});
});

describe("system notifications", () => {
	it("shows the reminder as a system notification too when it is turned on and allowed", async () => {
		const fake = installFakeNotification("granted");
		try {
			await start(
				{ "Acme.md": note("Acme", "2026-11-20T14:00") },
				at(2026, 11, 20, 14, 50),
				undefined,
				(plugin) => (plugin.settings.systemNotifications = true),
			);
			expect(fake.shown).toEqual([{ title: "Interview follow-up", body: blockText }]);
			expect(Notice.messages).toHaveLength(1);
		} finally {
			fake.uninstall();
		}
	});

	it("shows only the Notice when system notifications are off, not allowed, on mobile, or missing", async () => {
		const fake = installFakeNotification("denied");
		try {
			await start(
				{ "A.md": note("Acme", "2026-11-20T14:00") },
				at(2026, 11, 20, 14, 50),
				undefined,
				(plugin) => (plugin.settings.systemNotifications = true),
			);
			fake.setPermission("granted");
			await start({ "B.md": note("Acme", "2026-11-20T14:00") }, at(2026, 11, 20, 14, 50));
			setPlatform("mobile");
			await start(
				{ "C.md": note("Acme", "2026-11-20T14:00") },
				at(2026, 11, 20, 14, 50),
				undefined,
				(plugin) => (plugin.settings.systemNotifications = true),
			);
			setPlatform("desktop");
			expect(fake.shown).toEqual([]);
		} finally {
			fake.uninstall();
		}
		const restore = removeNotification();
		try {
			await start(
				{ "D.md": note("Acme", "2026-11-20T14:00") },
				at(2026, 11, 20, 14, 50),
				undefined,
				(plugin) => (plugin.settings.systemNotifications = true),
			);
		} finally {
			restore();
		}
		expect(Notice.messages.filter((message) => message.startsWith(blockText))).toHaveLength(4);
	});

	it("offers the system notifications switch and the reminder hours in the settings, the switch on desktop only", async () => {
		const { app, plugin } = await start({}, at(2026, 11, 20, 14, 50));
		const tab = new InterviewFollowUpSettingTab(app.asObsidian(), plugin);
		tab.display();
		expect(Setting.find(tab.containerEl, "System notifications")).not.toBeNull();
		expect(Setting.find(tab.containerEl, "Remind before the thank-you deadline")).not.toBeNull();
		expect(Setting.find(tab.containerEl, "Morning reminder hour")).not.toBeNull();
		setPlatform("mobile");
		tab.display();
		expect(Setting.find(tab.containerEl, "System notifications")).toBeNull();
		expect(Setting.find(tab.containerEl, "Morning reminder hour")).not.toBeNull();
	});

	it("asks for permission when the user turns system notifications on", async () => {
		const fake = installFakeNotification("default");
		try {
			const { app, plugin } = await start({}, at(2026, 11, 20, 14, 50));
			const tab = new InterviewFollowUpSettingTab(app.asObsidian(), plugin);
			await tab.setControlValue("systemNotifications", true);
			expect(fake.requests).toBe(1);
			expect(plugin.settings.systemNotifications).toBe(true);
		} finally {
			fake.uninstall();
		}
	});
});

function fail(): never {
	throw new Error("no such file");
}
