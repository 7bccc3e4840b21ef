// The sidebar in a real headless Chromium over the example vault: light and dark, 280 and 420 px wide. Nothing
// may overflow sideways, nothing may log an error, Tab must reach every button and card, and names are only text.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanVault } from "../../src/cli/vault";
import { parseNoteTime } from "../../src/engine/dates";
import { evaluateAll } from "../../src/engine/index";
import { formatNoteTime } from "../../src/engine/wording";
import { DEFAULT_ENGINE_SETTINGS, STAGES } from "../../src/engine/types";
import { interviewNotes } from "./generated-notes";
import { VIEW_SELECTOR, type SidebarPageGlobals } from "./page-contract";
import {
	buildSidebarPage,
	CHROMIUM_PATH,
	EXAMPLE_VAULT,
	hasChromium,
	launchChromium,
	openSidebar,
	readVaultNotes,
	renderInChromium,
	REPO_ROOT,
	SCREENSHOT_DIR,
	setTheme,
	type Chromium,
	type RenderTiming,
	type SidebarPage,
	type Theme,
} from "./render";

const chromiumMissing = !hasChromium();
if (chromiumMissing) {
	const what = process.env.REQUIRE_CHROMIUM ? "FAILING" : "SKIPPED";
	process.stderr.write(
		[
			"",
			"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
			`!!! BROWSER TESTS ${what}: no Chromium at ${CHROMIUM_PATH}.`,
			"!!! The sidebar was NOT checked in a real browser (layout, themes, keyboard, hostile names).",
			"!!! Install it with `apt-get install chromium`, or run .ci/run, which does.",
			"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
			"",
		].join("\n"),
	);
}

// Defined only when it must fail, so a machine with Chromium counts no skipped test for it.
if (chromiumMissing && process.env.REQUIRE_CHROMIUM) {
	describe("the browser tests where Chromium is required", () => {
		it(`finds Chromium at ${CHROMIUM_PATH}`, () => {
			expect.fail(`REQUIRE_CHROMIUM is set but ${CHROMIUM_PATH} does not exist: install Debian's chromium package.`);
		});
	});
}

/** The example vault's demonstration moment, as its "Start here" note and `npm start` give it. */
const DEMO_NOW = "2026-11-20T16:00";
const THEMES: Theme[] = ["light", "dark"];
const WIDTHS = [280, 420];
const HEIGHT = 900;

/** What the page reports about the sidebar's layout: anything that passes the view's edges, and the page's scroll. */
interface LayoutReport {
	pageScrollWidth: number;
	innerWidth: number;
	viewScrollWidth: number;
	viewClientWidth: number;
	/** Elements or text whose box passes the view's left or right edge, described for the failure message. */
	outside: string[];
	/** Text that passes the right edge of the card it is written in. */
	outsideCard: string[];
}

function measureLayout(page: Page): Promise<LayoutReport> {
	return page.evaluate((selector) => {
		const view = document.querySelector(selector);
		if (!(view instanceof HTMLElement)) throw new Error("The sidebar is not on the page.");
		const box = view.getBoundingClientRect();
		// Half a pixel of slack for sub-pixel rounding.
		const slack = 0.5;
		const label = (el: Element): string => {
			const classes = [...el.classList].join(".");
			const text = (el.textContent ?? "").trim().slice(0, 60);
			return `${el.tagName.toLowerCase()}${classes === "" ? "" : `.${classes}`} "${text}"`;
		};
		const outside: string[] = [];
		const outsideCard: string[] = [];
		for (const el of view.querySelectorAll("*")) {
			const rect = el.getBoundingClientRect();
			if (rect.width === 0 && rect.height === 0) continue; // not laid out (a folded group)
			if (rect.right > box.right + slack || rect.left < box.left - slack) {
				outside.push(
					`${label(el)} spans ${Math.round(rect.left)}..${Math.round(rect.right)} in a view of ${Math.round(box.left)}..${Math.round(box.right)}`,
				);
			}
		}
		const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
			if ((node.textContent ?? "").trim() === "") continue;
			range.selectNodeContents(node);
			const card = node.parentElement?.closest(".ifu-card");
			const cardBox = card?.getBoundingClientRect();
			for (const rect of range.getClientRects()) {
				if (rect.width === 0) continue;
				const where = node.parentElement ? label(node.parentElement) : "text";
				if (rect.right > box.right + slack || rect.left < box.left - slack) {
					outside.push(
						`text of ${where} spans ${Math.round(rect.left)}..${Math.round(rect.right)} in a view of ${Math.round(box.left)}..${Math.round(box.right)}`,
					);
				}
				if (cardBox && rect.right > cardBox.right + slack) {
					outsideCard.push(`text of ${where} ends at ${Math.round(rect.right)}, past its card's edge at ${Math.round(cardBox.right)}`);
				}
			}
		}
		return {
			pageScrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
			viewScrollWidth: view.scrollWidth,
			viewClientWidth: view.clientWidth,
			outside: outside.slice(0, 20),
			outsideCard: outsideCard.slice(0, 20),
		};
	}, VIEW_SELECTOR);
}

