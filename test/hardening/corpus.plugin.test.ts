// @vitest-environment happy-dom
// Every hostile note through the plugin in the Obsidian test double, with the sidebar open: the index takes in the
// interview notes and nothing else, the sidebar draws a card for each, the minute's refresh stays quick, nothing is
// written, nothing is logged as an error, no prototype is polluted, no code runs. Work is counted (notes evaluated), never timed: the benchmark times.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type InterviewFollowUpPlugin from "../../src/main";
import type { FollowUpView } from "../../src/obsidian/sidebar";
import { unloadPlugin, type App } from "../harness/app";
import { expectUnpolluted, snapshotPrototypes, type PrototypeSnapshot } from "./channels";
import { bytesOf, CORPUS, NOW, textOf, type HostileCase } from "./corpus";
import { openSidebar } from "../obsidian/open-sidebar";

// The double walks frontmatter for links without a bound, which never ends on an alias bomb (see alias-safe-metadata.ts).
vi.mock("../harness/metadata", async (importOriginal) => {
	const original = await importOriginal<typeof import("../harness/metadata")>();
	const { holdsAnchors, metadataWithoutLinkWalk } = await import("./alias-safe-metadata");
	return {
		...original,
		computeMetadata: (text: string) => (holdsAnchors(text, original) ? metadataWithoutLinkWalk(text, original) : original.computeMetadata(text)),
	};
});

interface Opened {
	app: App;
	plugin: InterviewFollowUpPlugin;
	view: FollowUpView;
	before: Map<string, string>;
}

let prototypes: PrototypeSnapshot;
const errors = vi.spyOn(console, "error");

beforeAll(() => {
	prototypes = snapshotPrototypes();
});

afterEach(() => {
	errors.mockClear();
});

afterAll(() => {
	expectUnpolluted(prototypes);
});

function filesOf(cases: readonly HostileCase[]): Record<string, string> {
	const files: Record<string, string> = {
		"Ordinary.md": "---\ntags: [interview]\ncompany: Ordinary\ninterview_date: 2026-11-20T14:00\ninterviewers: [Jane Doe]\n---\n",
	};
	for (const hostile of cases) files[`Interviews/${hostile.file}`] = textOf(bytesOf(hostile));
	return files;
}

async function openWith(files: Record<string, string>): Promise<Opened> {
	const { app, plugin, view } = await openSidebar(files, NOW);
	return { app, plugin, view, before: new Map(Object.entries(files)) };
}

function cardPaths(view: FollowUpView): string[] {
	return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ifu-card")).map((card) => card.dataset.path ?? "");
}

/** Nothing written, created, renamed or deleted: every file's text is what it was. */
function expectVaultUntouched(opened: Opened): void {
	expect(opened.app.vault.writes).toEqual([]);
	for (const [path, text] of opened.before) expect(opened.app.vault.textOf(path) === text, `${path} unchanged`).toBe(true);
}

describe("each hostile note in the plugin, with the sidebar open", () => {
	describe.each(CORPUS.map((hostile) => [hostile.file, hostile] as const))("%s", (_file, hostile) => {
		it(`${hostile.engine === "interview" ? "lists" : "leaves out"} "${hostile.what}" without an error, a write or a stall`, async () => {
			const opened = await openWith(filesOf([hostile]));
			const path = `Interviews/${hostile.file}`;
			const indexed = opened.plugin.index.all().map((evaluation) => evaluation.path);
			expect(indexed.includes(path)).toBe(hostile.engine === "interview");
			expect(indexed).toContain("Ordinary.md");
			expect(cardPaths(opened.view).sort()).toEqual([...indexed].sort());
			// The minute's refresh runs on Obsidian's main thread: it evaluates at most each note once, never more.
			const before = opened.plugin.index.evaluationCount;
			opened.plugin.index.tick();
			expect(opened.plugin.index.evaluationCount - before, "notes evaluated by the minute's refresh").toBeLessThanOrEqual(indexed.length);
			opened.view.refresh();
			expect(errors).not.toHaveBeenCalled();
			expectVaultUntouched(opened);
			await unloadPlugin(opened.plugin, opened.app);
			expectUnpolluted(prototypes);
		});
	});
});

describe("the whole corpus in one vault", () => {
	it("lists exactly the interview notes, draws a card for each, and refreshes in time", async () => {
		const opened = await openWith(filesOf(CORPUS));
		const expected = ["Ordinary.md", ...CORPUS.filter((hostile) => hostile.engine === "interview").map((hostile) => `Interviews/${hostile.file}`)];
		expect(
			opened.plugin.index
				.all()
				.map((evaluation) => evaluation.path)
				.sort(),
		).toEqual(expected.sort());
		expect(cardPaths(opened.view).sort()).toEqual(expected.sort());
		const before = opened.plugin.index.evaluationCount;
		opened.plugin.index.tick();
		expect(opened.plugin.index.evaluationCount - before, "notes evaluated by the minute's refresh").toBeLessThanOrEqual(expected.length);
		expect(errors).not.toHaveBeenCalled();
		expectVaultUntouched(opened);
		await unloadPlugin(opened.plugin, opened.app);
	}, 120_000);
});
