// The "Interview follow-up" view for Bases (Obsidian 1.10+): the sidebar's cards, stages and one-click actions for the
// notes a Base's filters select, and (Obsidian 1.12.2+) the text report for Obsidian's own command line.
// Both are registered only where the running Obsidian has them, so older versions (minAppVersion 1.4.4) still load.
// The Bases classes are reached through the module, and only inside a version check, so no use of them is unguarded.
import * as obsidian from "obsidian";
import { requireApiVersion, type Plugin } from "obsidian";
import { reportJson, reportText } from "../cli/report";
import { NO_COLOUR } from "../cli/colour";
import { screenOf } from "../cli/printable";
import { compareEvaluations } from "../engine/status";
import { STAGES, type Evaluation, type Stage } from "../engine/types";
import { describeCard, drawCard, type ActionButton } from "./card";
import { cardClick, cardKey, openCardNote, runCardAction } from "./card-list";
import { runNoteAction, type CommandHost } from "./commands";
import type { InterviewIndex } from "./index";
import { drawGroup, setCollapsed, setCount, type Group } from "./groups";

export const BASES_VIEW_ID = "interview-follow-up";
export const CLI_COMMAND = "interview-follow-up";

/** What the Bases view and the command-line handler use of the plugin: the commands' host, with the index whole. */
export interface BasesHost extends CommandHost, Pick<Plugin, "registerBasesView" | "registerCliHandler"> {
	index: InterviewIndex;
}

/** Registers the Bases view and the command-line handler where this Obsidian offers them. */
export function registerBasesParts(plugin: BasesHost, icon: string): void {
	if (requireApiVersion("1.10.0")) {
		const View = followUpBasesViewClass();
		if (View !== null) {
			plugin.registerBasesView(BASES_VIEW_ID, {
				name: "Interview follow-up",
				icon,
				factory: (controller, containerEl) => new View(controller, containerEl, plugin),
			});
		}
	}
	if (requireApiVersion("1.12.2")) {
		plugin.registerCliHandler(
			CLI_COMMAND,
			"Print the interview follow-up report: notes by stage, with what to do next.",
			{ json: { description: "Print one JSON object instead of text" } },
			async (params) => {
				await plugin.index.settled();
				const now = plugin.now();
				const evaluations = plugin.index.all();
				// The same filter as the command line's own output, so a note's text cannot drive the terminal it is printed in.
				let printed = "";
				const screen = screenOf({ stdout: (text) => (printed += text), stderr: () => undefined }, NO_COLOUR);
				if (params.json === "true") screen.json(reportJson(evaluations, [], now));
				else screen.lines(reportText({ vault: plugin.app.vault.getName(), tag: plugin.settings.tag, evaluations, skipped: [], now }));
				return printed;
			},
		);
	}
}

interface DrawnCard {
	el: HTMLElement;
	signature: string;
}

/** What the view adds to a Bases view, for tests and the browser page. */
export interface FollowUpBasesView {
	/** How many cards were drawn: the guard that one changed note redraws one card. */
	renderCount: number;
	readonly rootEl: HTMLElement;
}

/**
 * The view's class, made on demand: before 1.10 `BasesView` does not exist to extend, so a class at the top of the
 * file would stop the plugin from loading on older versions. Null there.
 */
