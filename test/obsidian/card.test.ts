// What one card says, as data: the buttons for the open checks, problems led by their field as written, an upcoming
// interview's distance from now, and names kept short enough for a narrow sidebar.
import { describe, expect, it } from "vitest";
import type { Check, Evaluation, InterviewNote } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";
import { actionsFor, describeCard, problemLine, shortName, type NamedText } from "../../src/obsidian/card";

// 20 November 2026, 16:00 local, in every time zone the tests run in.
const NOW = new Date(2026, 10, 20, 16, 0);

const check = (rule: Check["rule"], state: Check["state"], subject: string | null = null, due: Date | null = null): Check => ({
	rule,
	subject,
	state,
	due,
	message: "",
});

const words = (text: NamedText): string => `${text.before}${text.name ?? ""}${text.after}`;

function noteAt(interview: string | null, overrides: { company?: string | null; role?: string | null } = {}): InterviewNote {
	return new InterviewNoteBuilder()
		.path("x.md")
		.company(overrides.company === undefined ? "Acme" : overrides.company)
		.role(overrides.role === undefined ? "Product designer" : overrides.role)
		.interview(interview)
		.build();
}

function evaluation(note: InterviewNote, stage: Evaluation["stage"], checks: Check[] = [], problems: Evaluation["problems"] = []): Evaluation {
	return { path: note.path, stage, checks, problems, note };
}

describe("describeCard", () => {
	it("says what a waiting note with nothing open waits for, and nothing of the kind while a check is open", () => {
		const nextRound = new InterviewNoteBuilder().path("x.md").company("Acme").interview("2026-11-13T11:00").outcome("next-round").build();
		expect(describeCard(evaluation(nextRound, "waiting"), NOW).waiting).toBe("Next round: nothing to do until Acme is in touch");
		const withOpen = describeCard(evaluation(nextRound, "waiting", [check(6, "todo", "Jane Doe")]), NOW);
		expect(withOpen.waiting).toBeNull();
		expect(describeCard(evaluation(nextRound, "closed"), NOW).waiting).toBeNull();
	});

	it("says what is not set instead of leaving a blank", () => {
		const content = describeCard(
			evaluation(noteAt(null, { company: null, role: null }), "act-now", [], [{ field: "company", message: "company is missing", detail: "is missing" }]),
			NOW,
		);
		expect(content.company).toBe("Company not set");
		expect(content.when).toBe("Interview date not set");
		expect(content.timeline).toEqual([]);
		// The field as written, never capitalised: it is a key the user types in the note.
		expect(content.problems).toEqual([{ field: "company", text: " is missing" }]);
	});

	it("says how far off an upcoming interview is, with its date, and draws no empty timeline for it", () => {
		// 25 November 09:30 is 4 days and 17½ hours after 20 November 16:00.
		const content = describeCard(evaluation(noteAt("2026-11-25T09:30"), "upcoming"), NOW);
		expect(content.when).toMatch(/^Interview in 4 days \(.*25 Nov, 09:30\)$/);
		expect(content.timeline).toEqual([]);
	});

	it("gives the date alone once the interview has happened", () => {
		const content = describeCard(evaluation(noteAt("2026-11-20T14:00"), "act-now"), NOW);
		expect(content.when).toMatch(/^Interview .*20 Nov, 14:00$/);
		expect(content.when).not.toContain("ago");
	});

	it("draws a timeline once there is a deadline after the interview", () => {
		const deadline = new Date(2026, 10, 21, 14, 0);
		const content = describeCard(evaluation(noteAt("2026-11-20T14:00"), "act-now", [check(2, "due", "Jane Doe", deadline)]), NOW);
		expect(content.timeline.map((marker) => marker.kind)).toEqual(["interview", "thank-you", "now"]);
	});

	it("names a long-named interviewer by a short form in the check line, with the whole sentence kept for hover", () => {
		const long = "Wolfeschlegelsteinhausenbergerdorff".repeat(10);
		const deadline = new Date(2026, 10, 21, 14, 0);
		const content = describeCard(evaluation(noteAt("2026-11-20T14:00"), "act-now", [check(2, "due", long, deadline)]), NOW);
		const line = content.checks[0];
		expect(line?.text.name).toBe(shortName(long));
		expect(words(line?.text ?? { before: "", name: null, after: "" })).toBe(`Thank-you to ${shortName(long)} due in 22 h`);
		expect(line?.full).toBe(`Thank-you to ${long} due in 22 h`);
	});

	it("leaves a short name whole and adds no hover text", () => {
		const deadline = new Date(2026, 10, 21, 14, 0);
		const line = describeCard(evaluation(noteAt("2026-11-20T14:00"), "act-now", [check(2, "due", "Jane Doe", deadline)]), NOW).checks[0];
		expect(line?.text).toEqual({ before: "Thank-you to ", name: "Jane Doe", after: " due in 22 h" });
		expect(line?.full).toBeNull();
	});
});

