// The status report as a user runs it: the JSON shape, every flag, `--now` parsing, exit statuses and colour.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, buildCliOnce, FIXTURE_VAULTS, interviewAt, ISO_INSTANT, REPO, runCli, runJson, statedOffsetMinutes, type ReportJson } from "./cli-harness";

const BASIC = join(FIXTURE_VAULTS, "basic");
const TEMPLATES = join(FIXTURE_VAULTS, "templates");
const ACME = "Interviews/Acme - Platform Engineer.md";
const GLOBEX = "Interviews/Globex - Data Analyst.md";
const UMBRELLA = "Archive/Umbrella - Operations Manager.md";
const HOOLI = "Screening/Hooli - Recruiter call.md";
const NO_DATE = "Interviews/No date yet.md";
// The escape that starts every ANSI colour code.
const ESCAPE = "\u001b[";

beforeAll(buildCliOnce);

function every<T>(report: ReportJson, pick: (note: ReportJson["interviews"][number]) => T[]): T[] {
	return report.interviews.flatMap(pick);
}

describe("the JSON report", () => {
	it("holds every key SPEC names, for the report, each interview, each check and each problem", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-20T16:00"]);
		expect(Object.keys(report).sort()).toEqual(["interviews", "now", "skipped"]);
		expect(report.interviews.length).toBeGreaterThan(0);
		for (const note of report.interviews) {
			expect(Object.keys(note).sort()).toEqual(["checks", "company", "interviewDate", "outcome", "path", "problems", "role", "stage"]);
			for (const check of note.checks) expect(Object.keys(check).sort()).toEqual(["due", "message", "rule", "state", "subject"]);
			for (const problem of note.problems) expect(Object.keys(problem).sort()).toEqual(["field", "message"]);
		}
		expect(every(report, (note) => note.checks).length).toBeGreaterThan(0);
		expect(every(report, (note) => note.problems).length).toBeGreaterThan(0);
	});

	it("writes every instant as ISO 8601 with its UTC offset", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-20T16:00"]);
		const instants = [
			report.now,
			...every(report, (note) => (note.interviewDate === null ? [] : [note.interviewDate])),
			...every(report, (note) => note.checks.flatMap((check) => (check.due === null ? [] : [check.due]))),
		];
		expect(instants.length).toBeGreaterThan(3);
		for (const instant of instants) expect(instant).toMatch(ISO_INSTANT);
	});

	it("gives the interview's start as the local time written in the note", () => {
		const acme = interviewAt(runJson(["status", BASIC, "--now", "2026-11-20T16:00"]), ACME);
		expect(new Date(acme.interviewDate ?? "").getTime()).toBe(new Date(2026, 10, 20, 9, 0).getTime());
		expect(acme).toMatchObject({ company: "Acme", role: "Platform Engineer", outcome: "pending", stage: "act-now" });
	});

	it("states each instant's own offset, so a date after the clocks change carries the new one", () => {
		for (const [now, local] of [
			["2026-03-07T12:00", new Date(2026, 2, 7, 12, 0)],
			["2026-03-08T12:00", new Date(2026, 2, 8, 12, 0)],
			["2026-11-02T12:00", new Date(2026, 10, 2, 12, 0)],
			["2026-04-06T12:00", new Date(2026, 3, 6, 12, 0)],
		] as const) {
			const report = runJson(["status", BASIC, "--now", now]);
			expect(new Date(report.now).getTime()).toBe(local.getTime());
			// `|| 0`: UTC's offset is 0 minutes, never -0.
			expect(statedOffsetMinutes(report.now)).toBe(-local.getTimezoneOffset() || 0);
		}
	});

	it("lists a note without an interview date with its problem and no checks", () => {
		const note = interviewAt(runJson(["status", BASIC, "--now", "2026-11-20T16:00"]), NO_DATE);
		expect(note.interviewDate).toBeNull();
		expect(note.checks).toEqual([]);
		expect(note.problems.map((problem) => problem.field)).toContain("interview_date");
	});

	it("orders the interviews by stage: act now, waiting, upcoming, closed", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-20T08:00"]);
		const order = ["act-now", "waiting", "upcoming", "closed"];
		const stages = report.interviews.map((note) => order.indexOf(note.stage));
		expect(stages).toEqual([...stages].sort((a, b) => a - b));
		expect(new Set(report.interviews.map((note) => note.stage)).has("upcoming")).toBe(true);
	});
});

