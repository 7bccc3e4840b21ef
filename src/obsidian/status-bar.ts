// The status bar item (desktop only; mobile has no status bar): how many interviews need action now.
import type InterviewFollowUpPlugin from "../main";

/** The status bar's words for how many notes need action now. */
export function statusBarText(count: number): string {
	return count === 1 ? "1 interview needs action" : `${count} interviews need action`;
}

/**
 * Keeps `el` saying how many interviews need action, hidden when none does, so it speaks only when there is
 * something to do. A click opens the sidebar.
 */
export function attachStatusBar(plugin: InterviewFollowUpPlugin, el: HTMLElement): void {
	el.addClass("ifu-status-bar", "mod-clickable");
	el.setAttr("aria-label", "Open interview follow-up");
	plugin.registerDomEvent(el, "click", () => void plugin.activateView());
	const update = (): void => {
		// Runs after every change: a count by binary search, not a pass over every note.
		const count = plugin.index.countInStage("act-now");
		el.setText(statusBarText(count));
		el.toggle(count > 0);
	};
	plugin.registerEvent(plugin.index.on("updated", update));
	update();
}