function followUpBasesViewClass() {
	if (requireApiVersion("1.10.0")) {
		return class FollowUpBasesViewImpl extends obsidian.BasesView implements FollowUpBasesView {
			type = BASES_VIEW_ID;
			renderCount = 0;
			readonly rootEl: HTMLElement;
			private readonly groups = new Map<Stage, Group>();
			private readonly cards = new Map<string, DrawnCard>();
			private readonly buttons = new WeakMap<HTMLElement, ActionButton>();
			private readonly collapsed = new Set<Stage>(["closed"]);
			/** The notes the Base selects, by path, as of its last data. */
			private selected = new Set<string>();

			constructor(
				controller: obsidian.QueryController,
				containerEl: HTMLElement,
				private readonly plugin: BasesHost,
			) {
				super(controller);
				// The sidebar's classes, so the cards look the same; the second one lets the Base's container scroll them.
				this.rootEl = containerEl.createDiv({ cls: ["ifu-view", "ifu-bases-view"] });
			}

			override onload(): void {
				const { index } = this.plugin;
				// The Base may announce a change before the index has evaluated it: the index's own news redraws those cards.
				this.registerEvent(
					index.on("updated", (paths: unknown) =>
						this.redraw(Array.isArray(paths) ? paths.filter((path): path is string => typeof path === "string" && this.selected.has(path)) : []),
					),
				);
				this.registerEvent(index.on("tick", () => this.redraw([...this.selected])));
				this.registerDomEvent(this.rootEl, "click", (event) => this.onClick(event));
				this.registerDomEvent(this.rootEl, "keydown", (event) => this.onKeyDown(event));
			}

			override onunload(): void {
				this.rootEl.remove();
			}

			/** New data from the Base: the notes it selects now; only cards whose content changed are drawn again. */
			onDataUpdated(): void {
				// Always true here (the class exists only from 1.10 on); the check tells the API-version lint so too.
				if (requireApiVersion("1.10.0")) {
					const paths = this.data.data.map((entry) => entry.file.path).filter((path) => path.endsWith(".md"));
					this.selected = new Set(paths);
					this.redraw(paths);
				}
			}

			/** Draws the cards among `paths` whose content changed, drops notes no longer selected, and orders the groups. */
			private redraw(changed: readonly string[]): void {
				const { index } = this.plugin;
				const now = this.plugin.now();
				const evaluations = [...this.selected].flatMap((path) => {
					const evaluation = index.get(path);
					return evaluation === undefined ? [] : [evaluation];
				});
				evaluations.sort(compareEvaluations);
				const shown = new Set(evaluations.map((evaluation) => evaluation.path));
				for (const [path, drawn] of this.cards) {
					if (shown.has(path)) continue;
					drawn.el.remove();
					this.cards.delete(path);
				}
				if (evaluations.length === 0) {
					this.drawEmpty();
					return;
				}
				this.rootEl.querySelector(":scope > .ifu-empty")?.remove();
				if (this.groups.size === 0) for (const stage of STAGES) this.groups.set(stage, drawGroup(this.rootEl, stage, this.collapsed.has(stage)));
				const toCheck = new Set(changed);
				for (const evaluation of evaluations) {
					const drawn = this.cards.get(evaluation.path);
					if (drawn !== undefined && !toCheck.has(evaluation.path)) continue;
					this.drawCard(evaluation, now, drawn);
				}
				this.place(evaluations);
			}

			private drawCard(evaluation: Evaluation, now: Date, drawn: DrawnCard | undefined): void {
				const content = describeCard(evaluation, now);
				const signature = JSON.stringify(content);
				if (drawn !== undefined && drawn.signature === signature) return;
				const el = drawn?.el ?? createDiv();
				drawCard(el, content, (button, action) => this.buttons.set(button, action));
				this.cards.set(evaluation.path, { el, signature });
				this.renderCount++;
			}

			/** Puts each card in its stage's group in the engine's order; moving an element does not draw it again. */
			private place(evaluations: readonly Evaluation[]): void {
				for (const stage of STAGES) {
					const group = this.groups.get(stage);
					if (group === undefined) continue;
					const inStage = evaluations.filter((evaluation) => evaluation.stage === stage);
					inStage.forEach((evaluation, position) => {
						const el = this.cards.get(evaluation.path)?.el;
						if (el === undefined) return;
						if (group.list.children[position] !== el) group.list.insertBefore(el, group.list.children[position] ?? null);
					});
					setCount(group, stage, inStage.length);
				}
			}

			private drawEmpty(): void {
				for (const group of this.groups.values()) group.el.remove();
				this.groups.clear();
				if (this.rootEl.querySelector(":scope > .ifu-empty") !== null) return;
				const empty = this.rootEl.createDiv({ cls: "ifu-empty" });
				empty.createEl("p", { cls: "ifu-empty-title", text: "No interview notes in this view." });
				empty.createEl("p", { text: `The Base's filters select no note tagged #${this.plugin.settings.tag} or with type: interview.` });
			}

			private onClick(event: MouseEvent): void {
				const click = cardClick(event);
				if (click === null) return;
				if ("open" in click) {
					openCardNote(this.plugin.app, click.open, click.where);
					return;
				}
				const { button, path } = click;
				for (const [stage, group] of this.groups) {
					if (group.header !== button) continue;
					if (this.collapsed.has(stage)) this.collapsed.delete(stage);
					else this.collapsed.add(stage);
					setCollapsed(group, this.collapsed.has(stage));
				}
				const action = this.buttons.get(button);
				if (action && path !== undefined) {
					runCardAction(this.plugin.app, path, action, (file, noteAction, subject) => runNoteAction(this.plugin, file, noteAction, subject));
				}
			}

			private onKeyDown(event: KeyboardEvent): void {
				const path = cardKey(event);
				if (path !== null) openCardNote(this.plugin.app, path, false);
			}
		};
	}
	return null;
}