describe("--now", () => {
	it("reads a time without an offset as local time", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-20T16:00"]);
		expect(new Date(report.now).getTime()).toBe(new Date(2026, 10, 20, 16, 0).getTime());
	});

	it("reads a time with an offset as that exact instant", () => {
		expect(new Date(runJson(["status", BASIC, "--now", "2026-11-20T16:00Z"]).now).getTime()).toBe(Date.UTC(2026, 10, 20, 16, 0));
		expect(new Date(runJson(["status", BASIC, "--now=2026-11-20T16:00+13:00"]).now).getTime()).toBe(Date.UTC(2026, 10, 20, 3, 0));
	});

	it("reads a date alone as the start of that local day", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-21"]);
		expect(new Date(report.now).getTime()).toBe(new Date(2026, 10, 21, 0, 0).getTime());
	});

	it("judges the checks from the given moment, not from the clock", () => {
		const before = interviewAt(runJson(["status", BASIC, "--now", "2026-11-20T08:59"]), ACME);
		const after = interviewAt(runJson(["status", BASIC, "--now", "2026-11-20T09:00"]), ACME);
		expect(before.stage).toBe("upcoming");
		expect(before.checks).toEqual([]);
		expect(after.stage).toBe("act-now");
	});

	it.each(["yesterday", "2026-13-01", "2026-11-31T10:00", "2026-11-20T25:00", ""])("refuses --now %j with exit status 2", (value) => {
		const result = runCli(["status", BASIC, "--now", value]);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain("--now");
	});
});

describe("--tag and --folder", () => {
	it("reads only notes tagged #interview (and tags below it) by default", () => {
		const paths = runJson(["status", BASIC, "--now", "2026-11-20T16:00"]).interviews.map((note) => note.path);
		expect(paths).toContain(GLOBEX);
		expect(paths).not.toContain(HOOLI);
		expect(paths).not.toContain("Notes/Groceries.md");
	});

	it("reads the notes with another tag when --tag names it, with or without #", () => {
		for (const tag of ["screening", "#screening"]) {
			const paths = runJson(["status", BASIC, "--now", "2026-11-20T16:00", "--tag", tag]).interviews.map((note) => note.path);
			expect(paths).toEqual([HOOLI]);
		}
	});

	it("reads only the notes in the folder given with --folder", () => {
		for (const folder of ["Archive", "Archive/", "/Archive"]) {
			const report = runJson(["status", BASIC, "--now", "2026-11-20T16:00", "--folder", folder]);
			expect(report.interviews.map((note) => note.path)).toEqual([UMBRELLA]);
		}
	});

	it.each([
		["a folder that does not exist", ["--folder", "Nowhere"]],
		["a folder outside the vault", ["--folder", "../basic"]],
		["an empty tag", ["--tag", ""]],
		["a tag with a space", ["--tag", "job interview"]],
	])("exits with status 2 for %s", (_, flags) => {
		const result = runCli(["status", BASIC, "--now", "2026-11-20T16:00", ...flags]);
		expect(result.status).toBe(2);
		expect(result.stderr).not.toBe("");
	});
});

describe("--folder as a full path", () => {
	it("accepts a full path to a folder inside the vault, as the same folder from the vault", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-20T16:00", "--folder", join(BASIC, "Archive")]);
		expect(report.interviews.map((note) => note.path)).toEqual([UMBRELLA]);
	});

	it("refuses a full path to a folder outside the vault, saying it is outside", () => {
		const result = runCli(["status", BASIC, "--now", "2026-11-20T16:00", "--folder", TEMPLATES]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("is outside the vault");
	});
});

