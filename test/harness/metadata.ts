// What Obsidian's metadata cache computes from a note's text: frontmatter (as its YAML reader gives it),
// its position, headings, sections, list items, tags and links. Checked against notes captured from Obsidian.
import type * as Real from "obsidian";
import { parseYaml } from "./yaml";

/** Where a note's frontmatter block is, when the note starts with one. */
export interface FrontMatterBlock {
	/** The YAML text between the fences. */
	yaml: string;
	/** Offset of the first character of the YAML text. */
	yamlStart: number;
	/** Offset just after the YAML text (the start of the closing `---` line). */
	yamlEnd: number;
	/** Line number of the closing `---`. */
	closeLine: number;
	/** Offset just after the closing line, including its line break: where the body starts. */
	contentStart: number;
}

/**
 * Finds the frontmatter block: only when the file starts with `---` and a line break, and a later line is `---`
 * (trailing spaces allowed: not sure Obsidian allows them). No closing line: no frontmatter.
 */
export function findFrontMatter(text: string): FrontMatterBlock | null {
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (!open) return null;
	const yamlStart = open[0].length;
	for (let lineStart = yamlStart; lineStart <= text.length;) {
		const newline = text.indexOf("\n", lineStart);
		const lineEnd = newline === -1 ? text.length : newline;
		if (/^---[ \t]*\r?$/.test(text.slice(lineStart, lineEnd))) {
			return {
				yaml: text.slice(yamlStart, lineStart),
				yamlStart,
				yamlEnd: lineStart,
				closeLine: countLines(text, lineStart),
				contentStart: newline === -1 ? text.length : newline + 1,
			};
		}
		if (newline === -1) break;
		lineStart = newline + 1;
	}
	return null;
}

function countLines(text: string, upTo: number): number {
	let lines = 0;
	for (let i = 0; i < upTo; i++) if (text.charCodeAt(i) === 10) lines++;
	return lines;
}

export type FrontMatterRead = { ok: true; frontmatter: Real.FrontMatterCache | undefined } | { ok: false; error: unknown };

/**
 * Reads the YAML between the fences as Obsidian's cache does: an empty block, a list or a scalar give no
 * frontmatter; invalid YAML gives none either (reported here as not ok, so processFrontMatter can throw).
 */
export function readFrontMatter(yaml: string): FrontMatterRead {
	let value: unknown;
	try {
		value = parseYaml(yaml);
	} catch (error) {
		return { ok: false, error };
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: true, frontmatter: undefined };
	return { ok: true, frontmatter: value };
}

/** Obsidian's `getFrontMatterInfo`. */
export function getFrontMatterInfo(content: string): Real.FrontMatterInfo {
	const block = findFrontMatter(content);
	if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	return { exists: true, frontmatter: block.yaml, from: block.yamlStart, to: block.yamlEnd, contentStart: block.contentStart };
}

interface Line {
	text: string;
	number: number;
	offset: number;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let offset = 0;
	let number = 0;
	for (const raw of text.split("\n")) {
		lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, number, offset });
		offset += raw.length + 1;
		number++;
	}
	return lines;
}

function loc(line: Line, col: number): Real.Loc {
	return { line: line.number, col, offset: line.offset + col };
}

