// @vitest-environment happy-dom
// The Obsidian double checked against what a real Obsidian returned, and against Obsidian's documented behaviour.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { NOTHING_LEFT, createTestApp, loadPlugin, unloadPlugin } from "./app";
import {
	Component,
	Editor,
	FuzzySuggestModal,
	ItemView,
	MarkdownView,
	Modal,
	Notice,
	Plugin,
	PluginSettingTab,
	Setting,
	SuggestModal,
	TFile,
	debounce,
	getAllTags,
	normalizePath,
	parseFrontMatterTags,
	parseYaml,
	stringifyYaml,
} from "./obsidian";
import type { App } from "./core";
import type { WorkspaceLeaf } from "./workspace";

const SAMPLES = join(__dirname, "obsidian-metadata-samples");

interface Sample {
	fileContents: string;
	filePath: string;
	cachedMetadata: Real.CachedMetadata;
	getAllTags: string[] | null;
	parseFrontMatterTags: string[] | null;
}

const samples: [string, Sample][] = readdirSync(SAMPLES)
	.filter((name) => name.endsWith(".json"))
	.map((name) => [name, JSON.parse(readFileSync(join(SAMPLES, name), "utf8")) as Sample]);

function cacheOf(app: App, path: string): Real.CachedMetadata {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	const cache = app.metadataCache.getFileCache(file);
	if (!cache) throw new Error(`no cache for ${path}`);
	return cache;
}

describe("the metadata cache, against notes captured from a real Obsidian", () => {
	it("has samples to check against", () => {
		expect(samples.length).toBeGreaterThanOrEqual(15);
	});

	describe.each(samples)("%s", (_name, sample) => {
		const app = createTestApp({ [sample.filePath]: sample.fileContents });
		const cache = cacheOf(app, sample.filePath);
		const real = sample.cachedMetadata;

		it("reads the same frontmatter (dates stay strings)", () => {
			expect(cache.frontmatter).toEqual(real.frontmatter);
		});

		it("puts the frontmatter block where Obsidian does", () => {
			expect(cache.frontmatterPosition).toEqual(real.frontmatterPosition);
		});

		it("finds the same headings, with level and position", () => {
			expect(cache.headings).toEqual(real.headings);
		});

		it("lists the same frontmatter links", () => {
			expect(cache.frontmatterLinks).toEqual(real.frontmatterLinks);
		});

		it("splits the note into the same sections", () => {
			expect(cache.sections).toEqual(real.sections);
		});

		it("finds the same list items and body tags", () => {
			expect(cache.listItems).toEqual(real.listItems);
			expect(cache.tags).toEqual(real.tags);
		});

		it("gives the same parseFrontMatterTags and getAllTags", () => {
			expect(parseFrontMatterTags(cache.frontmatter)).toEqual(sample.parseFrontMatterTags);
			expect(getAllTags(cache)).toEqual(sample.getAllTags);
		});
	});
});

