// The live index of interview notes: evaluations kept in step with Obsidian's metadata cache, one note per change,
// refreshed each minute as time moves on, with a Notice when a thank-you becomes overdue while Obsidian is open.
import { Events, Notice, TAbstractFile, TFile, TFolder, type CachedMetadata } from "obsidian";
import { evaluate } from "../engine/index";
import { nextChange } from "../engine/next-change";
import { isInterviewNote } from "../engine/note";
import { isThankYouHeading } from "../engine/headings";
import { findThankYouDrafts } from "../engine/personalisation";
import { compareEvaluations } from "../engine/status";
import { STAGES, type Check, type EngineSettings, type Evaluation, type NoteSource, type Stage, type ThankYouDraft } from "../engine/types";
import { checkSummary } from "../engine/wording";
import type InterviewFollowUpPlugin from "../main";

/** How often time-dependent states are refreshed: "due in 5 h" becomes "overdue" without any file changing. */
export const TICK_MS = 60_000;

/** Past this many single changes between two reads of the list, sorting it whole again is cheaper than patching it. */
const RESORT_LIMIT = 64;


/**
 * Emits "updated" with the paths whose evaluation changed (after the revision moved), and "tick" after each
 * minute's refresh, so views can update their relative times.
 */
export class InterviewIndex extends Events {
	/** Moves each time any evaluation changes; views compare it with the revision they last drew. */
	revision = 0;
	/** How many times a note was evaluated: the guard that one change re-evaluates one note. */
	evaluationCount = 0;
	/** False until the first full scan has finished. */
	ready = false;

	private readonly evaluations = new Map<string, Evaluation>();
	/**
	 * Per note, when it was evaluated and the instant from which time alone may change that evaluation: a minute
	 * tick re-evaluates only notes whose instant has come, so it costs a comparison per note, not an evaluation.
	 */
	private readonly validity = new Map<string, { from: number; until: number }>();
	private readonly sources = new Map<string, NoteSource>();
	/** Overdue checks already seen (path + rule + subject), so each raises at most one Notice. */
	private readonly seenOverdue = new Set<string>();
	/** Notices owed for checks that turned overdue during the tick being run; shown together when it ends. */
	private overdueAtTick: string[] = [];
	/** The latest read started per path: a slower, older read never overwrites a newer one. */
	private readonly latestRead = new Map<string, number>();
	private readonly inFlight = new Set<Promise<void>>();
	private readCounter = 0;
	private scanGeneration = 0;
	/** The engine settings the evaluations were made under, to tell what a settings change affects. */
	private usedSettings: EngineSettings | null = null;
	private sorted: Evaluation[] | null = null;
	/** Changes applied to `sorted` one by one since it was last sorted whole. */
	private resortsSinceSort = 0;
	private started = false;

	constructor(private readonly plugin: InterviewFollowUpPlugin) {
		super();
	}

	get(path: string): Evaluation | undefined {
		return this.evaluations.get(path);
	}

	/** Every evaluation, by stage in the sidebar's order, then as the engine orders them within a stage (earliest due first). */
	all(): Evaluation[] {
		if (this.sorted === null) {
			this.sorted = [...this.evaluations.values()].sort(compareEvaluations);
			this.resortsSinceSort = 0;
		}
		return this.sorted;
	}

	/** How many notes are in `stage`: two binary searches in the sorted list, so the status bar and the group counts stay cheap. */
	countInStage(stage: Stage): number {
		const sorted = this.all();
		const rank = STAGES.indexOf(stage);
		return stageStart(sorted, rank + 1) - stageStart(sorted, rank);
	}

	/** Resolves once every read and evaluation started so far has finished (the first scan included). */
	async settled(): Promise<void> {
		while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
	}

	/** Called once the layout is ready: listens to the vault and the metadata cache, scans, and starts the clock. */
	start(): Promise<void> {
		if (this.started) return this.settled();
		this.started = true;
		const { app } = this.plugin;
		this.plugin.registerEvent(app.metadataCache.on("changed", (file, _data, cache) => this.onChanged(file, cache)));
		this.plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.plugin.registerEvent(app.vault.on("delete", (file) => this.onDelete(file)));
		this.plugin.registerInterval(window.setInterval(() => this.tick(), TICK_MS));
		return this.scan();
	}

	/**
	 * Reads every interview note from the metadata cache and evaluates it, replacing what was there. Runs at start
	 * and when the tag or folder changes. Overdue checks found here are recorded silently: a Notice is for
	 * something that happens while the user watches, not for the state the vault was already in.
	 */
	scan(): Promise<void> {
		return this.track(this.runScan());
	}

