// @vitest-environment happy-dom
// The sidebar: notes grouped by stage with counts, a card per note that says what to do and by when, buttons for
// the next actions, keyboard use, and redrawing only what changed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { MarkdownView } from "../harness/workspace";
import type { FollowUpView } from "../../src/obsidian/sidebar";
import { runNoteAction } from "../../src/obsidian/commands";
import { openSidebar as openSidebarAt, type OpenSidebar } from "./open-sidebar";

vi.mock("../../src/obsidian/commands", async (importOriginal) => ({
	...(await importOriginal<typeof import("../../src/obsidian/commands")>()),
	runNoteAction: vi.fn(async () => undefined),
}));

interface NoteOptions {
	company?: string;
	role?: string;
	interview?: string;
	interviewers?: string[];
	thankYouSent?: string;
	outcome?: string;
	extra?: string[];
}

function note(options: NoteOptions = {}): string {
	const lines = [
		"---",
		"tags: [interview]",
		`company: ${JSON.stringify(options.company ?? "Acme")}`,
		`role: ${JSON.stringify(options.role ?? "Product designer")}`,
	];
	if (options.interview !== undefined) lines.push(`interview_date: ${options.interview}`);
	if (options.interviewers) lines.push(`interviewers: [${options.interviewers.join(", ")}]`);
	if (options.thankYouSent) lines.push(`thank_you_sent: ${options.thankYouSent}`);
	if (options.outcome) lines.push(`outcome: ${options.outcome}`);
	lines.push(...(options.extra ?? []), "---", "Notes.", "");
	return lines.join("\n");
}

// 20 November 2026, 16:00 local, in every time zone the tests run in.
const NOW = new Date(2026, 10, 20, 16, 0);

const FOUR_STAGES = {
	"Interviews/Acme.md": note({ company: "Acme", interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }),
	"Interviews/Globex.md": note({
		company: "Globex",
		role: "Engineer",
		interview: "2026-11-18T10:00",
		interviewers: ["Raj Patel"],
		thankYouSent: "2026-11-18T15:00",
	}),
	"Interviews/Initech.md": note({ company: "Initech", interview: "2026-11-25T09:30", interviewers: ["Mo Chen"] }),
	"Interviews/Umbrella.md": note({
		company: "Umbrella",
		interview: "2026-10-01T09:00",
		interviewers: ["Ada Park"],
		thankYouSent: "2026-10-01",
		outcome: "offer",
	}),
};

type Opened = OpenSidebar;

function openSidebar(files: Record<string, string>, now = NOW): Promise<Opened> {
	return openSidebarAt(files, now);
}

async function change(opened: Opened, path: string, text: string): Promise<void> {
	const file = opened.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	await opened.app.vault.modify(file, text);
	await opened.app.metadataCache.settled();
	await opened.plugin.index.settled();
}

function groupOf(view: FollowUpView, stage: string): HTMLElement {
	const group = view.contentEl.querySelector<HTMLElement>(`.ifu-group--${stage}`);
	if (!group) throw new Error(`no group ${stage}`);
	return group;
}

function headerOf(view: FollowUpView, stage: string): HTMLElement {
	const header = groupOf(view, stage).querySelector<HTMLElement>(".ifu-group-header");
	if (!header) throw new Error(`no header for ${stage}`);
	return header;
}

function cardPaths(group: HTMLElement): string[] {
	return Array.from(group.querySelectorAll<HTMLElement>(".ifu-card")).map((card) => card.dataset.path ?? "");
}

afterEach(() => {
	vi.mocked(runNoteAction).mockClear();
});

