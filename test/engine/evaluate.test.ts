// The engine end to end: raw frontmatter objects, as Obsidian's metadata cache (strings) or a YAML parser (Date
// objects) hands them over, through to checks, problems, stage and order.
import { describe, expect, it } from "vitest";
import { DEFAULT_ENGINE_SETTINGS, evaluate, evaluateAll } from "../../src/engine/index";
import type { Check, Evaluation, NoteSource } from "../../src/engine/index";

const settings = DEFAULT_ENGINE_SETTINGS;

function at(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
	return new Date(year, month - 1, day, hours, minutes);
}

function source(path: string, frontmatter: unknown, drafts?: NoteSource["drafts"]): NoteSource {
	return drafts === undefined ? { path, frontmatter } : { path, frontmatter, drafts };
}

function states(evaluation: Evaluation, rule: number): [string | null, string][] {
	return evaluation.checks.filter((c: Check) => c.rule === rule).map((c) => [c.subject, c.state]);
}

const acme = {
	tags: ["interview"],
	company: "Acme",
	role: "Engineer",
	interview_date: "2026-11-20T14:00",
	interviewers: ["Jane Doe", { name: "John Roe", thanked: "2026-11-20T18:00", linkedin: "connected" }],
	topics: ["design systems"],
};

describe("evaluate", () => {
	it("asks to thank the interviewer not yet thanked, and to act now once it is overdue", () => {
		const evaluation = evaluate(source("Acme.md", acme), at(2026, 11, 21, 15, 0), settings);
		expect(evaluation.path).toBe("Acme.md");
		expect(evaluation.stage).toBe("act-now");
		expect(states(evaluation, 1)).toEqual([
			["Jane Doe", "todo"],
			["John Roe", "done"],
		]);
		expect(states(evaluation, 2)).toEqual([
			["Jane Doe", "overdue"],
			["John Roe", "ok"],
		]);
		expect(states(evaluation, 6)).toEqual([
			["Jane Doe", "todo"],
			["John Roe", "done"],
		]);
		expect(evaluation.checks.find((c) => c.rule === 2)?.due).toEqual(at(2026, 11, 21, 14, 0));
		expect(evaluation.problems).toEqual([]);
	});

	it("reads YAML Date values as the same local times as the metadata cache's strings", () => {
		const fromYaml = {
			...acme,
			// A YAML timestamp without offset arrives as that clock reading in UTC; a date-only value as UTC midnight.
			interview_date: new Date(Date.UTC(2026, 10, 20, 14, 0)),
			thank_you_sent: new Date(Date.UTC(2026, 10, 21)),
		};
		const fromCache = { ...acme, thank_you_sent: "2026-11-21" };
		const now = at(2026, 11, 21, 15, 0);
		const yaml = evaluate(source("a.md", fromYaml), now, settings);
		const cache = evaluate(source("a.md", fromCache), now, settings);
		expect(yaml.checks).toEqual(cache.checks);
		expect(states(yaml, 2)).toEqual([
			["Jane Doe", "ok"],
			["John Roe", "ok"],
		]);
	});

	it("lists a note whose interview date is missing with its problem, no checks, where it will be seen", () => {
		const { interview_date: _dropped, ...withoutDate } = acme;
		const evaluation = evaluate(source("Acme.md", withoutDate), at(2026, 11, 21), settings);
		expect(evaluation.checks).toEqual([]);
		expect(evaluation.stage).toBe("act-now");
		expect(evaluation.problems.map((p) => p.field)).toContain("interview_date");
	});

	it("keeps a note with an unreadable interview date closed after an offer", () => {
		const evaluation = evaluate(source("Acme.md", { ...acme, interview_date: "next Tuesday", outcome: "offer" }), at(2026, 11, 21), settings);
		expect(evaluation.stage).toBe("closed");
		expect(evaluation.problems.map((p) => p.field)).toContain("interview_date");
	});

	it("gives a note without interviewers note-level thank-you checks and a problem asking for the names", () => {
		const { interviewers: _dropped, ...withoutInterviewers } = acme;
		const evaluation = evaluate(source("Acme.md", { ...withoutInterviewers, thank_you_sent: "2026-11-20T19:00" }), at(2026, 11, 22), settings);
		expect(states(evaluation, 1)).toEqual([[null, "done"]]);
		expect(states(evaluation, 2)).toEqual([[null, "ok"]]);
		expect(evaluation.problems.map((p) => p.field)).toContain("interviewers");
	});

	it("is upcoming with no checks before the interview", () => {
		const evaluation = evaluate(source("Acme.md", acme), at(2026, 11, 20, 13, 0), settings);
		expect(evaluation).toMatchObject({ stage: "upcoming", checks: [] });
	});

	it("checks the thank-you drafts read from the body", () => {
		const drafts = [
			{ heading: "Thank-you: Jane Doe", text: "Dear Jane, I enjoyed our talk about design systems." },
			{ heading: "Thank-you: John Roe", text: "Dear John, thank you for your time." },
		];
		const evaluation = evaluate(source("Acme.md", acme, drafts), at(2026, 11, 20, 16, 0), settings);
		expect(states(evaluation, 3)).toEqual([
			["Jane Doe", "ok"],
			["John Roe", "generic"],
		]);
	});

	it("follows up a week after the interview, once, and warns about a second one nobody asked for", () => {
		const now = at(2026, 12, 10);
		expect(states(evaluate(source("a.md", acme), now, settings), 4)).toEqual([[null, "due"]]);
		const twice = { ...acme, follow_ups: ["2026-11-27", { date: "2026-12-02T10:00", channel: "phone" }] };
		const evaluation = evaluate(source("a.md", twice), now, settings);
		expect(states(evaluation, 4)).toEqual([[null, "done"]]);
		expect(states(evaluation, 5)).toEqual([[null, "excess"]]);
	});

	it("takes an unquoted [[Jane Doe]] link as the interviewer it names", () => {
		const evaluation = evaluate(source("a.md", { ...acme, interviewers: [[["Jane Doe"]]] }), at(2026, 11, 20, 15, 0), settings);
		expect(states(evaluation, 1)).toEqual([["Jane Doe", "todo"]]);
	});

	it.each([null, undefined, 42, "text", [], [1, 2], { interview_date: { nested: true } }])("never throws on frontmatter like %j", (frontmatter) => {
		expect(() => evaluate(source("odd.md", frontmatter), at(2026, 11, 20), settings)).not.toThrow();
	});
});

