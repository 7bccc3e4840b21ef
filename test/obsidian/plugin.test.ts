// @vitest-environment happy-dom
// The plugin's lifecycle in Obsidian: what it registers on load, that nothing heavy runs before the layout is
// ready, the ribbon icon and the status bar, and that nothing is left behind after it is turned off.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NOTHING_LEFT, createTestApp, loadPlugin, unloadPlugin, type App } from "../harness/app";
import { setPlatform } from "../harness/misc";
import InterviewFollowUpPlugin, { VIEW_TYPE_FOLLOW_UP } from "../../src/main";
import { FollowUpView, statusBarText } from "../../src/obsidian/sidebar";
import { InterviewFollowUpSettingTab } from "../../src/obsidian/settings";

function note(company: string, interview: string, extra: string[] = []): string {
	return ["---", "tags: [interview]", `company: ${company}`, `interview_date: ${interview}`, "interviewers: [Jane Doe]", ...extra, "---", "Notes.", ""].join(
		"\n",
	);
}

// 20 November 2026, 16:00 local: Acme and Globex both owe a thank-you, Initech is still to come.
const NOW = new Date(2026, 10, 20, 16, 0);
const FILES = {
	"Interviews/Acme.md": note("Acme", "2026-11-20T14:00"),
	"Interviews/Globex.md": note("Globex", "2026-11-19T17:00"),
	"Interviews/Initech.md": note("Initech", "2026-11-25T09:00"),
};

/** Every plugin a test loaded, unloaded after it, so one test's leftovers never count in the next. */
const loaded: { app: App; plugin: InterviewFollowUpPlugin }[] = [];

async function load(files: Record<string, string> = FILES, saved?: unknown): Promise<{ app: App; plugin: InterviewFollowUpPlugin }> {
	const app = createTestApp(files);
	if (saved !== undefined) app.pluginData.set("interview-follow-up", saved);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	plugin.now = () => NOW;
	loaded.push({ app, plugin });
	return { app, plugin };
}

async function ready(app: App, plugin: InterviewFollowUpPlugin): Promise<void> {
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
}

function statusBarItem(app: App): HTMLElement | null {
	return app.statusBarEl.querySelector<HTMLElement>(".ifu-status-bar");
}

afterEach(async () => {
	setPlatform("desktop");
	for (const { app, plugin } of loaded.splice(0)) await unloadPlugin(plugin, app);
});

describe("loading", () => {
	it("registers the view, a ribbon icon, the settings tab and the status bar, and indexes nothing yet", async () => {
		const { app, plugin } = await load();
		const reads = vi.spyOn(app.vault, "cachedRead");
		expect(app.workspace.viewRegistry.has(VIEW_TYPE_FOLLOW_UP)).toBe(true);
		expect(app.ribbonEl.querySelector('[aria-label="Open interview follow-up"]')).not.toBeNull();
		expect(app.settingTabs.some((tab) => tab instanceof InterviewFollowUpSettingTab)).toBe(true);
		expect(statusBarItem(app)).not.toBeNull();
		expect(plugin.index.evaluationCount).toBe(0);
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		expect(reads).not.toHaveBeenCalled();
		await ready(app, plugin);
		expect(plugin.index.all()).toHaveLength(3);
		expect(app.metadataCache.listenerCount("changed")).toBe(1);
	});

	it("reads saved settings through the migration, keeping good values and replacing wrong ones", async () => {
		const { plugin } = await load(FILES, { version: 1, windowHours: -3, waitDays: 10, tag: "#interview", notices: "often" });
		expect(plugin.settings.windowHours).toBe(24);
		expect(plugin.settings.waitDays).toBe(10);
		expect(plugin.settings.tag).toBe("interview");
		expect(plugin.settings.notices).toBe(true);
	});

	it("adds no status bar item on mobile, which has no status bar", async () => {
		setPlatform("mobile");
		const { app } = await load();
		expect(statusBarItem(app)).toBeNull();
	});
});

describe("opening the sidebar", () => {
	it("opens it from the ribbon icon in the right sidebar, once, however often it is asked", async () => {
		const { app, plugin } = await load();
		await ready(app, plugin);
		app.ribbonEl.querySelector<HTMLElement>('[aria-label="Open interview follow-up"]')?.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		await plugin.activateView();
		const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.view).toBeInstanceOf(FollowUpView);
		expect(leaves[0]?.side).toBe("right");
		expect(leaves[0]?.revealed).toBe(true);
		expect(leaves[0]?.view.getDisplayText()).toBe("Interview follow-up");
	});

	it("shows that it is reading when opened before the first scan is over", async () => {
		const { app, plugin } = await load();
		await plugin.activateView();
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)[0]?.view;
		if (!(view instanceof FollowUpView)) throw new Error("no view");
		expect(view.contentEl.textContent).toContain("Reading your interview notes");
		await ready(app, plugin);
		expect(view.contentEl.querySelectorAll(".ifu-card")).toHaveLength(3);
	});
});

describe("the status bar", () => {
	it("words the count as a person would", () => {
		expect(statusBarText(1)).toBe("1 interview needs action");
		expect(statusBarText(3)).toBe("3 interviews need action");
	});

	it("counts the notes that need action now, follows changes, and hides when none does", async () => {
		const { app, plugin } = await load();
		await ready(app, plugin);
		const item = statusBarItem(app);
		expect(item?.textContent).toBe("2 interviews need action");
		expect(item?.isShown()).toBe(true);
		for (const [path, company, interview] of [
			["Interviews/Acme.md", "Acme", "2026-11-20T14:00"],
			["Interviews/Globex.md", "Globex", "2026-11-19T17:00"],
		] as const) {
			const file = app.vault.getFileByPath(path);
			if (file) await app.vault.modify(file, note(company, interview, ["thank_you_sent: 2026-11-20T15:00"]));
			await app.metadataCache.settled();
			await plugin.index.settled();
			if (company === "Acme") expect(item?.textContent).toBe("1 interview needs action");
		}
		expect(item?.isShown()).toBe(false);
	});

	it("opens the sidebar when clicked", async () => {
		const { app, plugin } = await load();
		await ready(app, plugin);
		statusBarItem(app)?.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)).toHaveLength(1);
	});
});

describe("unloading", () => {
	it("leaves no interval, listener, view, icon or status bar item behind", async () => {
		const { app, plugin } = await load();
		await ready(app, plugin);
		await plugin.activateView();
		// The index's own listeners (the sidebar's, the status bar's), through the double's count on its events.
		const index = (plugin.index as unknown as { events: { listenerCount(): number } }).events;
		expect(index.listenerCount()).toBeGreaterThan(0);
		expect(app.leftovers().intervals).toBeGreaterThan(0);
		await unloadPlugin(plugin, app);
		expect(app.leftovers()).toEqual(NOTHING_LEFT);
		expect(index.listenerCount()).toBe(0);
	});

	it("keeps the sidebar's leaf in place for the next load instead of detaching it", async () => {
		const { app, plugin } = await load();
		await ready(app, plugin);
		await plugin.activateView();
		const leaves = app.workspace.allLeaves().length;
		await unloadPlugin(plugin, app);
		expect(app.workspace.allLeaves()).toHaveLength(leaves);
	});
});
