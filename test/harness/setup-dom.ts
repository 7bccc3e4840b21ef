// Installs Obsidian's DOM helpers into the current window (happy-dom in tests, a real page in a browser).
// Tests start with `// @vitest-environment happy-dom` and import the harness; importing this file is enough.
import { installDomHelpers, type DomWindow } from "./dom";
import { installBuiltinExtensions } from "./builtins";

const GLOBAL_HELPERS = [
	"createEl",
	"createDiv",
	"createSpan",
	"createSvg",
	"createFragment",
	"activeWindow",
	"activeDocument",
	"isBoolean",
	"fish",
	"fishAll",
	"sleep",
	"nextFrame",
] as const;

/** Installs everything into `win`, and mirrors the global helpers onto `globalThis` when that is another object. */
export function setupDom(win: DomWindow): void {
	installBuiltinExtensions();
	installDomHelpers(win);
	const from = win as unknown as Record<string, unknown>;
	const to = globalThis as unknown as Record<string, unknown>;
	if (from === to) return;
	for (const name of GLOBAL_HELPERS) {
		if (to[name] === undefined) to[name] = from[name];
	}
}

installBuiltinExtensions();
// In Node without a DOM (engine-only tests) there is nothing to install into.
if (typeof window !== "undefined" && typeof document !== "undefined") setupDom(window);
