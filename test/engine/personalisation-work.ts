// Counting the work rule 3 and the drafts do, instead of timing it: the engine's step count (tokens read, automaton
// moves, characters trimmed) plus every character lower-cased anywhere while the work runs. Lower-casing is counted
// through a spy, so a reader that lower-cases a whole draft once per topic or per interviewer shows up in the count
// even where it takes no step of its own.
import { expect, vi } from "vitest";
import { work } from "../../src/engine/work";

/** The work `run` does: engine steps plus characters lower-cased. */
export function workOf(run: () => unknown): number {
	let lowered = 0;
	const toLowerCase = String.prototype.toLowerCase;
	const spy = vi.spyOn(String.prototype, "toLowerCase").mockImplementation(function (this: string) {
		lowered += this.length;
		return toLowerCase.call(this);
	});
	const before = work.steps;
	try {
		run();
	} finally {
		spy.mockRestore();
	}
	return work.steps - before + lowered;
}

/** The sizes every shape is tried at: each double the one before. */
export const SIZES = [1, 2, 4, 8] as const;

/**
 * Runs `make(n)` at n, 2n, 4n and 8n and checks that each doubling of the input at most (about) doubles the work:
 * work in proportion to the input, never in its square. The slack allows for a fixed cost per note.
 */
export function expectLinearWork(base: number, make: (size: number) => unknown): number[] {
	const counts = SIZES.map((factor) => workOf(() => make(base * factor)));
	for (let at = 1; at < counts.length; at++) {
		const ratio = (counts[at] ?? 0) / Math.max(1, counts[at - 1] ?? 0);
		expect(ratio, `work at ${SIZES[at] ?? 0}n over ${SIZES[at - 1] ?? 0}n (counts ${counts.join(", ")})`).toBeLessThanOrEqual(2.25);
	}
	return counts;
}
