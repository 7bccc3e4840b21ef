// Runs the sidebar in a real headless Chromium: bundles the browser page, launches Debian's chromium through
// playwright-core, opens the sidebar over a set of notes, and measures rendering for the benchmark.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { ChangeTiming, NoteFiles, PageTiming, SidebarPageGlobals } from "./page-contract";

export type { NoteFiles } from "./page-contract";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** The flags the project runs Chromium with: headless, no sandbox (CI containers), and nothing that phones home. */
export const CHROMIUM_FLAGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
];

/**
 * The repository: the nearest folder above this file that holds the plugin's manifest.json. Looked up rather than
 * fixed at two levels up, so the benchmark can bundle this file somewhere else and still find the page's sources.
 */
function findRepoRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, "manifest.json")) || !existsSync(join(dir, "package.json"))) {
		const parent = dirname(dir);
		if (parent === dir) return process.cwd();
		dir = parent;
	}
	return dir;
}

export const REPO_ROOT = findRepoRoot();
export const EXAMPLE_VAULT = join(REPO_ROOT, "examples", "vault");
export const SCREENSHOT_DIR = join(REPO_ROOT, "test-output", "screenshots");
const PAGE_DIR = join(REPO_ROOT, "test-output", "browser");
const PAGE_HTML = join(PAGE_DIR, "sidebar.html");

export type Theme = "light" | "dark";

export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

/**
 * Bundles `test/browser/page.ts` for the browser (the real plugin over the Obsidian test double) and writes
 * the HTML page that loads Obsidian's stand-in theme, the plugin's `styles.css` and the bundle, in that order,
 * as Obsidian loads its own CSS before a plugin's. Returns the page's file:// address.
 */