/** Cards per stage group as the sidebar shows them: the group's visibility, its count badge and its cards' paths. */
interface GroupReport {
	stage: string;
	shown: boolean;
	count: string;
	paths: string[];
}

function readGroups(page: Page): Promise<GroupReport[]> {
	return page.evaluate((selector) => {
		const view = document.querySelector(selector);
		if (!view) throw new Error("The sidebar is not on the page.");
		return [...view.querySelectorAll<HTMLElement>(".ifu-group")].map((group) => {
			const stage = [...group.classList].find((c) => c.startsWith("ifu-group--"))?.slice("ifu-group--".length) ?? "";
			return {
				stage,
				shown: group.checkVisibility(),
				count: group.querySelector(".ifu-group-count")?.textContent ?? "",
				paths: [...group.querySelectorAll<HTMLElement>(".ifu-card")].map((card) => card.dataset.path ?? ""),
			};
		});
	}, VIEW_SELECTOR);
}

/**
 * Presses Tab from the top of the page until focus comes round again (or leaves the view), opening each folded
 * group and pressing each "Show more" on the way with Enter as a keyboard user would, so every card is reachable. Returns what focus
 * reached and what it should have reached: every visible button and focusable element in the view, at the end.
 */
async function tabThrough(page: Page): Promise<{ reached: string[]; focusable: string[]; order: string[] }> {
	await page.evaluate((selector) => {
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		void selector;
	}, VIEW_SELECTOR);
	// Cards are drawn as groups open and as "Show more" is pressed: elements drawn on the way get their probe then.
	const probeNew = (): Promise<void> =>
		page.evaluate((selector) => {
			const view = document.querySelector(selector);
			if (!view) throw new Error("The sidebar is not on the page.");
			const all = [...view.querySelectorAll<HTMLElement>("*")];
			let n = all.reduce((most, el) => Math.max(most, Number(el.dataset.tabProbe ?? -1) + 1), 0);
			for (const el of all) if (el.dataset.tabProbe === undefined) el.dataset.tabProbe = String(n++);
		}, VIEW_SELECTOR);
	await probeNew();
	const reached = new Set<string>();
	const order: string[] = [];
	const limit = await page.evaluate((selector) => (document.querySelector(selector)?.querySelectorAll("*").length ?? 0) + 10, VIEW_SELECTOR);
	for (let press = 0; press < limit; press++) {
		await page.keyboard.press("Tab");
		const focused = await page.evaluate((selector) => {
			const active = document.activeElement;
			const view = document.querySelector(selector);
			if (!(active instanceof HTMLElement) || !view?.contains(active)) return null;
			return {
				probe: active.dataset.tabProbe ?? "",
				folded: active.getAttribute("aria-expanded") === "false",
				more: active.classList.contains("ifu-more"),
			};
		}, VIEW_SELECTOR);
		if (focused === null) {
			if (order.length > 0) break; // focus left the view after visiting it: the round is complete
			continue;
		}
		if (reached.has(focused.probe)) break;
		reached.add(focused.probe);
		order.push(focused.probe);
		if (focused.folded || focused.more) {
			await page.keyboard.press("Enter");
			await probeNew();
		}
	}
	const focusable = await page.evaluate((selector) => {
		const view = document.querySelector(selector);
		if (!view) throw new Error("The sidebar is not on the page.");
		const candidates = view.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, [tabindex]");
		return [...candidates].filter((el) => el.tabIndex >= 0 && !el.hasAttribute("disabled") && el.checkVisibility()).map((el) => el.dataset.tabProbe ?? "");
	}, VIEW_SELECTOR);
	return { reached: [...reached], focusable, order };
}

