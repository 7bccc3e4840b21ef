// Every hostile note through the command-line report: in-process, one case at a time with a time budget; then the
// built binary over a vault holding the whole corpus, as a user runs it. Nothing runs, nothing is written, the JSON
// fits SPEC, every other note is still reported, and each note reads as it does in Obsidian.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index";
import { isInterviewNote } from "../../src/engine/note";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { reportJson } from "../../src/cli/report";
import { run } from "../../src/cli/run";
import { buildCliOnce, fingerprint, runCli } from "../cli/cli-harness";
import { expectUnpolluted, snapshotPrototypes, sourceInObsidian, type PrototypeSnapshot } from "./channels";
import { bytesOf, CORPUS, NOW, NOW_ARGUMENT, textOf, type HostileCase } from "./corpus";
import { reportShapeErrors } from "./shape";

interface Report {
	now: string;
	interviews: { path: string; company: string | null }[];
	skipped: { path: string; reason: string }[];
}

let root: string;
let prototypes: PrototypeSnapshot;

/** A vault holding `cases` under Interviews/, plus one ordinary note that must always be reported. */
function writeVault(folder: string, cases: readonly HostileCase[]): void {
	mkdirSync(join(folder, "Interviews"), { recursive: true });
	for (const hostile of cases) writeFileSync(join(folder, "Interviews", hostile.file), bytesOf(hostile));
	writeFileSync(join(folder, "Ordinary.md"), "---\ntags: [interview]\ncompany: Ordinary\ninterview_date: 2026-11-20T14:00\ninterviewers: [Jane Doe]\n---\n");
}

/** The report in-process, through the same `run` the binary calls, with the clock pinned by --now. */
function runInProcess(vault: string, extra: readonly string[] = ["--json"]): { status: number; stdout: string; stderr: string } {
	let stdout = "";
	let stderr = "";
	const status = run(["status", vault, "--now", NOW_ARGUMENT, ...extra], {
		stdout: (text) => {
			stdout += text;
		},
		stderr: (text) => {
			stderr += text;
		},
		env: { NO_COLOR: "1" },
		isTerminal: false,
		clock: () => {
			throw new Error("the report read the clock although --now was given");
		},
	});
	return { status, stdout, stderr };
}

function expectCaseIn(report: Report, hostile: HostileCase): void {
	const path = `Interviews/${hostile.file}`;
	const reported = report.interviews.some((note) => note.path === path);
	const skipped = report.skipped.find((file) => file.path === path);
	expect({ reported, skipped: skipped !== undefined }).toEqual({ reported: hostile.cli === "reported", skipped: hostile.cli === "skipped" });
	if (hostile.reason && skipped) expect(skipped.reason).toMatch(hostile.reason);
	// Every other note is still reported.
	expect(report.interviews.map((note) => note.path)).toContain("Ordinary.md");
}

beforeAll(async () => {
	prototypes = snapshotPrototypes();
	root = mkdtempSync(join(tmpdir(), "ifu-hostile-cli-"));
	await buildCliOnce();
});

afterAll(() => {
	expectUnpolluted(prototypes);
	rmSync(root, { recursive: true, force: true });
});

describe("each hostile note in the command-line report", () => {
	describe.each(CORPUS.map((hostile) => [hostile.file, hostile] as const))("%s", (file, hostile) => {
		it(`${hostile.cli === "reported" ? "reports" : hostile.cli === "skipped" ? "skips" : "passes over"} "${hostile.what}", without writing`, () => {
			const vault = join(root, `case-${CORPUS.indexOf(hostile)}`);
			writeVault(vault, [hostile]);
			const before = fingerprint(vault);
			const result = runInProcess(vault);
			expect(fingerprint(vault)).toEqual(before);
			expect(result.stderr).toBe("");
			expect(result.status).toBe(0);
			const report: unknown = JSON.parse(result.stdout);
			expect(reportShapeErrors(report)).toEqual([]);
			expectCaseIn(report as Report, hostile);
			expectUnpolluted(prototypes);
			void file;
		});
	});
});

describe("the whole corpus through the built binary", () => {
	let vault: string;
	let before: string[];
	let jsonRun: ReturnType<typeof runCli>;
	let textRun: ReturnType<typeof runCli>;

	beforeAll(() => {
		vault = join(root, "all");
		writeVault(vault, CORPUS);
		before = fingerprint(vault);
		// Run from inside the vault, so a file written by frontmatter code would land where the fingerprint sees it.
		jsonRun = runCli(["status", vault, "--json", "--now", NOW_ARGUMENT], { cwd: vault });
		textRun = runCli(["status", vault, "--now", NOW_ARGUMENT], { cwd: vault, env: { NO_COLOR: "1" } });
	}, 120_000);

	it("exits 0 and prints one report that fits SPEC's JSON", () => {
		expect(jsonRun.stderr).toBe("");
		expect(jsonRun.status).toBe(0);
		expect(reportShapeErrors(JSON.parse(jsonRun.stdout))).toEqual([]);
	});

	it("lists, skips or passes over each note as the corpus table says", () => {
		const report = JSON.parse(jsonRun.stdout) as Report;
		for (const hostile of CORPUS) expectCaseIn(report, hostile);
	});

	it("leaves the vault byte for byte as it was, and runs no frontmatter code", () => {
		expect(fingerprint(vault)).toEqual(before);
		expect(fingerprint(vault).some((line) => line.includes("CODE-RAN"))).toBe(false);
	});

	it("reads each interview note as Obsidian's metadata cache and the engine do", { timeout: 120_000 }, () => {
		const report = JSON.parse(jsonRun.stdout) as ReturnType<typeof reportJson>;
		for (const hostile of CORPUS) {
			if (hostile.cli !== "reported" || hostile.engine !== "interview" || hostile.channelsDiffer) continue;
			const path = `Interviews/${hostile.file}`;
			const source = sourceInObsidian(path, textOf(bytesOf(hostile)), hostile.aliases);
			expect(isInterviewNote(path, source.frontmatter, DEFAULT_ENGINE_SETTINGS)).toBe(true);
			const inObsidian = reportJson([evaluate(source, NOW, DEFAULT_ENGINE_SETTINGS)], [], NOW).interviews[0];
			expect(
				report.interviews.find((note) => note.path === path),
				path,
			).toEqual(inObsidian);
		}
	});

	it("prints names as text in the terminal: no escape codes, no control characters, no line a name breaks in two", () => {
		expect(textRun.status).toBe(0);
		// With NO_COLOR the report has no escape codes of its own, so any escape came from a note.
		expect(textRun.stdout).not.toContain("\u001b");
		expect(textRun.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/);
		expect(textRun.stdout).not.toContain("\nline two");
	});

	it("lets no bidirectional control through, in the text or the JSON, so no line can be reordered", () => {
		const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
		for (const output of [textRun.stdout, textRun.stderr, jsonRun.stdout, jsonRun.stderr]) expect(output).not.toMatch(bidi);
		// The JSON still carries them, escaped: a script reads the names exactly as written.
		expect(jsonRun.stdout).toContain("\\u202e");
		expect(jsonRun.stdout).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
	});
});
