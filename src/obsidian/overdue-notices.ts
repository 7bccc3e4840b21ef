// The overdue Notice: when a check turns overdue while Obsidian is open (at a minute tick), a Notice says where and
// what. A check found overdue by a scan or after an edit raises none: the vault was already in that state, or the user
// is looking at the note.
import { Component, type EventRef } from "obsidian";
import type { Check, Evaluation } from "../engine/types";
import { checkSummary } from "../engine/wording";
import type { UpdateCause } from "./index";
import type { NoticeQueue } from "./notice-queue";

/** What the overdue Notices listen to: the index's news, and its evaluations. */
export interface OverdueNoticesDeps {
	index: {
		on(name: "updated", callback: (paths: string[], cause: UpdateCause) => unknown): EventRef;
		offref(ref: EventRef): void;
		get(path: string): Evaluation | undefined;
	};
	notices: NoticeQueue;
	/** Whether the user wants Notices (the settings' toggle), read at each tick. */
	enabled: () => boolean;
	now: () => Date;
}

export class OverdueNotices extends Component {
	/** Overdue checks already seen, per note (rule + subject), so each raises at most one Notice. */
	private readonly seen = new Map<string, Set<string>>();

	constructor(private readonly deps: OverdueNoticesDeps) {
		super();
	}

	override onload(): void {
		const ref = this.deps.index.on("updated", (paths, cause) => this.onUpdated(paths, cause));
		this.register(() => this.deps.index.offref(ref));
	}

	private onUpdated(paths: string[], cause: UpdateCause): void {
		const now = this.deps.now();
		const speak = cause === "tick" && this.deps.enabled();
		for (const path of paths) {
			const evaluation = this.deps.index.get(path);
			if (evaluation === undefined) {
				// Deleted or moved: a note that comes back under this path starts afresh, as a new note does.
				this.seen.delete(path);
				continue;
			}
			let seen = this.seen.get(path);
			for (const check of evaluation.checks) {
				if (check.state !== "overdue") continue;
				const key = `${check.rule}\u0000${check.subject ?? ""}`;
				if (seen?.has(key)) continue;
				if (seen === undefined) {
					seen = new Set();
					this.seen.set(path, seen);
				}
				seen.add(key);
				if (speak) this.deps.notices.push(overdueNotice(evaluation, check, now));
			}
		}
	}
}

/** "Acme, Product designer: thank-you to Jane Doe overdue by 2 min", so the Notice says where and what. */
export function overdueNotice(evaluation: Evaluation, check: Check, now: Date): string {
	const { company, role } = evaluation.note;
	const where = [company, role].filter((part): part is string => part !== null && part !== "").join(", ");
	const summary = checkSummary(check, now);
	return where === "" ? summary.charAt(0).toUpperCase() + summary.slice(1) : `${where}: ${summary}`;
}