describe("evaluateAll", () => {
	const now = at(2026, 11, 25, 12, 0);
	const sources: NoteSource[] = [
		source("Recipes/pancakes.md", { tags: ["cooking"] }),
		source("No frontmatter.md", undefined),
		source("Interviews/Globex.md", { ...acme, company: "Globex", interview_date: "2026-12-01T09:00" }),
		source("Interviews/Initech.md", { type: "interview", company: "Initech", interview_date: "2026-11-24T10:00", interviewers: ["Bill"] }),
		source("Interviews/Acme.md", { ...acme, tags: "#Interview/onsite" }),
		source("Interviews/Hooli.md", { ...acme, company: "Hooli", outcome: "offer" }),
	];

	it("evaluates only interview notes, in stage order with the earliest due first", () => {
		const evaluations = evaluateAll(sources, now, settings);
		expect(evaluations.map((e) => [e.stage, e.path])).toEqual([
			["act-now", "Interviews/Acme.md"],
			["act-now", "Interviews/Initech.md"],
			["upcoming", "Interviews/Globex.md"],
			["closed", "Interviews/Hooli.md"],
		]);
	});

	it("honours the tag and folder settings", () => {
		const onlyInterviews = { ...settings, folder: "Interviews", tag: "cooking" };
		const paths = evaluateAll([...sources, source("Elsewhere/x.md", { tags: ["cooking"] })], now, onlyInterviews).map((e) => e.path);
		expect(paths).toEqual(["Interviews/Initech.md"]);
	});

	it("accepts any iterable of sources", () => {
		function* generated(): Generator<NoteSource> {
			yield* sources;
		}
		expect(evaluateAll(generated(), now, settings)).toHaveLength(4);
	});
});