function lineSpan(first: Line, last: Line, startCol = 0): Real.Pos {
	return { start: loc(first, startCol), end: loc(last, last.text.length) };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/;
const QUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>\s*\[!/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// Characters that cannot be part of a tag (Obsidian's rule, as far as known: punctuation and whitespace).
const TAG_IN_TEXT = /(^|[\s])#([^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]+)/g;
const WIKILINK = /(!?)\[\[([^\]\n]+?)\]\]/g;

function headingText(match: RegExpExecArray): string {
	// A closing run of #s is not part of the heading (`## Title ##`).
	return (match[2] ?? "").replace(/(^|[ \t]+)#+$/, "").trim();
}

function isTagName(name: string): boolean {
	return !/^\d+$/.test(name);
}

function stripInlineCode(text: string): string {
	return text.replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
}

/** Splits a link's text into target and display text (`people/Jane Doe|Jane`). */
function linkParts(inner: string): { link: string; displayText: string } {
	const bar = inner.indexOf("|");
	if (bar === -1) return { link: inner, displayText: inner };
	return { link: inner.slice(0, bar), displayText: inner.slice(bar + 1) };
}

/**
 * Links in frontmatter values, as `frontmatterLinks`: every `[[…]]` in a text value, with the key path
 * (`interviewers.0.name`, list items by index as in Obsidian's `sample_link_list_property.0`).
 */
function frontMatterLinks(value: unknown, key: string, out: Real.FrontmatterLinkCache[]): void {
	if (typeof value === "string") {
		for (const m of value.matchAll(WIKILINK)) {
			if (m[1] === "!") continue;
			const parts = linkParts(m[2] ?? "");
			out.push({ key, link: parts.link, original: m[0], displayText: parts.displayText });
		}
	} else if (Array.isArray(value)) {
		value.forEach((item, index) => frontMatterLinks(item, `${key}.${index}`, out));
	} else if (typeof value === "object" && value !== null) {
		for (const [k, v] of Object.entries(value)) frontMatterLinks(v, key === "" ? k : `${key}.${k}`, out);
	}
}

/**
 * Computes the cache Obsidian would build for a note's text. Not modelled: setext headings (`===` underlines),
 * tables and HTML blocks (they come out as paragraphs), footnotes, embeds, block ids and markdown-style links.
 */
export function computeMetadata(text: string): Real.CachedMetadata {
	const cache: Real.CachedMetadata = {};
	const lines = splitLines(text);
	const sections: Real.SectionCache[] = [];
	const headings: Real.HeadingCache[] = [];
	const listItems: Real.ListItemCache[] = [];
	const tags: Real.TagCache[] = [];
	const links: Real.LinkCache[] = [];

	let bodyFrom = 0;
	const block = findFrontMatter(text);
	if (block) {
		const first = lines[0];
		const close = lines[block.closeLine];
		if (first && close) {
			const position: Real.Pos = { start: loc(first, 0), end: loc(close, 3) };
			sections.push({ type: "yaml", position });
			const read = readFrontMatter(block.yaml);
			// An empty block gives neither frontmatter nor a position (see the captured empty_yaml note).
			// Invalid YAML: no frontmatter; whether Obsidian still reports the position is not known, it is kept here.
			if (block.yaml.trim() !== "" && (!read.ok || read.frontmatter !== undefined)) cache.frontmatterPosition = position;
			if (read.ok && read.frontmatter !== undefined) {
				cache.frontmatter = read.frontmatter;
				const found: Real.FrontmatterLinkCache[] = [];
				frontMatterLinks(read.frontmatter, "", found);
				cache.frontmatterLinks = found;
			}
		}
		bodyFrom = block.closeLine + 1;
	}

	const scanInline = (line: Line): void => {
		const plain = stripInlineCode(line.text);
		for (const m of plain.matchAll(TAG_IN_TEXT)) {
			const name = m[2] ?? "";
			if (!isTagName(name)) continue;
			const start = (m.index ?? 0) + (m[1] ?? "").length;
			tags.push({ tag: `#${name}`, position: { start: loc(line, start), end: loc(line, start + 1 + name.length) } });
		}
		for (const m of plain.matchAll(WIKILINK)) {
			if (m[1] === "!") continue;
			const start = m.index ?? 0;
			const parts = linkParts(m[2] ?? "");
			links.push({
				link: parts.link,
				original: m[0],
				displayText: parts.displayText,
				position: { start: loc(line, start), end: loc(line, start + m[0].length) },
			});
		}
	};

	type Open = { type: string; first: Line; last: Line; listStart?: number; itemIndent?: number[] };
	let open: Open | null = null;
	const close = (): void => {
		if (open) sections.push({ type: open.type, position: lineSpan(open.first, open.last) });
		open = null;
	};
	// Indents and line numbers of the open list's items, so a nested item can name its parent.
	let itemStack: { indent: number; line: number }[] = [];
	let pendingBlank = false;

	for (let i = bodyFrom; i < lines.length; i++) {
		const line = lines[i];
		if (!line) continue;
		const fence = FENCE.exec(line.text);
		if (fence) {
			close();
			const marker = fence[1] ?? "```";
			let last = line;
			let j = i + 1;
			for (; j < lines.length; j++) {
				const inner = lines[j];
				if (!inner) break;
				last = inner;
				const end = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
				if (end.test(inner.text)) break;
			}
			sections.push({ type: "code", position: lineSpan(line, last) });
			i = Math.min(j, lines.length - 1);
			pendingBlank = false;
			continue;
		}
		if (line.text.trim() === "") {
			// A blank line ends a paragraph; a list or a quote may go on after it.
			if (open && (open as Open).type === "paragraph") close();
			pendingBlank = true;
			continue;
		}
		const heading = HEADING.exec(line.text);
		if (heading) {
			close();
			headings.push({ heading: headingText(heading), level: (heading[1] ?? "#").length, position: lineSpan(line, line) });
			sections.push({ type: "heading", position: lineSpan(line, line) });
			scanInline(line);
			pendingBlank = false;
			continue;
		}
		if (THEMATIC_BREAK.test(line.text)) {
			close();
			sections.push({ type: "thematicBreak", position: lineSpan(line, line) });
			pendingBlank = false;
			continue;
		}
		const item = LIST_ITEM.exec(line.text);
		const current: Open | null = open;
		if (item) {
			if (!current || current.type !== "list") {
				close();
				open = { type: "list", first: line, last: line, listStart: line.number };
				itemStack = [];
			} else {
				current.last = line;
			}
			const listOpen = open as Open | null;
			const indent = (item[1] ?? "").replace(/\t/g, "    ").length;
			while (itemStack.length > 0 && (itemStack[itemStack.length - 1]?.indent ?? 0) >= indent) itemStack.pop();
			const parentItem = itemStack[itemStack.length - 1];
			const task = TASK.exec(line.text);
			const entry: Real.ListItemCache = {
				parent: parentItem ? parentItem.line : -(listOpen?.listStart ?? line.number),
				position: lineSpan(line, line, (item[1] ?? "").length),
			};
			if (task) entry.task = task[1];
			listItems.push(entry);
			itemStack.push({ indent, line: line.number });
			scanInline(line);
			pendingBlank = false;
			continue;
		}
		if (QUOTE.test(line.text)) {
			if (!current || (current.type !== "blockquote" && current.type !== "callout") || pendingBlank) {
				close();
				open = { type: CALLOUT.test(line.text) ? "callout" : "blockquote", first: line, last: line };
			} else current.last = line;
			scanInline(line);
			pendingBlank = false;
			continue;
		}
		// Indented text right under a list item belongs to that item; any other text is a paragraph.
		if (current && current.type === "list" && (!pendingBlank || /^[ \t]+/.test(line.text))) {
			current.last = line;
			const lastItem = listItems[listItems.length - 1];
			if (lastItem) lastItem.position = { start: lastItem.position.start, end: loc(line, line.text.length) };
		} else if (current && current.type === "paragraph") {
			current.last = line;
		} else {
			close();
			open = { type: "paragraph", first: line, last: line };
		}
		scanInline(line);
		pendingBlank = false;
	}
	close();

	if (headings.length > 0) cache.headings = headings;
	if (sections.length > 0) cache.sections = sections;
	if (listItems.length > 0) cache.listItems = listItems;
	if (tags.length > 0) cache.tags = tags;
	if (links.length > 0) cache.links = links;
	return cache;
}

// Characters Obsidian does not allow in a tag. A frontmatter tag holding one is dropped: the captured Obsidian
// returned no tags at all for `tags: value-1, value-2` (see yaml_tags_with_two_values_on_one_line.json).
const TAG_NAME = /^[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]+$/;

function frontMatterTag(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const name = value.trim().replace(/^#/, "");
	return TAG_NAME.test(name) && isTagName(name) ? `#${name}` : null;
}

/**
 * Obsidian's `parseFrontMatterTags`: `#tag` strings from the `tags` key (a list or one string), null when there
 * is no frontmatter or no usable `tags` value. Only the lower-case key `tags` counts: the captured Obsidian
 * returned null for a note with `TAG:` (yaml_complex_example.json). Items that are not text are skipped (not
 * sure what Obsidian does with `tags: [2024]`).
 */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	if (typeof frontmatter !== "object" || frontmatter === null) return null;
	const value: unknown = (frontmatter as Record<string, unknown>).tags;
	if (value === null || value === undefined) return null;
	const items: unknown[] = Array.isArray(value) ? value : [value];
	const tags: string[] = [];
	for (const item of items) {
		const tag = frontMatterTag(item);
		if (tag !== null) tags.push(tag);
	}
	return tags;
}

/** Obsidian's `getAllTags`: the frontmatter's tags, then the body's, duplicates kept (as the samples show). */
export function getAllTags(cache: Real.CachedMetadata): string[] | null {
	const fromFrontMatter = parseFrontMatterTags(cache.frontmatter) ?? [];
	const fromBody = (cache.tags ?? []).map((t) => t.tag);
	return [...fromFrontMatter, ...fromBody];
}
