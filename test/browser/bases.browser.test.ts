// The "Interview follow-up" Bases view and the thank-you block's Notice in a real headless Chromium, over the example
// vault at its demonstration time plus one interview that has just ended: light and dark, 280 px wide. Nothing may
// overflow sideways or log an error; the view holds a card per interview note; the Notice has its words and buttons.
// Screenshots in test-output/screenshots/: thank-you-block-<theme>-280.png (the Notice over the Base),
// thank-you-block-notice-<theme>.png (the Notice alone), bases-<theme>-280.png and bases-<theme>-280-full.png.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanVault } from "../../src/cli/vault";
import { parseNoteTime } from "../../src/engine/dates";
import { evaluateAll } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { EXAMPLE_VAULT, hasChromium, launchChromium, openSidebar, readVaultNotes, REPO_ROOT, SCREENSHOT_DIR, type Chromium, type Theme } from "./render";

const BASES_SELECTOR = '.workspace-leaf-content[data-type="bases"] > .view-content';
const DEMO_NOW = "2026-11-20T16:00";
const WIDTH = 280;
const HEIGHT = 900;
const THEMES: Theme[] = ["light", "dark"];
const PAGE_DIR = join(REPO_ROOT, "test-output", "browser");

/** An interview that ended at 15:45, so at 16:00 its thank-you block is running and its Notice shows. */
const JUST_ENDED = {
	"Interviews/Hooli - Product Manager.md": [
		"---",
		"tags: [interview]",
		"company: Hooli",
		"role: Product Manager",
		"interview_date: 2026-11-20T15:00",
		"duration: 45",
		"interviewers: [Gavin Belson, Denpok Singh]",
		"---",
		"Panel on the roadmap.",
		"",
	].join("\n"),
};

async function buildBasesPage(): Promise<string> {
	mkdirSync(PAGE_DIR, { recursive: true });
	await build({
		entryPoints: [join(REPO_ROOT, "test", "browser", "bases-page.ts")],
		outfile: join(PAGE_DIR, "bases-page.js"),
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2020",
		alias: { obsidian: join(REPO_ROOT, "test", "harness", "obsidian.ts") },
		sourcemap: "inline",
		logLevel: "silent",
	});
	const fromPage = (path: string): string => relative(PAGE_DIR, path).split(sep).join("/");
	const html = [
		"<!doctype html>",
		'<html lang="en">',
		"<head>",
		'<meta charset="utf-8">',
		"<title>Interview follow-up in a Base</title>",
		`<link rel="stylesheet" href="${fromPage(join(REPO_ROOT, "test", "browser", "obsidian-theme.css"))}">`,
		`<link rel="stylesheet" href="${fromPage(join(REPO_ROOT, "test", "browser", "bases-theme.css"))}">`,
		`<link rel="stylesheet" href="${fromPage(join(REPO_ROOT, "styles.css"))}">`,
		"</head>",
		'<body class="theme-light">',
		'<script src="bases-page.js"></script>',
		"</body>",
		"</html>",
		"",
	].join("\n");
	const file = join(PAGE_DIR, "bases.html");
	writeFileSync(file, html);
	return pathToFileURL(file).href;
}

describe.skipIf(!hasChromium())("the Bases view in Chromium", () => {
	let chromium: Chromium;
	let pageUrl: string;
	const notes = { ...readVaultNotes(EXAMPLE_VAULT), ...JUST_ENDED };
	const now = parseNoteTime(DEMO_NOW);
	if (!now.ok) throw new Error(now.reason);
	const interviewNotes = evaluateAll(scanVault(EXAMPLE_VAULT).sources, now.time.instant, DEFAULT_ENGINE_SETTINGS).length + 1;

	beforeAll(async () => {
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		pageUrl = await buildBasesPage();
		chromium = await launchChromium();
	});

	afterAll(async () => {
		await chromium?.close();
	});

	for (const theme of THEMES) {
		it(`shows a card per interview note and the thank-you block, ${theme} at ${WIDTH} px, with nothing overflowing (screenshots bases-${theme}-${WIDTH}.png, thank-you-block-notice-${theme}.png)`, async () => {
			const opened = await openSidebar(chromium.context, pageUrl, notes, DEMO_NOW, { theme, width: WIDTH, height: HEIGHT });
			const { page } = opened;
			try {
				const layout = await page.evaluate((selector) => {
					const pane = document.querySelector(selector);
					const view = pane?.querySelector(".ifu-bases-view");
					if (!(pane instanceof HTMLElement) || !(view instanceof HTMLElement)) throw new Error("The Bases view is not on the page.");
					const box = view.getBoundingClientRect();
					const outside = [...view.querySelectorAll<HTMLElement>("*")]
						.filter((el) => {
							const rect = el.getBoundingClientRect();
							return rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
						})
						.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40) ?? ""}`);
					return {
						cards: view.querySelectorAll(".ifu-card").length,
						pageScrollWidth: document.documentElement.scrollWidth,
						innerWidth: window.innerWidth,
						viewScrollWidth: view.scrollWidth,
						viewClientWidth: view.clientWidth,
						outside,
					};
				}, BASES_SELECTOR);
				expect(layout.cards).toBe(interviewNotes);
				expect(layout.outside).toEqual([]);
				expect(layout.viewScrollWidth).toBeLessThanOrEqual(layout.viewClientWidth);
				expect(layout.pageScrollWidth).toBeLessThanOrEqual(layout.innerWidth);

				const notice = page.locator(".notice", { has: page.locator(".ifu-reminder") });
				await expect.poll(() => notice.count()).toBe(1);
				const text = (await notice.textContent()) ?? "";
				expect(text).toContain("Your interview at Hooli has ended: this is your 30-minute thank-you block");
				expect(await notice.locator("button").allTextContents()).toEqual(["Write thank-you notes", "Later"]);
				const noticeBox = await notice.boundingBox();
				expect((noticeBox?.x ?? 0) + (noticeBox?.width ?? 0)).toBeLessThanOrEqual(WIDTH + 0.5);

				await page.screenshot({ path: join(SCREENSHOT_DIR, `thank-you-block-${theme}-${WIDTH}.png`) });
				await notice.screenshot({ path: join(SCREENSHOT_DIR, `thank-you-block-notice-${theme}.png`) });
				// Later dismisses the Notice, as a click on any Notice does, and leaves the Base in view.
				await notice.locator("button", { hasText: "Later" }).click();
				await expect.poll(() => notice.count()).toBe(0);
				// The other reminders of the moment (a follow-up due this morning) go the same way, to show the Base alone.
				while ((await page.locator(".notice").count()) > 0) await page.locator(".notice").first().click();
				await page.screenshot({ path: join(SCREENSHOT_DIR, `bases-${theme}-${WIDTH}.png`) });
				const fullHeight = await page.evaluate(() => document.querySelector(".ifu-bases-view")?.scrollHeight ?? 0);
				await page.setViewportSize({ width: WIDTH, height: Math.max(HEIGHT, fullHeight + 80) });
				await page.screenshot({ path: join(SCREENSHOT_DIR, `bases-${theme}-${WIDTH}-full.png`) });
				expect(opened.consoleErrors).toEqual([]);
				expect(opened.pageErrors).toEqual([]);
				expect(opened.dialogs).toEqual([]);
			} finally {
				await page.close();
			}
		});
	}
});
