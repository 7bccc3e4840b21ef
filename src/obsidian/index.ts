// The live index of interview notes: evaluations kept in step with Obsidian's metadata cache, one note per change,
// refreshed each minute as time moves on. A full scan (at start, after a tag or folder change) runs in slices that
// give the app back its thread, so a vault of thousands of notes never freezes Obsidian.
import { Component, Events, TFile, TFolder, type CachedMetadata, type EventRef, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { evaluate } from "../engine/index";
import { isThankYouHeading } from "../engine/headings";
import { nextChange } from "../engine/next-change";
import { isInterviewNote } from "../engine/note";
import { findThankYouDrafts } from "../engine/personalisation";
import { isInTemplateFolder, TEMPLATE_SETTINGS_FILES, templateFolders } from "../engine/template-folders";
import type { EngineSettings, Evaluation, NoteSource, Stage } from "../engine/types";
import { SortedEvaluations } from "./sorted-evaluations";

/** How often time-dependent states are refreshed: "due in 5 h" becomes "overdue" without any file changing. */
export const TICK_MS = 60_000;

/** A scan gives the thread back after this much work, well under the 50 ms that make a task feel like a freeze. */
export const SLICE_MS = 8;
/** …and after this many notes whatever the clock says, so a slow or coarse clock cannot make one slice long. */
export const SLICE_NOTES = 200;
/** While a scan runs, the views are told how far it has got at most this often (and after its first slice). */
export const PROGRESS_MS = 100;
/** Looking at a file's cached frontmatter costs far less than evaluating a note: a slice may look at this many. */
export const SLICE_FILES = 2_000;

/** Why the index announced "updated": views may treat a scan's slices differently from one edit. */
export type UpdateCause = "scan" | "change" | "settings" | "tick";

/** How a long scan shares the thread: a way to let the app run, and a clock that measures a slice's work. */
export interface ScanScheduler {
	/** Resolves once the app has had its turn (a zero timeout). */
	yieldToApp(): Promise<void>;
	/** Milliseconds, for measuring how long a slice has run. */
	clock(): number;
}

/** What the index uses from Obsidian and the plugin, and nothing more. */
export interface IndexDeps {
	metadataCache: MetadataCache;
	vault: Vault;
	/** The settings that decide which notes count and how they are checked, read afresh at each use. */
	settings: () => EngineSettings;
	/** The clock: the engine never reads it, and tests replace it. */
	now: () => Date;
	scheduler?: ScanScheduler;
}

/** How far a scan has got: `read` of `total` notes evaluated. */
export interface ScanProgress {
	read: number;
	total: number;
}

/** The app's own turns: a zero timeout, and the page's clock. Long work elsewhere in the plugin yields the same way. */
export const APP_TURNS: ScanScheduler = {
	yieldToApp: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
	clock: () => performance.now(),
};

/**
 * Emits "updated" with the paths whose evaluation changed and why (after the revision moved), and "tick" after each
 * minute's refresh, so views can update their relative times. A Component: attach it with `addChild`, and
 * everything it listens to is released with it.
 */
export class InterviewIndex extends Component {
	/** Moves each time any evaluation changes; views compare it with the revision they last drew. */
	revision = 0;
	/** How many times a note was evaluated: the guard that one change re-evaluates one note. */
	evaluationCount = 0;
	/** False until the first full scan has finished. */
	ready = false;
	/** While a scan runs, how far it has got; null otherwise. */
	progress: ScanProgress | null = null;

	private readonly events = new Events();
	private readonly evaluations = new Map<string, Evaluation>();
	/**
	 * Per note, when it was evaluated and the instant from which time alone may change that evaluation: a minute
	 * tick re-evaluates only notes whose instant has come, so it costs a comparison per note, not an evaluation.
	 */
	private readonly validity = new Map<string, { from: number; until: number }>();
	private readonly sources = new Map<string, NoteSource>();
	private readonly sorted = new SortedEvaluations();
	/** The latest read started per path: a slower, older read never overwrites a newer one. */
	private readonly latestRead = new Map<string, number>();
	private readonly inFlight = new Set<Promise<void>>();
	private readCounter = 0;
	private scanGeneration = 0;
	/** The engine settings the evaluations were made under, to tell what a settings change affects. */
	private usedSettings: EngineSettings | null = null;
	/** The vault's template folders (core Templates and Templater): notes there are templates, not interviews. */
	private templateFolders: string[] = [];
	private started = false;
	private readonly scheduler: ScanScheduler;

	constructor(private readonly deps: IndexDeps) {
		super();
		this.scheduler = deps.scheduler ?? APP_TURNS;
	}

	on(name: "updated", callback: (paths: string[], cause: UpdateCause) => unknown): EventRef;
	on(name: "tick", callback: () => unknown): EventRef;
	on(name: string, callback: (...data: never[]) => unknown): EventRef {
		return this.events.on(name, callback as (...data: unknown[]) => unknown);
	}

	offref(ref: EventRef): void {
		this.events.offref(ref);
	}

	get(path: string): Evaluation | undefined {
		return this.evaluations.get(path);
	}

	/** Every evaluation, by stage in the sidebar's order, then as the engine orders them within a stage (earliest due first). */
	all(): readonly Evaluation[] {
		return this.sorted.list();
	}

	/** How many notes are in `stage`: two binary searches in the sorted list, so the status bar and the group counts stay cheap. */
	countInStage(stage: Stage): number {
		return this.sorted.countInStage(stage);
	}

	/** Resolves once every read and evaluation started so far has finished (the first scan included). */
	async settled(): Promise<void> {
		while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
	}

	/** Called once the layout is ready: listens to the vault and the metadata cache, scans, and starts the clock. */
	start(): Promise<void> {
		if (this.started) return this.settled();
		this.started = true;
		const { metadataCache, vault } = this.deps;
		this.registerEvent(metadataCache.on("changed", (file, _data, cache) => this.onChanged(file, cache)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.registerInterval(window.setInterval(() => this.tick(), TICK_MS));
		return this.scan();
	}

	override onunload(): void {
		// A scan still running stops at its next slice.
		this.scanGeneration++;
		this.progress = null;
	}

	/**
	 * Reads every interview note from the metadata cache and evaluates it, replacing what was there. Runs at start
	 * and when the tag, the folder or the template folders change.
	 */
	scan(): Promise<void> {
		return this.track(this.runScan());
	}

	/**
	 * Settings were saved: a new tag, folder or template folder changes which notes count, so everything is read
	 * again; a new window or wait only changes the rules, so the notes already read are evaluated again without
	 * touching a file. Other settings (name, signature, templates, notices) change no evaluation.
	 */
	applySettings(): Promise<void> {
		if (!this.started) return Promise.resolve();
		return this.track(this.runApplySettings());
	}

	/**
	 * The minute tick: re-runs the rules at the new time for the notes whose evaluation time may have changed (a
	 * deadline or a follow-up date has come, an interview has started); files and the cache are not touched.
	 */
	tick(): void {
		if (!this.ready) return;
		const changed = this.reevaluateAll(true);
		this.publish(changed, "tick");
		this.events.trigger("tick");
	}

	private async runApplySettings(): Promise<void> {
		const { tag, folder, windowHours, waitDays } = this.deps.settings();
		const used = this.usedSettings;
		const folders = await this.readTemplateFolders();
		const foldersMoved = folders.join("\n") !== this.templateFolders.join("\n");
		if (used === null || used.tag !== tag || used.folder !== folder || foldersMoved) {
			await this.runScan(folders);
			return;
		}
		this.usedSettings = { tag, folder, windowHours, waitDays };
		if (used.windowHours !== windowHours || used.waitDays !== waitDays) {
			// Every deadline moved, even where no state changed, so every note is news.
			this.reevaluateAll(false);
			this.publish([...this.evaluations.keys()], "settings");
		}
	}

	private async runScan(knownFolders?: string[]): Promise<void> {
		const generation = ++this.scanGeneration;
		const { tag, folder, windowHours, waitDays } = this.deps.settings();
		this.usedSettings = { tag, folder, windowHours, waitDays };
		const folders = knownFolders ?? (await this.readTemplateFolders());
		if (generation !== this.scanGeneration) return;
		this.templateFolders = folders;
		// Reads numbered above this one started after the scan began: such a change is newer than the scan's copy.
		const scanStart = this.readCounter;
		const { metadataCache, vault } = this.deps;

		// First, which notes count: a look at each file's cached frontmatter, in slices too (a vault may hold 50,000).
		const found: { file: TFile; frontmatter: unknown; read: number; body: Promise<string> | null }[] = [];
		const files = vault.getMarkdownFiles();
		const slice = this.slicer(SLICE_FILES);
		for (const file of files) {
			if (slice.full() && !(await slice.next(generation))) return;
			const cache = metadataCache.getFileCache(file);
			if (!this.counts(file, cache?.frontmatter)) continue;
			// Bodies are asked for now, so the reads overlap; they are taken apart slice by slice below.
			found.push({ file, frontmatter: cache?.frontmatter, read: this.nextRead(file.path), body: hasThankYouHeading(cache) ? this.readBody(file) : null });
		}

		// A note the scan did not find no longer counts, unless a change indexed it after the scan began.
		const dropped: string[] = [];
		const foundPaths = new Set(found.map(({ file }) => file.path));
		for (const path of [...this.evaluations.keys()]) {
			if (foundPaths.has(path)) continue;
			const changedDuringScan = (this.latestRead.get(path) ?? 0) > scanStart;
			if (!changedDuringScan && this.drop(path)) dropped.push(path);
		}
		this.progress = { read: 0, total: found.length };
		let touched = dropped;
		slice.countUpTo(SLICE_NOTES);

		// Then each note evaluated. The views are told after the first slice and then every PROGRESS_MS, so they show
		// what is ready without sorting and drawing again after every slice.
		let toldAt: number | null = null;
		for (const [i, { file, frontmatter, read, body }] of found.entries()) {
			if (slice.full()) {
				const time = this.scheduler.clock();
				if (toldAt === null || time - toldAt >= PROGRESS_MS) {
					toldAt = time;
					this.progress = { read: i, total: found.length };
					// Announced even when nothing changed yet, so views can say how far the scan has got.
					this.publish(touched, "scan", true);
					touched = [];
				}
				if (!(await slice.next(generation))) return;
			}
			const text = body === null ? null : await body;
			if (generation !== this.scanGeneration) return;
			// A change that arrived while the scan was reading is newer than the scan's copy, and wins.
			if (this.latestRead.get(file.path) !== read) continue;
			this.put({ path: file.path, frontmatter, drafts: text === null ? [] : findThankYouDrafts(text) }, false);
			touched.push(file.path);
		}
		const firstScan = !this.ready;
		this.ready = true;
		this.progress = null;
		// The first scan is news even when the vault holds no interview note: views leave their "reading" state.
		this.publish(touched, "scan", firstScan);
	}

	/**
	 * Measures a scan's slices: one is full once it has run `SLICE_MS`, or handled `limit` items (files looked at,
	 * then notes evaluated: `countUpTo` starts counting the second kind, while the slice's clock goes on).
	 */
	private slicer(limit: number): { full(): boolean; countUpTo(limit: number): void; next(generation: number): Promise<boolean> } {
		const { scheduler } = this;
		let started = scheduler.clock();
		let handled = 0;
		const slice = {
			// Called once before each item: true when this slice has had its share.
			full: () => {
				handled++;
				return handled > limit || scheduler.clock() - started >= SLICE_MS;
			},
			countUpTo: (next: number) => {
				limit = next;
				handled = 0;
			},
			/** Yields to the app; false when a newer scan (or an unload) has taken over meanwhile. */
			next: async (generation: number) => {
				await scheduler.yieldToApp();
				started = scheduler.clock();
				handled = 1;
				return generation === this.scanGeneration;
			},
		};
		return slice;
	}

	private onChanged(file: TFile, cache: CachedMetadata | null): void {
		if (!this.counts(file, cache?.frontmatter)) {
			this.latestRead.delete(file.path);
			if (this.drop(file.path)) this.publish([file.path], "change");
			return;
		}
		const frontmatter: unknown = cache?.frontmatter;
		const readNumber = this.nextRead(file.path);
		if (!hasThankYouHeading(cache)) {
			this.put({ path: file.path, frontmatter, drafts: [] }, false);
			this.publish([file.path], "change");
			return;
		}
		void this.track(
			this.readBody(file).then((text) => {
				if (this.latestRead.get(file.path) !== readNumber) return;
				this.put({ path: file.path, frontmatter, drafts: findThankYouDrafts(text) }, false);
				this.publish([file.path], "change");
			}),
		);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			// Move every note that was inside the folder; Obsidian may also report each file, which then finds nothing to do.
			const prefix = `${oldPath}/`;
			const moved = [...this.evaluations.keys()].filter((path) => path.startsWith(prefix));
			const changed = moved.flatMap((path) => this.move(path, file.path + path.slice(oldPath.length)));
			this.publish(changed, "change");
			return;
		}
		if (file instanceof TFile) this.publish(this.move(oldPath, file.path), "change");
	}

	/** Moves one note to its new path, which may take it into or out of the folder that counts. */
	private move(oldPath: string, newPath: string): string[] {
		// A read still running for the old path must not bring the old path back.
		this.latestRead.delete(oldPath);
		const source = this.sources.get(oldPath);
		const file = this.deps.vault.getAbstractFileByPath(newPath);
		if (!(file instanceof TFile)) return this.drop(oldPath) ? [oldPath] : [];
		if (!source) {
			// Not indexed before: a note moved into the folder that counts, or a file renamed to '.md'.
			if (this.evaluations.has(newPath)) return [];
			// The cache may not have moved its entry yet when the rename is announced: then it is still at the old path.
			const { metadataCache } = this.deps;
			this.onChanged(file, metadataCache.getFileCache(file) ?? metadataCache.getCache(oldPath));
			return [];
		}
		this.drop(oldPath);
		// The frontmatter did not change with the name, so the copy already read is used; only the path is new.
		if (this.counts(file, source.frontmatter)) {
			this.nextRead(newPath);
			this.put({ ...source, path: newPath }, false);
		}
		return [oldPath, newPath];
	}

	private onDelete(file: TAbstractFile): void {
		const gone = file instanceof TFolder ? [...this.evaluations.keys()].filter((path) => path.startsWith(`${file.path}/`)) : [file.path];
		const dropped = gone.filter((path) => {
			this.latestRead.delete(path);
			return this.drop(path);
		});
		this.publish(dropped, "change");
	}

	/** Whether a file is an interview note under the current settings. Only Markdown notes outside the template folders can be. */
	private counts(file: TFile, frontmatter: unknown): boolean {
		if (file.extension !== "md") return false;
		if (isInTemplateFolder(file.path, this.templateFolders)) return false;
		return isInterviewNote(file.path, frontmatter, this.deps.settings());
	}

	/** Evaluates one note and stores it. At a tick, returns whether anything the user sees as a state changed. */
	private put(source: NoteSource, atTick: boolean): boolean {
		const now = this.deps.now();
		const evaluation = evaluate(source, now, this.deps.settings());
		this.evaluationCount++;
		const before = this.evaluations.get(source.path);
		this.sources.set(source.path, source);
		this.evaluations.set(source.path, evaluation);
		this.validity.set(source.path, { from: now.getTime(), until: nextChange(evaluation, now)?.getTime() ?? Number.NEGATIVE_INFINITY });
		if (before !== undefined) this.sorted.remove(before);
		this.sorted.add(evaluation);
		return !atTick || before === undefined || stateKey(before) !== stateKey(evaluation);
	}

	private drop(path: string): boolean {
		this.sources.delete(path);
		this.validity.delete(path);
		const before = this.evaluations.get(path);
		if (before === undefined) return false;
		this.evaluations.delete(path);
		this.sorted.remove(before);
		return true;
	}

	/**
	 * Evaluates the notes again. At a tick, only those whose evaluation time may have changed (see nextChange) or
	 * whose clock went backwards; otherwise (new settings) every one.
	 */
	private reevaluateAll(atTick: boolean): string[] {
		const changed: string[] = [];
		const now = atTick ? this.deps.now().getTime() : 0;
		for (const source of [...this.sources.values()]) {
			if (atTick) {
				const validity = this.validity.get(source.path);
				if (validity !== undefined && now >= validity.from && now < validity.until) continue;
			}
			if (this.put(source, atTick)) changed.push(source.path);
		}
		return changed;
	}

	private publish(paths: string[], cause: UpdateCause, evenIfNone = false): void {
		if (paths.length === 0 && !evenIfNone) return;
		this.revision++;
		this.events.trigger("updated", paths, cause);
	}

	private nextRead(path: string): number {
		const readNumber = ++this.readCounter;
		this.latestRead.set(path, readNumber);
		return readNumber;
	}

	/** A note's text, through the vault's cache; a note that cannot be read has an empty body (and so no drafts). */
	private async readBody(file: TFile): Promise<string> {
		try {
			return await this.deps.vault.cachedRead(file);
		} catch (error) {
			console.error(`Interview Follow-up: could not read ${file.path}`, error);
			return "";
		}
	}

	/** The template folders the core Templates plugin and Templater are set to, read from their settings files. */
	private async readTemplateFolders(): Promise<string[]> {
		const { vault } = this.deps;
		const read = async (file: string): Promise<string | null> => {
			const path = `${vault.configDir}/${file}`;
			try {
				return (await vault.adapter.exists(path)) ? await vault.adapter.read(path) : null;
			} catch {
				// Unreadable settings name no folder; the notes are then all read as usual.
				return null;
			}
		};
		const [templates, templater] = await Promise.all([read(TEMPLATE_SETTINGS_FILES.templates), read(TEMPLATE_SETTINGS_FILES.templater)]);
		return templateFolders({ templates, templater });
	}

	private track(work: Promise<void>): Promise<void> {
		this.inFlight.add(work);
		void work.finally(() => this.inFlight.delete(work));
		return work;
	}
}

function hasThankYouHeading(cache: CachedMetadata | null): boolean {
	return cache?.headings?.some((heading) => isThankYouHeading(heading.heading)) ?? false;
}

/** What the user sees as a note's state: its stage and each check's state. Messages and times are left out. */
function stateKey(evaluation: Evaluation): string {
	const checks = evaluation.checks.map((check) => `${check.rule}:${check.subject ?? ""}:${check.state}`);
	return `${evaluation.stage}|${checks.join("|")}`;
}