describe("frontmatter as Obsidian reads it", () => {
	const read = (text: string) => cacheOf(createTestApp({ "Note.md": text }), "Note.md");

	it("keeps interview dates and times as the strings written in the note", () => {
		const cache = read("---\ninterview_date: 2026-11-20T14:00\nthank_you_sent: 2026-11-21\n---\nBody\n");
		expect(cache.frontmatter).toEqual({ interview_date: "2026-11-20T14:00", thank_you_sent: "2026-11-21" });
	});

	it("gives no frontmatter, and does not throw, for invalid YAML", () => {
		const cache = read("---\ncompany: [Acme\nrole: : :\n---\n# Notes\n");
		expect(cache.frontmatter).toBeUndefined();
		expect(cache.headings?.[0]?.heading).toBe("Notes");
	});

	it("gives no frontmatter when the block holds a list or a single value", () => {
		expect(read("---\n- a\n- b\n---\n").frontmatter).toBeUndefined();
		expect(read("---\njust text\n---\n").frontmatter).toBeUndefined();
	});

	it("gives no frontmatter without a closing fence or when the file does not start with one", () => {
		expect(read("---\ncompany: Acme\n").frontmatter).toBeUndefined();
		expect(read("\n---\ncompany: Acme\n---\n").frontmatter).toBeUndefined();
	});

	it("reads a block with Windows line endings", () => {
		expect(read("---\r\ncompany: Acme\r\n---\r\nBody\r\n").frontmatter).toEqual({ company: "Acme" });
	});

	it("reads an unquoted [[Jane Doe]] as a list inside a list, as YAML does", () => {
		expect(read("---\ninterviewers:\n  - [[Jane Doe]]\n---\n").frontmatter).toEqual({ interviewers: [[["Jane Doe"]]] });
	});

	it("lists quoted links in nested frontmatter values with their key path", () => {
		const cache = read('---\ninterviewers:\n  - name: "[[people/Jane Doe|Jane]]"\n---\n');
		expect(cache.frontmatterLinks).toEqual([
			{ key: "interviewers.0.name", link: "people/Jane Doe", original: "[[people/Jane Doe|Jane]]", displayText: "Jane" },
		]);
	});

	it("finds thank-you headings in the body but not inside code blocks", () => {
		const cache = read("# Acme\n\n## Thank-you to Jane Doe\n\n```\n## not a heading\n```\n### Thank-you to Bob ##\n");
		expect(cache.headings?.map((h) => [h.level, h.heading])).toEqual([
			[1, "Acme"],
			[2, "Thank-you to Jane Doe"],
			[3, "Thank-you to Bob"],
		]);
	});

	it("normalises frontmatter tags to #tags and drops ones Obsidian would not accept", () => {
		expect(parseFrontMatterTags({ tags: ["interview/onsite", "#Interview"] })).toEqual(["#interview/onsite", "#Interview"]);
		expect(parseFrontMatterTags({ tags: "interview" })).toEqual(["#interview"]);
		expect(parseFrontMatterTags({ tags: "a, b" })).toEqual([]);
		expect(parseFrontMatterTags({ tags: null })).toBeNull();
		expect(parseFrontMatterTags(undefined)).toBeNull();
	});

	it("parses and writes YAML like parseYaml/stringifyYaml", () => {
		expect(parseYaml("when: 2026-11-20\nok: true\nn: 3")).toEqual({ when: "2026-11-20", ok: true, n: 3 });
		expect(stringifyYaml({ when: "2026-11-20T14:00", who: ["[[Jane Doe]]"], n: null, count: "3" })).toBe(
			'when: 2026-11-20T14:00\nwho:\n  - "[[Jane Doe]]"\nn:\ncount: "3"\n',
		);
	});

	it("writes YAML that reads back to the same value", () => {
		const value = {
			company: "Acme: the sequel",
			"Interview Date": "2026-11-20",
			interviewers: [{ name: "Jane Doe", linkedin: "requested", thanked: "2026-11-20T18:00" }, "[[Bob]]", "#hash", "- dash"],
			topics: [],
			nested: { a: [1, 2], b: "yes", c: "null", d: "multi\nline", e: " padded " },
			flag: false,
		};
		expect(parseYaml(stringifyYaml(value))).toEqual(value);
	});
});

describe("processFrontMatter", () => {
	const NOTE = "---\ncompany: Acme\ninterview_date: 2026-11-20T14:00\ntopics:\n  - scaling\n---\n# Acme\n\nBody text  \r\nwith odd whitespace\t\n";

	async function setUp(text = NOTE) {
		const app = createTestApp({ "Interviews/Acme.md": text });
		const file = app.vault.getFileByPath("Interviews/Acme.md");
		if (!file) throw new Error("missing file");
		return { app, file };
	}

	it("keeps the key order, adds new keys last and leaves the body byte for byte", async () => {
		const { app, file } = await setUp();
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.thank_you_sent = "2026-11-20T16:30";
			fm.company = "Acme Corp";
		});
		const text = app.vault.textOf(file.path) ?? "";
		expect(text).toBe(
			"---\ncompany: Acme Corp\ninterview_date: 2026-11-20T14:00\ntopics:\n  - scaling\nthank_you_sent: 2026-11-20T16:30\n---\n# Acme\n\nBody text  \r\nwith odd whitespace\t\n",
		);
	});

	it("hands dates to the callback as strings", async () => {
		const { app, file } = await setUp();
		let seen: unknown;
		await app.fileManager.processFrontMatter(file, (fm) => {
			seen = fm.interview_date;
		});
		expect(seen).toBe("2026-11-20T14:00");
	});

	it("creates the block when the note has none, in front of the untouched text", async () => {
		const { app, file } = await setUp("# Just a heading\n\ntext\n");
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.tags = ["interview"];
		});
		expect(app.vault.textOf(file.path)).toBe("---\ntags:\n  - interview\n---\n# Just a heading\n\ntext\n");
	});

	it("throws on invalid YAML and writes nothing", async () => {
		const broken = "---\ncompany: [Acme\n---\nBody\n";
		const { app, file } = await setUp(broken);
		await expect(app.fileManager.processFrontMatter(file, () => undefined)).rejects.toThrow();
		expect(app.vault.textOf(file.path)).toBe(broken);
		expect(app.vault.writes).toEqual([]);
	});

	it("writes once, fires 'modify' at once and 'changed' only after the write, with the new frontmatter", async () => {
		const { app, file } = await setUp();
		const events: string[] = [];
		app.vault.on("modify", () => events.push("modify"));
		app.metadataCache.on("changed", (changed, data, cache) => {
			events.push(`changed ${String(cache.frontmatter?.outcome)}`);
			expect(changed).toBe(file);
			expect(data).toContain("outcome: rejected");
		});
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.outcome = "rejected";
		});
		expect(events).toEqual(["modify"]);
		// Until 'changed' fires the cache still holds the old frontmatter, as in Obsidian.
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.outcome).toBeUndefined();
		await app.metadataCache.settled();
		expect(events).toEqual(["modify", "changed rejected"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.outcome).toBe("rejected");
		expect(app.vault.writes).toEqual([{ kind: "modify", path: "Interviews/Acme.md" }]);
	});

	it("fires 'changed' even while fake timers hold the clock", async () => {
		vi.useFakeTimers();
		try {
			const { app, file } = await setUp();
			const changed = vi.fn();
			app.metadataCache.on("changed", changed);
			await app.fileManager.processFrontMatter(file, (fm) => {
				fm.outcome = "offer";
			});
			await app.metadataCache.settled();
			expect(changed).toHaveBeenCalledTimes(1);
		} finally {
			vi.useRealTimers();
		}
	});

	it("fires 'resolved' once the queue of changes is empty", async () => {
		const { app, file } = await setUp();
		const order: string[] = [];
		app.metadataCache.on("changed", () => order.push("changed"));
		app.metadataCache.on("resolved", () => order.push("resolved"));
		await app.vault.modify(file, "---\na: 1\n---\n");
		await app.vault.modify(file, "---\na: 2\n---\n");
		await app.metadataCache.settled();
		expect(order).toEqual(["changed", "changed", "resolved"]);
	});
});

