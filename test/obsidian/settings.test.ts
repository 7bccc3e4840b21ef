// @vitest-environment happy-dom
// The settings: defaults, reading saved data back (never throwing), the checks on each value, and the tab that
// shows a message under a wrong value and does not save it.
import { describe, expect, it } from "vitest";
import { createTestApp, loadPlugin, type App } from "../harness/app";
import { Setting } from "../harness/settings";
import InterviewFollowUpPlugin from "../../src/main";
import { DEFAULT_SETTINGS, InterviewFollowUpSettingTab, migrateSettings, SETTINGS_VERSION, settingsToSave } from "../../src/obsidian/settings";
import { checkFolder, checkTag, checkTemplatePath, checkWaitDays, checkWindowHours } from "../../src/obsidian/settings-checks";

const NOTE = "---\ntags: [interview]\ncompany: Acme\ninterview_date: 2026-11-20T14:00\n---\n";

function vault(): App {
	return createTestApp({
		"Job search/Interviews/Acme.md": NOTE,
		"Templates/Thank-you.md": "Dear {{interviewer}},",
	});
}

describe("migrateSettings", () => {
	it("gives the defaults when nothing was ever saved", () => {
		expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
	});

	it("gives the defaults for saved data that is not an object", () => {
		for (const saved of ["interview", 42, true, [1, 2]]) expect(migrateSettings(saved)).toEqual(DEFAULT_SETTINGS);
	});

	it("returns a copy, so changing the settings never changes the defaults", () => {
		const settings = migrateSettings(null);
		settings.templates["thank-you"] = "Templates/Mine.md";
		settings.tag = "job";
		expect(DEFAULT_SETTINGS.templates["thank-you"]).toBe("");
		expect(DEFAULT_SETTINGS.tag).toBe("interview");
	});

	it("keeps every value that was saved correctly", () => {
		const saved = {
			version: 1,
			tag: "job/interview",
			folder: "Job search",
			windowHours: 48,
			waitDays: 10,
			myName: "Sam Lee",
			signature: "Sam Lee\nProduct designer",
			templates: { "thank-you": "Templates/Thank-you.md", "follow-up": "Templates/Follow-up.md", gracious: "" },
			notices: false,
			remindHoursBeforeDeadline: 1.5,
			morningReminderHour: 8,
			systemNotifications: true,
		};
		expect(migrateSettings(saved)).toEqual({ ...saved, version: undefined, templates: saved.templates });
		expect(migrateSettings(saved)).not.toHaveProperty("version");
	});

	it("falls back to the default for each value of the wrong type, keeping the others", () => {
		const settings = migrateSettings({
			tag: 7,
			folder: ["a"],
			windowHours: "soon",
			waitDays: null,
			myName: 3,
			signature: {},
			templates: "x",
			notices: "yes",
			waitDays2: 1,
		});
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(migrateSettings({ windowHours: "soon", waitDays: 3 }).waitDays).toBe(3);
	});

	it("refuses a negative or zero window and a wait that is not whole days", () => {
		expect(migrateSettings({ windowHours: -4 }).windowHours).toBe(DEFAULT_SETTINGS.windowHours);
		expect(migrateSettings({ windowHours: 0 }).windowHours).toBe(DEFAULT_SETTINGS.windowHours);
		expect(migrateSettings({ waitDays: 2.5 }).waitDays).toBe(DEFAULT_SETTINGS.waitDays);
		expect(migrateSettings({ waitDays: 0 }).waitDays).toBe(DEFAULT_SETTINGS.waitDays);
	});

	it("reads numbers that were saved as text, as a hand-edited data.json may hold them", () => {
		expect(migrateSettings({ windowHours: "36", waitDays: " 5 " })).toMatchObject({ windowHours: 36, waitDays: 5 });
	});

	it("drops the '#' from a saved tag and normalises saved paths", () => {
		const settings = migrateSettings({ tag: "#Interview", folder: "/Job search//Interviews/", templates: { gracious: "Templates\\Gracious.md" } });
		expect(settings.tag).toBe("Interview");
		expect(settings.folder).toBe("Job search/Interviews");
		expect(settings.templates.gracious).toBe("Templates/Gracious.md");
		expect(settings.templates["thank-you"]).toBe("");
	});

	it("drops keys it does not know and reads what it knows from a newer version's data", () => {
		const settings = migrateSettings({ version: SETTINGS_VERSION + 1, waitDays: 14, colour: "blue" });
		expect(settings.waitDays).toBe(14);
		expect(settings).not.toHaveProperty("colour");
	});

	it("saves the settings with their version, and reads them back unchanged", () => {
		const settings = migrateSettings({ tag: "job", windowHours: 12, myName: "Sam" });
		const saved = settingsToSave(settings);
		expect(saved.version).toBe(SETTINGS_VERSION);
		expect(migrateSettings(JSON.parse(JSON.stringify(saved)))).toEqual(settings);
	});
});

