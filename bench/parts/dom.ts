// Puts a happy-dom window in Node's global scope for the parts of the benchmark that run the plugin in the Obsidian
// test double, as vitest's happy-dom environment does for the plugin's tests. Imported first, before the double.
import { Window } from "happy-dom";

const domWindow = new Window({ url: "http://localhost/", width: 1280, height: 900 });
const target = globalThis as unknown as Record<string, unknown>;
const source = domWindow as unknown as Record<string, unknown>;
// Node has its own Event classes; the DOM's must win, or a DOM event would not be an `instanceof Event`.
const DOM_FIRST = new Set(["Event", "CustomEvent", "EventTarget", "MessageEvent"]);
for (const key of Object.getOwnPropertyNames(domWindow)) {
	if (key === "globalThis" || key === "global") continue;
	if (!(key in target) || DOM_FIRST.has(key)) target[key] = source[key];
}
target.window = domWindow;
target.document = domWindow.document;

/** Closes the window's timers and tasks so the process can end. */
export async function closeDom(): Promise<void> {
	await domWindow.happyDOM.abort();
	await domWindow.happyDOM.close();
}