describe("the editor", () => {
	it("takes back an inserted thank-you note with one undo", () => {
		const editor = new Editor("# Acme\n\n");
		editor.setCursor({ line: 2, ch: 0 });
		editor.replaceSelection("## Thank-you to Jane Doe\n\nDear Jane,\n");
		expect(editor.getValue()).toBe("# Acme\n\n## Thank-you to Jane Doe\n\nDear Jane,\n");
		expect(editor.getCursor()).toEqual({ line: 5, ch: 0 });
		editor.undo();
		expect(editor.getValue()).toBe("# Acme\n\n");
		expect(editor.getCursor()).toEqual({ line: 2, ch: 0 });
		editor.redo();
		expect(editor.getValue()).toBe("# Acme\n\n## Thank-you to Jane Doe\n\nDear Jane,\n");
	});

	it("makes each replaceRange its own undo step and keeps a cursor at the insertion point before the text", () => {
		const editor = new Editor("line one\nline two");
		editor.setCursor(1, 0);
		editor.replaceRange("A ", { line: 1, ch: 0 });
		editor.replaceRange("B", { line: 0, ch: 4 }, { line: 0, ch: 8 });
		expect(editor.getValue()).toBe("lineB\nA line two");
		expect(editor.getCursor()).toEqual({ line: 1, ch: 0 });
		editor.undo();
		expect(editor.getValue()).toBe("line one\nA line two");
		editor.undo();
		expect(editor.getValue()).toBe("line one\nline two");
		expect(editor.undoDepth()).toBe(0);
	});

	it("replaces the selection and reads ranges, lines and offsets", () => {
		const editor = new Editor("Dear {{name}},\nthanks");
		editor.setSelection({ line: 0, ch: 5 }, { line: 0, ch: 13 });
		expect(editor.getSelection()).toBe("{{name}}");
		editor.replaceSelection("Jane");
		expect(editor.getLine(0)).toBe("Dear Jane,");
		expect(editor.lineCount()).toBe(2);
		expect(editor.lastLine()).toBe(1);
		expect(editor.getRange({ line: 0, ch: 5 }, { line: 0, ch: 9 })).toBe("Jane");
		expect(editor.posToOffset({ line: 1, ch: 2 })).toBe(13);
		expect(editor.offsetToPos(13)).toEqual({ line: 1, ch: 2 });
	});

	it("applies a transaction's changes against the text before it, as one undo step", () => {
		const editor = new Editor("a b c");
		editor.transaction({
			changes: [
				{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 1 }, text: "AAA" },
				{ from: { line: 0, ch: 4 }, to: { line: 0, ch: 5 }, text: "C" },
			],
		});
		expect(editor.getValue()).toBe("AAA b C");
		editor.undo();
		expect(editor.getValue()).toBe("a b c");
	});
});