describe("the groups", () => {
	it("shows Act now, Waiting, Upcoming and Closed, each with its count and its notes", async () => {
		const { view } = await openSidebar(FOUR_STAGES);
		const titles = Array.from(view.contentEl.querySelectorAll(".ifu-group-title")).map((el) => el.textContent);
		expect(titles).toEqual(["Act now", "Waiting", "Upcoming", "Closed"]);
		expect(cardPaths(groupOf(view, "act-now"))).toEqual(["Interviews/Acme.md"]);
		expect(cardPaths(groupOf(view, "waiting"))).toEqual(["Interviews/Globex.md"]);
		expect(cardPaths(groupOf(view, "upcoming"))).toEqual(["Interviews/Initech.md"]);
		for (const stage of ["act-now", "waiting", "upcoming", "closed"]) {
			expect(groupOf(view, stage).querySelector(".ifu-group-count")?.textContent).toBe("1");
		}
		// Closed starts folded, and a folded group's cards are drawn only once it is opened.
		expect(cardPaths(groupOf(view, "closed"))).toEqual([]);
		headerOf(view, "closed").click();
		expect(cardPaths(groupOf(view, "closed"))).toEqual(["Interviews/Umbrella.md"]);
	});

	it("starts with Closed folded and the others open, and folds a group from its header button", async () => {
		const { view } = await openSidebar(FOUR_STAGES);
		expect(headerOf(view, "closed").getAttribute("aria-expanded")).toBe("false");
		expect(groupOf(view, "closed").querySelector<HTMLElement>(".ifu-cards")?.isShown()).toBe(false);
		expect(headerOf(view, "act-now").getAttribute("aria-expanded")).toBe("true");
		headerOf(view, "act-now").click();
		expect(headerOf(view, "act-now").getAttribute("aria-expanded")).toBe("false");
		expect(groupOf(view, "act-now").querySelector<HTMLElement>(".ifu-cards")?.isShown()).toBe(false);
		headerOf(view, "closed").click();
		expect(headerOf(view, "closed").getAttribute("aria-expanded")).toBe("true");
		expect(groupOf(view, "closed").querySelector<HTMLElement>(".ifu-cards")?.isShown()).toBe(true);
	});

	it("orders a group's notes by what is due first", async () => {
		const { view } = await openSidebar({
			"b.md": note({ company: "Later", interview: "2026-11-20T15:00", interviewers: ["Jane Doe"] }),
			"a.md": note({ company: "Sooner", interview: "2026-11-20T09:00", interviewers: ["Raj Patel"] }),
		});
		expect(cardPaths(groupOf(view, "act-now"))).toEqual(["a.md", "b.md"]);
	});

	it("explains how to start when there is no interview note yet", async () => {
		const { view } = await openSidebar({ "Recipes/Soup.md": "Lentils.\n" });
		const text = view.contentEl.textContent ?? "";
		expect(view.contentEl.querySelector(".ifu-group")).toBeNull();
		expect(text).toContain("No interview notes yet");
		expect(text).toContain("#interview");
		expect(text).toContain("interview_date");
	});
});

