// `interview-follow-up draft`: the same text the plugin's insert commands write, printed to try templates out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUpDraft, thankYouDraft } from "../../src/engine/drafts";
import { readInterviewNote } from "../../src/engine/note";
import { readFrontmatter } from "../../src/cli/frontmatter";
import { buildCliOnce, FIXTURE_VAULTS, fingerprint, runCli } from "./cli-harness";

const BASIC = join(FIXTURE_VAULTS, "basic");
const ACME = join(BASIC, "Interviews", "Acme - Platform Engineer.md");
const GLOBEX = join(BASIC, "Interviews", "Globex - Data Analyst.md");
const STARK = join(BASIC, "Interviews", "Stark Industries - Industrial Designer.md");
const TEMPLATE = join(BASIC, "Templates", "Short thank-you.md");
const HOOLI = join(BASIC, "Screening", "Hooli - Recruiter call.md");

let scratch: string;

beforeAll(async () => {
	await buildCliOnce();
	scratch = mkdtempSync(join(tmpdir(), "ifu-draft-"));
});

afterAll(() => {
	rmSync(scratch, { recursive: true, force: true });
});

/** A file in the scratch folder with `text`, for notes and templates git should not hold. */
function scratchFile(name: string, text: string): string {
	const path = join(scratch, name);
	writeFileSync(path, text);
	return path;
}

/** The note as the engine reads it, from the same file the command is given. */
function noteOf(path: string) {
	const parsed = readFrontmatter(readFileSync(path, "utf8"));
	if (!parsed.ok) throw new Error(parsed.reason);
	return readInterviewNote(path, parsed.frontmatter).note;
}