describe("the DOM helpers", () => {
	it("sets text as text: a would-be image tag creates no image", () => {
		const el = createEl("div", { text: "<img src=x onerror=alert(1)>" });
		expect(el.querySelector("img")).toBeNull();
		expect(el.textContent).toBe("<img src=x onerror=alert(1)>");
		el.setText("<b>bold</b>");
		expect(el.querySelector("b")).toBeNull();
		expect(el.getText()).toBe("<b>bold</b>");
	});

	it("creates children with classes, attributes and a callback, and empties them", () => {
		const parent = createDiv("interview-list");
		const seen: string[] = [];
		const item = parent.createDiv({ cls: ["item", "mod-late"], attr: { "data-path": "a.md", hidden: null } }, (el) => seen.push(el.className));
		const link = parent.createEl("a", { text: "Acme", href: "#", title: "Open note" });
		const first = parent.createSpan({ cls: "first", prepend: true });
		expect(seen).toEqual(["item mod-late"]);
		expect(item.getAttribute("data-path")).toBe("a.md");
		expect(item.hasAttribute("hidden")).toBe(false);
		expect(link.getAttribute("title")).toBe("Open note");
		expect(parent.firstChild).toBe(first);
		expect(parent.children.length).toBe(3);
		parent.empty();
		expect(parent.children.length).toBe(0);
	});

	it("accepts several classes in one string, as Obsidian does", () => {
		expect(createDiv({ cls: "a b" }).classList.length).toBe(2);
	});

	it("adds, removes and toggles classes and attributes", () => {
		const el = createDiv();
		el.addClass("a", "b");
		el.removeClass("a");
		el.toggleClass("late", true);
		el.toggleClass(["b"], false);
		expect(el.className).toBe("late");
		expect(el.hasClass("late")).toBe(true);
		el.setAttr("aria-label", "Open");
		el.setAttrs({ tabindex: 0, draggable: false });
		expect(el.getAttr("tabindex")).toBe("0");
		el.setAttr("aria-label", null);
		expect(el.hasAttribute("aria-label")).toBe(false);
	});

	it("places a global createEl under the parent it names, first when asked", () => {
		const parent = createDiv();
		parent.createSpan({ text: "second" });
		const first = createEl("p", { text: "first", parent, prepend: true });
		expect(parent.firstElementChild).toBe(first);
		const fragment = createFragment((f) => f.createSpan({ text: "in fragment" }));
		expect(fragment.textContent).toBe("in fragment");
	});

	it("shows, hides, detaches and tests instances", () => {
		const parent = activeDocument.body.createDiv();
		const el = parent.createDiv();
		expect(el.isShown()).toBe(true);
		el.hide();
		expect(el.isShown()).toBe(false);
		el.toggle(true);
		expect(el.isShown()).toBe(true);
		expect(el.instanceOf(HTMLDivElement)).toBe(true);
		el.detach();
		expect(parent.children.length).toBe(0);
		parent.detach();
	});

	it("runs a click listener given to onClickEvent", () => {
		const el = createDiv();
		const clicked = vi.fn();
		el.onClickEvent(clicked);
		el.click();
		expect(clicked).toHaveBeenCalledTimes(1);
	});
});

describe("a component", () => {
	it("leaves no listener, DOM listener, interval or child behind after unload", () => {
		const app = createTestApp();
		const component = new Component();
		const child = new Component();
		const childUnloaded = vi.fn();
		child.onunload = childUnloaded;
		component.load();
		component.addChild(child);
		const vaultEvent = vi.fn();
		component.registerEvent(app.vault.on("modify", vaultEvent));
		component.registerEvent(app.metadataCache.on("changed", () => undefined));
		const clicked = vi.fn();
		const button = activeDocument.body.createEl("button");
		component.registerDomEvent(button, "click", clicked);
		const ticked = vi.fn();
		vi.useFakeTimers();
		try {
			component.registerInterval(window.setInterval(ticked, 1000));
			expect(app.leftovers()).toMatchObject({ vaultListeners: 1, metadataCacheListeners: 1, domListeners: 1, intervals: 1 });
			component.unload();
			vi.advanceTimersByTime(5000);
		} finally {
			vi.useRealTimers();
		}
		button.click();
		app.vault.trigger("modify", null);
		expect(ticked).not.toHaveBeenCalled();
		expect(clicked).not.toHaveBeenCalled();
		expect(vaultEvent).not.toHaveBeenCalled();
		expect(childUnloaded).toHaveBeenCalledTimes(1);
		expect(app.leftovers()).toMatchObject({ vaultListeners: 0, metadataCacheListeners: 0, domListeners: 0, intervals: 0 });
		button.remove();
	});

	it("loads a child added after it was loaded, and unloads children before itself", () => {
		const order: string[] = [];
		const parent = new Component();
		parent.onunload = () => order.push("parent");
		parent.load();
		const child = parent.addChild(new Component());
		child.onload = () => order.push("child loaded");
		child.onunload = () => order.push("child");
		expect(child._loaded).toBe(true);
		parent.unload();
		expect(order).toEqual(["child", "parent"]);
	});
});