	/**
	 * Settings were saved: a new tag or folder changes which notes count, so everything is read again; a new window
	 * or wait only changes the rules, so the notes already read are evaluated again without touching a file. Other
	 * settings (name, signature, templates, notices) change no evaluation.
	 */
	applySettings(): Promise<void> {
		if (!this.started) return Promise.resolve();
		const { tag, folder, windowHours, waitDays } = this.plugin.settings;
		const used = this.usedSettings;
		this.usedSettings = { tag, folder, windowHours, waitDays };
		if (used === null || used.tag !== tag || used.folder !== folder) return this.scan();
		if (used.windowHours !== windowHours || used.waitDays !== waitDays) {
			// Every deadline moved, even where no state changed, so every note is news.
			this.reevaluateAll(false);
			this.publish([...this.evaluations.keys()]);
		}
		return Promise.resolve();
	}

	/**
	 * The minute tick: re-runs the rules at the new time for the notes whose evaluation time may have changed (a
	 * deadline or a follow-up date has come, an interview has started); files and the cache are not touched.
	 */
	tick(): void {
		if (!this.ready) return;
		const changed = this.reevaluateAll(true);
		this.showOverdueNotices();
		this.publish(changed);
		this.trigger("tick");
	}

	private async runScan(): Promise<void> {
		const { app } = this.plugin;
		const generation = ++this.scanGeneration;
		const { tag, folder, windowHours, waitDays } = this.plugin.settings;
		this.usedSettings = { tag, folder, windowHours, waitDays };
		// Reads numbered above this one started after the scan began: such a change is newer than the scan's copy.
		const scanStart = this.readCounter;
		const found: { file: TFile; frontmatter: unknown; needsBody: boolean }[] = [];
		for (const file of app.vault.getMarkdownFiles()) {
			const cache = app.metadataCache.getFileCache(file);
			if (!this.counts(file, cache?.frontmatter)) continue;
			found.push({ file, frontmatter: cache?.frontmatter, needsBody: hasThankYouHeading(cache) });
		}
		const readNumbers = new Map(found.map(({ file }) => [file.path, this.nextRead(file.path)]));
		const drafts = await Promise.all(found.map(({ file, needsBody }) => (needsBody ? this.readDrafts(file) : Promise.resolve([]))));
		if (generation !== this.scanGeneration) return; // a newer scan (settings changed again) has the last word
		const touched: string[] = [];
		for (const path of [...this.evaluations.keys()]) {
			if (readNumbers.has(path)) continue;
			// A note the scan did not find no longer counts, unless a change indexed it after the scan began.
			const changedDuringScan = (this.latestRead.get(path) ?? 0) > scanStart;
			if (!changedDuringScan && this.drop(path)) touched.push(path);
		}
		found.forEach(({ file, frontmatter }, i) => {
			// A change that arrived while the scan was reading bodies is newer than the scan's copy, and wins.
			if (this.latestRead.get(file.path) !== readNumbers.get(file.path)) return;
			this.put({ path: file.path, frontmatter, drafts: drafts[i] ?? [] }, false);
			touched.push(file.path);
		});
		const firstScan = !this.ready;
		this.ready = true;
		// The first scan is news even when the vault holds no interview note: views leave their "reading" state.
		this.publish(touched, firstScan);
	}

