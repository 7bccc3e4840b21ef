// Text edits of a YAML frontmatter block that change one value and keep every other byte: the comments, the
// quotes, the list styles, the line ends and the anchors the user wrote. A small reader of YAML's layout finds
// where a value is written; what it cannot place with certainty it refuses. It never re-serialises anything, and
// edits.ts parses every result before it is written, so a misreading is refused rather than written.

/** A value a command writes: text (a date, a name, a word), a list, or a mapping of text. */
export type Written = string | readonly Written[] | { readonly [key: string]: Written };

/** The edited block, or why the block was left alone (in the user's words, to follow "Could not update <note>: "). */
export type TextEdit = { ok: true; yaml: string } | { ok: false; reason: string };

// ---- Writing values ----

/** A date and time as SPEC writes them (`2026-11-20T16:30`): plain, since every YAML reader keeps it as text. */
const NOTE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/**
 * Text as a YAML scalar that reads back as the same text: plain when nothing in it means something else to a
 * YAML reader, else double-quoted (a JSON string is a valid YAML double-quoted scalar). So `yes`, `null`, `1e3`,
 * `02134`, `2026-11-20`, `- x`, `#x`, `a: b` and `[[Jane Doe]]` are quoted; `next-round` and SPEC's datetimes
 * are not. In a flow list or mapping, `,[]{}` are quoted too.
 */
