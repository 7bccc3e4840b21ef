// The example vault is the demo: at the README's fixed "today" it must show every state of every check and
// every stage, open in Obsidian with the plugin, and match the samples the README prints.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCliOnce, EXAMPLE_VAULT, REPO, runCli, runJson, ruleStates, type ReportJson } from "./cli-harness";

const README = readFileSync(join(REPO, "README.md"), "utf8");

/** The `--now` the README states for `npm start`. */
function readmeNow(): string {
	const m = /`--now (\S+)`/.exec(README);
	if (!m?.[1]) throw new Error("the README does not state the --now of the demo");
	return m[1];
}

/** A fenced block of the README that follows `heading` (a line that starts with it). */
function readmeBlock(heading: string, language: string): string {
	const start = README.indexOf(heading);
	if (start === -1) throw new Error(`the README has no "${heading}"`);
	const open = README.indexOf("```" + language + "\n", start);
	const close = README.indexOf("\n```", open + 4);
	return README.slice(open + language.length + 4, close);
}

let report: ReportJson;

beforeAll(async () => {
	await buildCliOnce();
	report = runJson(["status", EXAMPLE_VAULT, "--now", readmeNow()]);
});

describe("the demo's fixed today", () => {
	it("is the same in the README and in npm start", () => {
		const packageJson = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };
		expect(packageJson.scripts.start).toContain(`status examples/vault --now ${readmeNow()}`);
		expect(readmeNow()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
	});
});

describe("the example vault at the README's --now", () => {
	it.each([
		[1, ["todo", "done"]],
		[2, ["ok", "late", "due", "overdue"]],
		[3, ["generic", "ok"]],
		[4, ["waiting", "due", "done"]],
		[5, ["ok", "excess"]],
		[6, ["todo", "done"]],
		[7, ["todo", "done"]],
	])("shows every state of rule %i somewhere", (rule, states) => {
		const seen = ruleStates(report);
		for (const state of states) expect(seen, `rule ${rule} ${state}`).toContain(`${rule}:${state}`);
	});

	it("says under a waiting note with nothing open what it waits for", () => {
		const printed = runCli(["status", "examples/vault", "--now", "2026-11-20T16:00"]).stdout.split("\n");
		const at = printed.findIndex((line) => line.includes("2026-11-13 Saltmarsh Studio - UX Researcher.md"));
		expect(at).toBeGreaterThan(-1);
		expect(printed[at + 1]).toBe("    next round: nothing to do until Saltmarsh Studio is in touch");
	});

	it("shows every stage", () => {
		expect(new Set(report.interviews.map((note) => note.stage))).toEqual(new Set(["act-now", "waiting", "upcoming", "closed"]));
	});

	it("holds at least twelve interview notes, a few with problems, and one file that is skipped", () => {
		expect(report.interviews.length).toBeGreaterThanOrEqual(12);
		expect(report.interviews.filter((note) => note.problems.length > 0).length).toBeGreaterThanOrEqual(3);
		expect(report.skipped).toHaveLength(1);
		expect(report.skipped[0]?.reason).toContain("not valid YAML");
	});

	it("leaves the notes that are not interviews out", () => {
		const paths = report.interviews.map((note) => note.path);
		for (const path of ["Start here.md", "Job search plan.md", "People/Helen Brooks.md", "Templates/Thank-you.md"]) {
			expect(paths).not.toContain(path);
		}
	});

	it("reads a thank-you draft of each kind: a personal one, a generic one and one with a placeholder", () => {
		const rule3 = report.interviews.flatMap((note) => note.checks.filter((check) => check.rule === 3));
		expect(rule3.some((check) => check.state === "ok")).toBe(true);
		expect(rule3.some((check) => check.state === "generic" && check.message.includes("placeholder"))).toBe(true);
		expect(rule3.some((check) => check.state === "generic" && check.message.includes("topics"))).toBe(true);
	});
});

describe("the example vault in Obsidian", () => {
	it("lists the plugin among its community plugins", () => {
		const plugins = JSON.parse(readFileSync(join(EXAMPLE_VAULT, ".obsidian", "community-plugins.json"), "utf8")) as unknown;
		expect(plugins).toContain("interview-follow-up");
	});

	it("keeps the installed copies of the plugin out of git", () => {
		const ignored = readFileSync(join(REPO, ".gitignore"), "utf8").split("\n");
		for (const file of ["main.js", "manifest.json", "styles.css"]) {
			expect(ignored).toContain(`examples/vault/.obsidian/plugins/interview-follow-up/${file}`);
		}
	});

	it("explains itself in a note that lists every command", () => {
		const note = readFileSync(join(EXAMPLE_VAULT, "Start here.md"), "utf8");
		for (const command of [
			"Open follow-up sidebar",
			"New interview note",
			"Insert thank-you note",
			"Insert follow-up email",
			"Insert gracious reply",
			"Mark thank-you sent",
			"Log a follow-up",
			"Mark LinkedIn request sent",
			"Set outcome",
			"Export follow-up dates",
		]) {
			expect(note).toContain(`**${command}**`);
		}
	});
});

describe("the README's samples", () => {
	// The README shows the output of a run in America/Los_Angeles, so the comparison runs there too.
	const inLosAngeles = { env: { TZ: "America/Los_Angeles" } };

	it("prints only lines the report really prints, in the same order", () => {
		const printed = runCli(["status", "examples/vault", "--now", readmeNow()], inLosAngeles).stdout.split("\n");
		const sample = readmeBlock("### Text", "text").split("\n");
		expect(sample.length).toBeGreaterThan(10);
		let from = 0;
		for (const line of sample) {
			const at = printed.indexOf(line, from);
			expect(at, line).toBeGreaterThanOrEqual(from);
			from = at + 1;
		}
	});

	it("shows JSON the report really prints", () => {
		const actual = runJson(["status", "examples/vault", "--now", readmeNow()], inLosAngeles);
		const sample = JSON.parse(readmeBlock("### JSON", "json")) as ReportJson;
		expect(sample.now).toBe(actual.now);
		expect(actual.skipped).toEqual(sample.skipped);
		for (const note of sample.interviews) {
			const real = actual.interviews.find((item) => item.path === note.path);
			expect(real).toMatchObject({ ...note, checks: expect.arrayContaining(note.checks) as unknown });
		}
	});
});