export async function buildSidebarPage(): Promise<string> {
	mkdirSync(PAGE_DIR, { recursive: true });
	await build({
		entryPoints: [join(REPO_ROOT, "test", "browser", "page.ts")],
		outfile: join(PAGE_DIR, "page.js"),
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
		"<title>Interview follow-up sidebar</title>",
		`<link rel="stylesheet" href="${fromPage(join(REPO_ROOT, "test", "browser", "obsidian-theme.css"))}">`,
		`<link rel="stylesheet" href="${fromPage(join(REPO_ROOT, "styles.css"))}">`,
		"</head>",
		'<body class="theme-light">',
		'<script src="page.js"></script>',
		"</body>",
		"</html>",
		"",
	].join("\n");
	writeFileSync(PAGE_HTML, html);
	return pathToFileURL(PAGE_HTML).href;
}

export interface Chromium {
	context: BrowserContext;
	close(): Promise<void>;
}

/** Launches Chromium on a fresh profile folder, in the time zone the tests run in, so local times agree. */
export async function launchChromium(): Promise<Chromium> {
	const profile = mkdtempSync(join(tmpdir(), "interview-follow-up-chromium-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_FLAGS,
		timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
		locale: "en-US",
		viewport: { width: 420, height: 800 },
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** A page showing the sidebar, with everything it said that a user would count as broken. */
export interface SidebarPage {
	page: Page;
	consoleErrors: string[];
	pageErrors: string[];
	dialogs: string[];
}

export interface OpenOptions {
	theme?: Theme;
	width?: number;
	height?: number;
}

/** Opens a new tab on the sidebar page over `notes`, at local time `now` (`2026-11-20T16:00`), and waits for it. */
export async function openSidebar(context: BrowserContext, pageUrl: string, notes: NoteFiles, now: string, options: OpenOptions = {}): Promise<SidebarPage> {
	const page = await context.newPage();
	const opened: SidebarPage = { page, consoleErrors: [], pageErrors: [], dialogs: [] };
	page.on("console", (message) => {
		if (message.type() === "error") opened.consoleErrors.push(message.text());
	});
	page.on("pageerror", (error) => opened.pageErrors.push(String(error)));
	page.on("dialog", (dialog) => {
		opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.setViewportSize({ width: options.width ?? 420, height: options.height ?? 800 });
	await page.addInitScript(
		(input: { notes: NoteFiles; now: string }) => {
			const w = window as Window & SidebarPageGlobals;
			w.__NOTES__ = input.notes;
			w.__NOW__ = input.now;
		},
		{ notes, now },
	);
	await page.goto(pageUrl);
	await page.waitForFunction(
		() => {
			const w = window as Window & SidebarPageGlobals;
			return w.__READY__ === true || typeof w.__FAILED__ === "string";
		},
		undefined,
		{ timeout: 30_000 },
	);
	const failed = await page.evaluate(() => (window as Window & SidebarPageGlobals).__FAILED__);
	if (failed !== undefined) throw new Error(`The sidebar page could not start: ${failed}`);
	await setTheme(page, options.theme ?? "light");
	return opened;
}

/** Switches Obsidian's theme class on body, as the appearance setting does. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate((wanted) => {
		document.body.classList.remove("theme-light", "theme-dark");
		document.body.classList.add(`theme-${wanted}`);
	}, theme);
}

/** Every `*.md` note under a vault folder, by vault-relative path, skipping Obsidian's config and trash folders. */
export function readVaultNotes(vaultDir: string): NoteFiles {
	const notes: NoteFiles = {};
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir).sort()) {
			if (name === ".obsidian" || name === ".trash") continue;
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith(".md")) notes[relative(vaultDir, path).split(sep).join("/")] = readFileSync(path, "utf8");
		}
	};
	walk(vaultDir);
	return notes;
}

export interface RenderOptions {
	/** A running Chromium to reuse; without it one is launched and closed around the measurement. */
	chromium?: Chromium;
	/** The page `buildSidebarPage` made, to skip bundling it again. */
	pageUrl?: string;
	/** The note to rewrite for the re-render, and its new text; by default the first note gains a line of body. */
	change?: { path: string; text: string };
	width?: number;
}

export interface RenderTiming {
	/** Notes given to the page. */
	notes: number;
	/** Cards the sidebar showed after the first render. */
	cards: number;
	/** Milliseconds from loading the plugin to every card on screen and laid out. */
	firstRenderMs: number;
	/** The part of the first render spent loading the plugin and evaluating every note. */
	scanMs: number;
	/** The part of the first render spent opening the sidebar and drawing and laying out its cards. */
	renderMs: number;
	/** The part of `renderMs` the browser spent laying the cards out. */
	layoutMs: number;
	/** Cards the sidebar drew for the first render, by its own counter. */
	cardsDrawn: number;
	/** Milliseconds from rewriting one note to the sidebar showing it again, laid out. */
	reRenderMs: number;
	/** Cards the sidebar drew again for that one change. */
	cardsRedrawn: number;
	/** Cards after the re-render. */
	cardsAfterChange: number;
}

/**
 * Renders the sidebar over `notes` in Chromium at local time `now` and times the first render and a re-render
 * after one note changes. Both timings are taken inside the page with `performance.now()`, so they leave out
 * launching the browser and loading the page.
 */
export async function renderInChromium(notes: NoteFiles, now: string, options: RenderOptions = {}): Promise<RenderTiming> {
	const running = options.chromium ?? (await launchChromium());
	try {
		const pageUrl = options.pageUrl ?? (await buildSidebarPage());
		const { page } = await openSidebar(running.context, pageUrl, notes, now, { width: options.width ?? 420 });
		try {
			const first = await page.evaluate(() => (window as Window & SidebarPageGlobals).__TIMING__);
			if (first === undefined) throw new Error("The sidebar page did not report its first render.");
			const change = options.change ?? defaultChange(notes);
			const after = await page.evaluate(async (input: { path: string; text: string }) => {
				const changeNote = (window as Window & SidebarPageGlobals).__CHANGE_NOTE__;
				if (changeNote === undefined) throw new Error("The sidebar page cannot change a note.");
				return changeNote(input.path, input.text);
			}, change);
			return summarise(Object.keys(notes).length, first, after);
		} finally {
			await page.close();
		}
	} finally {
		if (options.chromium === undefined) await running.close();
	}
}

/**
 * By default the first note's company gains a word, which changes what its card says (a change to the body
 * alone may leave the card as it was, and then there is nothing to redraw).
 */
function defaultChange(notes: NoteFiles): { path: string; text: string } {
	const first = Object.keys(notes).sort()[0];
	if (first === undefined) throw new Error("renderInChromium needs at least one note to change.");
	const text = notes[first] ?? "";
	const renamed = text.replace(/^company:[ \t]*(.*)$/m, (_line, company: string) => `company: ${company.replace(/^["']|["']$/g, "")} Group`);
	return { path: first, text: renamed === text ? `${text}\nA line added to see the sidebar follow.\n` : renamed };
}

function summarise(notes: number, first: PageTiming, after: ChangeTiming): RenderTiming {
	return {
		notes,
		cards: first.cards,
		firstRenderMs: first.firstRender,
		scanMs: first.scan,
		renderMs: first.render,
		layoutMs: first.layout,
		cardsDrawn: first.cardsDrawn,
		reRenderMs: after.reRender,
		cardsRedrawn: after.cardsDrawn,
		cardsAfterChange: after.cards,
	};
}
