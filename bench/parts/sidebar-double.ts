// The sidebar in the Obsidian test double (happy-dom): opening it over N interview notes, and redrawing after one
// note changes. happy-dom builds elements but lays nothing out, so this is the plugin's own drawing cost.
import { createTestApp, loadPlugin } from "../../test/harness/app";
import InterviewFollowUpPlugin from "../../src/main";
import { FollowUpView, VIEW_TYPE_FOLLOW_UP } from "../../src/obsidian/sidebar";
import { benchNow, timeAsync, timeSync, toggledNote } from "./common";

export interface SidebarResult {
	notes: number;
	cards: number;
	/** Milliseconds from the open command to every card drawn, per run. */
	open: number[];
	/** Milliseconds from one note's news to its card redrawn, per change. */
	change: number[];
	/** Cards drawn for each change (should be 1). */
	cardsPerChange: number[];
}

export async function benchSidebarDouble(notes: Record<string, string>, runs: number, changes: number): Promise<SidebarResult> {
	const app = createTestApp(notes);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	const now = benchNow();
	plugin.now = () => now;
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();

	const findView = (): FollowUpView => {
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)[0]?.view;
		if (!(view instanceof FollowUpView)) throw new Error("the sidebar did not open");
		return view;
	};
	const open: number[] = [];
	let cards = 0;
	for (let i = 0; i < runs + 2; i++) {
		const ms = await timeAsync(() => plugin.activateView());
		const view = findView();
		cards = view.contentEl.querySelectorAll(".ifu-card").length;
		// The first two openings warm the JIT up and are not counted.
		if (i >= 2) open.push(ms);
		if (i < runs + 1) {
			view.leaf.detach();
			await app.workspace.closingDone();
		}
	}
	const view = findView();

	// A note whose card says it still needs a thank-you: marking it sent (and unmarking it) changes what the card says.
	const target = plugin.index
		.all()
		.find(
			(evaluation) =>
				evaluation.checks.some((check) => check.rule === 1 && check.state === "todo") &&
				!/^\s+thanked:|^#+ Thank-you/m.test(notes[evaluation.path] ?? ""),
		);
	if (!target) throw new Error("no note in the sample awaits a thank-you");
	const file = app.vault.getFileByPath(target.path);
	if (!file) throw new Error(`no note ${target.path}`);
	let text = notes[target.path] ?? "";
	const change: number[] = [];
	const cardsPerChange: number[] = [];
	for (let i = 0; i < changes + 5; i++) {
		text = toggledNote(text);
		app.metadataCache.index(file, text);
		const cache = app.metadataCache.getFileCache(file);
		const before = view.renderCount;
		// A note without thank-you drafts is applied synchronously: the index evaluates it and the view redraws its card.
		const ms = timeSync(() => app.metadataCache.trigger("changed", file, text, cache));
		await plugin.index.settled();
		if (i >= 5) {
			change.push(ms);
			cardsPerChange.push(view.renderCount - before);
		}
	}
	plugin.unload();
	await app.workspace.closingDone();
	return { notes: Object.keys(notes).length, cards, open, change, cardsPerChange };
}