describe("a card", () => {
	it("shows the company, role and interview date, and the open checks with relative times", async () => {
		const { card } = await openSidebar(FOUR_STAGES);
		const acme = card("Interviews/Acme.md");
		expect(acme.querySelector(".ifu-card-company")?.textContent).toBe("Acme");
		expect(acme.querySelector(".ifu-card-role")?.textContent).toBe("Product designer");
		expect(acme.querySelector(".ifu-card-when")?.textContent).toMatch(/^Interview .*20 Nov.*14:00$/);
		const checks = Array.from(acme.querySelectorAll(".ifu-check")).map((el) => el.textContent);
		// Interview at 14:00, a 24-hour window, and it is 16:00: 22 hours left.
		expect(checks).toContain("Thank-you to Jane Doe due in 22 h");
		// The bare "Thank Jane Doe" of rule 1 would say the same thing again.
		expect(checks).not.toContain("Thank Jane Doe");
		expect(acme.querySelector(".ifu-check--due")).not.toBeNull();
	});

	it("draws a timeline with the interview, the thank-you deadline, the follow-up date and now, in order", async () => {
		const { card } = await openSidebar(FOUR_STAGES);
		const markers = Array.from(card("Interviews/Acme.md").querySelectorAll<HTMLElement>(".ifu-timeline-marker"));
		const position = (kind: string): number => {
			const marker = markers.find((el) => el.hasClass(`ifu-timeline-marker--${kind}`));
			return parseFloat(marker?.style.getPropertyValue("--ifu-position") ?? "NaN");
		};
		expect(position("interview")).toBe(0);
		expect(position("now")).toBeGreaterThan(0);
		expect(position("now")).toBeLessThan(position("thank-you"));
		expect(position("thank-you")).toBeLessThan(position("follow-up"));
		expect(position("follow-up")).toBe(100);
		expect(card("Interviews/Acme.md").querySelector(".ifu-timeline")?.getAttribute("aria-label")).toMatch(
			/Interview .*; Thank-you by .*; Follow up from .*; Now/,
		);
	});

	it("shows a note's problems, such as a missing interview date", async () => {
		const { card } = await openSidebar({ "Interviews/Hooli.md": note({ company: "Hooli", interviewers: ["Gavin B"] }) });
		const hooli = card("Interviews/Hooli.md");
		expect(hooli.querySelector(".ifu-card-when")?.textContent).toBe("Interview date not set");
		expect(hooli.querySelectorAll(".ifu-problem").length).toBeGreaterThan(0);
		expect(hooli.querySelector(".ifu-problem")?.textContent).toMatch(/interview_date/);
	});

	it("says how far off an upcoming interview is, and draws no timeline while there is nothing on it", async () => {
		const { card } = await openSidebar(FOUR_STAGES);
		const initech = card("Interviews/Initech.md");
		// 25 November 09:30 is 4 days and 17½ hours after 20 November 16:00.
		expect(initech.querySelector(".ifu-card-when")?.textContent).toMatch(/^Interview in 4 days \(.*25 Nov, 09:30\)$/);
		expect(initech.querySelector(".ifu-timeline")).toBeNull();
		expect(card("Interviews/Acme.md").querySelector(".ifu-timeline")).not.toBeNull();
	});

	it("shows a problem's field as code, spelled as in the note, never capitalised", async () => {
		const { card } = await openSidebar({ "Interviews/Hooli.md": note({ company: "Hooli", interviewers: ["Gavin B"] }) });
		const problem = Array.from(card("Interviews/Hooli.md").querySelectorAll(".ifu-problem")).find((el) => el.textContent?.includes("missing"));
		expect(problem?.querySelector("code.ifu-problem-field")?.textContent).toBe("interview_date");
		expect(problem?.textContent).toMatch(/^interview_date is missing/);
	});

	it("lets right-to-left names follow their own direction, each name set apart from the words around it", async () => {
		const rtl = "مريم الحسن";
		const { card } = await openSidebar({
			"r.md": note({ company: rtl, role: "مصممة منتجات", interview: "2026-11-20T14:00", interviewers: [JSON.stringify(rtl)] }),
		});
		const el = card("r.md");
		expect(el.querySelector(".ifu-card-company")?.getAttribute("dir")).toBe("auto");
		expect(el.querySelector(".ifu-card-role")?.getAttribute("dir")).toBe("auto");
		const lines = Array.from(el.querySelectorAll(".ifu-check, .ifu-action")).filter((line) => line.textContent?.includes(rtl));
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) {
			expect(line.getAttribute("dir")).toBe("auto");
			expect(line.querySelector("bdi")?.textContent).toBe(rtl);
		}
	});

	it("keeps button labels short for a very long name, with the full text in the aria-label and the hover text", async () => {
		const long = "Wolfeschlegelsteinhausenbergerdorff".repeat(300).slice(0, 10_000);
		const { card } = await openSidebar({ "l.md": note({ company: long, interview: "2026-11-20T14:00", interviewers: [long] }) });
		const el = card("l.md");
		expect(el.querySelector(".ifu-card-company")?.textContent).toBe(long);
		const buttons = Array.from(el.querySelectorAll(".ifu-action"));
		expect(buttons.length).toBeGreaterThan(0);
		for (const button of buttons) {
			expect(button.textContent?.length).toBeLessThanOrEqual(45);
			expect(button.getAttribute("aria-label")).toContain(long);
			expect(button.getAttribute("title")).toBe(button.getAttribute("aria-label"));
		}
		const naming = Array.from(el.querySelectorAll(".ifu-check")).filter((line) => line.querySelector("bdi") !== null);
		expect(naming.length).toBeGreaterThan(0);
		for (const line of naming) {
			expect(line.textContent?.length).toBeLessThanOrEqual(60);
			expect(line.getAttribute("title")).toContain(long);
		}
	});

	it("shows a name that holds markup as text, never as markup", async () => {
		const hostile = '<img src=x onerror="window.__PWNED__=1">';
		const { view, card } = await openSidebar({ "x.md": note({ company: hostile, interview: "2026-11-20T14:00", interviewers: ["<b>Bold</b>"] }) });
		expect(card("x.md").querySelector(".ifu-card-company")?.textContent).toBe(hostile);
		expect(view.contentEl.querySelector("img")).toBeNull();
		expect(view.contentEl.querySelector("b")).toBeNull();
	});
});