describe("the vault", () => {
	it("fires create, modify, rename and delete, and keeps the file's names in step", async () => {
		const app = createTestApp({ "Interviews/Acme.md": "a" });
		const events: string[] = [];
		app.vault.on("create", (file) => events.push(`create ${file.path}`));
		app.vault.on("modify", (file) => events.push(`modify ${file.path}`));
		app.vault.on("delete", (file) => events.push(`delete ${file.path}`));
		app.vault.on("rename", (file, oldPath) => events.push(`rename ${oldPath} -> ${file.path}`));
		const file = await app.vault.create("Interviews/Globex.md", "hello");
		await app.vault.modify(file, "hello again");
		await app.vault.rename(file, "Interviews/Globex Corp.md");
		expect(file.basename).toBe("Globex Corp");
		expect(file.extension).toBe("md");
		expect(file.parent?.path).toBe("Interviews");
		expect(await app.vault.read(file)).toBe("hello again");
		await app.fileManager.trashFile(file);
		expect(events).toEqual([
			"create Interviews/Globex.md",
			"modify Interviews/Globex.md",
			"rename Interviews/Globex.md -> Interviews/Globex Corp.md",
			"delete Interviews/Globex Corp.md",
		]);
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Interviews/Acme.md"]);
		expect(app.vault.configDir).toBe(".obsidian");
	});

	it("refuses to create a note over an existing one or in a folder that does not exist", async () => {
		const app = createTestApp({ "a.md": "" });
		await expect(app.vault.create("a.md", "")).rejects.toThrow("already exists");
		await expect(app.vault.create("Missing/b.md", "")).rejects.toThrow();
		await app.vault.createFolder("Missing");
		await expect(app.vault.create("Missing/b.md", "")).resolves.toBeInstanceOf(TFile);
	});

	it("keeps the file's stat in step with its text", async () => {
		const app = createTestApp({ "a.md": "" });
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("missing");
		const before = file.stat.mtime;
		await app.vault.process(file, (text) => `${text}résumé`);
		expect(file.stat.size).toBe(8);
		expect(file.stat.mtime).toBeGreaterThan(before);
	});

	it("normalises paths as Obsidian does", () => {
		expect(normalizePath("/Interviews//2026\\Acme.md/")).toBe("Interviews/2026/Acme.md");
		expect(normalizePath("Interviews\u00A0Folder")).toBe("Interviews Folder");
		expect(normalizePath("Cafe\u0301.md")).toBe("Café.md");
		expect(normalizePath("")).toBe("/");
	});
});

describe("debounce", () => {
	it("runs once with the latest arguments after the timeout", () => {
		vi.useFakeTimers();
		try {
			const seen: number[] = [];
			const run = debounce((n: number) => seen.push(n), 100, true);
			run(1);
			vi.advanceTimersByTime(50);
			run(2);
			vi.advanceTimersByTime(99);
			expect(seen).toEqual([]);
			vi.advanceTimersByTime(1);
			expect(seen).toEqual([2]);
		} finally {
			vi.useRealTimers();
		}
	});
});

const VIEW_TYPE = "test-companies";

/** A small plugin shaped like the real one: a sidebar listing companies, kept live by the metadata cache. */
class CompaniesView extends ItemView {
	getViewType(): string {
		return VIEW_TYPE;
	}
	getDisplayText(): string {
		return "Companies";
	}
	protected override async onOpen(): Promise<void> {
		this.render();
		this.registerEvent(this.app.metadataCache.on("changed", () => this.render()));
	}
	render(): void {
		this.contentEl.empty();
		for (const file of this.app.vault.getMarkdownFiles()) {
			const company: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter?.company;
			if (typeof company === "string") this.contentEl.createDiv({ cls: "company", text: company });
		}
	}
}

class CompaniesSettingTab extends PluginSettingTab {
	display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Tag").addText((text) =>
			text.setValue("interview").onChange(async (value) => {
				await (this.plugin as CompaniesPlugin).saveData({ tag: value });
			}),
		);
	}
}

