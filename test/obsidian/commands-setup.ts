// Shared set-up for the command tests: the real plugin loaded into the Obsidian test double, a fixed clock,
// example notes, and small helpers to open a note, run a command, answer a dialog and read a note back.
import jsYaml from "js-yaml";
import { afterEach, beforeEach } from "vitest";
import InterviewFollowUpPlugin from "../../src/main";
import type { Command } from "obsidian";
import { ChoiceModal, ConfirmModal, NewInterviewModal, type Choice } from "../../src/obsidian/modals";
import type { PluginSettings } from "../../src/obsidian/settings";
import { createTestApp, loadPlugin, type App } from "../harness/app";
import { findFrontMatter } from "../harness/metadata";
import { MarkdownView, Modal, Notice, SuggestModal, TFile, settled } from "../harness/obsidian";

/** The moment every command test runs at: Friday 20 November 2026, 16:00 local, two hours after the interview. */
export const NOW = (): Date => new Date(2026, 10, 20, 16, 0);

export const PLUGIN_ID = "interview-follow-up";

/** An interview at 14:00 with two interviewers, a link and an unknown key, and a body with text of its own. */
export const TWO_INTERVIEWERS = [
	"---",
	"tags: [interview]",
	"company: Northwind Health",
	"role: Product Designer",
	"interview_date: 2026-11-20T14:00",
	"duration: 45",
	"interviewers:",
	"  - Jane Doe",
	"  - name: Sam Lee",
	"    email: sam.lee@northwind.example",
	'  - "[[people/Priya Natarajan|Priya]]"',
	"topics:",
	"  - the design system audit",
	"  - accessibility reviews",
	"recruiter: Dana # a key the plugin does not know",
	"---",
	"# Northwind Health",
	"",
	"## Notes",
	"- The design system audit starts in January.",
	"",
].join("\n");

/** An interview that has had one follow-up already, and no invitation to check in again. */
export const ONE_FOLLOW_UP = [
	"---",
	"tags: [interview]",
	"company: Quayside Bank",
	"role: Backend Engineer",
	"interview_date: 2026-11-02T11:00",
	"interviewers:",
	"  - Aisha Mensah",
	"thank_you_sent: 2026-11-02T16:00",
	"follow_ups:",
	"  - 2026-11-09",
	"custom_list: [a, b]",
	"---",
	"Body line one.",
	"Body line two, no newline at the end.",
].join("\n");

export const NOT_AN_INTERVIEW = ["---", "tags: [recipe]", "title: Soup", "---", "Onions first.", ""].join("\n");

export const INTERVIEW_PATH = "Interviews/2026-11-20 Northwind Health - Product Designer.md";
export const FOLLOWED_UP_PATH = "Interviews/2026-11-02 Quayside Bank - Backend Engineer.md";

export interface World {
	app: App;
	plugin: InterviewFollowUpPlugin;
}

/** Loads the plugin over `files` with the clock fixed at NOW and the layout ready. */
export async function startWith(files: Record<string, string>, settings: Partial<PluginSettings> = {}): Promise<World> {
	const app = createTestApp(files);
	if (Object.keys(settings).length > 0) app.pluginData.set(PLUGIN_ID, settings);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	plugin.now = NOW;
	await app.workspace.triggerLayoutReady();
	await settled();
	return { app, plugin };
}

/** Clears what the double remembers between tests: notices shown and modals left open. */
export function resetDoubleBetweenTests(): void {
	beforeEach(() => {
		Notice.clear();
		Modal.reset();
	});
	afterEach(() => {
		Modal.reset();
	});
}

export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file at ${path}`);
	return file;
}

/** Opens a note in the main area, as clicking it does, and returns its view. */
export async function openNote(app: App, path: string): Promise<MarkdownView> {
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(fileAt(app, path));
	app.workspace.setActiveLeaf(leaf);
	if (!(leaf.view instanceof MarkdownView)) throw new Error(`${path} did not open in an editor`);
	return leaf.view;
}

/** Runs a command by its id (without the plugin id) as the palette does; false when the palette does not offer it. */
export async function runCommand(app: App, id: string): Promise<boolean> {
	const ran = await app.commands.executeCommandById(`${PLUGIN_ID}:${id}`);
	await settled();
	return ran;
}

/** The dialog of class `type` opened last and still open. The plugin's dialogs extend the double's Modal at run
 * time, but their types come from Obsidian's own, so the check goes through `unknown`. */
function latestOf<T>(type: abstract new (...args: never[]) => T, what: string): T {
	const last: unknown = Modal.openModals[Modal.openModals.length - 1];
	if (!(last instanceof type)) throw new Error(`No ${what} is open`);
	return last;
}

/** The suggester open now, with the double's helpers to read and pick suggestions. */
export function openSuggester(): SuggestModal<Choice<unknown>> {
	latestOf(ChoiceModal, "suggester");
	return Modal.openModals[Modal.openModals.length - 1] as SuggestModal<Choice<unknown>>;
}

/** Picks the suggestion whose label is `label`, then lets the command finish. */
export async function choose(label: string): Promise<void> {
	await openSuggester().choose((choice) => choice.label === label);
	await settled();
}

/** The labels the open suggester offers, in order. */
export async function offered(): Promise<string[]> {
	return (await openSuggester().suggestions()).map((choice) => choice.label);
}

export function openConfirm(): ConfirmModal {
	return latestOf(ConfirmModal, "confirm dialog");
}

export function openNewInterview(): NewInterviewModal {
	return latestOf(NewInterviewModal, "new interview dialog");
}

/** The commands the plugin added, as the palette holds them (ids with the plugin id in front). */
export function pluginCommands(app: App): Command[] {
	return app.commands.listCommands().filter((command) => command.id.startsWith(`${PLUGIN_ID}:`));
}

/** Clicks the button of the open dialog that reads `text`, then lets the command finish. */
export async function press(text: string): Promise<void> {
	const modal = Modal.latest();
	if (!modal) throw new Error("No dialog is open");
	const button = [...modal.contentEl.querySelectorAll("button")].find((el) => el.textContent === text);
	if (!button) throw new Error(`No button "${text}" in the dialog`);
	button.click();
	await settled();
}

/** A note split into its frontmatter (parsed as Obsidian's reader does: dates stay text) and its body, byte for byte. */
export function splitNote(text: string): { frontmatter: Record<string, unknown>; body: string } {
	const block = findFrontMatter(text);
	if (!block) return { frontmatter: {}, body: text };
	const parsed = jsYaml.load(block.yaml, { schema: jsYaml.CORE_SCHEMA });
	const frontmatter = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
	return { frontmatter, body: text.slice(block.contentStart) };
}

export function textOf(app: App, path: string): string {
	const text = app.vault.textOf(path);
	if (text === undefined) throw new Error(`No file at ${path}`);
	return text;
}

/** Every key but `changedKeys`, so a test can check that nothing else moved. */
export function without(frontmatter: Record<string, unknown>, ...changedKeys: string[]): Record<string, unknown> {
	return Object.fromEntries(Object.entries(frontmatter).filter(([key]) => !changedKeys.includes(key)));
}

export function noticesSince(start: number): string[] {
	return Notice.messages.slice(start);
}

export { Modal, Notice, settled };
