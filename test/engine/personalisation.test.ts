// Rule 3's reading of the body: finding thank-you drafts, matching them to interviewers, and telling a generic
// draft from a personal one, as the advice asks ("reference things you talked about").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftFor, findThankYouDrafts, genericReason } from "../../src/engine/personalisation";
import { notGeneric } from "../../src/engine/rules";
import type { Check, Interviewer, InterviewNote, ThankYouDraft } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";

function interviewer(note: InterviewNote, subject: string): Interviewer {
	const found = note.interviewers.find((person) => person.subject === subject);
	if (!found) throw new Error(`no interviewer ${subject}`);
	return found;
}

describe("findThankYouDrafts", () => {
	it("finds a thank-you section and its text up to the next heading of the same level", () => {
		const body = ["# Acme onsite", "", "## Thank-you: Jane Doe", "", "Dear Jane,", "Thanks!", "", "## Notes", "Other."].join("\n");
		expect(findThankYouDrafts(body)).toEqual([{ heading: "Thank-you: Jane Doe", text: "Dear Jane,\nThanks!" }]);
	});

	it("keeps deeper headings inside the section and stops at a higher one", () => {
		const body = ["### Thank-you: Jane Doe", "Hello", "#### PS", "More", "## Next steps", "Later"].join("\n");
		expect(findThankYouDrafts(body)).toEqual([{ heading: "Thank-you: Jane Doe", text: "Hello\n#### PS\nMore" }]);
	});

	it.each(["Thank-you: Jane Doe", "Thank you — Jane Doe", "thank-you note for Jane Doe", "THANK YOU Jane Doe"])(
		"accepts the heading %s at any level",
		(heading) => {
			for (const level of ["#", "##", "######"]) {
				const drafts = findThankYouDrafts(`${level} ${heading}\nHi`);
				expect(drafts.map((d) => d.heading)).toEqual([heading]);
			}
		},
	);

	it.each(["Thanks Jane Doe", "Thankyou Jane", "Notes on thank-you: Jane", "#hashtag Thank-you"])(
		"does not take the heading %s for a thank-you",
		(heading) => {
			expect(findThankYouDrafts(`## ${heading}\nHi`)).toEqual([]);
		},
	);

	it("ignores headings inside fenced code, and keeps the code in the draft", () => {
		const body = ["```", "## Thank-you: Not Real", "```", "## Thank-you: Jane Doe", "~~~", "# Not a heading", "~~~", "Bye"].join("\n");
		expect(findThankYouDrafts(body)).toEqual([{ heading: "Thank-you: Jane Doe", text: "~~~\n# Not a heading\n~~~\nBye" }]);
	});

	it("finds one draft per interviewer in a row", () => {
		const body = "## Thank-you: Jane Doe\nA\n## Thank-you: John Roe\nB\n";
		expect(findThankYouDrafts(body)).toEqual([
			{ heading: "Thank-you: Jane Doe", text: "A" },
			{ heading: "Thank-you: John Roe", text: "B" },
		]);
	});

	it("drops a closing run of #s from the heading", () => {
		expect(findThankYouDrafts("## Thank-you: Jane Doe ##\nHi")[0]?.heading).toBe("Thank-you: Jane Doe");
	});

	it("skips frontmatter left on top of the body", () => {
		const body = "---\ntags: [interview]\n# Thank-you: in a comment\n---\n## Thank-you: Jane Doe\nHi";
		expect(findThankYouDrafts(body).map((d) => d.heading)).toEqual(["Thank-you: Jane Doe"]);
	});

	it("reads Windows line endings", () => {
		expect(findThankYouDrafts("## Thank-you: Jane Doe\r\nHi\r\n## Other\r\n")).toEqual([{ heading: "Thank-you: Jane Doe", text: "Hi" }]);
	});

	it("starts a new draft at a deeper thank-you heading: Carl's note after Bea's is Carl's", () => {
		const body = ["## Thank-you: Bea Cruz", "Dear Bea,", "### Thank-you note for Carl Dietrich", "Dear Carl,", "## Notes", "Later"].join("\n");
		expect(findThankYouDrafts(body)).toEqual([
			{ heading: "Thank-you: Bea Cruz", text: "Dear Bea," },
			{ heading: "Thank-you note for Carl Dietrich", text: "Dear Carl," },
		]);
	});

	it("reads each thank-you under a parent thank-you heading as its own draft", () => {
		const body = ["## Thank-you notes", "", "### Thank-you: Jane Doe", "Dear Jane,", "#### PS", "More", "### Thank-you: John Smith", "Dear John,"].join(
			"\n",
		);
		expect(findThankYouDrafts(body)).toEqual([
			{ heading: "Thank-you notes", text: "" },
			{ heading: "Thank-you: Jane Doe", text: "Dear Jane,\n#### PS\nMore" },
			{ heading: "Thank-you: John Smith", text: "Dear John," },
		]);
	});

	it("accepts the hyphens some keyboards type in Thank-you (U+2010, U+2011)", () => {
		expect(findThankYouDrafts("## Thank\u2010you: Jane Doe\nHi\n## Thank\u2011you: John Roe\nHo").map((d) => d.heading)).toEqual([
			"Thank\u2010you: Jane Doe",
			"Thank\u2011you: John Roe",
		]);
	});

	it("finds nothing in a body without thank-you headings", () => {
		expect(findThankYouDrafts("Just notes.\n## Questions\n- pay")).toEqual([]);
	});
});

