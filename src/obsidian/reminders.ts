// Reminders while Obsidian is open: at the moments the engine names (remindersFor), a Notice, and on desktop, when the
// user allows it, a system notification. Each fires at most once, remembered in the plugin's data, so a restart, a
// second window or a synced device with the same data stays quiet; a check whose instant moved may remind again.
import { Component, Notice, TFile } from "obsidian";
import { awaitsGraciousReply, isDueNow, remindersFor, type Reminder } from "../engine/reminders";
import type { ReminderSettings } from "../engine/settings";
import type { Evaluation } from "../engine/types";
import { runNoteAction, type CommandHost } from "./commands";
import { systemNotifications } from "./system-notifications";
import { APP_TURNS, SLICE_MS, type InterviewIndex, type ScanScheduler } from "./index";

/** Where Notices go: Obsidian's own, or a queue that caps a flood of them. `duration` 0 keeps a Notice until dismissed. */
export interface NoticeSink {
	notify(message: string | DocumentFragment, options?: { duration?: number }): void;
}

/** Notices straight to Obsidian. */
export const OBSIDIAN_NOTICES: NoticeSink = {
	notify: (message, options) => void new Notice(message, options?.duration),
};

/** The index as the reminders read it: evaluations by path, and its "updated" (paths) and "tick" events. */
export type ReminderIndex = Pick<InterviewIndex, "get" | "all" | "on" | "offref" | "ready">;

export interface ReminderDependencies {
	index: ReminderIndex;
	settings: () => ReminderSettings & { notices: boolean; systemNotifications: boolean };
	now: () => Date;
	notices: NoticeSink;
	store: ReminderStore;
	/** Saves the plugin's data (settings and the store) after the store changed. */
	save: () => Promise<void>;
	/** The thank-you block's button: opens the note and inserts the thank-you to `subject`. */
	writeThankYou: (path: string, subject: string | null) => void;
	/** How long work yields to the app (the index's own turns unless a test gives others). */
	turns?: ScanScheduler;
}

/** More reminders than this due at one moment (a vault synced after days away) are shown as one Notice with their count. */
export const MOST_REMINDERS_AT_ONCE = 3;

/** Fired keys are kept this long after their reminder's end, for a device whose clock or sync runs behind. */
const KEEP_FIRED_MS = 7 * 24 * 60 * 60_000;

/**
 * What the reminders remember in the plugin's data (under `reminders` in data.json): the keys already fired, each
 * with the end of its reminder so old ones can be pruned, and when each note was first seen rejected without a reply.
 */
export class ReminderStore {
	private readonly fired = new Map<string, number>();
	private readonly rejectedSeen = new Map<string, number>();

	/** Reads saved data; anything unusable is ignored, never thrown. */
	load(saved: unknown): void {
		this.fired.clear();
		this.rejectedSeen.clear();
		this.merge(saved);
	}

	/** Adds saved data to what is known (another device's data after a sync): a key fired anywhere has fired. */
	merge(saved: unknown): void {
		if (!isRecord(saved)) return;
		readTimes(saved.fired, (key, time) => this.fired.set(key, Math.max(time, this.fired.get(key) ?? time)));
		readTimes(saved.rejectedSeen, (path, time) => this.rejectedSeen.set(path, Math.min(time, this.rejectedSeen.get(path) ?? time)));
	}

	toData(): { fired: Record<string, string>; rejectedSeen: Record<string, string> } {
		const fired: Record<string, string> = {};
		for (const [key, until] of this.fired) fired[key] = new Date(until).toISOString();
		const rejectedSeen: Record<string, string> = {};
		for (const [path, seen] of this.rejectedSeen) rejectedSeen[path] = new Date(seen).toISOString();
		return { fired, rejectedSeen };
	}

	hasFired(key: string): boolean {
		return this.fired.has(key);
	}

	markFired(reminder: Reminder): void {
		this.fired.set(reminder.key, reminder.until.getTime());
	}

	firedCount(): number {
		return this.fired.size;
	}

	/** When `path` was first seen rejected with no gracious reply, recording `now` the first time. */
	rejectedSince(path: string, now: Date): { seen: Date; isNew: boolean } {
		const seen = this.rejectedSeen.get(path);
		if (seen !== undefined) return { seen: new Date(seen), isNew: false };
		this.rejectedSeen.set(path, now.getTime());
		return { seen: now, isNew: true };
	}

	/** Forgets the rejection of a note that no longer awaits a reply (replied, changed, gone); true if there was one. */
	forgetRejected(path: string): boolean {
		return this.rejectedSeen.delete(path);
	}

	/** Drops fired keys whose reminder ended long ago: they can never be due again. True if any went. */
	prune(now: Date): boolean {
		const before = now.getTime() - KEEP_FIRED_MS;
		let pruned = false;
		for (const [key, until] of this.fired) {
			if (until >= before) continue;
			this.fired.delete(key);
			pruned = true;
		}
		return pruned;
	}
}

