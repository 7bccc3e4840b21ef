// The sidebar's stage groups: a header button that folds its list of cards and says how many it holds.
import { STAGE_TITLES } from "../engine/status";
import type { Stage } from "../engine/types";

export interface Group {
	el: HTMLElement;
	header: HTMLElement;
	count: HTMLElement;
	list: HTMLElement;
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
	const group = { el, header, count, list };
	setCollapsed(group, collapsed);
	return group;
}

export function setCollapsed(group: Group, collapsed: boolean): void {
	group.header.setAttr("aria-expanded", String(!collapsed));
	group.el.toggleClass("is-collapsed", collapsed);
	group.list.toggle(!collapsed);
}

/** Shows how many notes a group holds; an empty group is hidden. */
export function setCount(group: Group, stage: Stage, count: number): void {
	group.count.setText(String(count));
	group.header.setAttr("aria-label", `${STAGE_TITLES[stage]}: ${count === 1 ? "1 interview" : `${count} interviews`}`);
	group.el.toggle(count > 0);
}