	private onChanged(file: TFile, cache: CachedMetadata | null): void {
		if (!this.counts(file, cache?.frontmatter)) {
			this.latestRead.delete(file.path);
			if (this.drop(file.path)) this.publish([file.path]);
			return;
		}
		const frontmatter: unknown = cache?.frontmatter;
		if (!hasThankYouHeading(cache)) {
			this.nextRead(file.path);
			this.put({ path: file.path, frontmatter, drafts: [] }, false);
			this.publish([file.path]);
			return;
		}
		const readNumber = this.nextRead(file.path);
		void this.track(
			this.readDrafts(file).then((drafts) => {
				if (this.latestRead.get(file.path) !== readNumber) return;
				this.put({ path: file.path, frontmatter, drafts }, false);
				this.publish([file.path]);
			}),
		);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			// Move every note that was inside the folder; Obsidian may also report each file, which then finds nothing to do.
			const prefix = `${oldPath}/`;
			const moved = [...this.evaluations.keys()].filter((path) => path.startsWith(prefix));
			const changed = moved.flatMap((path) => this.move(path, file.path + path.slice(oldPath.length)));
			this.publish(changed);
			return;
		}
		if (file instanceof TFile) this.publish(this.move(oldPath, file.path));
	}

	/** Moves one note to its new path, which may take it into or out of the folder that counts. */
	private move(oldPath: string, newPath: string): string[] {
		// A read still running for the old path must not bring the old path back.
		this.latestRead.delete(oldPath);
		const source = this.sources.get(oldPath);
		const file = this.plugin.app.vault.getAbstractFileByPath(newPath);
		if (!(file instanceof TFile)) return this.drop(oldPath) ? [oldPath] : [];
		if (!source) {
			// Not indexed before: a note moved into the folder that counts, or a file renamed to '.md'.
			if (this.evaluations.has(newPath)) return [];
			// The cache may not have moved its entry yet when the rename is announced: then it is still at the old path.
			const { metadataCache } = this.plugin.app;
			this.onChanged(file, metadataCache.getFileCache(file) ?? metadataCache.getCache(oldPath));
			return [];
		}
		this.drop(oldPath);
		for (const key of [...this.seenOverdue]) {
			if (!key.startsWith(`${oldPath}\u0000`)) continue;
			this.seenOverdue.delete(key);
			this.seenOverdue.add(newPath + key.slice(oldPath.length));
		}
		// The frontmatter did not change with the name, so the copy already read is used; only the path is new.
		if (this.counts(file, source.frontmatter)) {
			this.nextRead(newPath);
			this.put({ ...source, path: newPath }, false);
		}
		return [oldPath, newPath];
	}

	private onDelete(file: TAbstractFile): void {
		const gone = file instanceof TFolder
			? [...this.evaluations.keys()].filter((path) => path.startsWith(`${file.path}/`))
			: [file.path];
		const dropped = gone.filter((path) => {
			this.latestRead.delete(path);
			for (const key of [...this.seenOverdue]) if (key.startsWith(`${path}\u0000`)) this.seenOverdue.delete(key);
			return this.drop(path);
		});
		this.publish(dropped);
	}

	/** Whether a file is an interview note under the current settings. Only Markdown notes can be. */
	private counts(file: TFile, frontmatter: unknown): boolean {
		if (file.extension !== "md") return false;
		return isInterviewNote(file.path, frontmatter, this.plugin.settings);
	}

	/** Evaluates one note and stores it. At a tick, returns whether anything the user sees as a state changed. */
	private put(source: NoteSource, atTick: boolean): boolean {
		const now = this.plugin.now();
		const evaluation = evaluate(source, now, this.plugin.settings);
		this.evaluationCount++;
		const before = this.evaluations.get(source.path);
		this.sources.set(source.path, source);
		this.evaluations.set(source.path, evaluation);
		this.validity.set(source.path, { from: now.getTime(), until: nextChange(evaluation, now)?.getTime() ?? Number.NEGATIVE_INFINITY });
		this.resort(before, evaluation);
		this.noteOverdue(evaluation, atTick, now);
		return before === undefined || stateKey(before) !== stateKey(evaluation);
	}

	private drop(path: string): boolean {
		this.sources.delete(path);
		this.validity.delete(path);
		const before = this.evaluations.get(path);
		if (before === undefined) return false;
		this.evaluations.delete(path);
		this.resort(before, undefined);
		return true;
	}

	/**
	 * Keeps the sorted list in step with one changed note: out at its old place, in at its new one (a binary search),
	 * so one change costs a copy and a search, not a sort of every note. Views and the status bar read the list
	 * after every change. Past a few changes at once (a rescan, a new window) sorting again is simpler.
	 */
	private resort(before: Evaluation | undefined, after: Evaluation | undefined): void {
		if (this.sorted === null) return;
		if (++this.resortsSinceSort > RESORT_LIMIT) {
			this.sorted = null;
			return;
		}
		// A new array rather than the old one changed in place: a list handed out by all() never changes under its reader.
		const sorted = this.sorted.slice();
		if (before !== undefined) {
			// Evaluations never change once made, so the old one is where the same search finds it.
			let at = positionOf(sorted, before);
			if (sorted[at] !== before) at = sorted.indexOf(before);
			if (at !== -1) sorted.splice(at, 1);
		}
		if (after !== undefined) sorted.splice(positionOf(sorted, after), 0, after);
		this.sorted = sorted;
	}

	/**
	 * Evaluates the notes again. At a tick, only those whose evaluation time may have changed (see nextChange) or
	 * whose clock went backwards; otherwise (new settings) every one.
	 */
	private reevaluateAll(atTick: boolean): string[] {
		const changed: string[] = [];
		const now = atTick ? this.plugin.now().getTime() : 0;
		for (const source of [...this.sources.values()]) {
			if (atTick) {
				const validity = this.validity.get(source.path);
				if (validity !== undefined && now >= validity.from && now < validity.until) continue;
			}
			if (this.put(source, atTick)) changed.push(source.path);
		}
		return changed;
	}

	/**
	 * Records the note's overdue checks. One that turns overdue at a tick, and was never seen overdue before, raises
	 * a Notice when notices are on; one found overdue at a scan or after an edit is only recorded, since the user is
	 * looking at that note already or the vault was already in that state.
	 */
	private noteOverdue(evaluation: Evaluation, atTick: boolean, now: Date): void {
		for (const check of evaluation.checks) {
			if (check.state !== "overdue") continue;
			const key = overdueKey(evaluation.path, check);
			if (this.seenOverdue.has(key)) continue;
			this.seenOverdue.add(key);
			if (atTick && this.plugin.settings.notices) this.overdueAtTick.push(overdueNotice(evaluation, check, now));
		}
	}

	/**
	 * One Notice per check that turned overdue at this tick, but never a wall of them: past a few (a vault synced
	 * after days away, or one shared by someone else) a single Notice gives the count instead.
	 */
	private showOverdueNotices(): void {
		const messages = this.overdueAtTick;
		this.overdueAtTick = [];
		if (messages.length > MOST_OVERDUE_NOTICES_AT_ONCE) {
			new Notice(`${messages.length} follow-up steps just became overdue: see the interview follow-up sidebar.`);
			return;
		}
		for (const message of messages) new Notice(message);
	}

	private publish(paths: string[], evenIfNone = false): void {
		if (paths.length === 0 && !evenIfNone) return;
		this.revision++;
		this.trigger("updated", paths);
	}

	private nextRead(path: string): number {
		const readNumber = ++this.readCounter;
		this.latestRead.set(path, readNumber);
		return readNumber;
	}

	/** The thank-you drafts in a note's body, read through the vault's cache; a note that cannot be read has none. */
	private async readDrafts(file: TFile): Promise<ThankYouDraft[]> {
		try {
			return findThankYouDrafts(await this.plugin.app.vault.cachedRead(file));
		} catch (error) {
			console.error(`Interview Follow-up: could not read ${file.path}`, error);
			return [];
		}
	}

	private track(work: Promise<void>): Promise<void> {
		this.inFlight.add(work);
		void work.finally(() => this.inFlight.delete(work));
		return work;
	}
}

