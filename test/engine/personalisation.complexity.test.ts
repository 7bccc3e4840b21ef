// Rule 3's cost over the note shapes that once made it slow, counted rather than timed: each shape at n, 2n, 4n and 8n,
// and each doubling of the note at most (about) doubles the work. Before, 1,000 interviewers with 500 drafts took 28 s
// (every interviewer against every other, for every draft), and 1,000 topics against a 5 MB draft 10 s (the draft
// lower-cased once per topic).
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index";
import { findThankYouDrafts } from "../../src/engine/personalisation";
import { DEFAULT_ENGINE_SETTINGS, type Evaluation, type ThankYouDraft } from "../../src/engine/types";
import { expectLinearWork, workOf } from "./personalisation-work";

const NOW = new Date(2026, 10, 25, 12, 0);
const BASE = { tags: ["interview"], company: "Acme", interview_date: "2026-11-20T14:00" };
const LINE = "Notes taken during the interview, line after line, to fill the draft with words.\n";

function evaluateWith(frontmatter: Record<string, unknown>, drafts: ThankYouDraft[]): Evaluation {
	return evaluate({ path: "a.md", frontmatter: { ...BASE, ...frontmatter }, drafts }, NOW, DEFAULT_ENGINE_SETTINGS);
}

/** n plain interviewers, and a `## Thank-you: PersonN X` section of its own for every other one, as in the 33 KB note. */
function manyInterviewersAndDrafts(n: number): Evaluation {
	const interviewers = Array.from({ length: n }, (_, i) => `Person${i + 1} X`);
	const body = Array.from({ length: n / 2 }, (_, i) => `## Thank-you: Person${i + 1} X\nDear Person${i + 1}, thanks for the talk about subject ${i}.\n`).join(
		"\n",
	);
	return evaluateWith({ interviewers }, findThankYouDrafts(body));
}

/** n topics, written as one comma-separated text, and a draft of n lines that mentions none of them. */
function manyTopicsAndALongDraft(n: number): Evaluation {
	const topics = Array.from({ length: n }, (_, i) => `topic number ${i}`).join(", ");
	return evaluateWith({ interviewers: ["Jane Doe"], topics }, [{ heading: "Thank-you: Jane Doe", text: LINE.repeat(n) }]);
}

describe("rule 3's work grows in proportion to the note", () => {
	it("with many interviewers and many drafts: each heading and draft is read once", () => {
		expectLinearWork(50, manyInterviewersAndDrafts);
		const evaluation = manyInterviewersAndDrafts(1000);
		const rule3 = evaluation.checks.filter((check) => check.rule === 3);
		expect(rule3).toHaveLength(500);
		expect(rule3.every((check) => check.state === "ok")).toBe(true);
	});

	it("with many topics and a long draft: the draft is lower-cased once and searched for all topics in one pass", () => {
		expectLinearWork(100, manyTopicsAndALongDraft);
		expect(manyTopicsAndALongDraft(800).checks.find((check) => check.rule === 3)?.reason).toBe("no-topics");
	});

	it("with many topics alone, and with a long draft alone", () => {
		expectLinearWork(200, (n) =>
			evaluateWith({ interviewers: ["Jane Doe"], topics: Array.from({ length: Math.min(n, 1000) }, (_, i) => `t${i}`) }, [
				{ heading: "Thank-you: Jane Doe", text: `About t${n - 1}.` },
			]),
		);
		expectLinearWork(1000, (n) =>
			evaluateWith({ interviewers: ["Jane Doe"], topics: ["design"] }, [{ heading: "Thank-you: Jane Doe", text: `${LINE.repeat(n)}design` }]),
		);
	});

	it("with many identical drafts: they are grouped by their text, not compared two by two", () => {
		const identical = (n: number): Evaluation => {
			const interviewers = Array.from({ length: n }, (_, i) => `Interviewer ${i + 1}`);
			const drafts = interviewers.map((name) => ({ heading: `Thank-you: ${name}`, text: `Dear ${name},\n${LINE.repeat(4)}` }));
			return evaluateWith({ interviewers, topics: ["interview"] }, drafts);
		};
		expectLinearWork(50, identical);
		// Once the names are set aside, every draft reads the same: each one is another's twin.
		expect(
			new Set(
				identical(100)
					.checks.filter((check) => check.rule === 3)
					.map((check) => check.reason),
			),
		).toEqual(new Set(["same-as-another"]));
	});

	it("with long names, long headings and long runs of spaces in them", () => {
		expectLinearWork(2000, (n) => {
			const name = `Jane${" ".repeat(n)}Doe`;
			return evaluateWith({ interviewers: [name, "Sam Lee"], topics: ["design"] }, [
				{ heading: `Thank-you: ${name}`, text: `${" \t".repeat(n)}design` },
				{ heading: `Thank-you: Sam${"\t".repeat(n)}Lee`, text: `${"[".repeat(n)}design` },
			]);
		});
		expectLinearWork(2000, (n) => findThankYouDrafts(`## Thank-you to Jane Doe\n${"#".repeat(n)}\n## Thank-you ${" ".repeat(n)}\n### ${"a ".repeat(n)}\n`));
	});

	it("with names that are suffixes of one another in one long heading", () => {
		// "a", "a a", "a a a", …: every position of the heading ends many names; each is still reported once per heading.
		const interviewers = Array.from({ length: 40 }, (_, i) => Array.from({ length: i + 1 }, () => "a").join(" "));
		expectLinearWork(500, (n) =>
			evaluateWith({ interviewers }, [
				{ heading: `Thank-you: ${"a ".repeat(n)}`, text: "Hi." },
				{ heading: `Thank-you: ${"a ".repeat(n)}`, text: "Ho." },
			]),
		);
	});

	it("costs nothing for a note without drafts", () => {
		const interviewers = Array.from({ length: 1000 }, (_, i) => `Person${i + 1} X`);
		const withoutDrafts = workOf(() => evaluateWith({ interviewers, topics: ["design"] }, []));
		expect(withoutDrafts).toBe(
			workOf(() => evaluate({ path: "a.md", frontmatter: { ...BASE, interviewers, topics: ["design"] } }, NOW, DEFAULT_ENGINE_SETTINGS)),
		);
	});
});
