// The index's evaluations in the order the sidebar and the status bar read them (stage, then as the engine orders
// a stage), kept sorted by patching rather than by sorting every note again after each change.
import { compareOrderKeys, orderKey, type OrderKey } from "../engine/status";
import { STAGES, type Evaluation, type Stage } from "../engine/types";

/** Up to this many notes added between two reads are put in place one by one; more are sorted together and merged. */
const INSERT_ONE_BY_ONE = 8;

/**
 * Changes are collected and applied when the list is next read: one changed note costs a binary search and a copy;
 * a slice of a scan (hundreds of notes) costs a sort of the slice and one merge, never a sort of the whole vault.
 * Evaluations are never changed once made, so an evaluation object identifies the place it was put in.
 */
export class SortedEvaluations {
	private sorted: Evaluation[] = [];
	/** Each evaluation's place in the engine's order, worked out once: comparing keys costs no pass over checks. */
	private readonly keys = new WeakMap<Evaluation, OrderKey>();
	private readonly added = new Set<Evaluation>();
	private readonly removed = new Set<Evaluation>();

	add(evaluation: Evaluation): void {
		this.keys.set(evaluation, orderKey(evaluation));
		this.added.add(evaluation);
	}

	remove(evaluation: Evaluation): void {
		if (!this.added.delete(evaluation)) this.removed.add(evaluation);
	}

	/** The sorted list. A list handed out is never changed afterwards, so a reader may keep it. */
	list(): readonly Evaluation[] {
		if (this.added.size === 0 && this.removed.size === 0) return this.sorted;
		let sorted = this.removed.size === 0 ? this.sorted.slice() : this.sorted.filter((evaluation) => !this.removed.has(evaluation));
		this.removed.clear();
		if (this.added.size <= INSERT_ONE_BY_ONE) {
			for (const evaluation of this.added) sorted.splice(this.positionOf(sorted, evaluation), 0, evaluation);
		} else {
			sorted = this.merge(
				sorted,
				[...this.added].sort((a, b) => this.compare(a, b)),
			);
		}
		this.added.clear();
		this.sorted = sorted;
		return sorted;
	}

	/** How many notes are in `stage`: two binary searches in the sorted list. */
	countInStage(stage: Stage): number {
		const sorted = this.list();
		const rank = STAGES.indexOf(stage);
		return stageStart(sorted, rank + 1) - stageStart(sorted, rank);
	}

	clear(): void {
		this.sorted = [];
		this.added.clear();
		this.removed.clear();
	}

	private compare(a: Evaluation, b: Evaluation): number {
		return compareOrderKeys(this.keyOf(a), this.keyOf(b));
	}

	private keyOf(evaluation: Evaluation): OrderKey {
		let key = this.keys.get(evaluation);
		if (key === undefined) {
			key = orderKey(evaluation);
			this.keys.set(evaluation, key);
		}
		return key;
	}

	/** Two sorted lists as one. */
	private merge(a: readonly Evaluation[], b: readonly Evaluation[]): Evaluation[] {
		const merged: Evaluation[] = [];
		let i = 0;
		let j = 0;
		while (i < a.length && j < b.length) {
			const left = a[i] as Evaluation;
			const right = b[j] as Evaluation;
			if (this.compare(left, right) <= 0) {
				merged.push(left);
				i++;
			} else {
				merged.push(right);
				j++;
			}
		}
		for (; i < a.length; i++) merged.push(a[i] as Evaluation);
		for (; j < b.length; j++) merged.push(b[j] as Evaluation);
		return merged;
	}

	/** Where `evaluation` belongs in a sorted list: the first place whose evaluation does not come before it. */
	private positionOf(sorted: readonly Evaluation[], evaluation: Evaluation): number {
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			const other = sorted[middle];
			if (other !== undefined && this.compare(other, evaluation) < 0) low = middle + 1;
			else high = middle;
		}
		return low;
	}
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
