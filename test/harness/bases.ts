// Stand-ins for Obsidian's Bases API (1.10+): a QueryController that a test feeds the notes a Base's filters chose,
// and the BasesView base class a plugin's view extends. Built from obsidian.d.ts; what it could not say is guessed,
// and each guess is named below so a real Obsidian that differs shows where to look. Browser-safe.
//
// Unsure of, from the types alone:
// - How a view receives `data`: obsidian.d.ts says only that the object "will be replaced with a new result set" and
//   that `onDataUpdated` is called "when there is new data". Here the controller sets `view.data` to a new result,
//   with new BasesEntry objects, then calls `onDataUpdated`, for every change, as the comment warns.
// - Whether `onDataUpdated` runs once right after the factory: here it does, once the view is loaded (the view
//   would otherwise show nothing until the first change).
// - `QueryController` is declared empty; its constructor and the view's `app` and `config` are filled in here.
// - `groupedData` without a groupBy is "a single group with an empty key", which is what this gives.
import type * as Real from "obsidian";
import type { App } from "./core";
import { Component } from "./events";
import type { TFile } from "./vault";

/** One row of a Base: a file, and its frontmatter values read from the metadata cache. */
export class BasesEntry {
	constructor(
		readonly file: TFile,
		private readonly app: App,
	) {}

	getValue(propertyId: string): unknown {
		const key = propertyId.startsWith("note.") ? propertyId.slice(5) : propertyId;
		if (key === "file.name") return this.file.basename;
		const frontmatter = this.app.metadataCache.getFileCache(this.file)?.frontmatter as Record<string, unknown> | undefined;
		return frontmatter?.[key] ?? null;
	}
}

export class BasesQueryResult {
	constructor(readonly data: BasesEntry[]) {}

	get groupedData(): { key?: unknown; entries: BasesEntry[]; hasKey(): boolean }[] {
		return [{ entries: this.data, hasKey: () => false }];
	}

	get properties(): string[] {
		return [];
	}
}

export class BasesViewConfig {
	name = "Interview follow-up";
	private readonly values = new Map<string, unknown>();

	get(key: string): unknown {
		return this.values.get(key);
	}

	set(key: string, value: unknown): void {
		this.values.set(key, value);
	}

	getOrder(): string[] {
		return [];
	}

	getSort(): [] {
		return [];
	}

	getDisplayName(propertyId: string): string {
		return propertyId.replace(/^(note|file|formula)\./, "");
	}
}

/** Runs a Base's query: here, the files a test says its filters select, in the order given. */
export class QueryController extends Component {
	readonly config = new BasesViewConfig();
	private files: TFile[] = [];
	private readonly views: BasesView[] = [];

	constructor(readonly app: App) {
		super();
	}

	/** The result a view sees now: new entries each time, as in Obsidian. */
	result(): BasesQueryResult {
		return new BasesQueryResult(this.files.map((file) => new BasesEntry(file, this.app)));
	}

	/** The Base's filters now select `files`: every view gets a new result and `onDataUpdated`. */
	select(files: TFile[]): void {
		this.files = [...files];
		for (const view of this.views) this.deliver(view);
	}

	/** Creates a view through a registration's factory into `containerEl`, loads it, and gives it its first data. */
	mount(registration: Real.BasesViewRegistration, containerEl: HTMLElement): BasesView {
		const view = registration.factory(this as unknown as Real.QueryController, containerEl) as unknown as BasesView;
		this.views.push(view);
		// An open Base is loaded, and its views with it (addChild loads a child of a loaded component).
		this.load();
		this.addChild(view as unknown as Real.Component);
		this.deliver(view);
		return view;
	}

	/** The Base is closed: its views unload. */
	close(): void {
		this.unload();
		this.views.length = 0;
	}

	private deliver(view: BasesView): void {
		view.data = this.result();
		view.onDataUpdated();
	}
}

export abstract class BasesView extends Component {
	abstract type: string;
	app: App;
	config: BasesViewConfig;
	allProperties: string[] = [];
	data: BasesQueryResult;

	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app;
		this.config = controller.config;
		this.data = controller.result();
	}

	abstract onDataUpdated(): void;

	createFileForView(): Promise<void> {
		return Promise.resolve();
	}
}