describe("keyboard and screen readers", () => {
	it("makes each card focusable and labelled, and opens its note with Enter", async () => {
		const { app, card } = await openSidebar(FOUR_STAGES);
		const acme = card("Interviews/Acme.md");
		expect(acme.getAttribute("tabindex")).toBe("0");
		expect(acme.getAttribute("aria-label")).toContain("Acme, Product designer");
		acme.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await new Promise((resolve) => setTimeout(resolve, 0));
		const opened = app.workspace.getLeavesOfType("markdown").map((leaf) => (leaf.view instanceof MarkdownView ? leaf.view.file?.path : null));
		expect(opened).toContain("Interviews/Acme.md");
	});

	it("uses real buttons with labels for the group headers and the actions", async () => {
		const { view } = await openSidebar(FOUR_STAGES);
		for (const header of Array.from(view.contentEl.querySelectorAll(".ifu-group-header"))) {
			expect(header.tagName).toBe("BUTTON");
			expect(header.getAttribute("aria-expanded")).toMatch(/^(true|false)$/);
		}
		const actions = Array.from(view.contentEl.querySelectorAll(".ifu-action"));
		expect(actions.length).toBeGreaterThan(0);
		for (const action of actions) {
			expect(action.tagName).toBe("BUTTON");
			expect(action.getAttribute("aria-label")?.length).toBeGreaterThan(5);
		}
	});

	it("opens the note when the card is clicked", async () => {
		const { app, card } = await openSidebar(FOUR_STAGES);
		card("Interviews/Globex.md").querySelector<HTMLElement>(".ifu-card-company")?.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.workspace.getActiveFile()?.path).toBe("Interviews/Globex.md");
	});
});

describe("the action buttons", () => {
	it("run the note action for the card's note and interviewer, without opening the note", async () => {
		const { app, plugin, card } = await openSidebar(FOUR_STAGES);
		const buttons = Array.from(card("Interviews/Acme.md").querySelectorAll<HTMLElement>(".ifu-action"));
		const draft = buttons.find((button) => button.getAttribute("aria-label")?.startsWith("Draft a thank-you note to Jane Doe"));
		draft?.click();
		expect(runNoteAction).toHaveBeenCalledTimes(1);
		const [calledPlugin, file, action, subject] = vi.mocked(runNoteAction).mock.calls[0] ?? [];
		expect(calledPlugin).toBe(plugin);
		expect(file?.path).toBe("Interviews/Acme.md");
		expect(action).toBe("insert-thank-you");
		expect(subject).toBe("Jane Doe");
		expect(app.workspace.getActiveFile()).toBeNull();
	});
});

describe("staying live", () => {
	it("redraws exactly one card when one note changes, and moves it to its new group", async () => {
		const opened = await openSidebar(FOUR_STAGES);
		const { view, card } = opened;
		const globex = card("Interviews/Globex.md");
		const initech = card("Interviews/Initech.md");
		const renders = view.renderCount;
		await change(
			opened,
			"Interviews/Acme.md",
			note({ company: "Acme", interview: "2026-11-20T14:00", interviewers: ["Jane Doe"], thankYouSent: "2026-11-20T15:00" }),
		);
		expect(view.renderCount - renders).toBe(1);
		// Globex's follow-up (25 Nov) falls due before Acme's (27 Nov), so Acme goes second.
		expect(cardPaths(groupOf(view, "waiting"))).toEqual(["Interviews/Globex.md", "Interviews/Acme.md"]);
		expect(groupOf(view, "act-now").querySelector(".ifu-group-count")?.textContent).toBe("0");
		expect(groupOf(view, "act-now").isShown()).toBe(false);
		expect(groupOf(view, "waiting").querySelector(".ifu-group-count")?.textContent).toBe("2");
		// The other cards are the same elements: not drawn again.
		expect(card("Interviews/Globex.md")).toBe(globex);
		expect(card("Interviews/Initech.md")).toBe(initech);
	});

	it("removes the card of a deleted note, and explains how to start once the last one is gone", async () => {
		const opened = await openSidebar({
			"a.md": note({ interview: "2026-11-20T14:00" }),
			"b.md": note({ company: "Globex", interview: "2026-11-19T14:00" }),
		});
		const { app, view } = opened;
		const a = app.vault.getFileByPath("a.md");
		if (a) await app.vault.delete(a);
		await opened.plugin.index.settled();
		expect(view.contentEl.querySelector('.ifu-card[data-path="a.md"]')).toBeNull();
		expect(view.contentEl.querySelectorAll(".ifu-card")).toHaveLength(1);
		const b = app.vault.getFileByPath("b.md");
		if (b) await app.vault.delete(b);
		await opened.plugin.index.settled();
		expect(view.contentEl.textContent).toContain("No interview notes yet");
	});

	it("draws nothing while hidden, and catches up when shown again", async () => {
		const opened = await openSidebar(FOUR_STAGES);
		const { app, view } = opened;
		view.containerEl.style.display = "none";
		const renders = view.renderCount;
		await change(opened, "Interviews/Acme.md", note({ company: "Acme Corp", interview: "2026-11-20T14:00", interviewers: ["Jane Doe"] }));
		expect(view.renderCount).toBe(renders);
		view.containerEl.style.display = "";
		app.workspace.trigger("layout-change");
		expect(view.renderCount).toBeGreaterThan(renders);
		expect(opened.card("Interviews/Acme.md").querySelector(".ifu-card-company")?.textContent).toBe("Acme Corp");
	});

	it("updates relative times as the minutes pass, redrawing only the cards whose text changed", async () => {
		const opened = await openSidebar(FOUR_STAGES);
		const { view, plugin, clock, card } = opened;
		const initech = card("Interviews/Initech.md");
		const renders = view.renderCount;
		clock.now = new Date(2026, 10, 20, 17, 0);
		plugin.index.tick();
		const checks = Array.from(card("Interviews/Acme.md").querySelectorAll(".ifu-check")).map((el) => el.textContent);
		expect(checks).toContain("Thank-you to Jane Doe due in 21 h");
		expect(view.renderCount - renders).toBeGreaterThanOrEqual(1);
		expect(view.renderCount - renders).toBeLessThan(4);
		expect(card("Interviews/Initech.md")).toBe(initech);
	});
});

