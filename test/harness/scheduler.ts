// Deferred work the double does "later", as Obsidian does: metadata parsing after a write, saving an editor.
// Runs on the real clock's zero timeout, captured at load, so a test's fake timers neither run nor block it.

const realSetTimeout: (callback: () => void, ms: number) => unknown = globalThis.setTimeout.bind(globalThis);

let pending = 0;

/** Runs `task` on a later macrotask (a zero timeout), like work Obsidian does off the write's own tick. */
export function later(task: () => void | Promise<void>): void {
	pending++;
	realSetTimeout(() => {
		void (async () => {
			try {
				await task();
			} finally {
				pending--;
			}
		})();
	}, 0);
}

/** Resolves once no deferred work is left, including work that deferred work scheduled. */
export async function settled(): Promise<void> {
	// A few extra turns let listeners that were woken by the last task schedule (and finish) their own.
	for (let quiet = 0; quiet < 3;) {
		await new Promise<void>((resolve) => realSetTimeout(resolve, 0));
		quiet = pending === 0 ? quiet + 1 : 0;
	}
}

/** A zero-timeout wait on the real clock, for tests that want one turn of the event loop. */
export function nextTurn(): Promise<void> {
	return new Promise<void>((resolve) => realSetTimeout(resolve, 0));
}