describe("the checks on typed values", () => {
	it("accepts a window of any number of hours above 0, decimals too", () => {
		expect(checkWindowHours("24")).toEqual({ ok: true, value: 24 });
		expect(checkWindowHours("1.5")).toEqual({ ok: true, value: 1.5 });
	});

	it("refuses a negative, zero, empty, huge or non-numeric window with a message", () => {
		for (const typed of ["-1", "0", "", "abc", "721", "Infinity"]) {
			const checked = checkWindowHours(typed);
			expect(checked.ok, typed).toBe(false);
			if (!checked.ok) expect(checked.message.length).toBeGreaterThan(10);
		}
		const negative = checkWindowHours("-3");
		expect(negative.ok === false && negative.message).toMatch(/more than 0/);
	});

	it("accepts whole days to wait and refuses fractions, zero and negatives", () => {
		expect(checkWaitDays("7")).toEqual({ ok: true, value: 7 });
		for (const typed of ["0", "-2", "2.5", "x", "366"]) expect(checkWaitDays(typed).ok, typed).toBe(false);
	});

	it("reads a tag with or without '#', and refuses one with spaces or without a letter", () => {
		expect(checkTag("#job-search")).toEqual({ ok: true, value: "job-search" });
		expect(checkTag(" interview/onsite ")).toEqual({ ok: true, value: "interview/onsite" });
		expect(checkTag("").ok).toBe(false);
		expect(checkTag("#").ok).toBe(false);
		expect(checkTag("job interview").ok).toBe(false);
		expect(checkTag("2026").ok).toBe(false);
	});

	it("accepts an existing folder, or none for the whole vault, and refuses one that does not exist", () => {
		const app = vault().asObsidian();
		expect(checkFolder(app, "Job search/Interviews/")).toEqual({ ok: true, value: "Job search/Interviews" });
		expect(checkFolder(app, "  ")).toEqual({ ok: true, value: "" });
		const missing = checkFolder(app, "Jobs");
		expect(missing.ok).toBe(false);
		expect(missing.ok === false && missing.message).toContain("Jobs");
	});

	it("finds a template note with or without its '.md', and refuses a missing one or a folder", () => {
		const app = vault().asObsidian();
		expect(checkTemplatePath(app, "Templates/Thank-you")).toEqual({ ok: true, value: "Templates/Thank-you.md" });
		expect(checkTemplatePath(app, "/Templates/Thank-you.md")).toEqual({ ok: true, value: "Templates/Thank-you.md" });
		expect(checkTemplatePath(app, "")).toEqual({ ok: true, value: "" });
		expect(checkTemplatePath(app, "Templates/Follow-up").ok).toBe(false);
		expect(checkTemplatePath(app, "Templates").ok).toBe(false);
	});
});

async function openTab(): Promise<{ app: App; plugin: InterviewFollowUpPlugin; tab: InterviewFollowUpSettingTab }> {
	const app = vault();
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	const tab = (app.settingTabs as unknown[]).find((candidate) => candidate instanceof InterviewFollowUpSettingTab);
	if (!(tab instanceof InterviewFollowUpSettingTab)) throw new Error("no settings tab");
	(tab as unknown as { open(): void }).open();
	return { app, plugin, tab };
}

