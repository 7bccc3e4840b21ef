// What the browser page and the tests driving it agree on: the globals the tests set before the page runs,
// and the ones the page sets once the sidebar is on screen.

/** Notes the page builds its vault from: vault-relative path -> the note's whole text. */
export type NoteFiles = Record<string, string>;

/** Timing the page measures around the plugin's work, in milliseconds (`performance.now()` in the page). */
export interface PageTiming {
	/** From loading the plugin to the sidebar showing every card, laid out. */
	firstRender: number;
	/** The part of it spent loading the plugin and reading and evaluating every note (the index's first scan). */
	scan: number;
	/** The part of it spent opening the sidebar and drawing and laying out the cards. */
	render: number;
	/** The part of `render` spent by the browser laying the cards out once they were built. */
	layout: number;
	/** Cards in the sidebar once it first settled. */
	cards: number;
	/** Cards the sidebar drew (its own counter): equal to `cards` when nothing was drawn twice. */
	cardsDrawn: number;
}

export interface ChangeTiming {
	/** From writing the note to the sidebar showing the change, laid out. */
	reRender: number;
	cards: number;
	/** Cards the sidebar drew again for the change: one for one changed note. */
	cardsDrawn: number;
}

/** The globals, as seen from the page's window. */
export interface SidebarPageGlobals {
	/** Set by the test before the page loads. */
	__NOTES__?: NoteFiles;
	/** Local wall-clock time the page pins its clock to, as a note writes it (`2026-11-20T16:00`). */
	__NOW__?: string;
	/** Set by the page: the sidebar is rendered. */
	__READY__?: boolean;
	/** Set by the page when it could not build the sidebar, with the reason. */
	__FAILED__?: string;
	__TIMING__?: PageTiming;
	/** Rewrites one note as a user would, waits for the sidebar to follow, and says how long that took. */
	__CHANGE_NOTE__?: (path: string, text: string) => Promise<ChangeTiming>;
	/** Would be set by an injected script if a hostile name were ever run as code. */
	__PWNED__?: unknown;
}

/** The sidebar's content element: the tests measure and tab through it. */
export const VIEW_SELECTOR = '.workspace-leaf-content[data-type="interview-follow-up"] > .view-content';
