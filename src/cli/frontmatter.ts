// Splits a note into frontmatter and body with gray-matter, read the way Obsidian reads it: YAML as plain data.
// Frontmatter is never code: `---js` / `---javascript` blocks are refused, and dates stay the strings the user wrote.
import matter from "gray-matter";
import { CORE_SCHEMA, safeLoad, YAMLException } from "js-yaml";
import { splitFrontmatter } from "../engine/frontmatter-block";

export type FrontmatterResult = { ok: true; frontmatter: unknown; body: string } | { ok: false; reason: string };

/** gray-matter's yaml engine must return an object; the box carries any YAML value (a list, a string) through. */
interface Boxed {
	value: unknown;
}

/** Thrown by the engines that stand in for gray-matter's code and non-YAML parsers, so nothing else is ever parsed. */
class RefusedFrontmatter extends Error {}

function refuseCode(): never {
	throw new RefusedFrontmatter("frontmatter written as code is never run");
}

function refuseOther(): never {
	throw new RefusedFrontmatter("only YAML frontmatter is read");
}

/** YAML as data: CORE_SCHEMA has no timestamp type, so `2026-11-20` stays a string, as in Obsidian's metadata cache; nor any `!!js/…` type. */
function parseYamlBlock(block: string): Boxed {
	return { value: safeLoad(block, { schema: CORE_SCHEMA }) };
}

/**
 * gray-matter closes a block at the first line that starts with `---`; Obsidian only at a line that is `---`. So
 * gray-matter is given the block the shared fence finder found, behind an opening fence and a closing one it can
 * never find (files with NUL bytes are refused before this), so it parses exactly that block and nothing more.
 */
const NO_CLOSING_FENCE = "\u0000";

/**
 * Always passed, never omitted: without options gray-matter keeps every file it has seen in a shared cache that
 * never shrinks, and its default `javascript` engine evaluates `---js` frontmatter. No excerpt and no sections:
 * the report uses neither.
 */
const GRAY_MATTER_OPTIONS = {
	language: "yaml",
	delimiters: ["---", NO_CLOSING_FENCE] as [string, string],
	excerpt: false,
	sections: false,
	engines: {
		yaml: { parse: parseYamlBlock },
		js: refuseCode,
		javascript: refuseCode,
		json: refuseOther,
		coffee: refuseOther,
	},
};

/**
 * Before it parses, gray-matter tests whether the block is empty with `/^\s*#[^\n]+/gm`, which takes time in the
 * square of a run of blank lines: 40,000 blank lines in a note's frontmatter held the report for 12 seconds. Such
 * a block (and one holding a NUL, which only text given in memory can) is parsed with the very engine gray-matter
 * would call, without that test; every other note goes through gray-matter.
 */
const LONGEST_BLANK_RUN_FOR_GRAY_MATTER = 2_000;

function hasLongBlankRun(block: string): boolean {
	let lineBreaksInRun = 0;
	for (let i = 0; i < block.length; i++) {
		const c = block.charCodeAt(i);
		if (c === 10) {
			if (++lineBreaksInRun > LONGEST_BLANK_RUN_FOR_GRAY_MATTER) return true;
		} else if (c !== 32 && c !== 9 && c !== 13) {
			lineBreaksInRun = 0;
		}
	}
	return false;
}

const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);
const CODE_LANGUAGES = new Set(["js", "javascript", "coffee", "coffeescript", "cson"]);

/** Reads a note's text: its frontmatter (undefined when it has none) and the body below it. Never throws. */
export function readFrontmatter(text: string): FrontmatterResult {
	const split = splitFrontmatter(text);
	if (split === null) return { ok: true, frontmatter: undefined, body: text };
	const { language, block, body } = split;
	if (CODE_LANGUAGES.has(language)) {
		return { ok: false, reason: `its frontmatter is a ---${language} block: frontmatter is data, never code, so it was not run` };
	}
	if (!YAML_LANGUAGES.has(language)) {
		return { ok: false, reason: `its frontmatter is a ---${clip(language)} block; only YAML frontmatter is read` };
	}
	try {
		// A block of blank lines or comments only is no frontmatter, as in Obsidian.
		if (hasLongBlankRun(block) || block.includes(NO_CLOSING_FENCE)) return { ok: true, frontmatter: parseYamlBlock(block).value ?? undefined, body };
		// The block starts with the opening line's line break, so gray-matter sees no language after the fence.
		const data: unknown = matter(`---${block}`, GRAY_MATTER_OPTIONS).data;
		return { ok: true, frontmatter: isBoxed(data) ? (data.value ?? undefined) : undefined, body };
	} catch (error) {
		return { ok: false, reason: describeParseError(error) };
	}
}

function isBoxed(data: unknown): data is Boxed {
	return typeof data === "object" && data !== null && "value" in data && Object.keys(data).length === 1;
}

/** One line that says what is wrong and where, counting lines from the top of the file. */
function describeParseError(error: unknown): string {
	if (error instanceof RefusedFrontmatter) return `its frontmatter was refused: ${error.message}`;
	if (error instanceof YAMLException) {
		// The block starts on the opening line, so the mark's line 0 is line 1 of the file.
		const line = markLine(error);
		const where = line === null ? "" : ` (line ${line + 1})`;
		// js-yaml keeps the message without its position in `reason`; its published types do not declare it.
		const reason = "reason" in error && typeof error.reason === "string" ? error.reason : error.message;
		return `its frontmatter is not valid YAML: ${oneLine(reason)}${where}`;
	}
	if (error instanceof RangeError) return "its frontmatter is nested too deeply to read";
	return `its frontmatter could not be read: ${oneLine(error instanceof Error ? error.message : String(error))}`;
}

/** js-yaml's position of the error (0-based, within the frontmatter), when it gives one. */
function markLine(error: Error): number | null {
	if (!("mark" in error)) return null;
	const mark: unknown = error.mark;
	return typeof mark === "object" && mark !== null && "line" in mark && typeof mark.line === "number" ? mark.line : null;
}

function oneLine(text: string): string {
	return clip(text.replace(/\s+/g, " ").trim());
}

function clip(text: string): string {
	return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
