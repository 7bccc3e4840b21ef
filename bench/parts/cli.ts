// What bounds the command-line report: `status --json` taken apart into its steps, each timed once in a fresh process
// (cold, as the report runs them), wall and CPU time: the walk, opening and reading the files, parsing the frontmatter
// (the fence finder, gray-matter and js-yaml), reading thank-you drafts, the engine, and the JSON. Start-up is not in
// here: it is `node -e 0` and `node dist/cli.js --version`, timed as processes.
import { performance } from "node:perf_hooks";
import { readFrontmatter } from "../../src/cli/frontmatter";
import { printableJson } from "../../src/cli/printable";
import { readFileText } from "../../src/cli/read-file";
import { reportJson } from "../../src/cli/report";
import { listNoteFiles } from "../../src/cli/vault";
import { mayHoldThankYouHeading } from "../../src/engine/headings";
import { evaluateAll } from "../../src/engine/index";
import { findThankYouDrafts } from "../../src/engine/personalisation";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/settings";
import type { NoteSource } from "../../src/engine/types";
import { benchNow } from "./common";

export interface CliStep {
	step: string;
	wallMs: number;
	cpuMs: number;
}

export interface CliStepsResult {
	notes: number;
	withFrontmatter: number;
	withThankYouHeading: number;
	interviewNotes: number;
	steps: CliStep[];
}

function cpuMs(): number {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
}

/** The report's own functions, in its order, each step timed on its own. */
export function benchCliSteps(folder: string): CliStepsResult {
	const steps: CliStep[] = [];
	const step = <T>(name: string, work: () => T): T => {
		const wall = performance.now();
		const cpu = cpuMs();
		const result = work();
		steps.push({ step: name, wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu });
		return result;
	};
	const listing = step("walk", () => listNoteFiles(folder));
	const texts = step("open, fstat, read, decode", () =>
		listing.files.map((file) => {
			const read = readFileText(file.absolute, { followLink: false });
			return read.kind === "text" ? read.text : null;
		}),
	);
	const parsed = step("frontmatter (fences, gray-matter, js-yaml)", () => texts.map((text) => (text === null ? null : readFrontmatter(text))));
	let withFrontmatter = 0;
	let withThankYouHeading = 0;
	const sources = step("thank-you drafts", () => {
		const found: NoteSource[] = [];
		parsed.forEach((result, i) => {
			const file = listing.files[i];
			if (result === null || !result.ok || file === undefined) return;
			if (result.frontmatter !== undefined) withFrontmatter++;
			const mayHold = mayHoldThankYouHeading(result.body);
			if (mayHold) withThankYouHeading++;
			found.push({ path: file.path, frontmatter: result.frontmatter, drafts: mayHold ? findThankYouDrafts(result.body) : [] });
		});
		return found;
	});
	const now = benchNow();
	const evaluations = step("evaluateAll (cold)", () => evaluateAll(sources, now, DEFAULT_ENGINE_SETTINGS));
	step("JSON", () => printableJson(reportJson(evaluations, listing.skipped, now)).length);
	return { notes: listing.files.length, withFrontmatter, withThankYouHeading, interviewNotes: evaluations.length, steps };
}
