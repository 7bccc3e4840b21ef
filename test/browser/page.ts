// The browser page the Chromium tests load: the real plugin over the Obsidian test double, with the notes the test
// injected (`window.__NOTES__`), its clock pinned to `window.__NOW__`, and the sidebar open in the right sidebar.
import InterviewFollowUpPlugin, { VIEW_TYPE_FOLLOW_UP } from "../../src/main";
import { parseNoteTime } from "../../src/engine/dates";
import { FollowUpView } from "../../src/obsidian/sidebar";
import { createTestApp, loadPlugin, type App } from "../harness/app";
import type { ChangeTiming, SidebarPageGlobals } from "./page-contract";

const page = window as Window & SidebarPageGlobals;

async function start(): Promise<void> {
	const nowText = page.__NOW__ ?? "";
	const now = parseNoteTime(nowText);
	if (!now.ok) throw new Error(`window.__NOW__ must be a local date and time: ${now.reason}`);
	const pinned = now.time.instant.getTime();

	warmUpLayout();
	const started = performance.now();
	const app = createTestApp(page.__NOTES__ ?? {});
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	// The plugin's one clock: every relative time the sidebar shows is measured from the test's "now".
	plugin.now = () => new Date(pinned);
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	const scanned = performance.now();
	await plugin.activateView();
	const view = findView(app);
	placeInRightSidebar(app, view);
	const built = performance.now();
	// Reading a size makes the browser lay the cards out, so the time includes layout, not only building elements.
	void view.contentEl.scrollHeight;
	const drawn = performance.now();

	page.__TIMING__ = {
		firstRender: drawn - started,
		scan: scanned - started,
		render: drawn - scanned,
		layout: drawn - built,
		cards: countCards(view),
		cardsDrawn: view.renderCount,
	};
	page.__CHANGE_NOTE__ = (path, text) => changeNote(app, plugin, view, path, text);
	// Reminders due at the demonstration moment float over the sidebar; its screenshots are of the sidebar alone.
	for (const notice of document.querySelectorAll(".notice-container")) notice.remove();
	page.__READY__ = true;
}

/**
 * The first layout of a page pays once for loading fonts and resolving the stylesheets, whatever it shows. Paying it
 * before the clock starts keeps that out of the sidebar's timings.
 */
function warmUpLayout(): void {
	const sample = document.body.createDiv({ cls: "workspace-leaf-content" }).createDiv({ cls: "view-content ifu-view" });
	sample.createDiv({ cls: "ifu-card" }).createDiv({ cls: "ifu-card-company", text: "Warming up the page's fonts and styles" });
	sample.createEl("button", { cls: "ifu-action", text: "Draft thank-you" });
	void sample.getBoundingClientRect();
	sample.parentElement?.remove();
}

function findView(app: App): FollowUpView {
	for (const leaf of app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)) {
		if (leaf.view instanceof FollowUpView) return leaf.view;
	}
	throw new Error("The sidebar did not open.");
}

/**
 * The double puts every leaf straight into `.workspace`; Obsidian nests a right-sidebar leaf in a split and a tab
 * group. Moving the leaf there gives it the widths and backgrounds it has in Obsidian's right sidebar.
 */
function placeInRightSidebar(app: App, view: FollowUpView): void {
	const leafEl = view.containerEl.parentElement;
	if (leafEl === null) throw new Error("The sidebar's leaf is not in the workspace.");
	const split = app.workspace.containerEl.createDiv({ cls: "workspace-split mod-horizontal mod-sidedock mod-right-split" });
	const tabs = split.createDiv({ cls: "workspace-tabs mod-top mod-top-right-space" });
	tabs.createDiv({ cls: "workspace-tab-container" }).appendChild(leafEl);
	leafEl.addClass("mod-active");
}

function countCards(view: FollowUpView): number {
	return view.contentEl.querySelectorAll(".ifu-card").length;
}

/**
 * Rewrites one note through the vault, as an edit in Obsidian does, and waits for the sidebar to follow: the index
 * announces "updated" after the view (which listened first) has redrawn. A change the index finds nothing new in
 * announces nothing, so the wait also ends once the metadata cache and the index have settled.
 */
async function changeNote(app: App, plugin: InterviewFollowUpPlugin, view: FollowUpView, path: string, text: string): Promise<ChangeTiming> {
	const file = app.vault.getFileByPath(path);
	if (file === null) throw new Error(`There is no note ${path} to change.`);
	const drawnBefore = view.renderCount;
	const started = performance.now();
	await new Promise<void>((resolve, reject) => {
		const ref = plugin.index.on("updated", () => {
			plugin.index.offref(ref);
			resolve();
		});
		const quiet = async (): Promise<void> => {
			await app.vault.modify(file, text);
			await app.metadataCache.settled();
			await plugin.index.settled();
			plugin.index.offref(ref);
			resolve();
		};
		quiet().catch(reject);
	});
	void view.contentEl.scrollHeight;
	const laidOut = performance.now();
	return {
		reRender: laidOut - started,
		cards: countCards(view),
		cardsDrawn: view.renderCount - drawnBefore,
	};
}

start().catch((error: unknown) => {
	page.__FAILED__ = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
});
