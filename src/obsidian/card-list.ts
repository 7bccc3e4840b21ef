// What a click or a key means on a list of cards, for every view that shows them (the sidebar and the Bases view):
// a button pressed, or a card's note to open. One listener per view reads it, so redrawn cards leave no listeners.
import { Keymap, TFile, type App, type PaneType } from "obsidian";
import type { ActionButton } from "./card";
import type { NoteAction } from "./commands";

/** A click on a list of cards: a button (with the card it is on, if any), or a card whose note to open, or nothing. */
export type CardClick = { button: HTMLButtonElement; path: string | undefined } | { open: string; where: PaneType | boolean } | null;

export function cardClick(event: MouseEvent): CardClick {
	if (!(event.target instanceof Element)) return null;
	const button = event.target.closest("button");
	if (button) return { button, path: button.closest<HTMLElement>(".ifu-card")?.dataset.path };
	const path = event.target.closest<HTMLElement>(".ifu-card")?.dataset.path;
	return path === undefined ? null : { open: path, where: Keymap.isModEvent(event) };
}

/** Enter (or Space) on a focused card: the path of the note to open; keys on its buttons do what the buttons do. */
export function cardKey(event: KeyboardEvent): string | null {
	const target = event.target;
	if (!(target instanceof HTMLElement) || !target.hasClass("ifu-card")) return null;
	if (event.key !== "Enter" && event.key !== " ") return null;
	event.preventDefault();
	return target.dataset.path ?? null;
}

/** Opens a card's note, in a new tab or split when the modifier key was held. */
export function openCardNote(app: App, path: string, where: PaneType | boolean): void {
	const file = app.vault.getAbstractFileByPath(path);
	if (file instanceof TFile) void app.workspace.getLeaf(where).openFile(file);
}

/** Runs a card button's action on its note; a failure is logged, as the action shows its own Notices. */
export function runCardAction(app: App, path: string, button: ActionButton, run: (file: TFile, action: NoteAction, subject?: string) => Promise<void>): void {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	run(file, button.action, button.subject ?? undefined).catch((error: unknown) => {
		console.error(`Interview Follow-up: could not run ${button.action} on ${path}`, error);
	});
}
