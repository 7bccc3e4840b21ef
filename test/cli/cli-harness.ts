// Runs the built command-line report the way a user does (`node bin/interview-follow-up.js …`) for the CLI tests:
// builds it once per test run, runs it on fixture vaults, and fingerprints vaults to prove nothing was written.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import type { InterviewJson, ReportJson } from "../../src/cli/report";

// The JSON's shape as the report declares it; the tests check the printed values against SPEC on their own.
export type { CheckJson, InterviewJson, ReportJson } from "../../src/cli/report";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(REPO, "bin", "interview-follow-up.js");
export const FIXTURE_VAULTS = join(REPO, "test", "fixtures", "vaults");
export const EXAMPLE_VAULT = join(REPO, "examples", "vault");

const STAMPS = join(REPO, "test-output");
// Test files run in parallel workers of one vitest process; they share its id, so the bundle is built once per run
// and no file runs the CLI while another is rewriting it.
const RUN = isMainThread ? process.ppid : process.pid;
const LOCK = join(STAMPS, `cli-build-${RUN}.lock`);
const DONE = join(STAMPS, `cli-build-${RUN}.done`);
const FAILED = join(STAMPS, `cli-build-${RUN}.failed`);
const BUILD_TIMEOUT_MS = 120_000;

/** `node esbuild.config.mjs production`, once per test run, whichever test file asks first. */
export async function buildCliOnce(): Promise<void> {
	mkdirSync(STAMPS, { recursive: true });
	if (isFresh(DONE)) return;
	removeOldStamps();
	try {
		mkdirSync(LOCK);
	} catch {
		await waitForBuild();
		return;
	}
	const result = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: REPO, encoding: "utf8" });
	if (result.status !== 0) {
		writeFileSync(FAILED, `${result.stdout}\n${result.stderr}`);
		throw new Error(`the build failed:\n${result.stderr}`);
	}
	writeFileSync(DONE, new Date().toISOString());
	rmSync(LOCK, { recursive: true, force: true });
}

async function waitForBuild(): Promise<void> {
	const started = Date.now();
	while (Date.now() - started < BUILD_TIMEOUT_MS) {
		if (isFresh(DONE)) return;
		if (isFresh(FAILED)) throw new Error(`the build failed:\n${readFileSync(FAILED, "utf8")}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	// A lock left by a run that died: build anyway rather than wait forever.
	rmSync(LOCK, { recursive: true, force: true });
	await buildCliOnce();
}

/** Stamps of earlier runs, a day old or more, would only pile up in test-output/. */
function removeOldStamps(): void {
	for (const name of readdirSync(STAMPS)) {
		if (!name.startsWith("cli-build-")) continue;
		const path = join(STAMPS, name);
		try {
			if (Date.now() - statSync(path).mtimeMs > 24 * 60 * 60 * 1000) rmSync(path, { recursive: true, force: true });
		} catch {
			// Another test file removed it first.
		}
	}
}

/** A stamp from this run; an old one from a process that happened to have the same id does not count. */
function isFresh(path: string): boolean {
	return existsSync(path) && Date.now() - statSync(path).mtimeMs < 60 * 60 * 1000;
}

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the built binary with `args`; stdout is a pipe, as for a script or a cron job. */
export function runCli(args: readonly string[], options: { env?: Record<string, string | undefined>; cwd?: string } = {}): CliResult {
	const env: Record<string, string | undefined> = { ...process.env };
	// The run is judged as a pipe unless a test asks otherwise, whatever the shell that started the tests set.
	delete env.FORCE_COLOR;
	delete env.NO_COLOR;
	const result = spawnSync(process.execPath, [BIN, ...args], {
		cwd: options.cwd ?? REPO,
		env: { ...env, ...options.env },
		encoding: "utf8",
		// A report over the whole hostile corpus runs to megabytes (1,000 interviewers, a 100 KB company name): more
		// than the 1 MB a child's output is cut at by default.
		maxBuffer: 256 * 1024 * 1024,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The report as JSON; fails the test with the CLI's own words when it did not print JSON. */
export function runJson(args: readonly string[], options: { env?: Record<string, string | undefined> } = {}): ReportJson {
	const result = runCli([...args, "--json"], options);
	if (result.status !== 0) throw new Error(`exit status ${String(result.status)}: ${result.stderr}`);
	return JSON.parse(result.stdout) as ReportJson;
}

/** ISO 8601 with seconds and the UTC offset (Z or ±hh:mm), as SPEC asks of every instant. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/** The offset an ISO instant states, in minutes east of UTC. */
export function statedOffsetMinutes(iso: string): number {
	const m = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(iso);
	if (!m) throw new Error(`no offset in ${iso}`);
	if (m[1] === "Z") return 0;
	return (m[2] === "-" ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

/**
 * A fingerprint of every file and link under `root`, dot-folders included: path, kind, mode, size, contents'
 * hash and modification time. Two equal fingerprints mean nothing was written, created or deleted.
 */
export function fingerprint(root: string): string[] {
	const lines: string[] = [];
	const visit = (folder: string, prefix: string): void => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const rel = prefix === "" ? name : `${prefix}/${name}`;
			const stats = lstatSync(path);
			if (stats.isSymbolicLink()) lines.push(`${rel} -> ${readlinkSync(path)}`);
			else if (stats.isDirectory()) {
				lines.push(`${rel}/ ${stats.mode.toString(8)}`);
				visit(path, rel);
			} else {
				const hash =
					(stats.mode & 0o444) === 0 && process.getuid?.() !== 0 ? "unreadable" : createHash("sha256").update(readFileSync(path)).digest("hex");
				lines.push(`${rel} ${stats.mode.toString(8)} ${stats.size} ${hash} ${stats.mtimeMs}`);
			}
		}
	};
	visit(root, "");
	return lines;
}

/** Every `rule:state` pair among the report's checks, for asking which states appear. */
export function ruleStates(report: ReportJson): Set<string> {
	return new Set(report.interviews.flatMap((note) => note.checks.map((check) => `${check.rule}:${check.state}`)));
}

export function interviewAt(report: ReportJson, path: string): InterviewJson {
	const found = report.interviews.find((note) => note.path === path);
	if (!found) throw new Error(`${path} is not among the interviews: ${report.interviews.map((note) => note.path).join(", ")}`);
	return found;
}