class CompaniesPlugin extends Plugin {
	ticks = 0;
	override async onload(): Promise<void> {
		await this.loadData();
		this.registerView(VIEW_TYPE, (leaf) => new CompaniesView(leaf as unknown as WorkspaceLeaf) as unknown as Real.View);
		this.addRibbonIcon("briefcase", "Open companies", () => void this.open());
		this.addCommand({ id: "open", name: "Open companies", callback: () => this.open() });
		this.addCommand({
			id: "stamp",
			name: "Stamp the note",
			editorCallback: (editor) => editor.replaceSelection("stamped"),
		});
		this.addSettingTab(new CompaniesSettingTab(this.app, this));
		this.registerInterval(window.setInterval(() => this.ticks++, 60_000));
		this.app.workspace.onLayoutReady(() => {
			this.registerEvent(this.app.vault.on("rename", () => undefined));
		});
	}
	async open(): Promise<void> {
		const leaf = this.app.workspace.getLeavesOfType(VIEW_TYPE)[0] ?? this.app.workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: VIEW_TYPE, active: true });
		await this.app.workspace.revealLeaf(leaf);
	}
}

describe("a plugin in the double", () => {
	afterEach(() => {
		Notice.clear();
		Modal.reset();
	});

	const files = {
		"Interviews/Acme.md": "---\ncompany: Acme\ntags: interview\n---\n# Acme\n",
		"Interviews/Globex.md": "---\ncompany: Globex\n---\n",
	};

	it("loads, opens its sidebar on the right, stays live and leaves nothing behind after unload", async () => {
		const app = createTestApp(files);
		const plugin = (await loadPlugin(CompaniesPlugin as never, app)) as unknown as CompaniesPlugin;
		await app.workspace.triggerLayoutReady();
		expect(await app.commands.executeCommandById("interview-follow-up:open")).toBe(true);

		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
		expect(leaf?.side).toBe("right");
		expect(leaf?.revealed).toBe(true);
		const view = leaf?.view;
		expect(view).toBeInstanceOf(CompaniesView);
		if (!(view instanceof CompaniesView)) return;
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.isShown()).toBe(true);
		expect([...view.contentEl.querySelectorAll(".company")].map((el) => el.textContent)).toEqual(["Acme", "Globex"]);

		const acme = app.vault.getFileByPath("Interviews/Acme.md");
		if (!acme) throw new Error("missing");
		await app.fileManager.processFrontMatter(acme, (fm) => {
			fm.company = "Acme Corp";
		});
		await app.metadataCache.settled();
		expect([...view.contentEl.querySelectorAll(".company")].map((el) => el.textContent)).toEqual(["Acme Corp", "Globex"]);

		await unloadPlugin(plugin as unknown as Real.Plugin, app);
		expect(app.leftovers()).toEqual(NOTHING_LEFT);
		// The leaf stays (Obsidian restores it when the plugin comes back) but its view is closed.
		expect(leaf?.view).not.toBe(view);
		expect(view._loaded).toBe(false);
	});

	it("runs layout-ready callbacks when the layout becomes ready, and at once afterwards", async () => {
		const app = createTestApp();
		const calls: string[] = [];
		app.workspace.onLayoutReady(() => calls.push("early"));
		expect(calls).toEqual([]);
		await app.workspace.triggerLayoutReady();
		app.workspace.onLayoutReady(() => calls.push("late"));
		expect(calls).toEqual(["early", "late"]);
	});

	it("replays 'create' for every file while the layout is not ready, as Obsidian does at startup", async () => {
		const app = createTestApp(files);
		const created: string[] = [];
		class Listener extends Plugin {
			override onload(): void {
				this.registerEvent(this.app.vault.on("create", (file) => created.push(file.path)));
			}
		}
		await loadPlugin(Listener as never, app);
		expect(created).toContain("Interviews/Acme.md");
		expect(created).toContain("Interviews/Globex.md");
	});

	it("runs an editor command only when a note is active, and its insert can be undone", async () => {
		const app = createTestApp(files);
		await loadPlugin(CompaniesPlugin as never, app);
		await app.workspace.triggerLayoutReady();
		expect(await app.commands.executeCommandById("interview-follow-up:stamp")).toBe(false);
		const acme = app.vault.getFileByPath("Interviews/Acme.md");
		if (!acme) throw new Error("missing");
		await app.workspace.getLeaf(false).openFile(acme);
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file).toBe(acme);
		expect(app.workspace.getActiveFile()).toBe(acme);
		view?.editor.setCursor(view.editor.lastLine(), 0);
		expect(await app.commands.executeCommandById("interview-follow-up:stamp")).toBe(true);
		await app.metadataCache.settled();
		expect(app.vault.textOf(acme.path)).toBe("---\ncompany: Acme\ntags: interview\n---\n# Acme\nstamped");
		view?.editor.undo();
		await app.metadataCache.settled();
		expect(app.vault.textOf(acme.path)).toBe(files["Interviews/Acme.md"]);
	});

	it("brings a frontmatter write into the open editor", async () => {
		const app = createTestApp(files);
		const acme = app.vault.getFileByPath("Interviews/Acme.md");
		if (!acme) throw new Error("missing");
		await app.workspace.getLeaf(false).openFile(acme);
		await app.fileManager.processFrontMatter(acme, (fm) => {
			fm.outcome = "offer";
		});
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.editor.getValue()).toContain("outcome: offer");
	});

	it("keeps saved data as JSON across a reload", async () => {
		const app = createTestApp();
		const plugin = (await loadPlugin(CompaniesPlugin as never, app)) as unknown as CompaniesPlugin;
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ tag: "job", when: new Date(Date.UTC(2026, 10, 20)) });
		plugin.unload();
		const again = (await loadPlugin(CompaniesPlugin as never, app)) as unknown as CompaniesPlugin;
		expect(await again.loadData()).toEqual({ tag: "job", when: "2026-11-20T00:00:00.000Z" });
	});

	it("lets a test type into a setting and see onChange run", async () => {
		const app = createTestApp();
		const plugin = (await loadPlugin(CompaniesPlugin as never, app)) as unknown as CompaniesPlugin;
		const tab = app.settingTabs[0];
		if (!tab) throw new Error("no tab");
		tab.open();
		const found = Setting.find(tab.containerEl, "Tag");
		const input = found?.controlEl.querySelector("input");
		expect(input?.value).toBe("interview");
		if (!input) return;
		input.value = "job-hunt";
		input.dispatchEvent(new Event("input"));
		await Promise.resolve();
		expect(plugin.saves).toEqual([{ tag: "job-hunt" }]);
		tab.close();
		expect(tab.containerEl.children.length).toBe(0);
	});
});

