// The browser page of the Bases tests: the real plugin over the Obsidian test double, with the notes the test injected
// (`window.__NOTES__`) and its clock pinned to `window.__NOW__`, the "Interview follow-up" Bases view mounted on the
// double's stand-in QueryController over every note, inside a pane shaped like Obsidian's Base pane, and whatever
// reminder Notice the plugin shows at that moment. Sets `window.__READY__` once drawn.
import InterviewFollowUpPlugin from "../../src/main";
import { parseNoteTime } from "../../src/engine/dates";
import { BASES_VIEW_ID } from "../../src/obsidian/bases-view";
import { createTestApp, loadPlugin } from "../harness/app";
import { QueryController } from "../harness/bases";
import type { Plugin as HarnessPlugin } from "../harness/plugin";
import type { SidebarPageGlobals } from "./page-contract";

/** The Base pane's content element, which the tests measure. */
export const BASES_SELECTOR = '.workspace-leaf-content[data-type="bases"] > .view-content';

const page = window as Window & SidebarPageGlobals;

async function start(): Promise<void> {
	const now = parseNoteTime(page.__NOW__ ?? "");
	if (!now.ok) throw new Error(`window.__NOW__ must be a local date and time: ${now.reason}`);
	const pinned = now.time.instant.getTime();
	const app = createTestApp(page.__NOTES__ ?? {});
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	plugin.now = () => new Date(pinned);
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	const registration = (plugin as unknown as HarnessPlugin).basesViews.get(BASES_VIEW_ID);
	if (registration === undefined) throw new Error("The Bases view was not registered.");
	// Obsidian draws a Base in a main-area leaf: the toolbar above, the view's container below it.
	const leaf = app.workspace.containerEl.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "bases" } });
	const content = leaf.createDiv({ cls: "view-content" });
	content.createDiv({ cls: "bases-toolbar", text: "Interviews · Interview follow-up" });
	const container = content.createDiv({ cls: "bases-view" });
	const controller = new QueryController(app);
	controller.select(app.vault.getMarkdownFiles());
	controller.mount(registration, container);
	page.__READY__ = true;
}

start().catch((error: unknown) => {
	page.__FAILED__ = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
});