function describeProbes(page: Page, probes: string[]): Promise<string[]> {
	return page.evaluate(
		(input) =>
			input.probes.map((probe) => {
				const el = document.querySelector<HTMLElement>(`${input.selector} [data-tab-probe="${probe}"]`);
				if (!el) return `#${probe} (gone)`;
				const label = el.getAttribute("aria-label") ?? el.textContent ?? "";
				return `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${label.slice(0, 60)}"`;
			}),
		{ selector: VIEW_SELECTOR, probes },
	);
}

/** Elements and inline event handlers on the page that only markup could have made, and the flag a script would set. */
function findMarkup(page: Page): Promise<{ imagesOrScripts: number; scriptsOnPage: number; handlers: string[]; pwned: unknown }> {
	return page.evaluate((selector) => {
		const view = document.querySelector(selector);
		const handlers = [...document.querySelectorAll("*")].flatMap((el) =>
			[...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName.toLowerCase()} ${a.name}`),
		);
		return {
			imagesOrScripts: view?.querySelectorAll("img, script, iframe, object, embed, svg image").length ?? -1,
			scriptsOnPage: document.querySelectorAll("script").length,
			handlers,
			pwned: (window as Window & SidebarPageGlobals).__PWNED__,
		};
	}, VIEW_SELECTOR);
}

/**
 * A second screenshot as tall as everything in the sidebar (its content scrolls inside the view, so a page
 * screenshot shows only the first screen), for reading every card at once. The window goes back to its size after.
 */
async function screenshotWholeSidebar(page: Page, path: string, size: { width: number; height: number }): Promise<void> {
	const overflow = await page.evaluate((selector) => {
		const view = document.querySelector(selector);
		return view ? view.scrollHeight - view.clientHeight : 0;
	}, VIEW_SELECTOR);
	await page.setViewportSize({ width: size.width, height: Math.min(size.height + Math.max(overflow, 0), 16_000) });
	await page.screenshot({ path });
	await page.setViewportSize(size);
}

/** Waits for anything a page would do a moment later (an image failing to load and firing `onerror`). */
async function letThePageSettle(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))));
}

describe.skipIf(chromiumMissing)("the sidebar in Chromium", () => {
	let chromium: Chromium;
	let pageUrl: string;

	beforeAll(async () => {
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		pageUrl = await buildSidebarPage();
		chromium = await launchChromium();
	});

	afterAll(async () => {
		await chromium?.close();
	});

	describe("over the example vault at its demonstration time", () => {
		let sidebar: SidebarPage;
		const notes = readVaultNotes(EXAMPLE_VAULT);
		// The command-line report's reading of the same folder: the sidebar must group the notes the same way.
		const expected = evaluateAll(scanVault(EXAMPLE_VAULT).sources, parseLocal(DEMO_NOW), DEFAULT_ENGINE_SETTINGS);

		beforeAll(async () => {
			sidebar = await openSidebar(chromium.context, pageUrl, notes, DEMO_NOW, { width: WIDTHS[0], height: HEIGHT });
		});

		afterAll(async () => {
			await sidebar?.page.close();
		});

		it("reads every note of the example vault from disk, and the vault has interviews in several stages", () => {
			expect(Object.keys(notes).length).toBeGreaterThan(5);
			expect(new Set(expected.map((e) => e.stage)).size).toBeGreaterThan(1);
		});

		for (const theme of THEMES) {
			for (const width of WIDTHS) {
				it(`shows the ${theme} theme at ${width} px with nothing overflowing sideways (screenshot sidebar-${theme}-${width}.png)`, async () => {
					const { page } = sidebar;
					await page.setViewportSize({ width, height: HEIGHT });
					await setTheme(page, theme);
					await page.screenshot({ path: join(SCREENSHOT_DIR, `sidebar-${theme}-${width}.png`) });
					await screenshotWholeSidebar(page, join(SCREENSHOT_DIR, `sidebar-${theme}-${width}-full.png`), { width, height: HEIGHT });
					const layout = await measureLayout(page);
					expect(layout.pageScrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(layout.innerWidth);
					expect(layout.viewScrollWidth, "the sidebar scrolls sideways").toBeLessThanOrEqual(layout.viewClientWidth);
					expect(layout.outside, "elements or text past the sidebar's edges").toEqual([]);
					expect(layout.outsideCard, "text past its card's edge").toEqual([]);
				});

				it(`paints the ${theme} theme's colours at ${width} px`, async () => {
					const { page } = sidebar;
					await page.setViewportSize({ width, height: HEIGHT });
					await setTheme(page, theme);
					const colours = await page.evaluate((selector) => {
						const card = document.querySelector(`${selector} .ifu-card`);
						const company = document.querySelector(`${selector} .ifu-card-company`);
						if (!card || !company) throw new Error("No card in the sidebar.");
						const luminance = (colour: string): number => {
							const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
							const channel = (c: number): number => {
								const s = c / 255;
								return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
							};
							return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
						};
						return {
							card: luminance(getComputedStyle(card).backgroundColor),
							text: luminance(getComputedStyle(company).color),
						};
					}, VIEW_SELECTOR);
					// Light: dark text on a light card; dark: the other way round. Either way readable (contrast 4.5:1 or more).
					if (theme === "light") expect(colours.card).toBeGreaterThan(colours.text);
					else expect(colours.card).toBeLessThan(colours.text);
					const contrast = (Math.max(colours.card, colours.text) + 0.05) / (Math.min(colours.card, colours.text) + 0.05);
					expect(contrast).toBeGreaterThanOrEqual(4.5);
				});
			}
		}

		it("shows a group for every stage the vault's notes are in, with their cards in the report's order, and no other group", async () => {
			// Folded groups draw their cards once opened.
			const folded = await sidebar.page.evaluate((selector) => {
				const headers = [...document.querySelectorAll<HTMLElement>(`${selector} .ifu-group-header[aria-expanded="false"]`)];
				const empty = headers.map((header) => header.parentElement?.querySelectorAll(".ifu-card").length ?? 0);
				for (const header of headers) header.click();
				return empty;
			}, VIEW_SELECTOR);
			expect(
				folded.every((cards) => cards === 0),
				"a folded group has no cards drawn",
			).toBe(true);
			const groups = await readGroups(sidebar.page);
			for (const stage of STAGES) {
				const inStage = expected.filter((e) => e.stage === stage).map((e) => e.path);
				const group = groups.find((g) => g.stage === stage);
				if (inStage.length === 0) {
					expect(group?.shown ?? false, `the empty ${stage} group is hidden`).toBe(false);
					continue;
				}
				expect(group, `a ${stage} group`).toBeDefined();
				expect(group?.shown, `the ${stage} group is shown`).toBe(true);
				expect(group?.count).toBe(String(inStage.length));
				expect(group?.paths).toEqual(inStage);
			}
		});

		it("writes no error to the console and throws none while drawing in both themes and widths", () => {
			expect(sidebar.consoleErrors).toEqual([]);
			expect(sidebar.pageErrors).toEqual([]);
			expect(sidebar.dialogs).toEqual([]);
		});

		for (const width of WIDTHS) {
			it(`lets Tab reach every button and card at ${width} px, the folded groups' cards included`, async () => {
				const { page } = sidebar;
				await page.setViewportSize({ width, height: HEIGHT });
				const { reached, focusable } = await tabThrough(page);
				const missed = focusable.filter((probe) => !reached.includes(probe));
				expect(await describeProbes(page, missed), "not reachable with Tab").toEqual([]);
				// Every card and every action button of the vault's notes counts, not only what was on screen at first.
				const shape = await page.evaluate((selector) => {
					const view = document.querySelector(selector);
					// A "Show more" button is hidden once its group shows every card: it is not there to reach.
					const counted = [...(view?.querySelectorAll<HTMLElement>(".ifu-card, button") ?? [])].filter(
						(el) => !el.classList.contains("ifu-more") || el.checkVisibility(),
					);
					return {
						cards: view?.querySelectorAll(".ifu-card").length ?? 0,
						buttons: counted.filter((el) => el.tagName === "BUTTON").length,
						hidden: counted.filter((el) => !el.checkVisibility()).length,
					};
				}, VIEW_SELECTOR);
				expect(shape.cards).toBe(expected.length);
				// The groups that stay hidden are the empty ones; their headers are the only buttons not reached.
				const emptyGroups = STAGES.filter((stage) => !expected.some((e) => e.stage === stage)).length;
				expect(shape.hidden).toBe(emptyGroups);
				expect(reached.length).toBe(shape.cards + shape.buttons - emptyGroups);
				await page.reload();
				await page.waitForFunction(() => (window as Window & SidebarPageGlobals).__READY__ === true);
			});
		}

		it("logs no console error after all the keyboard use either", () => {
			expect(sidebar.consoleErrors).toEqual([]);
			expect(sidebar.pageErrors).toEqual([]);
		});
	});

	describe("local times", () => {
		// Interviews either side of each 2026 clock change (US 1 November, EU 25 October, New Zealand 27 September),
		// all at 10:00 local: the sidebar must say 10:00 for each, as the note does, whatever the zone.
		const days = ["2026-09-26", "2026-09-28", "2026-10-24", "2026-10-26", "2026-10-31", "2026-11-02"];
		const notes = Object.fromEntries(
			days.map((day) => [
				`Interviews/${day}.md`,
				`---\ntags: [interview]\ncompany: Company of ${day}\ninterview_date: ${day}T10:00\ninterviewers: [Jane Doe]\noutcome: next-round\n---\n`,
			]),
		);
		let sidebar: SidebarPage;

		beforeAll(async () => {
			sidebar = await openSidebar(chromium.context, pageUrl, notes, DEMO_NOW, { width: 420, height: 600 });
		});

		afterAll(async () => {
			await sidebar?.page.close();
		});

		it("shows interviews either side of a clock change at the local time their notes give, as the report writes it", async () => {
			const shown = await sidebar.page.evaluate((selector) => {
				const cards = [...document.querySelectorAll<HTMLElement>(`${selector} .ifu-card`)];
				return Object.fromEntries(cards.map((card) => [card.dataset.path ?? "", card.querySelector(".ifu-card-when")?.textContent ?? ""]));
			}, VIEW_SELECTOR);
			const now = parseLocal(DEMO_NOW);
			for (const day of days) {
				const interview = parseNoteTime(`${day}T10:00`);
				if (!interview.ok) throw new Error(interview.reason);
				expect(interview.time.instant.getHours()).toBe(10);
				expect(shown[`Interviews/${day}.md`]).toBe(`Interview ${formatNoteTime(interview.time, now)}`);
				expect(shown[`Interviews/${day}.md`]).toContain("10:00");
			}
		});
	});

	describe("rendering many cards", () => {
		const timings: RenderTiming[] = [];

		afterAll(() => {
			// For reading next to the benchmark; the assertions are on counts, which do not vary from run to run.
			writeFileSync(join(REPO_ROOT, "test-output", "browser", "render-timing.json"), `${JSON.stringify(timings, null, 2)}\n`);
		});

		for (const count of [100, 1000]) {
			it(`draws what is seen of ${count} cards once each, and redraws only the one card whose note changed`, async () => {
				const notes = interviewNotes(count, parseLocal(DEMO_NOW));
				const timing = await renderInChromium(notes, DEMO_NOW, { chromium, pageUrl });
				timings.push(timing);
				// Closed starts folded and draws nothing; each open group draws its first 50 cards, once each.
				expect(timing.cards).toBeLessThanOrEqual(3 * 50);
				expect(timing.cards).toBeGreaterThan(Math.min(count, 50) - 1);
				expect(timing.cardsDrawn).toBe(timing.cards);
				expect(timing.cardsRedrawn).toBe(1);
				expect(timing.cardsAfterChange).toBe(timing.cards);
				for (const ms of [timing.firstRenderMs, timing.scanMs, timing.renderMs, timing.reRenderMs]) {
					expect(Number.isFinite(ms) && ms >= 0).toBe(true);
				}
			});
		}
	});

	describe("a long group", () => {
		let sidebar: SidebarPage;

		beforeAll(async () => {
			sidebar = await openSidebar(chromium.context, pageUrl, interviewNotes(400, parseLocal(DEMO_NOW)), DEMO_NOW, { width: 280, height: 600 });
		});

		afterAll(async () => {
			await sidebar?.page.close();
		});

		const cardsIn = (stage: string): Promise<number> =>
			sidebar.page.evaluate((input) => document.querySelectorAll(`${input.selector} .ifu-group--${input.stage} .ifu-card`).length, {
				selector: VIEW_SELECTOR,
				stage,
			});

		it("draws its first 50 cards, and more as its end is scrolled into sight", async () => {
			const { page } = sidebar;
			const stage = await page.evaluate((selector) => {
				const more = [...document.querySelectorAll<HTMLElement>(`${selector} .ifu-more`)].find((button) => button.checkVisibility());
				return more?.dataset.stage ?? "";
			}, VIEW_SELECTOR);
			expect(stage).not.toBe("");
			expect(await cardsIn(stage)).toBe(50);
			await page.evaluate((input) => document.querySelector(`${input.selector} .ifu-group--${input.stage} .ifu-more`)?.scrollIntoView(), {
				selector: VIEW_SELECTOR,
				stage,
			});
			await page.waitForFunction((input) => document.querySelectorAll(`${input.selector} .ifu-group--${input.stage} .ifu-card`).length > 50, {
				selector: VIEW_SELECTOR,
				stage,
			});
			expect(await cardsIn(stage)).toBeGreaterThan(50);
			mkdirSync(SCREENSHOT_DIR, { recursive: true });
			await page.screenshot({ path: join(SCREENSHOT_DIR, "sidebar-long-group-280.png") });
		});

		it("offers the next cards on a button that the keyboard reaches, and moves the focus to the first of them", async () => {
			const { page } = sidebar;
			const result = await page.evaluate((selector) => {
				const more = [...document.querySelectorAll<HTMLElement>(`${selector} .ifu-more`)].find((button) => button.checkVisibility());
				if (!more) return null;
				const list = more.parentElement?.querySelector(".ifu-cards");
				const before = list?.children.length ?? 0;
				// Without scrolling, so that the end coming into sight does not draw more first.
				more.focus({ preventScroll: true });
				return { before, label: more.textContent, tag: more.tagName };
			}, VIEW_SELECTOR);
			expect(result?.tag).toBe("BUTTON");
			expect(result?.label).toMatch(/^Show \d+ more$/);
			await page.keyboard.press("Enter");
			const after = await page.evaluate((selector) => {
				const active = document.activeElement as HTMLElement | null;
				const list = active?.closest(".ifu-cards");
				return {
					tag: `${active?.tagName ?? "none"}.${active?.className ?? ""}`,
					isCard: active?.classList.contains("ifu-card") ?? false,
					position: list ? [...list.children].indexOf(active as Element) : -1,
					inView: document.querySelector(selector)?.contains(active) ?? false,
				};
			}, VIEW_SELECTOR);
			expect(after.inView, after.tag).toBe(true);
			expect(after.isCard, after.tag).toBe(true);
			// Scrolling the button into sight may already have drawn more: the focus is on a card not shown before.
			expect(after.position).toBeGreaterThanOrEqual(result?.before ?? Number.POSITIVE_INFINITY);
		});
	});

	// The probes above pass only when nothing is wrong; these show each one fails when something is.
	describe("the checks themselves", () => {
		let sidebar: SidebarPage;
		const notes = {
			"Acme.md": "---\ntags: [interview]\ncompany: Acme\nrole: Designer\ninterview_date: 2026-11-20T10:00\ninterviewers: [Jane Doe]\n---\n",
		};

		beforeAll(async () => {
			sidebar = await openSidebar(chromium.context, pageUrl, notes, DEMO_NOW, { width: 280, height: 600 });
		});

		afterAll(async () => {
			await sidebar?.page.close();
		});

		it("notice an element wider than the sidebar and text running out of its card", async () => {
			const before = await measureLayout(sidebar.page);
			expect(before.outside).toEqual([]);
			await sidebar.page.evaluate((selector) => {
				const card = document.querySelector(`${selector} .ifu-card`);
				const wide = document.createElement("div");
				wide.className = "probe-wide";
				wide.style.width = "600px";
				wide.textContent = "wide";
				const unbroken = document.createElement("span");
				unbroken.className = "probe-unbroken";
				unbroken.style.whiteSpace = "nowrap";
				unbroken.textContent = "An unbroken line far longer than any sidebar is wide";
				card?.append(wide, unbroken);
			}, VIEW_SELECTOR);
			const after = await measureLayout(sidebar.page);
			expect(after.outside.some((line) => line.includes("probe-wide"))).toBe(true);
			expect(after.outsideCard.some((line) => line.includes("probe-unbroken"))).toBe(true);
			await sidebar.page.evaluate(() => document.querySelectorAll(".probe-wide, .probe-unbroken").forEach((el) => el.remove()));
		});

		it("notice a button that Tab cannot reach", async () => {
			await sidebar.page.evaluate((selector) => {
				const button = document.createElement("button");
				button.className = "probe-unreachable";
				button.textContent = "Unreachable";
				button.inert = true;
				document.querySelector(`${selector} .ifu-card`)?.append(button);
			}, VIEW_SELECTOR);
			const { reached, focusable } = await tabThrough(sidebar.page);
			const missed = await describeProbes(
				sidebar.page,
				focusable.filter((probe) => !reached.includes(probe)),
			);
			expect(missed).toEqual([expect.stringContaining("probe-unreachable")]);
			await sidebar.page.evaluate(() => document.querySelector(".probe-unreachable")?.remove());
		});

		it("notice an element made from markup and an inline handler", async () => {
			expect(await findMarkup(sidebar.page)).toMatchObject({ imagesOrScripts: 0, handlers: [] });
			await sidebar.page.evaluate((selector) => {
				const img = document.createElement("img");
				img.setAttribute("onerror", "void 0");
				document.querySelector(`${selector} .ifu-card`)?.append(img);
			}, VIEW_SELECTOR);
			const found = await findMarkup(sidebar.page);
			expect(found.imagesOrScripts).toBe(1);
			expect(found.handlers).toEqual(["img onerror"]);
			await sidebar.page.evaluate(() => document.querySelector(".ifu-card img")?.remove());
		});
	});

	describe("with hostile names in the notes", () => {
		const IMG = "<img src=x onerror=alert(1)>";
		const SCRIPT = "<script>window.__PWNED__=1</script>";
		const RTL = "مريم الحسن";
		const EMOJI = "Zoë 👩🏽‍💻 Okonkwo-Ørsted 🎉";
		// One unbroken word of 10,000 characters: the hardest case for wrapping.
		const LONG = "Wolfeschlegelsteinhausenbergerdorff".repeat(300).slice(0, 10_000);
		const NAMES = [IMG, SCRIPT, RTL, EMOJI, LONG];
		const yaml = (text: string): string => JSON.stringify(text);
		const note = (company: string, interviewers: string[], role: string): string =>
			[
				"---",
				"tags: [interview]",
				`company: ${yaml(company)}`,
				`role: ${yaml(role)}`,
				"interview_date: 2026-11-20T10:00",
				"interviewers:",
				...interviewers.map((name) => `  - ${yaml(name)}`),
				"---",
				"",
				"Notes from the interview.",
				"",
			].join("\n");
		const notes = {
			"Interviews/Markup company.md": note(IMG, [SCRIPT, RTL], SCRIPT),
			"Interviews/Script company.md": note(SCRIPT, [IMG, EMOJI], IMG),
			"Interviews/Right to left.md": note(RTL, [RTL], "مصممة منتجات"),
			"Interviews/Emoji.md": note(EMOJI, [EMOJI], "Designer 🎨"),
			"Interviews/Long name.md": note(LONG, [LONG], LONG),
		};
		let sidebar: SidebarPage;

		beforeAll(async () => {
			sidebar = await openSidebar(chromium.context, pageUrl, notes, DEMO_NOW, { width: 280, height: HEIGHT });
			await letThePageSettle(sidebar.page);
		});

		afterAll(async () => {
			await sidebar?.page.close();
		});

		it("shows every name as the text it is", async () => {
			const texts = await sidebar.page.evaluate((selector) => {
				const view = document.querySelector(selector);
				return {
					companies: [...(view?.querySelectorAll(".ifu-card-company") ?? [])].map((el) => el.textContent ?? ""),
					all: view?.textContent ?? "",
				};
			}, VIEW_SELECTOR);
			expect([...texts.companies].sort()).toEqual([IMG, SCRIPT, RTL, EMOJI, LONG].sort());
			for (const name of NAMES) expect(texts.all).toContain(name);
		});

		it("creates no element and no event handler from a name, and runs none of them", async () => {
			await letThePageSettle(sidebar.page);
			const found = await findMarkup(sidebar.page);
			expect(found.imagesOrScripts).toBe(0);
			// The page's own bundle is the one script on it.
			expect(found.scriptsOnPage).toBe(1);
			expect(found.handlers).toEqual([]);
			expect(found.pwned).toBeUndefined();
			expect(sidebar.dialogs).toEqual([]);
			expect(sidebar.consoleErrors).toEqual([]);
			expect(sidebar.pageErrors).toEqual([]);
		});

		it("keeps the 10,000-character name, the right-to-left text and the emoji inside the sidebar at 280 px", async () => {
			await sidebar.page.screenshot({ path: join(SCREENSHOT_DIR, "sidebar-hostile-names-280.png") });
			// One picture per card but the long name's, which is many screens tall.
			const cards = sidebar.page.locator(`${VIEW_SELECTOR} .ifu-card`);
			const pictures: [string, string][] = [
				["markup", IMG],
				["script", SCRIPT],
				["right-to-left", RTL],
				["emoji", EMOJI],
			];
			for (const [file, company] of pictures) {
				const at = await sidebar.page.evaluate(
					(input) => [...document.querySelectorAll(`${input.selector} .ifu-card-company`)].findIndex((el) => el.textContent === input.company),
					{ selector: VIEW_SELECTOR, company },
				);
				expect(at, `a card for ${company}`).toBeGreaterThanOrEqual(0);
				await cards.nth(at).screenshot({ path: join(SCREENSHOT_DIR, `sidebar-hostile-names-280-${file}.png`) });
			}
			const layout = await measureLayout(sidebar.page);
			expect(layout.pageScrollWidth).toBeLessThanOrEqual(layout.innerWidth);
			expect(layout.viewScrollWidth).toBeLessThanOrEqual(layout.viewClientWidth);
			expect(layout.outside).toEqual([]);
			expect(layout.outsideCard).toEqual([]);
		});
	});
});

/** A local wall-clock time (`2026-11-20T16:00`) as an instant in the zone the tests run in, read as a note's date is. */
function parseLocal(text: string): Date {
	const read = parseNoteTime(text);
	if (!read.ok) throw new Error(read.reason);
	return read.time.instant;
}