describe("hover previews", () => {
	it("asks the page preview for the note when a card's title is hovered, shown with the modifier key held", async () => {
		const { app, card } = await openSidebar(FOUR_STAGES);
		expect(app.workspace.hoverLinkSources.get("interview-follow-up")).toEqual({ display: "Interview follow-up", defaultMod: true });
		const title = card("Interviews/Acme.md").querySelector<HTMLElement>(".ifu-card-company");
		title?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		title?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
		expect(app.workspace.hoverLinks.map((link) => [link.source, link.linktext, link.targetEl, link.previewed])).toEqual([
			["interview-follow-up", "Interviews/Acme.md", title, false],
			["interview-follow-up", "Interviews/Acme.md", title, true],
		]);
	});

	it("asks for no preview over the rest of a card", async () => {
		const { app, card } = await openSidebar(FOUR_STAGES);
		card("Interviews/Acme.md")
			.querySelector(".ifu-check")
			?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
		expect(app.workspace.hoverLinks).toEqual([]);
	});
});

describe("long lists", () => {
	/** `count` interviews two days ago, a minute apart, so each owes a thank-you and they sort by path. */
	function manyDue(count: number): Record<string, string> {
		const files: Record<string, string> = {};
		for (let i = 0; i < count; i++) {
			const minute = String(i % 60).padStart(2, "0");
			const hour = String(8 + Math.floor(i / 60)).padStart(2, "0");
			files[`Interviews/${String(i).padStart(3, "0")}.md`] = note({
				company: `Company ${i}`,
				interview: `2026-11-19T${hour}:${minute}`,
				interviewers: ["Jane Doe"],
			});
		}
		return files;
	}

	it("draws the first 50 cards of a long group, and 50 more from a keyboard-reachable button", async () => {
		const { view } = await openSidebar(manyDue(120));
		const group = groupOf(view, "act-now");
		expect(group.querySelector(".ifu-group-count")?.textContent).toBe("120");
		expect(cardPaths(group)).toHaveLength(50);
		expect(view.renderCount).toBe(50);
		const more = group.querySelector<HTMLElement>(".ifu-more");
		expect(more?.tagName).toBe("BUTTON");
		expect(more?.textContent).toBe("Show 50 more");
		expect(more?.getAttribute("aria-label")).toBe("Show 50 more of 70 interviews not shown yet");
		more?.focus();
		more?.click();
		expect(cardPaths(group)).toHaveLength(100);
		// From the keyboard, the focus goes on to the first card that was not shown before.
		expect(document.activeElement?.getAttribute("data-path")).toBe("Interviews/050.md");
		expect(more?.textContent).toBe("Show 20 more");
		more?.click();
		expect(cardPaths(group)).toHaveLength(120);
		expect(more?.isShown()).toBe(false);
		expect(view.renderCount).toBe(120);
	});

	it("keeps the cards in the index's order as notes move in and out of the cards shown", async () => {
		const files = manyDue(60);
		const opened = await openSidebar(files);
		const group = groupOf(opened.view, "act-now");
		const renders = opened.view.renderCount;
		// The first note's thank-you is sent: it leaves Act now, and the 51st card comes into view in its place.
		await change(
			opened,
			"Interviews/000.md",
			note({ company: "Company 0", interview: "2026-11-19T08:00", interviewers: ["Jane Doe"], thankYouSent: "2026-11-19T12:00" }),
		);
		const paths = cardPaths(group);
		expect(paths).toHaveLength(50);
		expect(paths[0]).toBe("Interviews/001.md");
		expect(paths[49]).toBe("Interviews/050.md");
		// The changed card and the one that came into view: two drawn, none of the others again.
		expect(opened.view.renderCount - renders).toBe(2);
	});
});