describe("what counts as an interview note", () => {
	it("lists type: interview notes whatever the tag given, as SPEC says", () => {
		const paths = runJson(["status", TEMPLATES, "--now", "2026-11-20T16:00", "--tag", "interview/panel"]).interviews.map((note) => note.path);
		expect(paths).toEqual(["Interviews/Globex - Panel.md", "Interviews/Initech - Typed.md"]);
	});

	it("leaves out the notes in the Templates plugin's folder and in Templater's, neither listed nor skipped", () => {
		const report = runJson(["status", TEMPLATES, "--now", "2026-11-20T16:00"]);
		const everything = [...report.interviews.map((note) => note.path), ...report.skipped.map((file) => file.path)];
		expect(everything.filter((path) => path.startsWith("Templates/") || path.startsWith("Meta/Templater/"))).toEqual([]);
		expect(report.interviews.map((note) => note.company)).not.toContain('<% tp.system.prompt("Company") %>');
		// A note beside the Templater folder is an ordinary note.
		expect(report.interviews.map((note) => note.path)).toContain("Meta/Interview retrospective.md");
	});

	it("reads nothing when --folder is a template folder", () => {
		expect(runJson(["status", TEMPLATES, "--now", "2026-11-20T16:00", "--folder", "Meta/Templater"]).interviews).toEqual([]);
	});
});

