// Every hostile note through the engine, with the frontmatter Obsidian's metadata cache (the test double) gives:
// no throw, no hang, output that fits SPEC's JSON, no prototype polluted, no code run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index";
import { isInterviewNote } from "../../src/engine/note";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { reportJson } from "../../src/cli/report";
import { expectUnpolluted, snapshotPrototypes, metadataOf, sourceFrom, type PrototypeSnapshot } from "./channels";
import { work } from "../../src/engine/work";
import { bytesOf, CORPUS, NOW, STEPS_PER_CHARACTER, textOf } from "./corpus";
import { reportShapeErrors } from "./shape";

let prototypes: PrototypeSnapshot;
beforeAll(() => {
	prototypes = snapshotPrototypes();
});

afterAll(() => {
	expectUnpolluted(prototypes);
});

describe("the hostile-note corpus in the engine", () => {
	it("holds at least 40 cases, each under its own name", () => {
		expect(CORPUS.length).toBeGreaterThanOrEqual(40);
		expect(new Set(CORPUS.map((hostile) => hostile.file)).size).toBe(CORPUS.length);
	});

	describe.each(CORPUS.map((hostile) => [hostile.file, hostile] as const))("%s", (_file, hostile) => {
		it(`reads "${hostile.what}" as ${hostile.engine === "interview" ? "an interview note" : "no interview note"}, safely and with work in proportion to its size`, () => {
			const text = textOf(bytesOf(hostile));
			const path = `Interviews/${hostile.file}`;
			// Parsing the YAML is the metadata cache's work, not the plugin's: the clock runs from the parsed frontmatter on,
			// through reading the body's drafts, to the evaluation.
			const metadata = metadataOf(text, hostile.aliases);
			// Work is counted, not timed: the text readers' steps may grow with the note's size, never faster.
			const stepsBefore = work.steps;
			const source = sourceFrom(path, text, metadata);
			const counts = isInterviewNote(path, source.frontmatter, DEFAULT_ENGINE_SETTINGS);
			const result = { counts, evaluation: counts ? evaluate(source, NOW, DEFAULT_ENGINE_SETTINGS) : null };
			expect(work.steps - stepsBefore, "steps to read and evaluate").toBeLessThanOrEqual(STEPS_PER_CHARACTER * (text.length + 1000));
			expect(result.counts).toBe(hostile.engine === "interview");
			if (result.evaluation === null) return;
			const report = reportJson([result.evaluation], [], NOW);
			expect(reportShapeErrors(report)).toEqual([]);
			// The evaluation must survive serialising: nothing in it may be cyclic or unbounded.
			expect(JSON.stringify(report).length).toBeLessThan(50 * 1024 * 1024);
			hostile.expectation?.(result.evaluation);
			expectUnpolluted(prototypes);
		});
	});
});
