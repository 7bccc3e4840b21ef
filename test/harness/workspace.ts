// The Workspace with its leaves (main area, left and right sidebars), View/ItemView/MarkdownView, and layout-ready.
// Browser-safe. Views get Obsidian's DOM shape: containerEl.children[0] is the header, children[1] the content.
import type * as Real from "obsidian";
import type { App } from "./core";
import { Editor } from "./editor";
import { Component, Events } from "./events";
import { Keymap } from "./misc";
import { newDiv } from "./need-dom";
import { later } from "./scheduler";
import { TFile, type VaultObserver } from "./vault";

export abstract class View extends Component {
	app: App;
	icon: Real.IconName = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Real.Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = newDiv("workspace-leaf-content");
		const header = newDiv("view-header");
		header.createDiv({ cls: "view-header-title-container" }).createDiv({ cls: "view-header-title" });
		header.createDiv({ cls: "view-actions" });
		this.containerEl.appendChild(header);
		this.containerEl.appendChild(newDiv("view-content"));
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	/** Opens the view the way a leaf does: load (so its registrations start), then `onOpen`. */
	async open(): Promise<void> {
		this.load();
		const title = this.containerEl.querySelector(".view-header-title");
		if (title) title.textContent = this.getDisplayText();
		this.containerEl.setAttribute("data-type", this.getViewType());
		await this.onOpen();
	}

	/** Closes the view: `onClose`, then unload (which removes everything it registered). Order not verified against Obsidian. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
	}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: Real.ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): Real.IconName {
		return this.icon;
	}

	onResize(): void {}

	onPaneMenu(_menu: Real.Menu, _source: string): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}

	/** Adds a button to the view's header; find it in a test by its aria-label (the title). */
	addAction(icon: Real.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const actions = this.containerEl.querySelector(".view-actions");
		const el = newDiv("clickable-icon view-action");
		el.setAttribute("aria-label", title);
		el.setAttribute("data-icon", icon);
		el.addEventListener("click", (evt) => void callback(evt as MouseEvent));
		actions?.appendChild(el);
		return el;
	}
}

/** What an empty leaf shows. */
export class EmptyView extends ItemView {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly type = "empty",
	) {
		super(leaf);
	}

	getViewType(): string {
		return this.type;
	}

	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, _result: Real.ViewStateResult): Promise<void> {
		const path = typeof state === "object" && state !== null ? (state as Record<string, unknown>).file : undefined;
		if (typeof path !== "string") return;
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
	}

	async onLoadFile(_file: TFile): Promise<void> {}

	async onUnloadFile(_file: TFile): Promise<void> {}

	async onRename(_file: TFile): Promise<void> {}

	canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
}

/**
 * A note open in the editor. The editor starts with the file's text. Edits are saved back to the vault on a later
 * tick (Obsidian waits about two seconds of quiet; `await view.save()` or `await app.metadataCache.settled()` in a
 * test), and a write to the file from elsewhere (processFrontMatter) is brought into the editor.
 */
export class MarkdownView extends FileView {
	editor: Editor;
	data = "";
	hoverPopover: Real.HoverPopover | null = null;
	private dirty = false;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = this.newEditor("");
	}

	private newEditor(text: string): Editor {
		const editor = new Editor(text);
		editor.onChange = () => {
			this.data = editor.getValue();
			this.requestSave();
			this.app.workspace.trigger("editor-change", editor, this);
		};
		return editor;
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): Real.MarkdownViewModeType {
		return "source";
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.editor = this.newEditor(this.data);
		this.dirty = false;
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, _clear: boolean): void {
		this.editor.setValue(data);
	}

	clear(): void {
		this.editor = this.newEditor("");
	}

	/** Schedules a save, as Obsidian's debounced `requestSave` does. */
	requestSave = (): void => {
		if (this.dirty) return;
		this.dirty = true;
		later(() => this.save());
	};

	/** Writes the editor's text to the file now, when it differs from what the vault holds. */
	async save(_clear?: boolean): Promise<void> {
		this.dirty = false;
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		const text = this.editor.getValue();
		if (this.app.vault.textOf(file.path) !== text) await this.app.vault.modify(file, text);
	}

	/** The file changed on disk: bring the new text into the editor (not when it is this view's own save). */
	fileChanged(data: string): void {
		if (this.dirty) return;
		this.editor.syncFromDisk(data);
		this.data = data;
		this.dirty = false;
	}

	showSearch(_replace?: boolean): void {}
}