export function yamlScalar(text: string, flow = false): string {
	if (NOTE_DATE_TIME.test(text)) return text;
	const plain =
		text !== "" &&
		text === text.trim() &&
		// Letters first: digits, signs and dots could read as numbers, dates or `.inf`; indicators mean structure.
		/^[\p{L}_(]/u.test(text) &&
		!/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(text) &&
		!/: |:$| #|\t/.test(text) &&
		!(flow && /[,[\]{}:]/.test(text)) &&
		!/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(text);
	return plain ? text : JSON.stringify(text);
}

/** A value written on one line: a scalar, `[a, b]` or `{k: v}`. */
export function yamlInline(value: Written, flow = false): string {
	if (typeof value === "string") return yamlScalar(value, flow);
	if (isList(value)) return `[${value.map((item) => yamlInline(item, true)).join(", ")}]`;
	return `{${Object.entries(value)
		.map(([key, item]) => `${yamlScalar(key, true)}: ${yamlInline(item, true)}`)
		.join(", ")}}`;
}

function isList(value: Written): value is readonly Written[] {
	return Array.isArray(value);
}

/** A list item in block style: `- value`, or a mapping's first key after the dash and the others under it. */
function blockItem(value: Written, indent: number, gap: number, eol: string): string {
	const dash = `${" ".repeat(indent)}-${" ".repeat(gap)}`;
	if (typeof value === "string" || isList(value) || Object.keys(value).length === 0) return `${dash}${yamlInline(value)}${eol}`;
	const under = " ".repeat(indent + 1 + gap);
	return Object.entries(value)
		.map(([key, item], i) => `${i === 0 ? dash : under}${yamlScalar(key)}: ${yamlInline(item)}${eol}`)
		.join("");
}

/** A new key at the end of a block: scalars on its line, a list as a block list under it. */
function newEntry(key: string, value: Written, eol: string): string {
	if (isList(value) && value.length > 0) return `${yamlScalar(key)}:${eol}${value.map((item) => blockItem(item, 2, 1, eol)).join("")}`;
	return `${yamlScalar(key)}: ${yamlInline(value)}${eol}`;
}

// ---- Reading the layout ----

interface Line {
	start: number;
	/** Where the line's text ends, before `\r\n` or `\n`. */
	end: number;
	/** Where the next line starts. */
	next: number;
	indent: number;
	blank: boolean;
	comment: boolean;
}

type NodeKind = "empty" | "plain" | "quoted" | "flow-seq" | "flow-map" | "block-scalar" | "block-seq" | "block-map" | "alias" | "other";

/** Where one value is written. */
interface ValueNode {
	kind: NodeKind;
	/** Its text, for a value on the key's line; for a block list or mapping, from after the colon to its last line's end. */
	start: number;
	end: number;
	/** An anchor or a tag (`&a`, `!!str`) stands before it. */
	properties: boolean;
	/** The last line that belongs to it. */
	lastLine: number;
	/** A block list's or mapping's first line and the indentation of its items or keys. */
	firstLine: number;
	childIndent: number;
	/** The text spans more than one line. */
	multiline: boolean;
}

interface Entry {
	key: string;
	line: number;
	/** Just after the key's colon. */
	afterColon: number;
	value: ValueNode;
	lastLine: number;
}

interface Item {
	line: number;
	dash: number;
	/** Where the item's content starts (after the dash and its spaces). */
	content: number;
	/** For an item holding a mapping (`- name: Jane`), its keys; else null. */
	entries: Entry[] | null;
	node: ValueNode | null;
	lastLine: number;
}

interface Span {
	start: number;
	end: number;
}

/** Thrown inside the reader when the layout is not one it can follow; turned into a refusal at the edge. */
class Unreadable extends Error {}

const WHITESPACE = /[ \t\r\n]/;

class YamlLayout {
	readonly lines: Line[] = [];

	constructor(readonly text: string) {
		for (let start = 0; start < text.length;) {
			const newline = text.indexOf("\n", start);
			const next = newline === -1 ? text.length : newline + 1;
			let end = newline === -1 ? text.length : newline;
			if (end > start && text[end - 1] === "\r") end--;
			let first = start;
			while (first < end && text[first] === " ") first++;
			const blank = /^[ \t]*$/.test(text.slice(first, end));
			this.lines.push({ start, end, next, indent: first - start, blank, comment: !blank && text[first] === "#" });
			start = next;
		}
	}

	/** The line an offset falls on. */
	lineAt(offset: number): number {
		let low = 0;
		let high = this.lines.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((this.lines[middle]?.start ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return low;
	}

	line(index: number): Line {
		const line = this.lines[index];
		if (line === undefined) throw new Unreadable(`line ${index + 1}`);
		return line;
	}

	isContent(index: number): boolean {
		const line = this.lines[index];
		return line !== undefined && !line.blank && !line.comment;
	}

	/** The next line from `from` on that holds something other than blanks and comments, or -1. */
	nextContent(from: number, last = this.lines.length - 1): number {
		for (let i = from; i <= last; i++) if (this.isContent(i)) return i;
		return -1;
	}

	/** Whether a line is a block list item at its indentation: `-` followed by a space or the line's end. */
	isDash(index: number): boolean {
		const line = this.line(index);
		const at = line.start + line.indent;
		return this.text[at] === "-" && (at + 1 >= line.end || this.text[at + 1] === " " || this.text[at + 1] === "\t");
	}

	/** The last line, from `from`, of what is indented deeper than `indent` (blank lines and comments between count). */
	deeperUntil(from: number, indent: number, dashesAtIndent = false): number {
		let last = from;
		for (let i = from + 1; i < this.lines.length; i++) {
			const line = this.line(i);
			if (line.blank) continue;
			if (line.indent > indent || (dashesAtIndent && line.indent === indent && this.isDash(i))) {
				if (!line.comment) last = i;
				continue;
			}
			if (line.comment) continue;
			break;
		}
		return last;
	}

	/** A key at `offset` on line `index`: its text and where its colon ends, or null when the line holds no key there. */
	keyAt(index: number, offset: number): { key: string; afterColon: number } | null {
		const line = this.line(index);
		const c = this.text[offset];
		if (c === undefined || offset >= line.end) return null;
		if (c === '"' || c === "'") {
			const end = quotedEnd(this.text, offset);
			if (end < 0 || end > line.end) return null;
			let colon = end;
			while (colon < line.end && (this.text[colon] === " " || this.text[colon] === "\t")) colon++;
			if (this.text[colon] !== ":" || !(colon + 1 >= line.end || WHITESPACE.test(this.text[colon + 1] ?? ""))) return null;
			const key = unquote(this.text.slice(offset, end));
			return key === null ? null : { key, afterColon: colon + 1 };
		}
		if ("[]{}#&*!|>%@`?,".includes(c)) return null;
		if (c === "-" && (offset + 1 >= line.end || WHITESPACE.test(this.text[offset + 1] ?? ""))) return null;
		for (let i = offset; i < line.end; i++) {
			const here = this.text[i];
			if (here === "#" && WHITESPACE.test(this.text[i - 1] ?? "")) return null;
			if (here === ":" && (i + 1 >= line.end || WHITESPACE.test(this.text[i + 1] ?? ""))) {
				return { key: this.text.slice(offset, i).trimEnd(), afterColon: i + 1 };
			}
		}
		return null;
	}

	/**
	 * The value that starts at `from` on line `index`, inside a mapping or list at indentation `indent`. A block list
	 * may sit at the key's own indentation under a key (`key:` then `- a`) when `compactList` says so.
	 */
	valueAt(from: number, index: number, indent: number, compactList: boolean): ValueNode {
		const line = this.line(index);
		let at = from;
		const skipSpaces = (): void => {
			while (at < line.end && (this.text[at] === " " || this.text[at] === "\t")) at++;
		};
		skipSpaces();
		let properties = false;
		while (at < line.end && (this.text[at] === "&" || this.text[at] === "!")) {
			properties = true;
			while (at < line.end && !WHITESPACE.test(this.text[at] ?? "")) at++;
			skipSpaces();
		}
		const node = (kind: NodeKind, start: number, end: number, lastLine: number): ValueNode => ({
			kind,
			start,
			end,
			properties,
			lastLine,
			firstLine: index,
			childIndent: indent,
			multiline: lastLine !== index,
		});
		const c = this.text[at];
		if (at >= line.end || c === "#") return this.nestedValue(from, index, indent, compactList, properties);
		if (c === "[" || c === "{") {
			const flow = scanFlow(this.text, at);
			if (flow === null) throw new Unreadable(`line ${index + 1}`);
			return this.endOfInline(node(c === "[" ? "flow-seq" : "flow-map", at, flow.end, this.lineAt(flow.end - 1)), indent);
		}
		if (c === "|" || c === ">") {
			let last = index;
			for (let i = index + 1; i < this.lines.length; i++) {
				const next = this.line(i);
				if (next.blank) continue;
				if (next.indent <= indent) break;
				last = i;
			}
			return node("block-scalar", at, this.line(last).end, last);
		}
		if (c === '"' || c === "'") {
			const end = quotedEnd(this.text, at);
			if (end < 0) throw new Unreadable(`line ${index + 1}`);
			return this.endOfInline(node("quoted", at, end, this.lineAt(end - 1)), indent);
		}
		if (c === "*") {
			let end = at;
			while (end < line.end && !WHITESPACE.test(this.text[end] ?? "")) end++;
			return this.endOfInline(node("alias", at, end, index), indent);
		}
		let end = line.end;
		for (let i = at; i < line.end; i++) {
			if (this.text[i] === "#" && WHITESPACE.test(this.text[i - 1] ?? "")) {
				end = i;
				break;
			}
		}
		while (end > at && WHITESPACE.test(this.text[end - 1] ?? "")) end--;
		// A plain scalar goes on over the deeper lines under it (a long value folded by hand).
		const last = this.deeperUntil(index, indent);
		return node("plain", at, last === index ? end : this.line(last).end, last);
	}

	/** A value on the key's line that must end there: anything deeper after it makes it one this reader does not edit. */
	private endOfInline(node: ValueNode, indent: number): ValueNode {
		const last = this.deeperUntil(node.lastLine, indent);
		if (last === node.lastLine) return node;
		return { ...node, kind: "other", end: this.line(last).end, lastLine: last, multiline: true };
	}

	/** What follows a key with nothing after its colon: a block list, a block mapping, or nothing (null). */
	private nestedValue(afterColon: number, index: number, indent: number, compactList: boolean, properties: boolean): ValueNode {
		const next = this.nextContent(index + 1);
		const base = { start: afterColon, properties, firstLine: next, multiline: true };
		if (next !== -1 && this.line(next).indent > indent) {
			const childIndent = this.line(next).indent;
			const last = this.deeperUntil(next, indent);
			const kind: NodeKind = this.isDash(next) ? "block-seq" : this.keyAt(next, this.line(next).start + childIndent) !== null ? "block-map" : "other";
			return { ...base, kind, childIndent, lastLine: last, end: this.line(last).end };
		}
		if (next !== -1 && compactList && this.line(next).indent === indent && this.isDash(next)) {
			const last = this.deeperUntil(next, indent, true);
			return { ...base, kind: "block-seq", childIndent: indent, lastLine: last, end: this.line(last).end };
		}
		return { kind: "empty", start: afterColon, end: afterColon, properties, lastLine: index, firstLine: index, childIndent: indent, multiline: false };
	}

	/** The keys of a block mapping whose first key is at `offset` on line `first` and whose keys sit at `indent`. */
	mapping(first: number, offset: number, indent: number, last: number): Entry[] {
		const entries: Entry[] = [];
		let index = first;
		let at = offset;
		while (index !== -1 && index <= last) {
			const key = this.keyAt(index, at);
			if (key === null) throw new Unreadable(`line ${index + 1}`);
			const value = this.valueAt(key.afterColon, index, indent, true);
			entries.push({ key: key.key, line: index, afterColon: key.afterColon, value, lastLine: value.lastLine });
			index = this.nextContent(value.lastLine + 1, last);
			if (index === -1) break;
			const line = this.line(index);
			if (line.indent !== indent) throw new Unreadable(`line ${index + 1}`);
			at = line.start + indent;
		}
		return entries;
	}

	/** The items of a block list whose dashes sit at `indent`, from line `first` to line `last`. */
	sequence(first: number, indent: number, last: number): Item[] {
		const items: Item[] = [];
		for (let index = first; index !== -1 && index <= last;) {
			const line = this.line(index);
			if (line.indent !== indent || !this.isDash(index)) throw new Unreadable(`line ${index + 1}`);
			const dash = line.start + indent;
			let content = dash + 1;
			while (content < line.end && (this.text[content] === " " || this.text[content] === "\t")) content++;
			const itemLast = Math.min(this.deeperUntil(index, indent), last);
			let item: Item;
			if (content < line.end && this.text[content] !== "#" && this.keyAt(index, content) !== null) {
				const entries = this.mapping(index, content, content - line.start, itemLast);
				item = { line: index, dash, content, entries, node: null, lastLine: itemLast };
			} else {
				const node = this.valueAt(dash + 1, index, indent, false);
				item = { line: index, dash, content, entries: null, node, lastLine: Math.max(node.lastLine, itemLast) };
			}
			items.push(item);
			index = this.nextContent(item.lastLine + 1, last);
		}
		return items;
	}

	/** The top-level keys. */
	top(): Entry[] {
		const first = this.nextContent(0);
		if (first === -1) return [];
		const line = this.line(first);
		return this.mapping(first, line.start + line.indent, line.indent, this.lines.length - 1);
	}
}

/** Where a quoted scalar starting at `open` ends (just after its closing quote), or -1. */
function quotedEnd(text: string, open: number): number {
	const quote = text[open];
	for (let i = open + 1; i < text.length; i++) {
		const c = text[i];
		if (quote === '"' && c === "\\") i++;
		else if (c === quote) {
			if (quote === "'" && text[i + 1] === "'") i++;
			else return i + 1;
		}
	}
	return -1;
}

/** A quoted key's text, or null when it uses escapes this reader does not decode (such a key is never one we edit). */
function unquote(raw: string): string | null {
	if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
	try {
		const value: unknown = JSON.parse(raw);
		return typeof value === "string" ? value : null;
	} catch {
		return null;
	}
}

/**
 * A flow list or mapping starting at `open`: where it ends and where each of its entries is written. A quote
 * starts quoted text only where a value starts (after `[`, `{`, `,` or `:`): inside a plain word (`it's`) it is
 * just a character, which is how YAML reads it.
 */
function scanFlow(text: string, open: number): { end: number; items: Span[]; trailingComma: boolean } | null {
	const items: Span[] = [];
	let depth = 0;
	let itemStart = open + 1;
	let atValueStart = true;
	const push = (start: number, end: number): void => {
		while (start < end && WHITESPACE.test(text[start] ?? "")) start++;
		while (end > start && WHITESPACE.test(text[end - 1] ?? "")) end--;
		items.push({ start, end });
	};
	for (let i = open + 1; i < text.length; i++) {
		const c = text[i] ?? "";
		if (WHITESPACE.test(c)) continue;
		if (c === "#" && WHITESPACE.test(text[i - 1] ?? "")) {
			const newline = text.indexOf("\n", i);
			if (newline === -1) return null;
			i = newline;
			continue;
		}
		if ((c === '"' || c === "'") && atValueStart) {
			const end = quotedEnd(text, i);
			if (end < 0) return null;
			i = end - 1;
			atValueStart = false;
			continue;
		}
		if (c === "[" || c === "{") {
			depth++;
			atValueStart = true;
		} else if (c === "]" || c === "}") {
			if (depth === 0) {
				push(itemStart, i);
				const last = items[items.length - 1];
				const trailingComma = items.length > 1 && last !== undefined && last.start === last.end;
				return { end: i + 1, items: items.filter((item) => item.start !== item.end), trailingComma };
			}
			depth--;
			atValueStart = false;
		} else if (c === ",") {
			if (depth === 0) {
				push(itemStart, i);
				itemStart = i + 1;
			}
			atValueStart = true;
		} else if (c === ":" || c === "?") {
			atValueStart = true;
		} else {
			atValueStart = false;
		}
	}
	return null;
}

/** In a flow mapping's entry, the offset of the colon between key and value, or -1. */
function flowColon(text: string, span: Span): number {
	let atValueStart = true;
	let depth = 0;
	for (let i = span.start; i < span.end; i++) {
		const c = text[i] ?? "";
		if ((c === '"' || c === "'") && atValueStart) {
			const end = quotedEnd(text, i);
			if (end < 0) return -1;
			i = end - 1;
			// A quoted key may be followed by its colon at once (`"a":b`).
			if (depth === 0 && text[end] === ":") return end;
			atValueStart = false;
			continue;
		}
		if (c === "[" || c === "{") depth++;
		else if (c === "]" || c === "}") depth--;
		else if (c === ":" && depth === 0 && (i + 1 >= span.end || WHITESPACE.test(text[i + 1] ?? "") || ",[]{}".includes(text[i + 1] ?? ""))) return i;
		atValueStart = WHITESPACE.test(c) ? atValueStart : c === "[" || c === "{" || c === ",";
	}
	return -1;
}

// ---- The edits ----

interface Splice {
	from: number;
	to: number;
	text: string;
}

function spliced(text: string, splice: Splice): string {
	return text.slice(0, splice.from) + splice.text + text.slice(splice.to);
}

/** Runs a reading of the layout, turning a layout it cannot follow into a refusal. */
function edit(yaml: string, make: (layout: YamlLayout) => Splice | string): TextEdit {
	try {
		const result = make(new YamlLayout(yaml));
		return typeof result === "string" ? { ok: false, reason: result } : { ok: true, yaml: spliced(yaml, result) };
	} catch (error) {
		if (!(error instanceof Unreadable)) throw error;
		return { ok: false, reason: `its frontmatter is laid out in a way this command cannot follow (${error.message}); edit it by hand` };
	}
}

function findEntry(entries: readonly Entry[], key: string): Entry | null | string {
	const found = entries.filter((entry) => entry.key === key);
	if (found.length > 1) return `${key} appears more than once in its frontmatter; edit it by hand`;
	return found[0] ?? null;
}

function anchored(key: string): string {
	return `${key} is written with a YAML anchor, alias or tag (&, *, !), which this command leaves alone; edit it by hand`;
}

function notEdited(key: string, what: string): string {
	return `${key} is written in a form this command does not edit (${what}); edit it by hand`;
}

/** Where a new key goes: at the end of the block, after a line break if the block's last line has none. */
function append(layout: YamlLayout, text: string, eol: string): Splice {
	const yaml = layout.text;
	const lead = yaml === "" || yaml.endsWith("\n") ? "" : eol;
	return { from: yaml.length, to: yaml.length, text: lead + text };
}

/** Replaces a value written in place with `inline`, keeping the comment after it. */
function replaceValue(entry: Entry, inline: string, key: string): Splice | string {
	const node = entry.value;
	if (node.properties || node.kind === "alias") return anchored(key);
	if (node.kind === "empty") return { from: entry.afterColon, to: entry.afterColon, text: ` ${inline}` };
	if (node.kind === "block-seq" || node.kind === "block-map" || (node.kind === "other" && node.start === entry.afterColon)) {
		return { from: entry.afterColon, to: node.end, text: ` ${inline}` };
	}
	return { from: node.start, to: node.end, text: inline };
}

/** Sets a top-level key to `value`: its value is replaced where it is written, or the key is added at the end. */
export function setValue(yaml: string, eol: string, key: string, value: Written): TextEdit {
	return edit(yaml, (layout) => {
		const entry = findEntry(layout.top(), key);
		if (typeof entry === "string") return entry;
		if (entry === null) return append(layout, newEntry(key, value, eol), eol);
		return replaceValue(entry, yamlInline(value), key);
	});
}

/**
 * Adds `item` at the end of the top-level list `key`, in the list's own style (a block list gets a line like its
 * last item, a flow list `, item`). A key that is missing or empty gets a block list of one; a single value that is
 * not a list becomes a flow list: its text kept as written and `item` after it where that reads as the reader read it,
 * else `[...read, item]`, `read` being the texts the reader took from it (null when they are not all text).
 */
export function appendItem(yaml: string, eol: string, key: string, item: Written, read: readonly string[] | null): TextEdit {
	return edit(yaml, (layout) => {
		const entry = findEntry(layout.top(), key);
		if (typeof entry === "string") return entry;
		if (entry === null) return append(layout, newEntry(key, [item], eol), eol);
		const node = entry.value;
		if (node.properties || node.kind === "alias") return anchored(key);
		if (node.kind === "block-seq") {
			const items = layout.sequence(node.firstLine, node.childIndent, node.lastLine);
			const last = items[items.length - 1];
			if (last === undefined) throw new Unreadable(`line ${node.firstLine + 1}`);
			const line = layout.line(last.lastLine);
			const gap = Math.max(1, last.content < layout.line(last.line).end ? last.content - last.dash - 1 : 1);
			const lead = line.next === line.end ? eol : "";
			return { from: line.next, to: line.next, text: lead + blockItem(item, node.childIndent, gap, eol) };
		}
		if (node.kind === "flow-seq") {
			const flow = scanFlow(layout.text, node.start);
			if (flow === null) throw new Unreadable(`line ${entry.line + 1}`);
			const last = flow.items[flow.items.length - 1];
			if (last === undefined) return { from: node.start + 1, to: node.start + 1, text: yamlInline(item, true) };
			return { from: last.end, to: last.end, text: `, ${yamlInline(item, true)}` };
		}
		if (node.kind === "empty") {
			const line = layout.line(entry.line);
			const lead = line.next === line.end ? eol : "";
			return { from: line.next, to: line.next, text: lead + blockItem(item, line.indent + 2, 1, eol) };
		}
		const source = layout.text.slice(node.start, node.end);
		const readAs = read?.length ?? 1;
		const keepsSource = !node.multiline && (node.kind === "flow-map" || (node.kind === "plain" && readAs > 0 && !/[[\]{}]/.test(source)));
		// Kept as written where it reads the same inside a flow list (a plain `2026-11-09`, or `a, b` split as the reader
		// splits it); an emptied value (`~`) just goes.
		if (keepsSource) return { from: node.start, to: node.end, text: `[${source}, ${yamlInline(item, true)}]` };
		if (read !== null) return replaceValue(entry, yamlInline([...read, item]), key);
		return notEdited(key, describe(node));
	});
}

/**
 * Sets `field` to `value` inside one item of the top-level list `key` (`position` null: the key holds that one item
 * instead of a list). A mapping item gets the key among its own; a plain name or link becomes a mapping only for that
 * item, in the list's style (`- name: Jane Doe` and the key under it; `{name: Jane Doe, thanked: …}` in a flow list),
 * its name written as it was (`name` when it was an unquoted link, which YAML read as a list).
 */
export function setInItem(yaml: string, eol: string, key: string, position: number | null, field: string, value: Written, name: string | null): TextEdit {
	return edit(yaml, (layout) => {
		const entry = findEntry(layout.top(), key);
		if (typeof entry === "string") return entry;
		if (entry === null) return `${key} was not found in its frontmatter`;
		const node = entry.value;
		if (node.properties || node.kind === "alias") return anchored(key);
		const label = position === null ? key : `${key} item ${position + 1}`;
		if (position === null) {
			if (node.kind === "block-map") {
				const entries = layout.mapping(node.firstLine, layout.line(node.firstLine).start + node.childIndent, node.childIndent, node.lastLine);
				return setInBlockMapping(layout, entries, node.childIndent, node.lastLine, field, value, label, eol);
			}
			if (node.kind === "flow-map") return setInFlowMapping(layout, { start: node.start, end: node.end }, field, value, label);
			if ((node.kind === "plain" || node.kind === "quoted") && !node.multiline) {
				return { from: node.start, to: node.end, text: `[${turnedFlow(layout, node, field, value, name)}]` };
			}
			return notEdited(label, describe(node));
		}
		if (node.kind === "block-seq") {
			const items = layout.sequence(node.firstLine, node.childIndent, node.lastLine);
			const item = items[position];
			if (item === undefined) return `${label} was not found in its frontmatter`;
			if (item.entries !== null) {
				const indent = item.content - layout.line(item.line).start;
				return setInBlockMapping(layout, item.entries, indent, item.lastLine, field, value, label, eol);
			}
			const inner = item.node;
			if (inner === null || inner.properties || inner.kind === "alias") return anchored(label);
			if (inner.kind === "flow-map") return setInFlowMapping(layout, { start: inner.start, end: inner.end }, field, value, label);
			if ((inner.kind === "plain" || inner.kind === "quoted" || inner.kind === "flow-seq") && !inner.multiline) {
				const line = layout.line(inner.lastLine);
				const column = inner.start - layout.line(item.line).start;
				if (inner.kind === "flow-seq" && name === null) return notEdited(label, describe(inner));
				const nameText = inner.kind === "flow-seq" && name !== null ? yamlInline(name) : layout.text.slice(inner.start, inner.end);
				const after = layout.text.slice(inner.end, line.end);
				return {
					from: inner.start,
					to: line.end,
					text: `${yamlScalar(NAME_KEY)}: ${nameText}${after}${eol}${" ".repeat(column)}${yamlScalar(field)}: ${yamlInline(value)}`,
				};
			}
			return notEdited(label, describe(inner));
		}
		if (node.kind === "flow-seq") {
			const flow = scanFlow(layout.text, node.start);
			if (flow === null) throw new Unreadable(`line ${entry.line + 1}`);
			const span = flow.items[position];
			if (span === undefined) return `${label} was not found in its frontmatter`;
			const first = layout.text[span.start] ?? "";
			if (first === "&" || first === "*" || first === "!") return anchored(label);
			if (first === "{") return setInFlowMapping(layout, span, field, value, label);
			const single = !layout.text.slice(span.start, span.end).includes("\n");
			if (!single) return notEdited(label, "text over several lines");
			if (first === "[" && name === null) return notEdited(label, "a list inside the list");
			const nameText = first === "[" && name !== null ? yamlInline(name, true) : layout.text.slice(span.start, span.end);
			return {
				from: span.start,
				to: span.end,
				text: `{${yamlScalar(NAME_KEY, true)}: ${nameText}, ${yamlScalar(field, true)}: ${yamlInline(value, true)}}`,
			};
		}
		return notEdited(key, describe(node));
	});
}

/** The key a plain name goes under when its item becomes a mapping (SPEC's interviewer `name`). */
const NAME_KEY = "name";

function turnedFlow(layout: YamlLayout, node: ValueNode, field: string, value: Written, name: string | null): string {
	// Quoted text keeps its quotes; plain text is written again as flow text needs it (a comma would split it).
	const nameText = node.kind === "quoted" || name === null ? layout.text.slice(node.start, node.end) : yamlInline(name, true);
	return `{${NAME_KEY}: ${nameText}, ${yamlScalar(field, true)}: ${yamlInline(value, true)}}`;
}

function setInBlockMapping(
	layout: YamlLayout,
	entries: readonly Entry[],
	indent: number,
	lastLine: number,
	field: string,
	value: Written,
	label: string,
	eol: string,
): Splice | string {
	const existing = findEntry(entries, field);
	if (typeof existing === "string") return `${label}: ${existing}`;
	if (existing !== null) return replaceValue(existing, yamlInline(value), `${label} ${field}`);
	const line = layout.line(lastLine);
	const lead = line.next === line.end ? eol : "";
	return { from: line.next, to: line.next, text: `${lead}${" ".repeat(indent)}${yamlScalar(field)}: ${yamlInline(value)}${eol}` };
}

function setInFlowMapping(layout: YamlLayout, span: Span, field: string, value: Written, label: string): Splice | string {
	const flow = scanFlow(layout.text, span.start);
	if (flow === null || flow.end !== span.end) throw new Unreadable(`line ${layout.lineAt(span.start) + 1}`);
	const inline = yamlInline(value, true);
	for (const pair of flow.items) {
		const colon = flowColon(layout.text, pair);
		if (colon < 0) continue;
		const key = layout.text.slice(pair.start, colon).trim();
		if ((unquoteMaybe(key) ?? "") !== field) continue;
		let from = colon + 1;
		while (from < pair.end && WHITESPACE.test(layout.text[from] ?? "")) from++;
		const first = layout.text[from] ?? "";
		if (first === "&" || first === "*" || first === "!") return anchored(`${label} ${field}`);
		return from >= pair.end ? { from: colon + 1, to: pair.end, text: ` ${inline}` } : { from, to: pair.end, text: inline };
	}
	const last = flow.items[flow.items.length - 1];
	const text = `${yamlScalar(field, true)}: ${inline}`;
	return last === undefined ? { from: span.start + 1, to: span.start + 1, text } : { from: last.end, to: last.end, text: `, ${text}` };
}

function unquoteMaybe(key: string): string | null {
	return key.startsWith('"') || key.startsWith("'") ? unquote(key) : key;
}

function describe(node: ValueNode): string {
	switch (node.kind) {
		case "block-scalar":
			return "a | or > block of text";
		case "block-seq":
		case "flow-seq":
			return "a list inside the list";
		case "block-map":
		case "flow-map":
			return "a mapping, not a list";
		case "empty":
			return "an empty item";
		default:
			return node.multiline ? "text over several lines" : "a value this command cannot place";
	}
}