describe("problems", () => {
	it("keeps a message that starts with its YAML key as written, with the key set apart", () => {
		const line = problemLine({
			field: "interview_date",
			message: "interview_date is missing: add when the interview starts.",
			detail: "is missing: add when the interview starts.",
		});
		expect(line).toEqual({ field: "interview_date", text: " is missing: add when the interview starts." });
	});

	it("sets a quoted near-miss key apart the same way", () => {
		const line = problemLine({
			field: "interviewDate",
			message: '"interviewDate" is not read: did you mean "interview_date"?',
			detail: 'is not read: did you mean "interview_date"?',
		});
		expect(line).toEqual({ field: "interviewDate", text: ' is not read: did you mean "interview_date"?' });
	});

	it("names the whole path of a nested key whose message quotes only its last part", () => {
		const line = problemLine({
			field: "interviewers[0].linkedn",
			message: '"linkedn" is not read: did you mean "linkedin"?',
			detail: 'is not read: did you mean "linkedin"?',
		});
		expect(line).toEqual({ field: "interviewers[0].linkedn", text: ' is not read: did you mean "linkedin"?' });
	});

	it("puts any other message after the field and a colon, unchanged", () => {
		const message = "The note's frontmatter is a list instead of properties (key: value), so none of it could be read.";
		expect(problemLine({ field: "frontmatter", message, detail: message })).toEqual({ field: "frontmatter", text: `: ${message}` });
	});

	it("does not take a longer word for the field", () => {
		expect(problemLine({ field: "role", message: "roles should be text", detail: "roles should be text" }).text).toBe(": roles should be text");
	});
});

describe("the action buttons", () => {
	it("offers to draft or mark sent a thank-you that is due, once per interviewer", () => {
		const actions = actionsFor([check(1, "todo", "Jane Doe"), check(2, "overdue", "Jane Doe"), check(1, "todo", "Raj Patel")], "Acme");
		expect(actions.map((a) => `${a.action} ${a.subject}`)).toEqual([
			"insert-thank-you Jane Doe",
			"mark-thank-you-sent Jane Doe",
			"insert-thank-you Raj Patel",
			"mark-thank-you-sent Raj Patel",
		]);
		expect(actions[0]?.ariaLabel).toBe("Draft a thank-you note to Jane Doe (Acme)");
		expect(actions.map((a) => words(a.label))).toEqual([
			"Draft thank-you to Jane Doe",
			"Mark sent to Jane Doe",
			"Draft thank-you to Raj Patel",
			"Mark sent to Raj Patel",
		]);
	});

	it("offers a follow-up once it is due, not while waiting", () => {
		expect(actionsFor([check(4, "waiting")], "Acme")).toEqual([]);
		expect(actionsFor([check(4, "due")], "Acme").map((a) => a.action)).toEqual(["insert-follow-up", "log-follow-up"]);
	});

	it("offers the LinkedIn request per interviewer and the gracious reply after a rejection", () => {
		expect(actionsFor([check(6, "todo", "Jane Doe")], null).map((a) => [a.action, a.subject])).toEqual([["mark-linkedin", "Jane Doe"]]);
		expect(actionsFor([check(7, "todo")], null).map((a) => a.action)).toEqual(["insert-gracious"]);
		expect(actionsFor([check(5, "excess"), check(3, "generic", "Jane Doe")], null)).toEqual([]);
	});

	it("keeps a button's text short for a very long name, while its aria-label says the name and company in full", () => {
		const long = "Wolfeschlegelsteinhausenbergerdorff".repeat(300);
		const [draft] = actionsFor([check(1, "todo", long)], long);
		expect(words(draft?.label ?? { before: "", name: null, after: "" }).length).toBeLessThanOrEqual("Draft thank-you to ".length + 24);
		expect(draft?.ariaLabel).toBe(`Draft a thank-you note to ${long} (${long})`);
	});
});

describe("shortName", () => {
	it("leaves a name of 24 characters or fewer whole", () => {
		expect(shortName("Jane Doe")).toBe("Jane Doe");
		expect(shortName("Anna-Louise Fitzgerald")).toBe("Anna-Louise Fitzgerald");
	});

	it("cuts a longer name at a space, so the first names show whole, and marks the cut", () => {
		const short = shortName("Maria Fernanda Gonzalez de la Vega");
		expect(short).toBe("Maria Fernanda Gonzalez…");
		expect(Array.from(short).length).toBeLessThanOrEqual(24);
	});

	it("cuts one very long word at 23 characters", () => {
		const short = shortName("Wolfeschlegelsteinhausenbergerdorff");
		expect(short).toBe("Wolfeschlegelsteinhause…");
	});

	it("cuts at the last space when the limit falls inside a word", () => {
		expect(shortName("Maria Fernanda Gonzalezz de la Vega")).toBe("Maria Fernanda…");
	});

	it("counts an emoji with its skin tone and joined parts as one character, as a reader does", () => {
		// 21 characters to the eye, 25 code points.
		const name = "Zoë 👩🏽‍💻 Okonkwo-Ørsted 🎉";
		expect(shortName(name)).toBe(name);
	});

	it("never cuts inside a joined emoji", () => {
		const name = `${"a".repeat(22)}👩🏽‍💻 Doe`;
		// The emoji is the 23rd character: it stays whole, or goes whole.
		expect(shortName(name)).toBe(`${"a".repeat(22)}👩🏽‍💻…`);
	});
});
