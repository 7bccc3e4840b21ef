// The one gate every Notice the plugin raises by itself passes through (overdue steps, reminders), so a minute that
// brings many of them (a vault synced after days away) shows a few and then a count, never a wall of Notices.
import { Notice } from "obsidian";

/** A Notice waiting in the queue. */
export interface QueuedNotice {
	/** Text, or a fragment for a Notice with more than words in it. */
	message: string | DocumentFragment;
	/** How long it stays, in milliseconds; 0 keeps it until dismissed. Obsidian's default when left out. */
	duration?: number;
	/** Adds to the shown Notice (buttons, for example); called once, right after it appears. */
	decorate?: (notice: Notice) => void;
}

/** More Notices than this in one batch are replaced by one Notice with their count. */
export const MOST_NOTICES_AT_ONCE = 3;

/** What the one Notice says in place of a batch too long to show. */
export function tooManyNotices(count: number): string {
	return `${count} follow-up steps need you now: see the interview follow-up sidebar.`;
}

/**
 * Collects Notices and shows them as one batch: everything pushed during one task (one minute tick, with all its
 * listeners) is shown together at the end of that task, or earlier when `flush` is called. Past
 * `MOST_NOTICES_AT_ONCE` in a batch, one Notice gives the count instead.
 */
export class NoticeQueue {
	private batch: QueuedNotice[] = [];
	private flushScheduled = false;

	constructor(
		private readonly show: (notice: QueuedNotice) => void = showNotice,
		private readonly limit = MOST_NOTICES_AT_ONCE,
	) {}

	/** Queues a Notice for this batch. */
	push(notice: string | DocumentFragment | QueuedNotice): void {
		this.batch.push(typeof notice === "string" || notice instanceof DocumentFragment ? { message: notice } : notice);
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		queueMicrotask(() => this.flush());
	}

	/** How many Notices wait in this batch. */
	get size(): number {
		return this.batch.length;
	}

	/** Shows the batch now: each Notice, or one with the count when there are too many. */
	flush(): void {
		const batch = this.batch;
		this.batch = [];
		this.flushScheduled = false;
		if (batch.length > this.limit) {
			this.show({ message: tooManyNotices(batch.length) });
			return;
		}
		for (const notice of batch) this.show(notice);
	}

	/** Drops what waits, unshown (the plugin is unloading). */
	clear(): void {
		this.batch = [];
	}
}

function showNotice(queued: QueuedNotice): void {
	const notice = new Notice(queued.message, queued.duration);
	queued.decorate?.(notice);
}
