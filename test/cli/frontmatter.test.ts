// Reading a note's frontmatter as Obsidian does: YAML as plain data, dates kept as written, never code.
import grayMatter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/frontmatter";

// gray-matter keeps a shared cache that its type declarations do not mention.
const matter = grayMatter as typeof grayMatter & { cache: Record<string, unknown>; clearCache: () => void };

function frontmatterOf(text: string): unknown {
	const result = readFrontmatter(text);
	if (!result.ok) throw new Error(result.reason);
	return result.frontmatter;
}

describe("reading frontmatter", () => {
	it("keeps dates as the strings the user wrote, as Obsidian's metadata cache does", () => {
		expect(frontmatterOf("---\ninterview_date: 2026-11-20\nthank_you_sent: 2026-11-20T14:00:00\n---\n")).toEqual({
			interview_date: "2026-11-20",
			thank_you_sent: "2026-11-20T14:00:00",
		});
	});

	it("reads an unquoted [[link]] as YAML does, a list inside a list, for the engine to make sense of", () => {
		expect(frontmatterOf("---\ninterviewers:\n  - [[Jane Doe]]\n---\n")).toEqual({ interviewers: [[["Jane Doe"]]] });
	});

	it("gives the body below the frontmatter", () => {
		const result = readFrontmatter("---\ncompany: Acme\n---\n## Thank-you: Jane\nDear Jane\n");
		expect(result).toEqual({ ok: true, frontmatter: { company: "Acme" }, body: "## Thank-you: Jane\nDear Jane\n" });
	});

	it("reads a note without frontmatter, or with an opening rule that never closes, as having none", () => {
		expect(readFrontmatter("Just text\n")).toEqual({ ok: true, frontmatter: undefined, body: "Just text\n" });
		expect(readFrontmatter("---\nA rule, then text\n")).toMatchObject({ ok: true, frontmatter: undefined });
		expect(readFrontmatter("----\ntitle: x\n----\n")).toMatchObject({ ok: true, frontmatter: undefined });
	});

	it("reads an empty frontmatter block as none", () => {
		expect(readFrontmatter("---\n---\nBody\n")).toMatchObject({ ok: true, frontmatter: undefined, body: "Body\n" });
	});

	it("passes a frontmatter that is not a mapping on to the engine as it is", () => {
		expect(frontmatterOf("---\n- a\n- b\n---\n")).toEqual(["a", "b"]);
	});

	it.each(["---js", "---javascript", "--- JS", "---JavaScript", "---coffee"])("refuses %s frontmatter without running it", (opening) => {
		const result = readFrontmatter(`${opening}\n{ company: (() => { throw new Error("ran") })() }\n---\n`);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain("never code");
	});

	it("refuses YAML tags that would make code, such as !!js/function", () => {
		const result = readFrontmatter("---\ncompany: !!js/function 'function () { return 1 }'\n---\n");
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain("not valid YAML");
	});

	it("says on which line of the file the YAML went wrong", () => {
		const result = readFrontmatter("---\ntags: interview\n  company: Acme\nrole: x\n---\n");
		expect(result).toEqual({ ok: false, reason: expect.stringContaining("(line 3)") as unknown });
	});

	it("never fills gray-matter's shared cache, which grows without limit", () => {
		matter.clearCache();
		for (let i = 0; i < 5; i++) readFrontmatter(`---\ncompany: Company ${i}\n---\nBody ${i}\n`);
		expect(Object.keys(matter.cache)).toHaveLength(0);
	});

	it("never throws, whatever the text", () => {
		for (const text of ["---\n: : :\n---\n", "---\n{{{\n---\n", "---\n" + "[".repeat(10_000) + "\n---\n", "---\n\u0000\n---\n"]) {
			expect(() => readFrontmatter(text)).not.toThrow();
		}
	});
});
