// @vitest-environment happy-dom
// The real plugin class in the double: load, layout ready, open the sidebar, change a note, unload cleanly.
import { afterEach, describe, expect, it } from "vitest";
import InterviewFollowUpPlugin, { VIEW_TYPE_FOLLOW_UP } from "../../src/main";
import { NOTHING_LEFT, createTestApp, loadPlugin, unloadPlugin } from "./app";
import { Modal, Notice } from "./obsidian";

// 20 November 2026, 16:00 local: the Acme interview was two hours ago.
const NOW = new Date(2026, 10, 20, 16, 0);

const ACME = [
	"---",
	"tags: [interview]",
	"company: Acme",
	"role: Designer",
	"interview_date: 2026-11-20T14:00",
	"interviewers: [Jane Doe]",
	"---",
	"Notes.",
	"",
].join("\n");

afterEach(() => {
	Notice.clear();
	Modal.reset();
});

describe("the real plugin in the double", () => {
	it("shows its interview notes in the sidebar, follows a change, and leaves nothing behind after unload", async () => {
		const app = createTestApp({ "Interviews/Acme.md": ACME, "Recipes/Soup.md": "# Soup\n" });
		const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
		plugin.now = () => NOW;
		await app.workspace.triggerLayoutReady();
		await app.metadataCache.settled();

		const ribbon = app.ribbonEl.querySelector<HTMLElement>('[aria-label="Open interview follow-up"]');
		expect(ribbon).not.toBeNull();
		ribbon?.click();
		await app.metadataCache.settled();

		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)[0];
		expect(leaf?.side).toBe("right");
		const content = leaf?.view.containerEl.children[1];
		expect(content?.textContent).toContain("Acme");
		expect(content?.textContent).not.toContain("Soup");

		const acme = app.vault.getFileByPath("Interviews/Acme.md");
		if (!acme) throw new Error("missing note");
		await app.fileManager.processFrontMatter(acme, (fm) => {
			fm.company = "Acme Robotics";
		});
		await app.metadataCache.settled();
		expect(content?.textContent).toContain("Acme Robotics");

		await unloadPlugin(plugin, app);
		expect(app.leftovers()).toEqual(NOTHING_LEFT);
	});
});
