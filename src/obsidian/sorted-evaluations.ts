// The index's evaluations in the order the sidebar and the status bar read them (stage, then as the engine orders
// a stage), kept sorted by patching rather than by sorting every note again after each change.
import { compareEvaluations } from "../engine/status";
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
	private readonly added = new Set<Evaluation>();
	private readonly removed = new Set<Evaluation>();

	add(evaluation: Evaluation): void {
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
			for (const evaluation of this.added) sorted.splice(positionOf(sorted, evaluation), 0, evaluation);
		} else {
			sorted = merge(sorted, [...this.added].sort(compareEvaluations));
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
}

function merge(a: readonly Evaluation[], b: readonly Evaluation[]): Evaluation[] {
	const merged: Evaluation[] = new Array<Evaluation>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) {
		const left = a[i] as Evaluation;
		const right = b[j] as Evaluation;
		if (compareEvaluations(left, right) <= 0) {
			merged[k++] = left;
			i++;
		} else {
			merged[k++] = right;
			j++;
		}
	}
	while (i < a.length) merged[k++] = a[i++] as Evaluation;
	while (j < b.length) merged[k++] = b[j++] as Evaluation;
	return merged;
}

/** Where `evaluation` belongs in a sorted list: the first place whose evaluation does not come before it. */
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