/** Up to this many notes updated at once have their reminders worked out at once; more go in slices. */
const SCHEDULE_AT_ONCE = 256;

interface Scheduled {
	at: number;
	path: string;
	key: string;
}

/**
 * Keeps every upcoming reminder in a min-heap by instant, so a minute tick looks only at reminders whose moment has
 * come (O(due · log n)), not at every note. A note's reminders are worked out again only when the index says its
 * evaluation changed; entries of reminders that went away stay in the heap and are skipped when they come up.
 */
export class ReminderScheduler extends Component {
	/** How many heap entries ticks and updates looked at: the guard that a tick costs the due reminders, not the notes. */
	work = 0;
	private readonly heap: Scheduled[] = [];
	private readonly current = new Map<string, Map<string, Reminder>>();
	private live = 0;
	/** Notes whose reminders are still to be worked out after a large update (a scan), a slice at a time. */
	private readonly pending = new Set<string>();
	private draining = false;
	private stopped = false;
	/** The reminder hours every note's reminders were last worked out under; null before the first time. */
	private usedHours: ReminderSettings | null = null;

	constructor(private readonly deps: ReminderDependencies) {
		super();
	}

	override onload(): void {
		const { index } = this.deps;
		const updated = index.on("updated", (paths: unknown) => this.onUpdated(Array.isArray(paths) ? paths.filter(isText) : []));
		const tick = index.on("tick", () => this.deliverDue());
		this.register(() => {
			index.offref(updated);
			index.offref(tick);
			this.stopped = true;
			this.pending.clear();
		});
		if (index.ready) this.refreshAll();
	}

	/**
	 * Settings were saved. Only a new reminder hour makes every note's reminders be worked out again: a new window or
	 * wait reaches the scheduler as the index's own update of every note, and other settings change no reminder.
	 */
	applySettings(): void {
		const { remindHoursBeforeDeadline, morningReminderHour } = this.deps.settings();
		const used = this.usedHours;
		if (used !== null && used.remindHoursBeforeDeadline === remindHoursBeforeDeadline && used.morningReminderHour === morningReminderHour) return;
		this.refreshAll();
	}

	/** Every note's reminders worked out again, under the reminder settings as they are now. */
	refreshAll(): void {
		const { remindHoursBeforeDeadline, morningReminderHour } = this.deps.settings();
		this.usedHours = { remindHoursBeforeDeadline, morningReminderHour };
		this.onUpdated(this.deps.index.all().map((evaluation) => evaluation.path));
	}

	/** The reminders known for a note now, for tests and the view. */
	remindersOf(path: string): Reminder[] {
		return [...(this.current.get(path)?.values() ?? [])];
	}

	/**
	 * A few notes changed: their reminders at once. A scan's thousands: a slice at a time between the app's own turns,
	 * as the scan itself goes, so the first index of a large vault does not stall Obsidian on the reminders' account.
	 */
	private onUpdated(paths: readonly string[]): void {
		if (paths.length <= SCHEDULE_AT_ONCE && this.pending.size === 0) {
			let changed = false;
			for (const path of paths) changed = this.schedule(path) || changed;
			this.afterScheduling(changed);
			return;
		}
		for (const path of paths) this.pending.add(path);
		if (!this.draining) void this.drain();
	}

	private async drain(): Promise<void> {
		this.draining = true;
		const turns = this.deps.turns ?? APP_TURNS;
		while (this.pending.size > 0 && !this.stopped) {
			const started = turns.clock();
			let changed = false;
			for (const path of this.pending) {
				this.pending.delete(path);
				changed = this.schedule(path) || changed;
				if (turns.clock() - started >= SLICE_MS) break;
			}
			this.afterScheduling(changed);
			if (this.pending.size > 0) await turns.yieldToApp();
		}
		this.draining = false;
	}

	private afterScheduling(storeChanged: boolean): void {
		if (this.heap.length > 2 * this.live + 64) this.rebuildHeap();
		this.deliverDue(storeChanged);
	}

	/** Works out one note's reminders again and schedules the new ones; true when the store changed. */
	private schedule(path: string): boolean {
		const evaluation = this.deps.index.get(path);
		const before = this.current.get(path);
		const { list, storeChanged } =
			evaluation === undefined ? { list: [], storeChanged: this.deps.store.forgetRejected(path) } : this.remindersNow(evaluation);
		this.live -= before?.size ?? 0;
		if (list.length === 0) {
			this.current.delete(path);
			return storeChanged;
		}
		const next = new Map(list.map((reminder) => [reminder.key, reminder]));
		this.current.set(path, next);
		this.live += next.size;
		for (const reminder of list) {
			if (before?.has(reminder.key) || this.deps.store.hasFired(reminder.key)) continue;
			this.push({ at: reminder.at.getTime(), path, key: reminder.key });
		}
		return storeChanged;
	}