function field(
	tab: InterviewFollowUpSettingTab,
	name: string,
): { input: HTMLInputElement | HTMLTextAreaElement; message: HTMLElement; settingEl: HTMLElement } {
	const found = Setting.find(tab.containerEl, name);
	if (!found) throw new Error(`no setting ${name}`);
	const input = found.controlEl.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
	const message = found.settingEl.querySelector<HTMLElement>(".ifu-setting-message");
	if (!input || !message) throw new Error(`setting ${name} has no input or message`);
	return { input, message, settingEl: found.settingEl };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

function savesOf(plugin: InterviewFollowUpPlugin): unknown[] {
	return (plugin as unknown as { saves: unknown[] }).saves;
}

describe("the settings tab", () => {
	it("has sentence-case headings made with setHeading", async () => {
		const { tab } = await openTab();
		const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((el) => el.textContent ?? "");
		expect(headings).toEqual(["Which notes", "Timing", "Drafts", "Reminders"]);
		for (const heading of headings) expect(heading.slice(1)).toBe(heading.slice(1).toLowerCase());
	});

	it("shows a negative window's message under the field and does not save it", async () => {
		const { plugin, tab } = await openTab();
		const { input, message } = field(tab, "Thank-you window");
		type(input, "-5");
		await plugin.index.settled();
		expect(message.textContent).toMatch(/more than 0 hours/);
		expect(message.isShown()).toBe(true);
		expect(input.getAttribute("aria-invalid")).toBe("true");
		expect(plugin.settings.windowHours).toBe(24);
		expect(savesOf(plugin)).toHaveLength(0);
	});

	it("saves a corrected window, hides the message and re-evaluates the notes under it", async () => {
		const { plugin, tab } = await openTab();
		const { input, message } = field(tab, "Thank-you window");
		type(input, "-5");
		const before = plugin.index.evaluationCount;
		type(input, "48");
		await plugin.index.settled();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plugin.settings.windowHours).toBe(48);
		expect(message.isShown()).toBe(false);
		expect(input.hasAttribute("aria-invalid")).toBe(false);
		expect(savesOf(plugin).at(-1)).toMatchObject({ version: SETTINGS_VERSION, windowHours: 48 });
		expect(plugin.index.evaluationCount).toBe(before + 1);
	});

	it("refuses a folder that does not exist, and rescans when an existing one is chosen", async () => {
		const { plugin, tab } = await openTab();
		const { input, message } = field(tab, "Folder");
		type(input, "Interviews");
		expect(message.textContent).toContain('There is no folder "Interviews"');
		expect(plugin.settings.folder).toBe("");
		type(input, "Templates");
		await new Promise((resolve) => setTimeout(resolve, 0));
		await plugin.index.settled();
		expect(plugin.settings.folder).toBe("Templates");
		expect(plugin.index.all()).toHaveLength(0);
	});

	it("refuses a template path that does not exist and stores an existing one normalised", async () => {
		const { plugin, tab } = await openTab();
		const { input, message } = field(tab, "Thank-you template");
		type(input, "Templates/Nope");
		expect(message.textContent).toContain("Templates/Nope");
		expect(plugin.settings.templates["thank-you"]).toBe("");
		type(input, "Templates//Thank-you");
		expect(plugin.settings.templates["thank-you"]).toBe("Templates/Thank-you.md");
		expect(message.textContent).toBe("");
	});

	it("saves the name and signature the drafts use, and turns notices off", async () => {
		const { plugin, tab } = await openTab();
		type(field(tab, "Your name").input, "  Sam Lee ");
		type(field(tab, "Signature").input, "Sam Lee\nsam.example\n\n");
		const toggle = Setting.find(tab.containerEl, "Notices")?.controlEl.querySelector<HTMLElement>(".checkbox-container");
		toggle?.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plugin.settings.myName).toBe("Sam Lee");
		expect(plugin.settings.signature).toBe("Sam Lee\nsam.example");
		expect(plugin.settings.notices).toBe(false);
		expect(savesOf(plugin).at(-1)).toMatchObject({ myName: "Sam Lee", notices: false });
	});

	it("offers the same settings to Obsidian's declarative settings, with the same checks", async () => {
		const { plugin, tab } = await openTab();
		const groups = tab.getSettingDefinitions();
		const items = groups.flatMap((group) => ("items" in group && group.items ? group.items : []));
		const window = items.find((item) => "name" in item && item.name === "Thank-you window");
		const control = window && "control" in window ? window.control : undefined;
		expect(control?.key).toBe("windowHours");
		const validate = control?.validate as ((value: string) => string | undefined) | undefined;
		expect(validate?.("-1")).toMatch(/more than 0/);
		expect(validate?.("12")).toBeUndefined();
		await tab.setControlValue("windowHours", "-1");
		expect(plugin.settings.windowHours).toBe(24);
		await tab.setControlValue("windowHours", "12");
		expect(plugin.settings.windowHours).toBe(12);
		expect(tab.getControlValue("windowHours")).toBe("12");
		await tab.setControlValue("templates.gracious", "Templates/Thank-you.md");
		expect(tab.getControlValue("templates.gracious")).toBe("Templates/Thank-you.md");
		await tab.setControlValue("notices", false);
		expect(tab.getControlValue("notices")).toBe(false);
	});
});