describe("notices, modals and suggesters", () => {
	afterEach(() => {
		Notice.clear();
		Modal.reset();
	});

	it("records every notice message, including a changed one", () => {
		const notice = new Notice("Thank-you marked as sent");
		notice.setMessage("Follow-up logged");
		new Notice(createFragment((f) => f.createSpan({ text: "From a fragment" })));
		expect(Notice.messages).toEqual(["Thank-you marked as sent", "Follow-up logged", "From a fragment"]);
		notice.hide();
		expect(notice.hidden).toBe(true);
	});

	it("opens and closes a modal, calling onOpen and onClose", () => {
		const app = createTestApp();
		const calls: string[] = [];
		class Confirm extends Modal {
			override onOpen(): void {
				calls.push("open");
				this.setTitle("Log a second follow-up?");
				this.contentEl.createEl("p", { text: "No one asked for it." });
			}
			override onClose(): void {
				calls.push("close");
			}
		}
		const modal = new Confirm(app);
		modal.open();
		expect(Modal.latest(Confirm)).toBe(modal);
		expect(modal.titleEl.textContent).toBe("Log a second follow-up?");
		modal.close();
		expect(Modal.openModals).toEqual([]);
		expect(calls).toEqual(["open", "close"]);
	});

	it("lets a test choose from a suggester, closing it before the choice runs", async () => {
		const app = createTestApp();
		const order: string[] = [];
		class Pick extends SuggestModal<string> {
			getSuggestions(query: string): string[] {
				return ["Jane Doe", "Bob Smith"].filter((n) => n.toLowerCase().includes(query.toLowerCase()));
			}
			renderSuggestion(value: string, el: HTMLElement): void {
				el.setText(value);
			}
			onChooseSuggestion(item: string): void {
				order.push(`chose ${item}`);
			}
			override onClose(): void {
				order.push("closed");
			}
		}
		const modal = new Pick(app);
		modal.open();
		expect(await modal.suggestions()).toEqual(["Jane Doe", "Bob Smith"]);
		expect(await modal.typeQuery("bob")).toEqual(["Bob Smith"]);
		expect(modal.resultContainerEl.textContent).toBe("Bob Smith");
		await modal.choose(0);
		expect(order).toEqual(["closed", "chose Bob Smith"]);
	});

	it("matches fuzzy suggestions by the item's text", async () => {
		const app = createTestApp();
		const chosen = vi.fn();
		class Outcome extends FuzzySuggestModal<string> {
			getItems(): string[] {
				return ["pending", "next-round", "offer", "rejected", "withdrawn"];
			}
			getItemText(item: string): string {
				return item;
			}
			onChooseItem(item: string): void {
				chosen(item);
			}
		}
		const modal = new Outcome(app);
		modal.open();
		expect((await modal.typeQuery("rjd")).map((m) => m.item)).toEqual(["rejected"]);
		await modal.chooseItem("rejected");
		expect(chosen).toHaveBeenCalledWith("rejected");
	});

	it("drives toggles, dropdowns and buttons like a user", () => {
		const container = createDiv();
		const changes: unknown[] = [];
		let toggle: { simulateChange(v: boolean): void; getValue(): boolean } | null = null;
		let dropdown: { simulateChange(v: string): void } | null = null;
		new Setting(container)
			.setName("Notices")
			.setDesc("Show a notice after each action")
			.addToggle((t) => {
				toggle = t.setValue(true).onChange((v) => changes.push(v));
			})
			.addDropdown((d) => {
				dropdown = d
					.addOptions({ email: "Email", phone: "Phone" })
					.setValue("email")
					.onChange((v) => changes.push(v));
			})
			.addButton((b) =>
				b
					.setButtonText("Reset")
					.setCta()
					.onClick(() => changes.push("clicked")),
			);
		toggle!.simulateChange(false);
		dropdown!.simulateChange("phone");
		container.querySelector("button")?.click();
		expect(changes).toEqual([false, "phone", "clicked"]);
		expect(toggle!.getValue()).toBe(false);
		expect(container.querySelector(".setting-item-description")?.textContent).toBe("Show a notice after each action");
		expect(container.querySelector("button")?.classList.contains("mod-cta")).toBe(true);
	});
});

