// Notice, Modal, SuggestModal/FuzzySuggestModal, Menu, setIcon and setTooltip, with what tests need to drive them:
// the messages a Notice showed, the modals open now, choosing a suggestion, clicking a menu item. Browser-safe.
import type * as Real from "obsidian";
import type { App } from "./core";
import { hasDom, newDiv } from "./need-dom";
import { Scope } from "./misc";

function textOf(message: string | DocumentFragment): string {
	return typeof message === "string" ? message : (message.textContent ?? "");
}

/** A notice. Every message shown (and every `setMessage`) is recorded in `Notice.messages`, oldest first. */
export class Notice implements Real.Notice {
	/** Every message shown so far; clear between tests with `Notice.clear()`. */
	static readonly messages: string[] = [];
	/** Every notice created so far, for tests that need the element or the duration. */
	static readonly instances: Notice[] = [];

	static clear(): void {
		Notice.messages.length = 0;
		Notice.instances.length = 0;
	}

	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	message: string;
	readonly duration: number | undefined;
	hidden = false;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		this.message = textOf(message);
		// Without a DOM (engine-only tests) a notice still records its message; it just has no elements.
		if (hasDom()) {
			// As in Obsidian, every notice stacks in the one container (made by the first notice shown).
			const shared = document.body.querySelector<HTMLElement>(":scope > .notice-container");
			this.containerEl = shared ?? newDiv("notice-container");
			this.noticeEl = this.containerEl.createDiv({ cls: "notice" });
			this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
			this.messageEl.setText(message);
			// As in Obsidian, a click anywhere on a notice (its own buttons included) dismisses it.
			this.noticeEl.addEventListener("click", () => this.hide());
			if (shared === null) document.body.appendChild(this.containerEl);
		} else {
			this.containerEl = this.noticeEl = this.messageEl = undefined as unknown as HTMLElement;
		}
		Notice.messages.push(this.message);
		Notice.instances.push(this);
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = textOf(message);
		this.messageEl?.setText(message);
		Notice.messages.push(this.message);
		return this;
	}

	hide(): void {
		this.hidden = true;
		this.noticeEl?.remove();
		if (this.containerEl !== undefined && this.containerEl.childElementCount === 0) this.containerEl.remove();
	}
}

/** What the double adds to every modal, for tests. */
export interface ModalHelpers {
	isOpen: boolean;
}

/** What the double adds to a suggester, for tests. */
export interface SuggestHelpers<I> {
	typeQuery(query: string): Promise<I[]>;
	suggestions(): Promise<I[]>;
	choose(which?: number | ((item: I) => boolean)): Promise<I>;
}

/** A modal of the plugin's class, with the double's test helpers in its type. */
export type WithHelpers<T> = T &
	ModalHelpers &
	(T extends Real.SuggestModal<infer I> ? SuggestHelpers<I> : T extends SuggestModal<infer J> ? SuggestHelpers<J> : unknown);

export class Modal implements Real.HistoryHandler {
	/** The modals open right now, oldest first. */
	static readonly openModals: Modal[] = [];
	/** Every modal ever opened, for tests that check what was offered. */
	static readonly history: Modal[] = [];

	app: App;
	scope: Scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	isOpen = false;
	private closeCallback: (() => unknown) | null = null;

	constructor(app: App) {
		this.app = app;
		this.containerEl = newDiv("modal-container");
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const close = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
		close.addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
		Modal.openModals.push(this);
		Modal.history.push(this);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.containerEl.remove();
		const index = Modal.openModals.indexOf(this);
		if (index !== -1) Modal.openModals.splice(index, 1);
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}

	onHistoryBack(): void {
		this.close();
	}

	/**
	 * Test helper: the modal opened last and still open, if it is of the given class (the plugin's own classes
	 * work). A suggester comes with the double's helpers (`choose`, `suggestions`, `typeQuery`) in its type.
	 */
	static latest<T = Modal>(type?: abstract new (...args: never[]) => T): WithHelpers<T> | null {
		const last = Modal.openModals[Modal.openModals.length - 1];
		if (!last) return null;
		if (type && !(last instanceof type)) return null;
		return last as unknown as WithHelpers<T>;
	}

