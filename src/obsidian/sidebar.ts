// The "Interview follow-up" sidebar: interview notes grouped by stage, one card per note (drawn by card.ts), kept in
// step with the index card by card. It draws what the index says and never computes a rule. It draws only what can
// be seen: a folded group has no cards until opened, and a long group draws its first cards, then more on request.
import { ItemView, type HoverParent, type HoverPopover, type TFile, type WorkspaceLeaf } from "obsidian";
import { STAGES, type Evaluation, type Stage } from "../engine/types";
import { describeCard, drawCard, type ActionButton, type CardContent } from "./card";
import { cardClick, cardKey, openCardNote, runCardAction } from "./card-list";
import type { NoteAction } from "./commands";
import { drawGroup, setCollapsed, setCount, setMore, type Group } from "./groups";
import type { InterviewIndex } from "./index";

// Still importable from here, where it lived before the status bar had a file of its own.
export { statusBarText } from "./status-bar";

export const VIEW_TYPE_FOLLOW_UP = "interview-follow-up";
export const VIEW_ICON = "calendar-check";
/** How the sidebar appears among the page preview's sources (Settings → Page preview). */
export const HOVER_SOURCE = { display: "Interview follow-up", defaultMod: true };

// Past this many changed notes at once (a slice of a scan), drawing everything is simpler than patching card by card.
const PATCH_LIMIT = 20;
/** How many cards a group draws at first, and how many more each "Show more" (or scrolling near the end) adds. */
export const CARDS_AT_ONCE = 50;

/** What the sidebar reads from the index. */
export type SidebarIndex = Pick<InterviewIndex, "revision" | "ready" | "progress" | "on" | "offref" | "get" | "all" | "countInStage">;

/** What the sidebar uses, and nothing more: the index, the clock, the settings its empty state quotes, the note actions. */
export interface SidebarDeps {
	index: SidebarIndex;
	now: () => Date;
	settings: () => { tag: string; folder: string };
	/** Runs one of a card's buttons on its note (see commands.ts). */
	runNoteAction: (file: TFile, action: NoteAction, subject?: string) => Promise<void>;
}

interface DrawnCard {
	el: HTMLElement;
	stage: Stage;
	/** The content it was drawn from, serialised: a card is redrawn only when this changes. */
	signature: string;
}

