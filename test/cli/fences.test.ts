// Where frontmatter ends, the command line and Obsidian agree: the same tricky fences, written to a vault and read by
// the report, and handed to the test double's metadata cache, give the same frontmatter (or the same lack of one).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanVault } from "../../src/cli/vault";
import { computeMetadata, findFrontMatter, readFrontMatter } from "../harness/metadata";

const NOTE_LINES = ["tags: [interview]", "company: Acme", "interview_date: 2026-11-20T10:00"];

/** Each case: a name, the note's text as saved on disk. */
const FENCES: readonly [string, string][] = [
	["a quoted value whose second line starts ---x", `---\ntags: [interview]\ncompany: "Acme\n---x Corp"\ninterview_date: 2026-11-20T10:00\n---\nBody\n`],
	["a plain value continued on a line that starts ---x", `---\ntags: [interview]\nrole: Designer\n  ---x of things\ncompany: Acme\n---\nBody\n`],
	["a list item that starts with ---", `---\ntags: [interview]\ntopics:\n  - ---design\ncompany: Acme\n---\n`],
	["fences with trailing spaces and tabs", `--- \t\n${NOTE_LINES.join("\n")}\n---  \nBody\n`],
	["a ---- line inside, closed later by ---", `---\n${NOTE_LINES.join("\n")}\n----\n---\nBody\n`],
	["a ---- line and no --- after it", `---\n${NOTE_LINES.join("\n")}\n----\nBody\n`],
	["an opening ---- (a rule, not a fence)", `----\n${NOTE_LINES.join("\n")}\n---\nBody\n`],
	["a YAML document end ... inside", `---\n${NOTE_LINES.join("\n")}\n...\n---\nBody\n`],
	["a ... line with more keys after it", `---\ntags: [interview]\n...\ncompany: Acme\n---\n`],
	["... in place of the closing fence", `---\n${NOTE_LINES.join("\n")}\n...\nBody\n`],
	["Windows line ends", `---\r\n${NOTE_LINES.join("\r\n")}\r\n---\r\nBody\r\n`],
	["Windows line ends and a ---x line", `---\r\ntags: [interview]\r\ncompany: "Acme\r\n---x"\r\n---\r\n`],
	["no closing fence", `---\n${NOTE_LINES.join("\n")}\nBody\n`],
	["a closing fence at the very end, without a line break", `---\n${NOTE_LINES.join("\n")}\n---`],
	["a second block in the body", `---\n${NOTE_LINES.join("\n")}\n---\n---\ncompany: Other\n---\n`],
	["an indented closing fence", `---\n${NOTE_LINES.join("\n")}\n  ---\n---\n`],
];

type Answer = { frontmatter: unknown } | "no frontmatter" | "unreadable";

/** The test double's answer: the cache's frontmatter, none, or a block whose YAML does not read. */
function inObsidian(text: string): Answer {
	const cache = computeMetadata(text);
	if (cache.frontmatter !== undefined) return { frontmatter: cache.frontmatter };
	const block = findFrontMatter(text);
	if (block !== null && !readFrontMatter(block.yaml).ok) return "unreadable";
	return "no frontmatter";
}

let vault: string;

beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "ifu-fences-"));
});

afterAll(() => {
	rmSync(vault, { recursive: true, force: true });
});

/** The report's answer for a note saved with `text`: read from disk as `status` reads it. */
function inTheReport(name: string, text: string): Answer {
	const file = `${name.replace(/[^a-z0-9]+/gi, "-")}.md`;
	writeFileSync(join(vault, file), text);
	const scan = scanVault(vault);
	const source = scan.sources.find((each) => each.path === file);
	if (source === undefined) return "unreadable";
	return source.frontmatter === undefined ? "no frontmatter" : { frontmatter: source.frontmatter };
}

describe("the frontmatter fence, in the report and in Obsidian", () => {
	it.each(FENCES)("finds the same frontmatter for %s", (name, text) => {
		expect(inTheReport(name, text)).toEqual(inObsidian(text));
	});

	it("reads a quoted value across a line that starts ---x, as Obsidian does, rather than skipping the note", () => {
		const [, text] = FENCES[0] ?? ["", ""];
		expect(inTheReport("quoted", text)).toEqual({ frontmatter: { tags: ["interview"], company: "Acme ---x Corp", interview_date: "2026-11-20T10:00" } });
	});

	it("drops a byte-order mark before the fence, as UTF-8 decoders do, and then agrees on the rest", () => {
		const text = `---\n${NOTE_LINES.join("\n")}\n---\n`;
		expect(inTheReport("bom", `\ufeff${text}`)).toEqual(inObsidian(text));
	});
});
