// The status bar item (desktop only; mobile has no status bar): how many interviews need action now.
import type { Component, EventRef } from "obsidian";
import type { Stage } from "../engine/types";

/** The status bar's words for how many notes need action now. */
export function statusBarText(count: number): string {
	return count === 1 ? "1 interview needs action" : `${count} interviews need action`;
}

/** What the status bar uses: the index's counts and news, a way to open the sidebar, and an owner for its listeners. */
export interface StatusBarDeps {
	index: {
		on(name: "updated", callback: () => unknown): EventRef;
		countInStage(stage: Stage): number;
	};
	openSidebar: () => void;
	/** Whose lifetime the listeners share (the plugin). */
	owner: Pick<Component, "registerEvent" | "registerDomEvent">;
}

/**
 * Keeps `el` saying how many interviews need action, hidden when none does, so it speaks only when there is
 * something to do. While the first scan runs it counts what is read so far. A click opens the sidebar.
 */
export function attachStatusBar(deps: StatusBarDeps, el: HTMLElement): void {
	const { index, owner } = deps;
	el.addClass("ifu-status-bar", "mod-clickable");
	el.setAttr("aria-label", "Open interview follow-up");
	owner.registerDomEvent(el, "click", () => deps.openSidebar());
	const update = (): void => {
		// Runs after every change: a count by binary search, not a pass over every note.
		const count = index.countInStage("act-now");
		el.setText(statusBarText(count));
		el.toggle(count > 0);
	};
	owner.registerEvent(index.on("updated", update));
	update();
}