describe("draftFor", () => {
	const drafts: ThankYouDraft[] = [
		{ heading: "Thank-you: Jane Doe", text: "A" },
		{ heading: "Thank-you: Jan Novak", text: "B" },
	];

	it("finds the draft whose heading names the interviewer, ignoring case", () => {
		const note = new InterviewNoteBuilder().interviewer("jane doe").interviewer("Jan Novak").build();
		expect(draftFor(interviewer(note, "jane doe"), note, drafts)?.text).toBe("A");
		expect(draftFor(interviewer(note, "Jan Novak"), note, drafts)?.text).toBe("B");
	});

	it("matches whole names only, so Jan is not found in Jane", () => {
		const note = new InterviewNoteBuilder().interviewer("Jan").build();
		expect(draftFor(interviewer(note, "Jan"), note, [{ heading: "Thank-you: Jane Doe", text: "A" }])).toBeNull();
	});

	it("finds a draft headed with the linked note's name when the alias is shorter", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane", { link: "people/Jane Doe" }).build();
		expect(draftFor(interviewer(note, "Jane"), note, [{ heading: "Thank-you: Jane Doe", text: "A" }])?.text).toBe("A");
	});

	it("finds a draft headed with the first name when no other interviewer shares it", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").interviewer("John Roe").build();
		const drafts = [
			{ heading: "Thank-you: John", text: "B" },
			{ heading: "Thank-you note for Jane", text: "A" },
		];
		expect(draftFor(interviewer(note, "Jane Doe"), note, drafts)?.text).toBe("A");
		expect(draftFor(interviewer(note, "John Roe"), note, drafts)?.text).toBe("B");
	});

	it("does not go by a first name two interviewers share", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").interviewer("Jane Roe").build();
		const drafts = [{ heading: "Thank-you: Jane", text: "A" }];
		expect(draftFor(interviewer(note, "Jane Doe"), note, drafts)).toBeNull();
		expect(draftFor(interviewer(note, "Jane Roe"), note, drafts)).toBeNull();
	});

	it("prefers the draft that names the interviewer in full over one that names only the first name", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").build();
		const drafts = [
			{ heading: "Thank-you: Jane", text: "first" },
			{ heading: "Thank-you: Jane Doe", text: "full" },
		];
		expect(draftFor(interviewer(note, "Jane Doe"), note, drafts)?.text).toBe("full");
	});

	it("does not read the words Thank you as a name", () => {
		const note = new InterviewNoteBuilder().interviewer("You").interviewer("Jane Doe").build();
		expect(draftFor(interviewer(note, "You"), note, [{ heading: "Thank you: Jane Doe", text: "A" }])).toBeNull();
	});

	it("finds nothing for an interviewer without a draft", () => {
		const note = new InterviewNoteBuilder().interviewer("John Roe").build();
		expect(draftFor(interviewer(note, "John Roe"), note, drafts)).toBeNull();
	});
});