	private remindersNow(evaluation: Evaluation): { list: Reminder[]; storeChanged: boolean } {
		const { store } = this.deps;
		if (!awaitsGraciousReply(evaluation)) {
			const storeChanged = store.forgetRejected(evaluation.path);
			return { list: remindersFor(evaluation, this.deps.settings(), null), storeChanged };
		}
		const { seen, isNew } = store.rejectedSince(evaluation.path, this.deps.now());
		return { list: remindersFor(evaluation, this.deps.settings(), seen), storeChanged: isNew };
	}

	/** Shows every reminder whose moment has come and whose end has not, once; then saves what fired. */
	private deliverDue(storeChanged = false): void {
		const now = this.deps.now();
		const due: Reminder[] = [];
		while (this.heap.length > 0 && (this.heap[0]?.at ?? Infinity) <= now.getTime()) {
			const entry = this.pop();
			this.work++;
			const reminder = entry === undefined ? undefined : this.current.get(entry.path)?.get(entry.key);
			if (reminder === undefined || this.deps.store.hasFired(reminder.key) || !isDueNow(reminder, now)) continue;
			this.deps.store.markFired(reminder);
			due.push(reminder);
		}
		if (due.length > 0) this.show(due);
		const pruned = due.length > 0 && this.deps.store.prune(now);
		if (due.length > 0 || storeChanged || pruned) {
			this.deps.save().catch((error: unknown) => console.error("Interview Follow-up: could not save which reminders were shown", error));
		}
	}

	private show(due: Reminder[]): void {
		const settings = this.deps.settings();
		if (!settings.notices) return;
		const system = settings.systemNotifications ? systemNotifications() : null;
		if (due.length > MOST_REMINDERS_AT_ONCE) {
			const message = `${due.length} interview reminders are due: see the interview follow-up sidebar.`;
			this.deps.notices.notify(message);
			system?.(message);
			return;
		}
		for (const reminder of due) {
			if (reminder.kind === "thank-you-block") this.deps.notices.notify(this.thankYouBlock(reminder), { duration: 0 });
			else this.deps.notices.notify(reminder.message);
			system?.(reminder.message);
		}
	}

	/** The block's Notice: stays until dismissed, with a button that starts the thank-you and one that waits. */
	private thankYouBlock(reminder: Reminder): DocumentFragment {
		const fragment = createFragment();
		const body = fragment.createDiv({ cls: "ifu-reminder" });
		body.createDiv({ cls: "ifu-reminder-message", text: reminder.message });
		const buttons = body.createDiv({ cls: "ifu-reminder-buttons" });
		const write = buttons.createEl("button", { cls: "mod-cta", text: "Write thank-you notes" });
		// A click anywhere on a Notice dismisses it, so each button only has to do its own part.
		write.addEventListener("click", () => this.deps.writeThankYou(reminder.path, reminder.subject));
		buttons.createEl("button", { text: "Later" });
		return fragment;
	}

	private push(entry: Scheduled): void {
		const heap = this.heap;
		heap.push(entry);
		let i = heap.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const above = heap[parent];
			if (above === undefined || above.at <= entry.at) break;
			heap[i] = above;
			i = parent;
		}
		heap[i] = entry;
	}

	private pop(): Scheduled | undefined {
		const heap = this.heap;
		const top = heap[0];
		const last = heap.pop();
		if (heap.length === 0 || last === undefined) return top;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= heap.length) break;
			const right = left + 1;
			const leftEntry = heap[left];
			const rightEntry = heap[right];
			const child = rightEntry !== undefined && leftEntry !== undefined && rightEntry.at < leftEntry.at ? right : left;
			const smaller = heap[child];
			if (smaller === undefined || smaller.at >= last.at) break;
			heap[i] = smaller;
			i = child;
		}
		heap[i] = last;
		return top;
	}

	/** Drops entries of reminders that went away, when they outnumber the live ones. */
	private rebuildHeap(): void {
		const keep = this.heap.filter((entry) => this.current.get(entry.path)?.has(entry.key) === true);
		this.heap.length = 0;
		for (const entry of keep) this.push(entry);
	}
}

function readTimes(value: unknown, use: (key: string, time: number) => void): void {
	if (!isRecord(value)) return;
	for (const [key, text] of Object.entries(value)) {
		const time = typeof text === "string" ? Date.parse(text) : Number.NaN;
		if (!Number.isNaN(time)) use(key, time);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
	return typeof value === "string";
}

/** The thank-you block's button: opens the note, then runs *Insert thank-you note* for `subject`. */
export async function openAndThank(plugin: CommandHost, path: string, subject: string | null): Promise<void> {
	const file = plugin.app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	await plugin.app.workspace.getLeaf(false).openFile(file);
	await runNoteAction(plugin, file, "insert-thank-you", subject ?? undefined);
}