export class FollowUpView extends ItemView implements HoverParent {
	/** How many cards have been drawn: the guard that one changed note redraws one card. */
	renderCount = 0;
	hoverPopover: HoverPopover | null = null;
	private drawnRevision = -1;
	/** The minute (since the epoch) every card was last described in, to skip a refresh within that minute. */
	private describedMinute = -1;
	private readonly collapsed = new Set<Stage>(["closed"]);
	/** How many cards each group may draw; grows with "Show more", kept across redraws while the view is open. */
	private readonly limits = new Map<Stage, number>();
	private readonly groups = new Map<Stage, Group>();
	private readonly cards = new Map<string, DrawnCard>();
	/** What each action button does; weak, so buttons of redrawn cards are forgotten with them. */
	private readonly buttons = new WeakMap<HTMLElement, ActionButton>();
	private progressEl: HTMLElement | null = null;
	/** Draws more of a long group as its end scrolls into sight, where the browser can tell (not on every platform). */
	private observer: IntersectionObserver | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: SidebarDeps,
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
		const { index } = this.deps;
		this.registerEvent(index.on("updated", (paths) => this.onUpdated(Array.isArray(paths) ? paths.filter(isText) : [])));
		this.registerEvent(index.on("tick", () => this.refresh()));
		// Hidden tabs are not drawn; these say the view may have come into sight.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refresh()));
		// One listener each for the whole view, so redrawn cards never leave listeners behind.
		this.registerDomEvent(this.contentEl, "click", (event) => this.onClick(event));
		this.registerDomEvent(this.contentEl, "keydown", (event) => this.onKeyDown(event));
		this.registerDomEvent(this.contentEl, "mouseover", (event) => this.onHover(event));
		if (typeof IntersectionObserver === "function") {
			this.observer = new IntersectionObserver((entries) => this.onSeen(entries), { root: this.contentEl, rootMargin: "0px 0px 300px 0px" });
		}
		this.refresh();
	}

	private onClick(event: MouseEvent): void {
		const click = cardClick(event);
		if (click === null) return;
		if ("open" in click) {
			openCardNote(this.app, click.open, click.where);
			return;
		}
		const { button, path } = click;
		const stage = this.stageOfHeader(button);
		if (stage) this.toggleGroup(stage);
		const more = this.stageOfMore(button);
		if (more) this.showMore(more, button.ownerDocument.activeElement === button);
		const action = this.buttons.get(button);
		if (action && path !== undefined) runCardAction(this.app, path, action, this.deps.runNoteAction);
	}

	/** Enter (or Space) on a focused card opens its note; keys on its buttons do what the buttons do. */
	private onKeyDown(event: KeyboardEvent): void {
		const path = cardKey(event);
		if (path !== null) openCardNote(this.app, path, false);
	}

	/** Over a card's title, the page preview shows the note (with the modifier key, unless the user set it otherwise). */
	private onHover(event: MouseEvent): void {
		if (!(event.target instanceof HTMLElement)) return;
		const title = event.target.closest<HTMLElement>(".ifu-card-company, .ifu-card-role");
		const path = title?.closest<HTMLElement>(".ifu-card")?.dataset.path;
		if (!title || path === undefined) return;
		this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_FOLLOW_UP, hoverParent: this, targetEl: title, linktext: path, sourcePath: "" });
	}

	private stageOfHeader(button: HTMLElement): Stage | undefined {
		for (const [stage, group] of this.groups) if (group.header === button) return stage;
		return undefined;
	}

	private stageOfMore(button: HTMLElement): Stage | undefined {
		for (const [stage, group] of this.groups) if (group.more === button) return stage;
		return undefined;
	}

	private toggleGroup(stage: Stage): void {
		if (this.collapsed.has(stage)) this.collapsed.delete(stage);
		else this.collapsed.add(stage);
		const group = this.groups.get(stage);
		if (!group) return;
		setCollapsed(group, this.collapsed.has(stage));
		// A group opened for the first time draws its cards now.
		if (!this.collapsed.has(stage)) this.reconcile(this.deps.now());
	}

	/** Draws the next cards of a group; from the keyboard, the focus moves to the first of them. */
	private showMore(stage: Stage, moveFocus: boolean): void {
		const before = this.limitOf(stage);
		this.limits.set(stage, before + CARDS_AT_ONCE);
		this.reconcile(this.deps.now());
		if (!moveFocus) return;
		const first = this.groups.get(stage)?.list.children.item(before);
		if (first instanceof HTMLElement) first.focus();
	}

	private onSeen(entries: IntersectionObserverEntry[]): void {
		for (const entry of entries) {
			if (!entry.isIntersecting || !entry.target.instanceOf(HTMLElement)) continue;
			const stage = this.stageOfMore(entry.target);
			if (!stage || this.collapsed.has(stage)) continue;
			this.showMore(stage, false);
			// Still in sight after drawing more (short cards, a tall pane): observing again asks once more.
			this.observer?.unobserve(entry.target);
			this.observer?.observe(entry.target);
		}
	}

	override async onClose(): Promise<void> {
		this.observer?.disconnect();
		this.observer = null;
		this.contentEl.empty();
		this.groups.clear();
		this.cards.clear();
		this.limits.clear();
		this.progressEl = null;
		this.drawnRevision = -1;
	}

	override onResize(): void {
		this.refresh();
	}

	/** Brings the view up to date if it is in sight: everything when the index moved, else only cards whose times changed. */
	refresh(): void {
		if (!this.contentEl.isShown()) return;
		if (this.drawnRevision !== this.deps.index.revision) {
			this.drawAll();
			return;
		}
		// Relative times move by the minute: within the minute the cards were described in, there is nothing new.
		// Switching notes fires layout events all day long, and describing every card each time is not free.
		const minute = minuteOf(this.deps.now());
		if (minute === this.describedMinute) return;
		this.describedMinute = minute;
		this.redrawChanged([...this.cards.keys()]);
	}

	private onUpdated(paths: string[]): void {
		if (!this.contentEl.isShown()) return;
		const { index } = this.deps;
		// Patch card by card only when the view was current just before this change; otherwise draw it all.
		const behind = this.drawnRevision !== index.revision - 1;
		const noGroups = this.groups.size === 0;
		if (behind || noGroups || paths.length > PATCH_LIMIT) {
			this.drawAll();
			return;
		}
		this.redrawChanged(paths);
		this.showProgress();
		this.drawnRevision = index.revision;
	}

	private drawAll(): void {
		const { index } = this.deps;
		const root = this.contentEl;
		this.observer?.disconnect();
		root.empty();
		this.groups.clear();
		this.cards.clear();
		this.progressEl = null;
		this.drawnRevision = index.revision;
		if (!index.ready && index.progress === null) {
			root.createDiv({ cls: "ifu-empty", text: "Reading your interview notes…" });
			return;
		}
		if (index.ready && index.all().length === 0) {
			this.drawEmptyState(root);
			return;
		}
		this.showProgress();
		for (const stage of STAGES) {
			const group = drawGroup(root, stage, this.collapsed.has(stage));
			this.groups.set(stage, group);
			this.observer?.observe(group.more);
		}
		const now = this.deps.now();
		this.describedMinute = minuteOf(now);
		this.reconcile(now);
	}

	/** While a scan runs, a line above the groups says how far it has got; it goes once the scan is over. */
	private showProgress(): void {
		const progress = this.deps.index.progress;
		if (progress === null) {
			this.progressEl?.remove();
			this.progressEl = null;
			return;
		}
		if (this.progressEl === null) {
			this.progressEl = this.contentEl.createDiv({ cls: "ifu-progress", attr: { role: "status" } });
			this.contentEl.prepend(this.progressEl);
		}
		this.progressEl.setText(`Reading ${progress.read.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} interview notes…`);
	}

	/** Redraws the drawn cards among `paths` whose content changed, then puts every group's cards in place. */
	private redrawChanged(paths: string[]): void {
		const { index } = this.deps;
		const now = this.deps.now();
		for (const path of paths) {
			const drawn = this.cards.get(path);
			if (!drawn) continue; // not drawn (folded, or further down a long group): drawn when it comes into sight
			const evaluation = index.get(path);
			if (!evaluation) continue; // removed below
			const content = describeCard(evaluation, now);
			if (drawn.signature !== JSON.stringify(content)) this.drawCard(drawn.el, content);
		}
		if (index.ready && index.all().length === 0) {
			this.drawAll(); // the last note is gone: the empty state explains how to start
			return;
		}
		this.reconcile(now);
	}

	/**
	 * Makes each open group show the first cards of its stage in the index's order, as many as it may draw: cards that
	 * left are removed, cards that came into range are drawn, and cards are moved only where the order changed.
	 */
	private reconcile(now: Date): void {
		const byStage = stageLists(this.deps.index.all());
		const wanted = new Map<string, Stage>();
		for (const stage of STAGES) {
			if (this.collapsed.has(stage)) continue;
			for (const evaluation of byStage[stage].slice(0, this.limitOf(stage))) wanted.set(evaluation.path, stage);
		}
		for (const [path, drawn] of this.cards) {
			if (wanted.get(path) === drawn.stage) continue;
			drawn.el.remove();
			this.cards.delete(path);
		}
		for (const stage of STAGES) {
			const group = this.groups.get(stage);
			if (!group) continue;
			const list = byStage[stage];
			setCount(group, stage, list.length);
			const shown = this.collapsed.has(stage) ? 0 : Math.min(this.limitOf(stage), list.length);
			let previous: Element | null = null;
			for (const evaluation of list.slice(0, shown)) {
				const el = this.cards.get(evaluation.path)?.el ?? this.drawCard(group.list.createDiv(), describeCard(evaluation, now));
				const expected: Element | null = previous === null ? group.list.firstElementChild : previous.nextElementSibling;
				if (expected !== el) group.list.insertBefore(el, expected);
				previous = el;
			}
			if (!this.collapsed.has(stage)) setMore(group, Math.min(CARDS_AT_ONCE, list.length - shown), list.length - shown);
		}
	}

	private limitOf(stage: Stage): number {
		return this.limits.get(stage) ?? CARDS_AT_ONCE;
	}

	/** Draws one card into `card` and remembers what it was drawn from. */
	private drawCard(card: HTMLElement, content: CardContent): HTMLElement {
		drawCard(card, content, (el, button) => this.buttons.set(el, button));
		this.cards.set(content.path, { el: card, stage: content.stage, signature: JSON.stringify(content) });
		this.renderCount++;
		return card;
	}

	private drawEmptyState(root: HTMLElement): void {
		const { tag, folder } = this.deps.settings();
		const empty = root.createDiv({ cls: "ifu-empty" });
		empty.createEl("p", { cls: "ifu-empty-title", text: "No interview notes yet." });
		const where = folder === "" ? "" : ` in the folder ${folder}`;
		empty.createEl("p", { text: `Keep one note per interview${where}, tagged #${tag} and with the date in its properties, for example:` });
		empty.createEl("pre", {
			cls: "ifu-empty-example",
			text: `---\ntags: [${tag}]\ncompany: Acme\nrole: Product designer\ninterview_date: 2026-11-20T14:00\ninterviewers: [Jane Doe]\n---`,
		});
		empty.createEl("p", {
			text: "Or create one from the command palette with the new interview note command. Each note then shows here: whom to thank and by when, when to follow up, and what to send.",
		});
	}

	/** Opens the note in the current tab, or where a modifier key asks (a new tab, a split, a window). */
}

/** The index's sorted list cut into its stages, each still in order: one pass, as the list is sorted by stage first. */
function stageLists(sorted: readonly Evaluation[]): Record<Stage, Evaluation[]> {
	const lists: Record<Stage, Evaluation[]> = { "act-now": [], waiting: [], upcoming: [], closed: [] };
	for (const evaluation of sorted) lists[evaluation.stage].push(evaluation);
	return lists;
}

function minuteOf(instant: Date): number {
	return Math.floor(instant.getTime() / 60_000);
}

function isText(value: unknown): value is string {
	return typeof value === "string";
}