describe("genericReason", () => {
	const twoInterviewers = new InterviewNoteBuilder().interviewer("Jane Doe").interviewer("John Roe");

	it("calls a draft with a placeholder left in it generic", () => {
		const note = twoInterviewers.build();
		const draft = { heading: "Thank-you: Jane Doe", text: "Dear Jane, I enjoyed talking about {{topic}}." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBe("placeholder");
	});

	it("calls two drafts that differ only by the names generic", () => {
		const note = twoInterviewers.build();
		const jane = { heading: "Thank-you: Jane Doe", text: "Dear Jane,\n\nThank you for your time today.\nBest, Sam" };
		const john = { heading: "Thank-you: John Roe", text: "dear  JOHN ROE,\nThank you for your time today.  Best, Sam" };
		const drafts = [jane, john];
		expect(genericReason(jane, interviewer(note, "Jane Doe"), note, drafts)).toBe("same-as-another");
		expect(genericReason(john, interviewer(note, "John Roe"), note, drafts)).toBe("same-as-another");
	});

	it("calls two drafts generic when only their email links differ", () => {
		const note = twoInterviewers.build();
		const body = "Thank you for your time today.\nBest, Sam";
		const jane = { heading: "Thank-you: Jane Doe", text: `Dear Jane,\n${body}\n[Send by email](mailto:jane@acme.example?subject=Thanks)` };
		const john = { heading: "Thank-you: John Roe", text: `Dear John,\n${body}` };
		expect(genericReason(john, interviewer(note, "John Roe"), note, [jane, john])).toBe("same-as-another");
	});

	it("accepts two drafts that say different things", () => {
		const note = twoInterviewers.build();
		const jane = { heading: "Thank-you: Jane Doe", text: "Dear Jane, thank you for the tour of the lab." };
		const john = { heading: "Thank-you: John Roe", text: "Dear John, thank you for the talk on hiring." };
		expect(genericReason(jane, interviewer(note, "Jane Doe"), note, [jane, john])).toBeNull();
	});

	it("sets aside whole name words only, not the same letters inside other words", () => {
		const note = new InterviewNoteBuilder().interviewer("Al").interviewer("Bo").build();
		const al = { heading: "Thank-you: Al", text: "Dear Al, thanks for the talk." };
		const bo = { heading: "Thank-you: Bo", text: "Dear Bo, thanks for the tk." };
		expect(genericReason(al, interviewer(note, "Al"), note, [al, bo])).toBeNull();
		const twin = { heading: "Thank-you: Bo", text: "Dear Bo, thanks for the talk." };
		expect(genericReason(al, interviewer(note, "Al"), note, [al, twin])).toBe("same-as-another");
	});

	it("calls a draft that mentions none of the topics generic", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("design systems", "Berlin office").build();
		const draft = { heading: "Thank-you: Jane Doe", text: "Dear Jane, thank you for your time." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBe("no-topics");
	});

	it.each(["I loved hearing about your DESIGN SYSTEMS work.", "See you at the Berlin\noffice!"])("accepts a draft that mentions a topic: %s", (text) => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("design systems", "Berlin office").build();
		const draft = { heading: "Thank-you: Jane Doe", text };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBeNull();
	});

	it("does not count a topic's letters inside another word as a mention", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("AI").build();
		const draft = { heading: "Thank-you: Jane Doe", text: "As I said, thank you." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBe("no-topics");
	});

	it("accepts any draft without placeholders or twins when no topics are listed", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").build();
		const draft = { heading: "Thank-you: Jane Doe", text: "Dear Jane, thank you." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBeNull();
	});

	it("names the placeholder first when a draft is generic for several reasons", () => {
		const note = twoInterviewers.topics("pairing").build();
		const jane = { heading: "Thank-you: Jane Doe", text: "Hi {{name}}" };
		const john = { heading: "Thank-you: John Roe", text: "Hi {{name}}" };
		expect(genericReason(jane, interviewer(note, "Jane Doe"), note, [jane, john])).toBe("placeholder");
	});
});

describe("rule 3 over nested thank-you headings", () => {
	const body = [
		"## Thank-you notes",
		"### Thank-you: Jane Doe",
		"Dear Jane, I enjoyed the tour of the lab. {{personalise: mention one thing you and Jane talked about}}",
		"### Thank-you: John Smith",
		"Dear John, thank you for the talk on hiring.",
	].join("\n");

	it("checks each interviewer's draft under a parent heading, and flags the prompt left in Jane's", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").interviewer("John Smith").build();
		const checks = notGeneric(note, findThankYouDrafts(body));
		expect(checks.map((check) => [check.subject, check.state, check.reason])).toEqual([
			["Jane Doe", "generic", "placeholder"],
			["John Smith", "ok", undefined],
		]);
		expect(checks[0]?.message).toBe("The thank-you draft for Jane Doe is generic: it still holds template placeholders. Fill them in before sending.");
	});

	it("gives Carl a check of his own for a draft nested under Bea's", () => {
		const note = new InterviewNoteBuilder().interviewer("Bea Cruz").interviewer("Carl Dietrich").build();
		const nested = "## Thank-you: Bea Cruz\nDear Bea, thanks for the walk.\n### Thank-you note for Carl Dietrich\nDear Carl, thanks for the code review.";
		expect(notGeneric(note, findThankYouDrafts(nested)).map((check) => [check.subject, check.state])).toEqual([
			["Bea Cruz", "ok"],
			["Carl Dietrich", "ok"],
		]);
	});
});

