// @vitest-environment happy-dom
// The "Interview follow-up" Bases view against the double's stand-in QueryController (test/harness/bases.ts says
// what it guesses): the sidebar's cards for the notes a Base selects, one card redrawn per changed note, the same
// one-click actions; registered only on Obsidian 1.10+, and the command-line handler only on 1.12.2+.
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, loadPlugin, resetHarness, unloadPlugin, type App } from "../harness/app";
import { QueryController } from "../harness/bases";
import { setApiVersion } from "../harness/misc";
import type { Plugin as HarnessPlugin } from "../harness/plugin";
import InterviewFollowUpPlugin from "../../src/main";
import { BASES_VIEW_ID, CLI_COMMAND, type FollowUpBasesView } from "../../src/obsidian/bases-view";

function note(company: string, interview: string, extra: string[] = []): string {
	return [
		"---",
		"tags: [interview]",
		`company: ${company}`,
		"role: Engineer",
		`interview_date: ${interview}`,
		"interviewers: [Jane Doe]",
		...extra,
		"---",
		"Notes.",
		"",
	].join("\n");
}

const NOW = new Date(2026, 10, 20, 16, 0);
const FILES = {
	"Interviews/Acme.md": note("Acme", "2026-11-20T14:00"),
	"Interviews/Globex.md": note("Globex", "2026-11-18T10:00", ["thank_you_sent: 2026-11-18T12:00"]),
	"Interviews/Initech.md": note("Initech", "2026-11-25T09:00"),
	"Recipes/Soup.md": "---\ntags: [recipe]\n---\nLentils.\n",
};

interface Mounted {
	app: App;
	plugin: InterviewFollowUpPlugin;
	controller: QueryController;
	view: FollowUpBasesView;
	select(paths: string[]): void;
}

const open: { app: App; plugin: InterviewFollowUpPlugin; controller?: QueryController }[] = [];

async function loaded(): Promise<{ app: App; plugin: InterviewFollowUpPlugin; harness: HarnessPlugin }> {
	const app = createTestApp(FILES);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	plugin.now = () => NOW;
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	open.push({ app, plugin });
	return { app, plugin, harness: plugin as unknown as HarnessPlugin };
}

async function mounted(paths: string[]): Promise<Mounted> {
	const { app, plugin, harness } = await loaded();
	const registration = harness.basesViews.get(BASES_VIEW_ID);
	if (registration === undefined) throw new Error("no Bases view registered");
	const controller = new QueryController(app);
	const select = (chosen: string[]): void => controller.select(chosen.map((path) => app.vault.getFileByPath(path) ?? fail(path)));
	select(paths);
	const view = controller.mount(registration, document.body.createDiv({ cls: "bases-view" })) as unknown as FollowUpBasesView;
	const entry = open.at(-1);
	if (entry) entry.controller = controller;
	return { app, plugin, controller, view, select };
}

afterEach(async () => {
	for (const { app, plugin, controller } of open.splice(0)) {
		controller?.close();
		await unloadPlugin(plugin, app);
	}
	setApiVersion();
	resetHarness();
});

function companies(view: FollowUpBasesView): string[] {
	return [...view.rootEl.querySelectorAll(".ifu-card-company")].map((el) => el.textContent ?? "");
}

function groupTitles(view: FollowUpBasesView): string[] {
	return [...view.rootEl.querySelectorAll(".ifu-group")]
		.filter((el) => (el as HTMLElement).style.display !== "none")
		.map((el) => el.querySelector(".ifu-group-title")?.textContent ?? "");
}

