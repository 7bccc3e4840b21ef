// Long runs of one character (spaces, tabs, slashes, brackets, braces, blank lines) in every place a note's text is
// scanned with a pattern. A pattern that retries at each character of a run takes time in the square of its length,
// and one shared note would stall Obsidian every minute. A pattern's steps cannot be counted, so each run is read at
// n and at 8n characters and the two compared: eight times the text may take about eight times as long (up to 24
// times, for a noisy machine), never the 64 times a quadratic pattern takes. A ratio, not a budget: no time is asserted.
import { describe, expect, it } from "vitest";
import { parseNoteTime } from "../../src/engine/dates";
import { evaluate } from "../../src/engine/index";
import { isInterviewNote } from "../../src/engine/note";
import { findThankYouDrafts } from "../../src/engine/personalisation";
import { holdsPlaceholder } from "../../src/engine/placeholders";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { readFrontmatter } from "../../src/cli/frontmatter";

const RUN = 50_000;
/** How much longer eight times the text may take: linear is 8, quadratic 64. */
const MOST_GROWTH = 24;
/**
 * Below this many milliseconds at 8n, warm-up and garbage collection are all there is to see (a linear reading of a
 * 50,000-character run takes a few milliseconds; the quadratic ones this guards against took seconds).
 */
const NOISE_MS = 50;
const NOW = new Date(2026, 10, 25, 12, 0);

/** The characters that patterns over note text tend to repeat on, and the text around a run. */
const CHARACTERS = [" ", "\t", " \t", "/", "#", "[", "[[", "]", "(", "{", "{{", "}", "-", ":", "|", "\\", "*", "`", "~", "0", "a ", "\n", "\r\n", " \n"];
const AROUND = ["", "x", "{{", "[[", "## Thank-you to Jane ", "https://", "2026-11-20T"];

function timed(work: () => unknown): number {
	const started = performance.now();
	work();
	return performance.now() - started;
}

function runs(length: number): { label: string; text: string }[] {
	return CHARACTERS.flatMap((character) =>
		AROUND.map((before) => ({
			label: `${JSON.stringify(before)} + ${JSON.stringify(character)}`,
			text: `${before}${character.repeat(Math.ceil(length / character.length))}x`,
		})),
	);
}

/** The quickest of three readings, so one pause of the machine does not count. */
function quickest(read: () => unknown): number {
	return Math.min(timed(read), timed(read), timed(read));
}

/** Every run whose reading grew faster than its length from n to 8n, with both times, so one failure names them all. */
function slowRuns(read: (text: string) => unknown): string[] {
	const short = runs(RUN / 8);
	return runs(RUN).flatMap(({ label, text }, i) => {
		const long = quickest(() => read(text));
		if (long < NOISE_MS) return [];
		const base = quickest(() => read(short[i]?.text ?? ""));
		return long > MOST_GROWTH * base ? [`${label}: ${base.toFixed(1)} ms at ${RUN / 8}, ${long.toFixed(1)} ms at ${RUN}`] : [];
	});
}

describe(`runs of ${RUN.toLocaleString("en-US")} of one character`, () => {
	it("in a thank-you section's heading or text are read at once", { timeout: 600_000 }, () => {
		expect(slowRuns((run) => findThankYouDrafts(`## Thank-you to Jane Doe\n${run}\n## Thank-you ${run}\n### ${run}\n`))).toEqual([]);
	});

	it("in two interviewers' drafts are compared, and searched for placeholders and topics, at once", { timeout: 600_000 }, () => {
		const frontmatter = {
			tags: ["interview"],
			company: "Acme",
			interview_date: "2026-11-20T14:00",
			interviewers: ["Jane Doe", "Sam Lee"],
			topics: ["design systems"],
		};
		expect(
			slowRuns((run) =>
				evaluate(
					{
						path: "a.md",
						frontmatter,
						drafts: [
							{ heading: "Thank-you to Jane Doe", text: run },
							{ heading: "Thank-you to Sam Lee", text: `${run} ` },
						],
					},
					NOW,
					DEFAULT_ENGINE_SETTINGS,
				),
			),
		).toEqual([]);
		expect(slowRuns((run) => holdsPlaceholder(run))).toEqual([]);
	});

	it("in every frontmatter field are read at once", { timeout: 600_000 }, () => {
		const fields = [
			"company",
			"role",
			"interview_date",
			"duration",
			"interviewers",
			"thank_you_sent",
			"follow_ups",
			"follow_up_invited",
			"outcome",
			"topics",
			"tags",
			"type",
			"interviewDate",
		];
		for (const field of fields) {
			const slow = slowRuns((run) => {
				const frontmatter: Record<string, unknown> = {
					tags: ["interview"],
					interview_date: "2026-11-20T14:00",
					interviewers: ["Jane Doe"],
					[field]: run,
				};
				if (isInterviewNote("a.md", frontmatter, DEFAULT_ENGINE_SETTINGS)) evaluate({ path: "a.md", frontmatter }, NOW, DEFAULT_ENGINE_SETTINGS);
			});
			expect(slow, field).toEqual([]);
		}
		expect(slowRuns((run) => parseNoteTime(run))).toEqual([]);
	});

	it("in a note's frontmatter block are read by the command line at once", { timeout: 600_000 }, () => {
		expect(
			slowRuns((run) => [readFrontmatter(`---\n${run}\n---\n`), readFrontmatter(`---\nkey: ${run}\n---\n`), readFrontmatter(`---${run}\n---\n`)]),
		).toEqual([]);
	});
});
