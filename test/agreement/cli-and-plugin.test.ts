// @vitest-environment happy-dom
// One answer everywhere: for every note of the example vault, the test vaults and the hostile corpus, the command-line
// report's JSON and the plugin's live index (fed by the test double's metadata cache, as in Obsidian) say the same
// thing: the same notes, stages, checks with their states and due instants, and problems.
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { toIsoInstant } from "../../src/engine/dates";
import type { Evaluation } from "../../src/engine/types";
import InterviewFollowUpPlugin from "../../src/main";
import type { InterviewJson, ReportJson } from "../../src/cli/report";
import { run } from "../../src/cli/run";
import { createTestApp, loadPlugin, unloadPlugin } from "../harness/app";
import { loadVaultFolder } from "../harness/load-vault";

// The happy-dom environment replaces the global URL, so paths are made from Node's own.
const REPO = fileURLToPath(new (await import("node:url")).URL("../..", import.meta.url));
const EXAMPLE_VAULT = join(REPO, "examples", "vault");
const FIXTURE_VAULTS = join(REPO, "test", "fixtures", "vaults");
const HOSTILE_FOLDER = join(REPO, "test", "fixtures", "hostile");
const { CORPUS } = await import("../hardening/corpus");

/** The command-line report's JSON, from the same `run` the `interview-follow-up` command calls. */
function statusJson(folder: string, now: string): ReportJson {
	let stdout = "";
	let stderr = "";
	const status = run(["status", folder, "--json", "--now", now], {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		env: {},
		isTerminal: false,
		clock: () => new Date(Number.NaN),
	});
	if (status !== 0) throw new Error(`exit status ${status}: ${stderr}`);
	return JSON.parse(stdout) as ReportJson;
}

// The double walks frontmatter for links without a bound, which never ends on an alias bomb (see alias-safe-metadata.ts).
vi.mock("../harness/metadata", async (importOriginal) => {
	const original = await importOriginal<typeof import("../harness/metadata")>();
	const { holdsAnchors, metadataWithoutLinkWalk } = await import("../hardening/alias-safe-metadata");
	return {
		...original,
		computeMetadata: (text: string) => (holdsAnchors(text, original) ? metadataWithoutLinkWalk(text, original) : original.computeMetadata(text)),
	};
});

/** What both faces must agree on for one note, in the CLI's JSON vocabulary. */
interface Answer {
	path: string;
	stage: string;
	checks: { rule: number; subject: string | null; state: string; due: string | null; message: string }[];
	problems: { field: string; message: string }[];
}

function fromCli(interview: InterviewJson): Answer {
	return {
		path: interview.path,
		stage: interview.stage,
		checks: interview.checks.map(({ rule, subject, state, due, message }) => ({ rule, subject, state, due, message })),
		problems: interview.problems.map(({ field, message }) => ({ field, message })),
	};
}

function fromPlugin(evaluation: Evaluation): Answer {
	return {
		path: evaluation.path,
		stage: evaluation.stage,
		checks: evaluation.checks.map(({ rule, subject, state, due, message }) => ({
			rule,
			subject,
			state,
			due: due === null ? null : toIsoInstant(due),
			message,
		})),
		problems: evaluation.problems.map(({ field, message }) => ({ field, message })),
	};
}

/**
 * Notes the two faces are known to read differently, with the reason in the hostile corpus (`channelsDiffer`): a
 * byte-order mark, which the command line's decoder drops and Obsidian's cache keeps in front of the fence.
 */
const KNOWN_DIFFERENT = new Set(CORPUS.filter((hostile) => hostile.channelsDiffer !== undefined).map((hostile) => hostile.file));

function agreed(answer: { path: string }): boolean {
	return !KNOWN_DIFFERENT.has(answer.path);
}

const VAULTS: { name: string; folder: string; now: string }[] = [
	{ name: "the example vault", folder: EXAMPLE_VAULT, now: "2026-11-20T16:00" },
	{ name: "the example vault a week on", folder: EXAMPLE_VAULT, now: "2026-11-27T09:30" },
	{ name: "the basic test vault", folder: join(FIXTURE_VAULTS, "basic"), now: "2026-11-21T10:00" },
	{ name: "the hostile test vault", folder: join(FIXTURE_VAULTS, "hostile"), now: "2026-11-25T12:00" },
	{ name: "the hostile corpus", folder: HOSTILE_FOLDER, now: "2026-11-25T12:00" },
];

afterAll(() => {
	vi.restoreAllMocks();
});

describe.each(VAULTS)("$name", ({ folder, now }) => {
	it("gets the same answer from the command-line report and the plugin, note for note", async () => {
		const report = statusJson(folder, now);
		const app = createTestApp(loadVaultFolder(folder));
		const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
		const instant = new Date(report.now);
		plugin.now = () => instant;
		await app.workspace.triggerLayoutReady();
		await plugin.index.settled();
		const byPath = <T extends { path: string }>(answers: T[]): T[] => [...answers].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const plugins = byPath(plugin.index.all().map(fromPlugin)).filter(agreed);
		const clis = byPath(report.interviews.map(fromCli)).filter(agreed);
		expect(plugins.map((answer) => answer.path).join("\n")).toEqual(clis.map((answer) => answer.path).join("\n"));
		expect(plugins.length).toBeGreaterThan(0);
		for (const [i, answer] of plugins.entries()) expect(answer, answer.path).toEqual(clis[i]);
		await unloadPlugin(plugin, app);
	}, 60_000);
});