describe("draft thank-you", () => {
	it("prints the thank-you the insert command writes, for the interviewer named with --to", () => {
		const result = runCli(["draft", "thank-you", ACME, "--to", "Jane Doe", "--my-name", "Sam Lee"]);
		expect(result.status).toBe(0);
		const note = noteOf(ACME);
		const jane = note.interviewers.find((person) => person.subject === "Jane Doe");
		if (!jane) throw new Error("the fixture lists Jane Doe");
		expect(result.stdout).toBe(thankYouDraft(note, jane, { myName: "Sam Lee", signature: "" }).text);
		expect(result.stdout.startsWith("## Thank-you: Jane Doe\n")).toBe(true);
		expect(result.stdout).toContain("Acme");
		expect(result.stdout).toContain("the deploy pipeline");
		expect(result.stdout).toContain("Sam Lee");
		// Jane's email is known, so the draft carries a link that opens it in the mail client.
		expect(result.stdout).toContain("mailto:jane.doe@acme.example");
	});

	it("finds the interviewer by first name when only one has it, ignoring case", () => {
		const result = runCli(["draft", "thank-you", ACME, "--to", "john"]);
		expect(result.status).toBe(0);
		expect(result.stdout.startsWith("## Thank-you: John Smith\n")).toBe(true);
		expect(result.stdout).not.toContain("Jane");
	});

	it("prints one thank-you per interviewer when --to is not given", () => {
		const result = runCli(["draft", "thank-you", ACME]);
		expect(result.status).toBe(0);
		expect(result.stdout.match(/^## Thank-you: /gm)).toHaveLength(2);
		expect(result.stdout).toContain("## Thank-you: Jane Doe");
		expect(result.stdout).toContain("## Thank-you: John Smith");
	});

	it("uses a template file instead of the built-in text, without its frontmatter, and warns about unknown placeholders", () => {
		const result = runCli(["draft", "thank-you", ACME, "--to", "John Smith", "--template", TEMPLATE, "--signature", "Sam\\nsam@example.com"]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Hello John — many thanks for the Platform Engineer conversation at Acme");
		expect(result.stdout).toContain("Sam\nsam@example.com");
		expect(result.stdout).not.toContain("tags:");
		expect(result.stderr).toContain("{{favourite_colour}}");
	});

	it("exits with status 2, naming the interviewers, when --to names nobody in the note", () => {
		const result = runCli(["draft", "thank-you", ACME, "--to", "Bruce Wayne"]);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain("Jane Doe");
		expect(result.stderr).toContain("John Smith");
	});
});

describe("draft follow-up and gracious", () => {
	it("prints the follow-up email, saying a week has passed when no timeline was agreed", () => {
		const result = runCli(["draft", "follow-up", GLOBEX, "--my-name", "Sam Lee"]);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(followUpDraft(noteOf(GLOBEX), { myName: "Sam Lee", signature: "" }).text);
		expect(result.stdout).toContain("It has been a week since our interview on Tuesday 10 November");
		expect(result.stdout).toContain("Globex");
	});

	it("prints the gracious reply after a rejection, asking to be considered again", () => {
		const result = runCli(["draft", "gracious", STARK, "--my-name", "Sam Lee"]);
		expect(result.status).toBe(0);
		expect(result.stdout.startsWith("## Gracious reply: Stark Industries")).toBe(true);
		expect(result.stdout).toContain("Dear Pepper");
		expect(result.stdout).toContain("considered");
	});
});

describe("draft misuse", () => {
	it.each([
		["an unknown kind of draft", ["draft", "thanks", ACME], "thank-you"],
		["no note", ["draft", "gracious"], "NOTE"],
		["a note that does not exist", ["draft", "gracious", join(BASIC, "Missing.md")], "no note"],
		["a template that does not exist", ["draft", "follow-up", GLOBEX, "--template", join(BASIC, "nope.md")], "no template"],
		["--to with a follow-up", ["draft", "follow-up", GLOBEX, "--to", "Maria"], "thank-you only"],
		["a status flag", ["draft", "follow-up", GLOBEX, "--json"], "--json"],
	])("exits with status 2 for %s", (_, args, words) => {
		const result = runCli(args);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(words);
	});

	it("exits with status 1 when the note's frontmatter cannot be read", () => {
		const result = runCli(["draft", "gracious", join(FIXTURE_VAULTS, "hostile", "Bad YAML - duplicate key.md")]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("not valid YAML");
	});

	it("says plainly that a folder is not a note, and exits with status 2", () => {
		const result = runCli(["draft", "follow-up", join(BASIC, "Interviews")]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("is a folder, not a note");
		expect(result.stderr).not.toContain("there is no note");
	});

	it("never changes the note or the template", () => {
		const before = fingerprint(BASIC);
		runCli(["draft", "thank-you", ACME, "--template", TEMPLATE]);
		runCli(["draft", "follow-up", GLOBEX]);
		expect(fingerprint(BASIC)).toEqual(before);
	});
});

describe("draft warnings", () => {
	it("warns on stderr that a note is not an interview note, and still prints the draft", () => {
		const result = runCli(["draft", "thank-you", HOOLI]);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain("is not an interview note");
		expect(result.stdout).toContain("Gavin");
	});

	it("warns that a gracious reply is for after a rejection when the outcome is not rejected, and still prints it", () => {
		const result = runCli(["draft", "gracious", GLOBEX]);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain("outcome is pending, not rejected");
		expect(result.stdout).toContain("## Gracious reply");
	});

	it("gives no warning for a gracious reply after a rejection", () => {
		expect(runCli(["draft", "gracious", STARK]).stderr).toBe("");
	});
});

describe("what draft prints on stderr is text, never terminal codes", () => {
	const CODES = ["\u001b", "\u0007", "\u202e", "\u009b"];

	function expectNoCodes(text: string): void {
		for (const code of CODES) expect(text).not.toContain(code);
	}

	it("filters an interviewer's name in the message for a name not in the note", () => {
		const note = scratchFile("Names.md", `---\ntags: [interview]\ncompany: Acme\ninterviewers: ["Eve\\e]0;owned\\a\\u202eenoD", "Jo\\e[2J"]\n---\n`);
		const result = runCli(["draft", "thank-you", note, "--to", "Nobody"]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("Eve");
		expectNoCodes(result.stderr);
	});

	it("filters the first line of a ---… block that is not YAML", () => {
		const note = scratchFile("Fence.md", "---\u001b]0;owned\u0007\u202e\ncompany: Acme\n---\n");
		const result = runCli(["draft", "follow-up", note]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("only YAML frontmatter is read");
		expectNoCodes(result.stderr);
	});

	it("filters an unknown placeholder in a template", () => {
		const template = scratchFile("Template.md", "Dear {{first_name}}, {{\u001b[2J\u202eowned}}\n");
		const result = runCli(["draft", "thank-you", ACME, "--to", "Jane Doe", "--template", template]);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain("not filled in");
		expectNoCodes(result.stderr);
		expectNoCodes(result.stdout);
	});
});