describe("more of Obsidian's behaviour", () => {
	it("fills an empty frontmatter block in place", async () => {
		const app = createTestApp({ "a.md": "---\n---\nBody\n" });
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("missing");
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toBeUndefined();
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.outcome = "pending";
		});
		expect(app.vault.textOf("a.md")).toBe("---\noutcome: pending\n---\nBody\n");
	});

	it("waits for an async layout-ready callback", async () => {
		const app = createTestApp();
		let indexed = false;
		app.workspace.onLayoutReady(async () => {
			await Promise.resolve();
			indexed = true;
		});
		await app.workspace.triggerLayoutReady();
		expect(indexed).toBe(true);
	});

	it("moves a note's cache on rename without 'changed', and reports a deletion with the old cache", async () => {
		const app = createTestApp({ "Interviews/Acme.md": "---\ncompany: Acme\n---\n" });
		const file = app.vault.getFileByPath("Interviews/Acme.md");
		if (!file) throw new Error("missing");
		const changed = vi.fn();
		const deleted = vi.fn();
		app.metadataCache.on("changed", changed);
		app.metadataCache.on("deleted", deleted);
		await app.vault.rename(file, "Interviews/Acme Corp.md");
		expect(app.metadataCache.getCache("Interviews/Acme Corp.md")?.frontmatter).toEqual({ company: "Acme" });
		expect(app.metadataCache.getCache("Interviews/Acme.md")).toBeNull();
		await app.vault.delete(file);
		await app.metadataCache.settled();
		expect(changed).not.toHaveBeenCalled();
		expect(deleted).toHaveBeenCalledWith(file, expect.objectContaining({ frontmatter: { company: "Acme" } }));
	});

	it("opens a link to a note, creating it when it does not exist yet", async () => {
		const app = createTestApp({ "people/Jane Doe.md": "# Jane" });
		await app.workspace.openLinkText("Jane Doe", "Interviews/Acme.md");
		expect(app.workspace.getActiveFile()?.path).toBe("people/Jane Doe.md");
		await app.workspace.openLinkText("Bob Smith", "Interviews/Acme.md");
		expect(app.workspace.getActiveFile()?.path).toBe("Bob Smith.md");
	});

	it("refuses a view type registered twice and prefixes command ids with the plugin id", async () => {
		const app = createTestApp();
		class Twice extends Plugin {
			override onload(): void {
				this.addCommand({ id: "open", name: "Open", callback: () => undefined });
				this.registerView("same", (leaf) => leaf.view);
				expect(() => this.registerView("same", (leaf) => leaf.view)).toThrow();
			}
		}
		const plugin = (await loadPlugin(Twice as never, app)) as unknown as Twice;
		expect(app.commands.listCommands().map((c) => c.id)).toEqual(["interview-follow-up:open"]);
		plugin.unload();
		expect(app.commands.listCommands()).toEqual([]);
	});

	it("reports a phone when a test asks for one", async () => {
		const { Platform, setPlatform } = await import("./obsidian");
		setPlatform("mobile");
		expect([Platform.isMobile, Platform.isDesktop]).toEqual([true, false]);
		setPlatform("desktop");
		expect([Platform.isMobile, Platform.isDesktop]).toEqual([false, true]);
	});

	it("records a context menu so a test can click one of its items", async () => {
		const { Menu } = await import("./obsidian");
		const chosen = vi.fn();
		new Menu().addItem((item) => item.setTitle("Mark thank-you sent").onClick(chosen)).showAtPosition({ x: 0, y: 0 });
		Menu.lastShown?.clickItem("Mark thank-you sent");
		expect(chosen).toHaveBeenCalledTimes(1);
	});
});
