// The sidebar's stage groups: a header button that folds its list of cards and says how many it holds, and under
// a long list a button that shows the next cards.
import { STAGE_TITLES } from "../engine/status";
import type { Stage } from "../engine/types";

export interface Group {
	el: HTMLElement;
	header: HTMLElement;
	count: HTMLElement;
	list: HTMLElement;
	/** "Show 50 more": hidden while every card of the group is drawn, or while the group is folded. */
	more: HTMLElement;
}

/** Draws an empty group for `stage` under `root`, folded or not. */
export function drawGroup(root: HTMLElement, stage: Stage, collapsed: boolean): Group {
	const el = root.createDiv({ cls: ["ifu-group", `ifu-group--${stage}`] });
	const header = el.createEl("button", { cls: "ifu-group-header" });
	// Unique per view, as more than one sidebar may be open.
	const listId = `ifu-group-${stage}-${Math.random().toString(36).slice(2, 8)}`;
	header.createSpan({ cls: "ifu-group-title", text: STAGE_TITLES[stage] });
	const count = header.createSpan({ cls: "ifu-group-count" });
	const list = el.createDiv({ cls: "ifu-cards", attr: { id: listId, role: "list" } });
	header.setAttr("aria-controls", listId);
	const more = el.createEl("button", { cls: "ifu-more", attr: { "data-stage": stage } });
	more.hide();
	const group = { el, header, count, list, more };
	setCollapsed(group, collapsed);
	return group;
}

export function setCollapsed(group: Group, collapsed: boolean): void {
	group.header.setAttr("aria-expanded", String(!collapsed));
	group.el.toggleClass("is-collapsed", collapsed);
	group.list.toggle(!collapsed);
	if (collapsed) group.more.hide();
}

/** Shows how many notes a group holds; an empty group is hidden. */
export function setCount(group: Group, stage: Stage, count: number): void {
	group.count.setText(String(count));
	group.header.setAttr("aria-label", `${STAGE_TITLES[stage]}: ${count === 1 ? "1 interview" : `${count} interviews`}`);
	group.el.toggle(count > 0);
}

/** Offers the next `next` of the `hidden` cards not drawn yet; no button when none is hidden. */
export function setMore(group: Group, next: number, hidden: number): void {
	if (hidden <= 0) {
		group.more.hide();
		return;
	}
	group.more.setText(`Show ${next} more`);
	group.more.setAttr("aria-label", `Show ${next} more of ${hidden} interviews not shown yet`);
	group.more.show();
}
