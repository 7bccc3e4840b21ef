// Loads the real plugin into the test double, indexes the given notes at a pinned clock, and opens the sidebar:
// the first steps of every test that looks at what the sidebar shows.
import InterviewFollowUpPlugin from "../../src/main";
import { FollowUpView, VIEW_TYPE_FOLLOW_UP } from "../../src/obsidian/sidebar";
import { createTestApp, loadPlugin, type App } from "../harness/app";

export interface OpenSidebar {
	app: App;
	plugin: InterviewFollowUpPlugin;
	view: FollowUpView;
	/** The plugin's clock: set `clock.now` to move time on. */
	clock: { now: Date };
	/** The card of one note, or a thrown error when the sidebar shows none. */
	card(path: string): HTMLElement;
}

export async function openSidebar(files: Record<string, string>, now: Date): Promise<OpenSidebar> {
	const app = createTestApp(files);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	const clock = { now };
	plugin.now = () => clock.now;
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	await plugin.activateView();
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)[0]?.view;
	if (!(view instanceof FollowUpView)) throw new Error("the sidebar did not open");
	const card = (path: string): HTMLElement => {
		const found = view.contentEl.querySelector<HTMLElement>(`.ifu-card[data-path="${path}"]`);
		if (!found) throw new Error(`no card for ${path}`);
		return found;
	};
	return { app, plugin, view, clock, card };
}