describe("the Bases view", () => {
	it("shows the sidebar's cards for the notes the Base selects, by stage, and nothing for other notes", async () => {
		const { view } = await mounted(["Interviews/Acme.md", "Interviews/Initech.md", "Recipes/Soup.md"]);
		expect(companies(view)).toEqual(["Acme", "Initech"]);
		expect(view.rootEl.querySelector('.ifu-card[data-path="Interviews/Acme.md"]')?.closest(".ifu-group")?.classList.contains("ifu-group--act-now")).toBe(
			true,
		);
		expect(
			view.rootEl.querySelector('.ifu-card[data-path="Interviews/Initech.md"]')?.closest(".ifu-group")?.classList.contains("ifu-group--upcoming"),
		).toBe(true);
		expect(groupTitles(view).length).toBeGreaterThan(0);
	});

	it("follows the Base's filters: a note it drops goes, a note it adds comes", async () => {
		const { view, select } = await mounted(["Interviews/Acme.md"]);
		select(["Interviews/Globex.md"]);
		expect(companies(view)).toEqual(["Globex"]);
		select([]);
		expect(companies(view)).toEqual([]);
		expect(view.rootEl.textContent).toContain("No interview notes in this view.");
	});

	it("redraws only the card whose note changed", async () => {
		const { app, plugin, view, select } = await mounted(["Interviews/Acme.md", "Interviews/Globex.md", "Interviews/Initech.md"]);
		const drawn = view.renderCount;
		select(["Interviews/Acme.md", "Interviews/Globex.md", "Interviews/Initech.md"]);
		expect(view.renderCount).toBe(drawn);
		const file = app.vault.getFileByPath("Interviews/Acme.md") ?? fail("Acme");
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			frontmatter.thank_you_sent = "2026-11-20T15:30";
		});
		await app.metadataCache.settled();
		await plugin.index.settled();
		select(["Interviews/Acme.md", "Interviews/Globex.md", "Interviews/Initech.md"]);
		expect(view.renderCount).toBe(drawn + 1);
	});

	it("runs the same one-click actions as the sidebar, and opens the note from its card", async () => {
		const { app, view } = await mounted(["Interviews/Acme.md"]);
		const markSent = [...view.rootEl.querySelectorAll<HTMLButtonElement>("button.ifu-action")].find((button) =>
			button.textContent?.startsWith("Mark sent"),
		);
		expect(markSent).toBeDefined();
		markSent?.click();
		await app.metadataCache.settled();
		const text = await app.vault.read(app.vault.getFileByPath("Interviews/Acme.md") ?? fail("Acme"));
		expect(text).toMatch(/thank_you_sent|thanked/);
		view.rootEl.querySelector<HTMLElement>(".ifu-card-company")?.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.workspace.getActiveFile()?.path).toBe("Interviews/Acme.md");
	});

	it("is removed with its Base", async () => {
		const { controller, view } = await mounted(["Interviews/Acme.md"]);
		controller.close();
		expect(view.rootEl.isConnected).toBe(false);
	});
});

describe("what is registered on which Obsidian", () => {
	it("registers the Bases view from 1.10, and the command-line handler from 1.12.2", async () => {
		setApiVersion("1.4.4");
		const old = await loaded();
		expect(old.harness.basesViews.size).toBe(0);
		expect(old.harness.cliHandlers.size).toBe(0);
		setApiVersion("1.10.0");
		const bases = await loaded();
		expect([...bases.harness.basesViews.keys()]).toEqual([BASES_VIEW_ID]);
		expect(bases.harness.basesViews.get(BASES_VIEW_ID)?.name).toBe("Interview follow-up");
		expect(bases.harness.cliHandlers.size).toBe(0);
		setApiVersion("1.12.2");
		const cli = await loaded();
		expect([...cli.harness.cliHandlers.keys()]).toEqual([CLI_COMMAND]);
	});

	it("prints the same text report as the command line from the running app, or its JSON", async () => {
		const { harness } = await loaded();
		const handler = harness.cliHandlers.get(CLI_COMMAND)?.handler;
		if (handler === undefined) throw new Error("no handler");
		const text = await handler({});
		expect(text).toContain("Interview follow-up for");
		expect(text).toContain("Act now (");
		expect(text).toMatch(/Acme — Engineer \(Interviews\/Acme\.md\)/);
		const json = JSON.parse(await handler({ json: "true" })) as { interviews: { path: string }[] };
		expect(json.interviews.map((interview) => interview.path).sort()).toEqual(["Interviews/Acme.md", "Interviews/Globex.md", "Interviews/Initech.md"]);
	});
});

function fail(path: string): never {
	throw new Error(`no file ${path}`);
}