type Side = "main" | "left" | "right";

function debounceNothing(): Real.Debouncer<[], Promise<void>> {
	const run = async (): Promise<void> => {};
	const debouncer = Object.assign(() => debouncer, { cancel: () => debouncer, run }) as Real.Debouncer<[], Promise<void>>;
	return debouncer;
}

/** Obsidian's layout tree, reduced to what code may read: a parent, a root, a container with its window. */
export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent;

	getRoot(): WorkspaceItem {
		return this.parent === (this as unknown) ? this : this.parent.getRoot();
	}

	getContainer(): WorkspaceContainer {
		return this.getRoot() as WorkspaceContainer;
	}
}

export abstract class WorkspaceParent extends WorkspaceItem {}

export class WorkspaceSplit extends WorkspaceParent {
	parent: WorkspaceParent;

	constructor(parent?: WorkspaceParent) {
		super();
		this.parent = parent ?? this;
	}
}

export class WorkspaceContainer extends WorkspaceSplit {
	get win(): Window {
		return window;
	}

	get doc(): Document {
		return document;
	}
}

export class WorkspaceRoot extends WorkspaceContainer {}

export class WorkspaceTabs extends WorkspaceParent {
	constructor(public parent: WorkspaceSplit) {
		super();
	}
}

/** A sidebar: collapsed or expanded, as Obsidian's WorkspaceSidedock. */
export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = true;

	toggle(): void {
		this.collapsed = !this.collapsed;
	}

	collapse(): void {
		this.collapsed = true;
	}

	expand(): void {
		this.collapsed = false;
	}
}

export class WorkspaceLeaf extends WorkspaceItem {
	readonly app: App;
	readonly side: Side;
	parent: WorkspaceTabs;
	hoverPopover: Real.HoverPopover | null = null;
	private current: View;
	containerEl: HTMLElement;
	/** Test-visible: whether `revealLeaf` was called for this leaf. */
	revealed = false;
	pinned = false;
	group: string | null = null;
	readonly id: string;
	private static counter = 0;
	private detached = false;

	constructor(app: App, side: Side, parent: WorkspaceTabs) {
		super();
		this.app = app;
		this.side = side;
		this.parent = parent;
		this.id = `leaf-${++WorkspaceLeaf.counter}`;
		this.containerEl = newDiv("workspace-leaf");
		this.current = new EmptyView(this);
		this.containerEl.appendChild(this.current.containerEl);
	}

	/** The view in the leaf, typed as Obsidian's so the plugin's own view classes narrow it with instanceof. */
	get view(): Real.View {
		return this.current as unknown as Real.View;
	}

	/** The same view, typed as the double's (for `close`, `open` and the header). */
	get ownView(): View {
		return this.current;
	}