describe("--window-hours and --wait-days", () => {
	it("marks a thank-you 25 hours after the interview overdue with the 24-hour window, and due with a 48-hour one", () => {
		const dueOf = (flags: string[]) =>
			interviewAt(runJson(["status", BASIC, "--now", "2026-11-21T10:00", ...flags]), ACME).checks.filter((check) => check.rule === 2);
		expect(dueOf([]).map((check) => check.state)).toEqual(["overdue", "overdue"]);
		const wider = dueOf(["--window-hours", "48"]);
		expect(wider.map((check) => check.state)).toEqual(["due", "due"]);
		expect(new Date(wider[0]?.due ?? "").getTime()).toBe(new Date(2026, 10, 22, 9, 0).getTime());
	});

	it("makes the follow-up due a week after the interview by default, and later with --wait-days", () => {
		const followUp = (flags: string[]) =>
			interviewAt(runJson(["status", BASIC, "--now", "2026-11-20T16:00", ...flags]), GLOBEX).checks.find((check) => check.rule === 4);
		expect(followUp([])?.state).toBe("due");
		expect(new Date(followUp([])?.due ?? "").getTime()).toBe(new Date(2026, 10, 17, 10, 0).getTime());
		const later = followUp(["--wait-days", "14"]);
		expect(later?.state).toBe("waiting");
		expect(new Date(later?.due ?? "").getTime()).toBe(new Date(2026, 10, 24, 10, 0).getTime());
	});

	it("keeps the follow-up at the interview's clock time two weeks on, across the clocks going back", () => {
		const report = runJson(["status", BASIC, "--now", "2026-11-01T08:00", "--folder", "Archive", "--wait-days", "14"]);
		const followUp = interviewAt(report, UMBRELLA).checks.find((check) => check.rule === 4);
		expect(followUp?.state).toBe("waiting");
		expect(new Date(followUp?.due ?? "").getTime()).toBe(new Date(2026, 10, 3, 10, 0).getTime());
	});

	it.each([
		["--window-hours", "0"],
		["--window-hours", "-3"],
		["--window-hours", "a day"],
		["--window-hours", "1000"],
		["--wait-days", "1.5"],
		["--wait-days", "0"],
		["--wait-days", "week"],
	])("refuses %s %j with exit status 2", (flag, value) => {
		const result = runCli(["status", BASIC, flag, value]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(flag);
	});
});

describe("exit status and misuse", () => {
	it("exits 0 when the report was printed", () => {
		const result = runCli(["status", BASIC, "--now", "2026-11-20T16:00"]);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe("");
	});

	it("reads the current folder when no vault is given", () => {
		const result = runCli(["status", "--json", "--now", "2026-11-20T16:00"], { cwd: BASIC });
		expect(result.status).toBe(0);
		expect((JSON.parse(result.stdout) as ReportJson).interviews.map((note) => note.path)).toContain(ACME);
	});

	it.each([
		["an unknown flag", ["status", BASIC, "--jsno"], "--json"],
		["a flag without its value", ["status", BASIC, "--tag"], "--tag"],
		["a flag given twice", ["status", BASIC, "--json", "--json"], "twice"],
		["two vault folders", ["status", BASIC, BASIC], "one vault"],
		["a vault that does not exist", ["status", join(BASIC, "missing")], "no folder"],
		["an unknown command", ["stats", BASIC], "status"],
		["no command at all", [], "status"],
	])("exits with status 2 and says why for %s", (_, args, words) => {
		const result = runCli(args);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain(words);
		expect(result.stderr).toContain("--help");
	});

	it("states one rule for exit statuses in every help page, and the README quotes it word for word", () => {
		const rule = runCli(["--help"])
			.stdout.split("\n\n")
			.find((part) => part.startsWith("Exit status:"));
		expect(rule).toBeDefined();
		for (const topic of ["status", "draft"]) expect(runCli([topic, "--help"]).stdout).toContain(rule);
		const readme = readFileSync(join(REPO, "README.md"), "utf8").replace(/\s+/g, " ");
		expect(readme).toContain((rule ?? "").replace(/\s+/g, " ").trim());
	});

	it("says to build first, in one line and with status 1, when run before a build", () => {
		const copy = mkdtempSync(join(tmpdir(), "ifu-unbuilt-"));
		try {
			mkdirSync(join(copy, "bin"));
			copyFileSync(BIN, join(copy, "bin", "interview-follow-up.js"));
			const result = spawnSync(process.execPath, [join(copy, "bin", "interview-follow-up.js"), "status"], { encoding: "utf8" });
			expect(result.status).toBe(1);
			expect(result.stderr).toContain("npm run build");
			expect(result.stderr).not.toContain("Cannot find module");
			expect(result.stderr.trim().split("\n")).toHaveLength(1);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});

	it("explains every flag with --help and exits 0", () => {
		const result = runCli(["status", "--help"]);
		expect(result.status).toBe(0);
		for (const flag of ["--json", "--now", "--tag", "--folder", "--window-hours", "--wait-days", "NO_COLOR", "Exit status"]) {
			expect(result.stdout).toContain(flag);
		}
		expect(runCli(["--help"]).stdout).toContain("draft");
		expect(runCli(["draft", "--help"]).stdout).toContain("--template");
	});
});

describe("the text report", () => {
	it("prints a header, the stages with counts, the open checks and each problem as path: field: message", () => {
		const result = runCli(["status", BASIC, "--now", "2026-11-20T16:00"]);
		const report = runJson(["status", BASIC, "--now", "2026-11-20T16:00"]);
		const lines = result.stdout.split("\n");
		expect(lines[0]).toContain(BASIC);
		expect(lines[0]).toContain("20 Nov 2026, 16:00");
		const actNow = report.interviews.filter((note) => note.stage === "act-now").length;
		expect(actNow).toBeGreaterThan(1);
		expect(lines).toContain(`Act now (${actNow})`);
		expect(lines.some((line) => line.startsWith("  Acme — Platform Engineer (Interviews/Acme - Platform Engineer.md)"))).toBe(true);
		expect(lines).toContain("    thank-you to Jane Doe due in 17 h");
		expect(lines.some((line) => line.startsWith(`    ${NO_DATE}: interview_date: `))).toBe(true);
	});

	it("prints no colour codes when piped", () => {
		const result = runCli(["status", BASIC, "--now", "2026-11-20T16:00"]);
		expect(result.stdout).not.toContain(ESCAPE);
	});

	it("prints colour codes when FORCE_COLOR asks for them, and none with NO_COLOR", () => {
		expect(runCli(["status", BASIC, "--now", "2026-11-20T16:00"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ESCAPE);
		expect(runCli(["status", BASIC, "--now", "2026-11-20T16:00"], { env: { NO_COLOR: "1" } }).stdout).not.toContain(ESCAPE);
	});

	it("never colours the JSON", () => {
		expect(runCli(["status", BASIC, "--json"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESCAPE);
	});

	const hasScript = spawnSync("script", ["--version"]).status === 0;
	it.runIf(hasScript)("colours the report on a terminal, and not on a terminal with NO_COLOR set", () => {
		const onTerminal = (env: Record<string, string>) => {
			const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} status ${JSON.stringify(BASIC)} --now 2026-11-20T16:00`;
			const clean: Record<string, string | undefined> = { ...process.env, ...env };
			delete clean.FORCE_COLOR;
			if (!("NO_COLOR" in env)) delete clean.NO_COLOR;
			// `script` gives the report a pseudo-terminal, as a person's shell would.
			return spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: { ...clean, TERM: "xterm-256color" } }).stdout;
		};
		const coloured = onTerminal({});
		expect(coloured).toContain("Acme");
		expect(coloured).toContain(ESCAPE);
		const plain = onTerminal({ NO_COLOR: "1" });
		expect(plain).toContain("Acme");
		expect(plain).not.toContain(ESCAPE);
	});
});
