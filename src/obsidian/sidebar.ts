// The "Interview follow-up" sidebar: interview notes grouped by stage, one card per note (drawn by card.ts), kept in
// step with the index card by card. It draws what the index says and never computes a rule.
import { ItemView, Keymap, TFile, type PaneType, type WorkspaceLeaf } from "obsidian";
import { STAGES, type Stage } from "../engine/types";
import type InterviewFollowUpPlugin from "../main";
import { describeCard, drawCard, type ActionButton, type CardContent } from "./card";
import { runNoteAction } from "./commands";
import { drawGroup, setCollapsed, setCount, type Group } from "./groups";

// Still importable from here, where it lived before the status bar had a file of its own.
export { statusBarText } from "./status-bar";

export const VIEW_TYPE_FOLLOW_UP = "interview-follow-up";
export const VIEW_ICON = "calendar-check";

// Past this many changed notes at once (a rescan), drawing everything is simpler than patching card by card.
const PATCH_LIMIT = 20;

interface DrawnCard {
	el: HTMLElement;
	stage: Stage;
	/** The content it was drawn from, serialised: a card is redrawn only when this changes. */
	signature: string;
}

export class FollowUpView extends ItemView {
	/** How many cards have been drawn: the guard that one changed note redraws one card. */
	renderCount = 0;
	private drawnRevision = -1;
	/** The minute (since the epoch) every card was last described in, to skip a refresh within that minute. */
	private describedMinute = -1;
	private readonly collapsed = new Set<Stage>(["closed"]);
	private readonly groups = new Map<Stage, Group>();
	private readonly cards = new Map<string, DrawnCard>();
	/** What each action button does; weak, so buttons of redrawn cards are forgotten with them. */
	private readonly buttons = new WeakMap<HTMLElement, ActionButton>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly plugin: InterviewFollowUpPlugin,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_FOLLOW_UP;
	}

	getDisplayText(): string {
		return "Interview follow-up";
	}

	override getIcon(): string {
		return VIEW_ICON;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-view");
		const index = this.plugin.index;
		this.registerEvent(index.on("updated", (paths: unknown) => this.onUpdated(Array.isArray(paths) ? paths.filter(isText) : [])));
		this.registerEvent(index.on("tick", () => this.refresh()));
		// Hidden tabs are not drawn; these say the view may have come into sight.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refresh()));
		// One listener each for the whole view, so redrawn cards never leave listeners behind.
		this.registerDomEvent(this.contentEl, "click", (event) => this.onClick(event));
		this.registerDomEvent(this.contentEl, "keydown", (event) => this.onKeyDown(event));
		this.refresh();
	}

	private onClick(event: MouseEvent): void {
		if (!(event.target instanceof Element)) return;
		const button = event.target.closest("button");
		if (button) {
			const stage = this.stageOfHeader(button);
			if (stage) this.toggleGroup(stage);
			const action = this.buttons.get(button);
			const path = button.closest<HTMLElement>(".ifu-card")?.dataset.path;
			if (action && path !== undefined) this.runAction(path, action);
			return;
		}
		const path = event.target.closest<HTMLElement>(".ifu-card")?.dataset.path;
		if (path !== undefined) this.openNote(path, Keymap.isModEvent(event));
	}

	/** Enter (or Space) on a focused card opens its note; keys on its buttons do what the buttons do. */
	private onKeyDown(event: KeyboardEvent): void {
		const target = event.target;
		if (!(target instanceof HTMLElement) || !target.hasClass("ifu-card")) return;
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		const path = target.dataset.path;
		if (path !== undefined) this.openNote(path, false);
	}

	private stageOfHeader(button: HTMLElement): Stage | undefined {
		for (const [stage, group] of this.groups) if (group.header === button) return stage;
		return undefined;
	}

	private toggleGroup(stage: Stage): void {
		if (this.collapsed.has(stage)) this.collapsed.delete(stage);
		else this.collapsed.add(stage);
		const group = this.groups.get(stage);
		if (group) setCollapsed(group, this.collapsed.has(stage));
	}

	override async onClose(): Promise<void> {
		this.contentEl.empty();
		this.groups.clear();
		this.cards.clear();
		this.drawnRevision = -1;
	}

	override onResize(): void {
		this.refresh();
	}

	/** Brings the view up to date if it is in sight: everything when the index moved, else only cards whose times changed. */
	refresh(): void {
		if (!this.contentEl.isShown()) return;
		if (this.drawnRevision !== this.plugin.index.revision) {
			this.drawAll();
			return;
		}
		// Relative times move by the minute: within the minute the cards were described in, there is nothing new.
		// Switching notes fires layout events all day long, and describing a thousand cards each time is not free.
		const minute = minuteOf(this.plugin.now());
		if (minute === this.describedMinute) return;
		this.describedMinute = minute;
		this.redrawChanged([...this.cards.keys()]);
	}

	private onUpdated(paths: string[]): void {
		if (!this.contentEl.isShown()) return;
		const index = this.plugin.index;
		// Patch card by card only when the view was current just before this change; otherwise draw it all.
		if (this.drawnRevision !== index.revision - 1 || this.cards.size === 0 || paths.length > PATCH_LIMIT) {
			this.drawAll();
			return;
		}
		this.redrawChanged(paths);
		this.drawnRevision = index.revision;
	}

	private drawAll(): void {
		const index = this.plugin.index;
		const root = this.contentEl;
		root.empty();
		this.groups.clear();
		this.cards.clear();
		this.drawnRevision = index.revision;
		if (!index.ready) {
			root.createDiv({ cls: "ifu-empty", text: "Reading your interview notes…" });
			return;
		}
		const evaluations = index.all();
		if (evaluations.length === 0) {
			this.drawEmptyState(root);
			return;
		}
		for (const stage of STAGES) this.groups.set(stage, drawGroup(root, stage, this.collapsed.has(stage)));
		const now = this.plugin.now();
		this.describedMinute = minuteOf(now);
		for (const evaluation of evaluations) {
			const group = this.groups.get(evaluation.stage);
			if (group) this.drawCard(group.list, describeCard(evaluation, now));
		}
		this.updateCounts();
	}

	/** Redraws the cards among `paths` whose content changed, moves them to their place, and drops removed notes. */
	private redrawChanged(paths: string[]): void {
		const index = this.plugin.index;
		const now = this.plugin.now();
		let moved = false;
		for (const path of paths) {
			const evaluation = index.get(path);
			const drawn = this.cards.get(path);
			if (!evaluation) {
				if (drawn) drawn.el.remove();
				this.cards.delete(path);
				moved = true;
				continue;
			}
			const content = describeCard(evaluation, now);
			if (drawn && drawn.signature === JSON.stringify(content)) continue;
			const group = this.groups.get(evaluation.stage);
			if (!group) {
				this.drawAll(); // the first note after an empty state: the groups do not exist yet
				return;
			}
			const el = this.drawCard(group.list, content, drawn?.el);
			this.placeCard(path, el, group);
			moved = true;
		}
		if (moved) this.updateCounts();
		if (this.cards.size === 0 && index.ready) this.drawAll();
	}

	/** Puts a card before the next card of its stage in the index's order, so the group stays sorted. */
	private placeCard(path: string, el: HTMLElement, group: Group): void {
		const inStage = this.plugin.index.all().filter((evaluation) => evaluation.stage === this.cards.get(path)?.stage);
		const at = inStage.findIndex((evaluation) => evaluation.path === path);
		for (const next of inStage.slice(at + 1)) {
			const nextEl = this.cards.get(next.path)?.el;
			if (nextEl && nextEl.parentElement === group.list) {
				if (el.nextElementSibling !== nextEl) group.list.insertBefore(el, nextEl);
				return;
			}
		}
		if (group.list.lastElementChild !== el) group.list.appendChild(el);
	}

	private updateCounts(): void {
		const all = this.plugin.index.all();
		for (const [stage, group] of this.groups) setCount(group, stage, all.filter((evaluation) => evaluation.stage === stage).length);
	}

	/** Draws one card, in place of `previous` when given, and remembers what it was drawn from. */
	private drawCard(list: HTMLElement, content: CardContent, previous?: HTMLElement): HTMLElement {
		const card = previous ?? list.createDiv();
		drawCard(card, content, (el, button) => this.buttons.set(el, button));
		this.cards.set(content.path, { el: card, stage: content.stage, signature: JSON.stringify(content) });
		this.renderCount++;
		return card;
	}

	private drawEmptyState(root: HTMLElement): void {
		const { tag, folder } = this.plugin.settings;
		const empty = root.createDiv({ cls: "ifu-empty" });
		empty.createEl("p", { cls: "ifu-empty-title", text: "No interview notes yet." });
		const where = folder === "" ? "" : ` in the folder ${folder}`;
		empty.createEl("p", { text: `Keep one note per interview${where}, tagged #${tag} and with the date in its properties, for example:` });
		empty.createEl("pre", { cls: "ifu-empty-example", text: `---\ntags: [${tag}]\ncompany: Acme\nrole: Product designer\ninterview_date: 2026-11-20T14:00\ninterviewers: [Jane Doe]\n---` });
		empty.createEl("p", { text: "Or create one from the command palette with the new interview note command. Each note then shows here: whom to thank and by when, when to follow up, and what to send." });
	}

	/** Opens the note in the current tab, or where a modifier key asks (a new tab, a split, a window). */
	private openNote(path: string, where: PaneType | boolean): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) void this.app.workspace.getLeaf(where).openFile(file);
	}

	private runAction(path: string, button: ActionButton): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return;
		runNoteAction(this.plugin, file, button.action, button.subject ?? undefined).catch((error: unknown) => {
			console.error(`Interview Follow-up: could not run ${button.action} on ${path}`, error);
		});
	}
}

function minuteOf(instant: Date): number {
	return Math.floor(instant.getTime() / 60_000);
}

function isText(value: unknown): value is string {
	return typeof value === "string";
}