	/** Test helper: closes every open modal and forgets the history. */
	static reset(): void {
		for (const modal of [...Modal.openModals]) modal.close();
		Modal.history.length = 0;
	}
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	instructions: Real.Instruction[] = [];
	/** The suggestions on screen, in order. */
	shown: T[] = [];
	private selected = 0;
	private rendering: Promise<void> = Promise.resolve();

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => {
			this.rendering = this.updateSuggestions();
		});
	}

	override open(): void {
		super.open();
		this.rendering = this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.setAttribute("placeholder", placeholder);
	}

	setInstructions(instructions: Real.Instruction[]): void {
		this.instructions = instructions;
	}

	onNoSuggestion(): void {}

	/** As in Obsidian: the modal closes first, then `onChooseSuggestion` runs (after `onClose`). */
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.shown[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	private async updateSuggestions(): Promise<void> {
		const items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.shown = items;
		this.selected = 0;
		this.resultContainerEl.empty();
		if (items.length === 0) {
			this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
			this.onNoSuggestion();
			return;
		}
		items.forEach((item, index) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			if (index === 0) el.addClass("is-selected");
			this.renderSuggestion(item, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt as MouseEvent));
		});
	}

	/** Test helper: types a query as the user would and waits for the suggestions to be drawn. */
	async typeQuery(query: string): Promise<T[]> {
		this.inputEl.value = query;
		this.inputEl.dispatchEvent(new Event("input"));
		await this.rendering;
		return this.shown;
	}

	/** Test helper: waits for the suggestions and returns them. */
	async suggestions(): Promise<T[]> {
		await this.rendering;
		return this.shown;
	}

	/** Test helper: chooses a suggestion by position or by a test on it, as a click would. */
	async choose(which: number | ((item: T) => boolean) = 0): Promise<T> {
		await this.rendering;
		const index = typeof which === "number" ? which : this.shown.findIndex(which);
		const item = this.shown[index];
		if (item === undefined) throw new Error(`No suggestion ${typeof which === "number" ? `at ${which}` : "matches"}; shown: ${this.shown.length}`);
		this.selectSuggestion(item, new MouseEvent("click"));
		return item;
	}
}

/** Obsidian's fuzzy match, simplified: the query's characters in order, case-insensitive; a tighter match scores higher. */
export function fuzzyMatch(query: string, text: string): Real.SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	if (q === "") return { score: 0, matches: [] };
	const t = text.toLowerCase();
	const matches: Real.SearchMatchPart[] = [];
	let from = 0;
	for (const ch of q) {
		const at = t.indexOf(ch, from);
		if (at === -1) return null;
		const last = matches[matches.length - 1];
		if (last && last[1] === at) last[1] = at + 1;
		else matches.push([at, at + 1]);
		from = at + 1;
	}
	return { score: -matches.length - (matches[0]?.[0] ?? 0) / 100, matches };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<Real.FuzzyMatch<T>> {
	getSuggestions(query: string): Real.FuzzyMatch<T>[] {
		const results: Real.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = fuzzyMatch(query, this.getItemText(item));
			if (match) results.push({ item, match });
		}
		return query.trim() === "" ? results : results.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: Real.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}

	onChooseSuggestion(item: Real.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Test helper: chooses the item whose text is `text` (or that passes a test). */
	async chooseItem(which: string | ((item: T) => boolean)): Promise<T> {
		const test = typeof which === "string" ? (item: T) => this.getItemText(item) === which : which;
		const chosen = await this.choose((match) => test(match.item));
		return chosen.item;
	}
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = textOf(title);
		return this;
	}
	setIcon(icon: Real.IconName | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	setWarning(_isWarning: boolean): this {
		return this;
	}
	setIsLabel(_isLabel: boolean): this {
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	/** Test helper: clicks the item. */
	click(): void {
		if (!this.disabled) void this.callback?.(new MouseEvent("click"));
	}
}

export class Menu {
	/** The menu shown last, for a test to inspect and click. */
	static lastShown: Menu | null = null;
	readonly items: MenuItem[] = [];
	shown = false;
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	setParentElement(_el: HTMLElement): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		return this.show();
	}
	showAtPosition(_position: Real.MenuPositionDef, _doc?: Document): this {
		return this.show();
	}
	private show(): this {
		this.shown = true;
		Menu.lastShown = this;
		return this;
	}
	hide(): this {
		this.shown = false;
		for (const cb of this.hideCallbacks) cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
	/** Test helper: clicks the item with this title. */
	clickItem(title: string): void {
		const item = this.items.find((i) => i.title === title);
		if (!item) throw new Error(`No menu item "${title}"; items: ${this.items.map((i) => i.title).join(", ")}`);
		item.click();
		this.hide();
	}
}

/** Draws an icon: an empty `svg` with the icon's name in `data-icon`, replacing what the element held (as Obsidian does). */
export function setIcon(parent: HTMLElement, iconId: Real.IconName): void {
	parent.empty();
	const svg = parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId } });
	svg.setAttribute("viewBox", "0 0 24 24");
}

/** A tooltip: Obsidian shows `aria-label` on hover, so that is where the double writes it. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: Real.TooltipOptions): void {
	el.setAttribute("aria-label", tooltip);
	if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
}

export function displayTooltip(el: HTMLElement, content: string | DocumentFragment, options?: Real.TooltipOptions): void {
	setTooltip(el, textOf(content), options);
}