/** Where `evaluation` is, or belongs, in a sorted list: the first place whose evaluation does not come before it. */
function positionOf(sorted: readonly Evaluation[], evaluation: Evaluation): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const other = sorted[middle];
		if (other !== undefined && compareEvaluations(other, evaluation) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Where a stage starts in a sorted list (stages come in STAGES order): the first place whose stage is not before it. */
function stageStart(sorted: readonly Evaluation[], rank: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const other = sorted[middle];
		if (other !== undefined && STAGES.indexOf(other.stage) < rank) low = middle + 1;
		else high = middle;
	}
	return low;
}

function hasThankYouHeading(cache: CachedMetadata | null): boolean {
	return cache?.headings?.some((heading) => isThankYouHeading(heading.heading)) ?? false;
}

function overdueKey(path: string, check: Check): string {
	return `${path}\u0000${check.rule}\u0000${check.subject ?? ""}`;
}

/** What the user sees as a note's state: its stage and each check's state. Messages and times are left out. */
/** More checks than this turning overdue at one tick get one Notice with their count. */
const MOST_OVERDUE_NOTICES_AT_ONCE = 3;

function stateKey(evaluation: Evaluation): string {
	const checks = evaluation.checks.map((check) => `${check.rule}:${check.subject ?? ""}:${check.state}`);
	return `${evaluation.stage}|${checks.join("|")}`;
}

/** "Acme, Product designer: thank-you to Jane Doe overdue by 2 min", so the Notice says where and what. */
function overdueNotice(evaluation: Evaluation, check: Check, now: Date): string {
	const { company, role } = evaluation.note;
	const where = [company, role].filter((part): part is string => part !== null && part !== "").join(", ");
	const summary = checkSummary(check, now);
	return where === "" ? summary.charAt(0).toUpperCase() + summary.slice(1) : `${where}: ${summary}`;
}