	/** Whether the leaf still belongs to the workspace. */
	isAttached(): boolean {
		return !this.detached;
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	getViewState(): Real.ViewState {
		return { type: this.current.getViewType(), state: this.current.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
	}

	/** Replaces the view: the old one closes, the new one is created from the registered creator and opened. */
	async setViewState(viewState: Real.ViewState, _eState?: unknown): Promise<void> {
		const view = this.app.workspace.createView(viewState.type, this);
		await this.openOwn(view);
		await view.setState(viewState.state ?? {}, { history: false });
		const title = view.containerEl.querySelector(".view-header-title");
		if (title) title.textContent = view.getDisplayText();
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
		if (view instanceof FileView && view.file) this.app.workspace.trigger("file-open", view.file);
		this.app.workspace.trigger("layout-change");
	}

	async open(realView: Real.View): Promise<Real.View> {
		await this.openOwn(realView as unknown as View);
		return realView;
	}

	/** Closes the current view and opens `view` in its place. */
	async openOwn(view: View): Promise<void> {
		const old = this.current;
		await old.close();
		old.containerEl.remove();
		this.current = view;
		this.containerEl.appendChild(view.containerEl);
		await view.open();
	}

	async openFile(file: Real.TFile, openState?: Real.OpenViewState): Promise<void> {
		await this.setViewState({
			type: "markdown",
			state: { ...(openState?.state ?? {}), file: file.path },
			active: openState?.active ?? this.side === "main",
		});
	}

	getEphemeralState(): unknown {
		return this.current.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.current.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: Real.WorkspaceLeaf): void {
		this.group = (other as unknown as WorkspaceLeaf).group;
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	/** Closes the view and removes the leaf. The returned promise (not in Obsidian's signature) settles when closed. */
	detach(): Promise<void> {
		if (this.detached) return Promise.resolve();
		this.detached = true;
		return this.app.workspace.removeLeaf(this);
	}

	getIcon(): Real.IconName {
		return this.current.getIcon();
	}

	getDisplayText(): string {
		return this.current.getDisplayText();
	}

	onResize(): void {
		this.current.onResize();
	}
}

/** What a view passes with "hover-link" (Obsidian documents the event's fields in its page preview guide). */
export interface HoverLinkInfo {
	event: MouseEvent;
	source: string;
	hoverParent: Real.HoverParent;
	targetEl: HTMLElement | null;
	linktext: string;
	sourcePath?: string;
}

function isHoverLinkInfo(value: unknown): value is HoverLinkInfo {
	return typeof value === "object" && value !== null && "source" in value && "linktext" in value && "event" in value;
}

export class Workspace extends Events implements VaultObserver {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	rootSplit = new WorkspaceRoot();
	leftSplit = new WorkspaceSidedock(this.rootSplit);
	rightSplit = new WorkspaceSidedock(this.rootSplit);
	leftRibbon = {};
	rightRibbon = {};
	private readonly tabs = { main: new WorkspaceTabs(this.rootSplit), left: new WorkspaceTabs(this.leftSplit), right: new WorkspaceTabs(this.rightSplit) };
	readonly viewRegistry = new Map<string, Real.ViewCreator>();
	/** Views registered with the page preview (`Plugin.registerHoverLinkSource`), by id, as Obsidian keeps them. */
	readonly hoverLinkSources = new Map<string, Real.HoverLinkSource>();
	/**
	 * Every "hover-link" event, in order, with whether Obsidian's page preview would show it: only for a registered
	 * source, and for one registered with `defaultMod` only while the modifier key is held (Ctrl here).
	 */
	readonly hoverLinks: (HoverLinkInfo & { previewed: boolean })[] = [];
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly layoutReadyCallbacks: (() => unknown)[] = [];
	private lastFileLeaf: WorkspaceLeaf | null = null;
	private container: HTMLElement | null = null;
	private readonly pendingClosures: Promise<void>[] = [];

	constructor(private readonly app: App) {
		super();
	}

	override trigger(name: string, ...data: unknown[]): void {
		if (name === "hover-link" && isHoverLinkInfo(data[0])) {
			const info = data[0];
			const source = this.hoverLinkSources.get(info.source);
			const previewed = source !== undefined && (!source.defaultMod || Keymap.isModifier(info.event, "Mod"));
			this.hoverLinks.push({ ...info, previewed });
		}
		super.trigger(name, ...data);
	}

	/** The workspace's element, attached to the document so views are shown (created when first needed). */
	get containerEl(): HTMLElement {
		if (!this.container) {
			this.container = newDiv("workspace");
			document.body.appendChild(this.container);
		}
		return this.container;
	}

	/** Obsidian's `requestSaveLayout`: nothing to save in the double. */
	requestSaveLayout: Real.Debouncer<[], Promise<void>> = debounceNothing();

	/** The note being edited: the active leaf's, or the one last active when a sidebar has the focus. */
	get activeEditor(): Real.MarkdownFileInfo | null {
		const view = this.activeLeaf?.ownView instanceof MarkdownView ? this.activeLeaf.ownView : this.lastFileLeaf?.ownView;
		return view instanceof MarkdownView ? view : null;
	}

	async changeLayout(_workspace: unknown): Promise<void> {}

	getLayout(): Record<string, unknown> {
		return { leaves: this.leaves.map((leaf) => ({ id: leaf.id, side: leaf.side, state: leaf.getViewState() })) };
	}

	createLeafInParent(_parent: Real.WorkspaceSplit, _index: number): WorkspaceLeaf {
		return this.addLeaf("main");
	}

	createLeafBySplit(leaf: Real.WorkspaceLeaf, _direction?: Real.SplitDirection, _before?: boolean): WorkspaceLeaf {
		return this.addLeaf((leaf as unknown as WorkspaceLeaf).side);
	}

	splitActiveLeaf(_direction?: Real.SplitDirection): WorkspaceLeaf {
		return this.addLeaf("main");
	}

	async duplicateLeaf(leaf: Real.WorkspaceLeaf): Promise<WorkspaceLeaf> {
		const copy = this.addLeaf((leaf as unknown as WorkspaceLeaf).side);
		await copy.setViewState(leaf.getViewState());
		return copy;
	}

	/** There is one window in the double: a popout is a new tab in the main area. */
	moveLeafToPopout(_leaf: Real.WorkspaceLeaf): Real.WorkspaceWindow {
		return this.rootSplit;
	}

	openPopoutLeaf(): WorkspaceLeaf {
		return this.addLeaf("main");
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.group === group);
	}

	handleLinkContextMenu(_menu: Real.Menu, _linktext: string, _sourcePath: string): boolean {
		return false;
	}

	/** Runs `callback` once the layout is ready: at once when it already is, else when a test calls `triggerLayoutReady`. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutReadyCallbacks.push(callback);
	}

	/** Test helper: the layout is ready. Runs the waiting callbacks in order and waits for any promise they return. */
	async triggerLayoutReady(): Promise<void> {
		if (this.layoutReady) return;
		this.layoutReady = true;
		const callbacks = this.layoutReadyCallbacks.splice(0);
		for (const callback of callbacks) await callback();
		this.trigger("layout-change");
	}

	/** Makes the view for a type: a plugin's registered creator, the built-in markdown view, or an empty one. */
	createView(type: string, leaf: WorkspaceLeaf): View {
		if (type === "markdown") return new MarkdownView(leaf);
		const creator = this.viewRegistry.get(type);
		if (creator) return creator(leaf) as unknown as View;
		return new EmptyView(leaf, type === "" ? "empty" : type);
	}

	/** Plugin.registerView's undo: open views of that type close and their leaves go empty, as when a plugin is disabled. */
	unregisterView(type: string): void {
		this.viewRegistry.delete(type);
		for (const leaf of this.getLeavesOfType(type)) {
			this.pendingClosures.push(leaf.openOwn(new EmptyView(leaf)));
		}
	}

	/** Test helper: waits for views being closed in the background (after an unload) to finish closing. */
	async closingDone(): Promise<void> {
		await Promise.all(this.pendingClosures.splice(0));
	}

	private addLeaf(side: Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side, this.tabs[side]);
		this.leaves.push(leaf);
		this.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}

	async removeLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const index = this.leaves.indexOf(leaf);
		if (index !== -1) this.leaves.splice(index, 1);
		leaf.containerEl.remove();
		if (this.lastFileLeaf === leaf) this.lastFileLeaf = null;
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.leaves.find((l) => l.side === "main") ?? null;
			this.trigger("active-leaf-change", this.activeLeaf);
		}
		await leaf.ownView.close();
		this.trigger("layout-change");
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.ownView.getViewType() === viewType);
	}

	/** Test helper: every leaf, with its side. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leaves];
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "main")) callback(leaf);
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((leaf) => leaf.id === id) ?? null;
	}

	getMostRecentLeaf(_root?: Real.WorkspaceParent): WorkspaceLeaf | null {
		return this.lastFileLeaf ?? this.leaves.find((l) => l.side === "main") ?? null;
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf("left");
	}

	/** A leaf in the main area: the active one (or a new one when none) unless `newLeaf` asks for a new tab or split. */
	getLeaf(newLeaf?: Real.PaneType | boolean | "split", _direction?: Real.SplitDirection): WorkspaceLeaf {
		if (!newLeaf) {
			const current = this.activeLeaf?.side === "main" ? this.activeLeaf : this.leaves.find((l) => l.side === "main" && !l.pinned);
			if (current) return current;
		}
		return this.addLeaf("main");
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	async ensureSideLeaf(
		type: string,
		side: Real.Side,
		options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> },
	): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type).find((leaf) => leaf.side === side);
		const leaf = existing ?? this.addLeaf(side);
		if (!existing) await leaf.setViewState({ type, active: options?.active, state: options?.state });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	/** Shows the leaf: its sidebar expands. It does not take focus (Obsidian's revealLeaf does not either). */
	async revealLeaf(realLeaf: Real.WorkspaceLeaf): Promise<void> {
		const leaf = realLeaf as unknown as WorkspaceLeaf;
		leaf.revealed = true;
		if (leaf.side === "right") this.rightSplit.expand();
		if (leaf.side === "left") this.leftSplit.expand();
	}

	/** Detaches every leaf of a type. (A plugin should not call this in onunload: Obsidian restores leaves itself.) */
	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) this.pendingClosures.push(leaf.detach());
	}

	setActiveLeaf(realLeaf: Real.WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		const leaf = realLeaf as unknown as WorkspaceLeaf;
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		if (leaf.ownView instanceof FileView) this.lastFileLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	/** The file of the active note, or of the note last active when a sidebar has the focus. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.ownView;
		if (view instanceof FileView) return view.file;
		const last = this.lastFileLeaf?.ownView;
		return last instanceof FileView ? last.file : null;
	}

	/** The active leaf's view when it is of this class. Takes the plugin's classes and the double's alike. */
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view: unknown = this.activeLeaf?.ownView;
		return view instanceof type ? view : null;
	}

	getLastOpenFiles(): string[] {
		const last = this.lastFileLeaf?.ownView;
		return last instanceof FileView && last.file ? [last.file.path] : [];
	}

	/**
	 * Opens a link in the main area. A link to a note that does not exist creates it, as clicking an unresolved
	 * link does in Obsidian.
	 */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: Real.PaneType | boolean, openViewState?: Real.OpenViewState): Promise<void> {
		const path = linktext.split("#")[0] ?? linktext;
		let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) file = await this.app.vault.create(path.endsWith(".md") ? path : `${path}.md`, "");
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	updateOptions(): void {}

	// The vault tells the workspace about writes, so open editors show what is on disk.
	created(): void {}

	modified(file: TFile, data: string): void {
		for (const leaf of this.leaves) {
			const view = leaf.ownView;
			if (view instanceof MarkdownView && view.file === file) view.fileChanged(data);
		}
	}

	deleted(file: TFile): void {
		for (const leaf of this.leaves.filter((l) => l.ownView instanceof FileView && l.ownView.file === file)) this.pendingClosures.push(leaf.detach());
	}

	renamed(file: TFile): void {
		for (const leaf of this.leaves) {
			const view = leaf.ownView;
			if (view instanceof FileView && view.file === file) void view.onRename(file);
		}
	}
}