describe("rule 3's reason, as data", () => {
	it.each([
		["placeholder", "Dear Jane, {{topic}}", "still holds template placeholders. Fill them in before sending."],
		["no-topics", "Dear Jane, thank you.", "mentions none of the topics. Mention something you talked about."],
	] as const)("gives the reason %s with the message built from it", (reason, text, words) => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("pairing").build();
		const [check] = notGeneric(note, [{ heading: "Thank-you: Jane Doe", text }]);
		expect(check?.reason).toBe(reason);
		expect(check?.message).toBe(`The thank-you draft for Jane Doe is generic: it ${words}`);
	});

	it("gives the reason same-as-another to both twins", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").interviewer("John Roe").build();
		const checks = notGeneric(note, [
			{ heading: "Thank-you: Jane Doe", text: "Dear Jane, thanks." },
			{ heading: "Thank-you: John Roe", text: "Dear John, thanks." },
		]);
		expect(checks.map((check) => check.reason)).toEqual(["same-as-another", "same-as-another"]);
		expect(checks[0]?.message).toBe(
			"The thank-you draft for Jane Doe is generic: it reads the same as another interviewer's draft. Write each one about your own conversation with them.",
		);
	});

	it("gives a personal draft no reason", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").build();
		expect(notGeneric(note, [{ heading: "Thank-you: Jane Doe", text: "Dear Jane, the lab tour was great." }])[0]).not.toHaveProperty("reason");
	});
});

describe("rule 3 with a few names and topics, and with many", () => {
	// A few names and headings are searched one by one, many through one index: both must give the same answers.
	// Padding a note with interviewers and topics no draft mentions moves it from one way to the other.
	const word = fc.constantFrom("jane", "Jane", "doe", "Jan", "o'brien", "c++", ".net", "asp.net", "-", "you", "ana", "lee", "😀", "x");
	const phrase = fc
		.array(fc.tuple(word, fc.constantFrom(" ", "  ", "\t", "")), { minLength: 1, maxLength: 3 })
		.map((pairs) => pairs.map(([each, space], at) => (at === 0 ? each : `${space}${each}`)).join(""));
	const shape = fc.record({
		names: fc.array(phrase, { minLength: 1, maxLength: 4 }),
		headings: fc.array(phrase, { minLength: 1, maxLength: 4 }),
		texts: fc.array(
			fc.array(word, { maxLength: 8 }).map((words) => words.join(" ")),
			{ minLength: 4, maxLength: 4 },
		),
		topics: fc.array(phrase, { maxLength: 3 }),
	});

	it("gives each interviewer the same draft and reason either way", () => {
		fc.assert(
			fc.property(shape, ({ names, headings, texts, topics }) => {
				const drafts = headings.map((heading, i) => ({ heading: `Thank-you: ${heading}`, text: texts[i % texts.length] ?? "" }));
				const few = new InterviewNoteBuilder();
				const many = new InterviewNoteBuilder();
				for (const name of names) {
					few.interviewer(name);
					many.interviewer(name);
				}
				for (let i = 0; i < 70; i++) many.interviewer(`Qq${i} Zz${i}`);
				const fewNote = few.topics(...topics).build();
				const manyNote = many.topics(...topics, ...Array.from({ length: 9 }, (_, i) => `qqq${i}`)).build();
				const answers = (checks: Check[]): unknown[] =>
					checks
						.filter((check) => check.subject !== null && !check.subject.startsWith("Qq"))
						.map((check) => [check.subject, check.state, check.reason]);
				// With padded topics, a note whose own topics were empty now lists some: compare without topics then.
				const expected = answers(notGeneric(topics.length === 0 ? few.build() : fewNote, drafts));
				expect(answers(notGeneric(topics.length === 0 ? many.topics().build() : manyNote, drafts))).toEqual(expected);
			}),
			{ seed: 20261125, numRuns: 300 },
		);
	});
});
