// Rule 3's reading of the body: finding thank-you drafts, matching them to interviewers, and telling a generic
// draft from a personal one, as the advice asks ("reference things you talked about").
import { describe, expect, it } from "vitest";
import { draftFor, findThankYouDrafts, GENERIC_REASONS, genericReason } from "../../src/engine/personalisation";
import type { Interviewer, InterviewNote, ThankYouDraft } from "../../src/engine/types";
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
		expect(findThankYouDrafts(body)).toEqual([
			{ heading: "Thank-you: Jane Doe", text: "~~~\n# Not a heading\n~~~\nBye" },
		]);
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
		expect(draftFor(interviewer(note, "jane doe"), drafts)?.text).toBe("A");
		expect(draftFor(interviewer(note, "Jan Novak"), drafts)?.text).toBe("B");
	});

	it("matches whole names only, so Jan is not found in Jane", () => {
		const note = new InterviewNoteBuilder().interviewer("Jan").build();
		expect(draftFor(interviewer(note, "Jan"), [{ heading: "Thank-you: Jane Doe", text: "A" }])).toBeNull();
	});

	it("finds a draft headed with the linked note's name when the alias is shorter", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane", { link: "people/Jane Doe" }).build();
		expect(draftFor(interviewer(note, "Jane"), [{ heading: "Thank-you: Jane Doe", text: "A" }])?.text).toBe("A");
	});

	it("finds nothing for an interviewer without a draft", () => {
		const note = new InterviewNoteBuilder().interviewer("John Roe").build();
		expect(draftFor(interviewer(note, "John Roe"), drafts)).toBeNull();
	});
});

describe("genericReason", () => {
	const twoInterviewers = new InterviewNoteBuilder().interviewer("Jane Doe").interviewer("John Roe");

	it("calls a draft with a placeholder left in it generic", () => {
		const note = twoInterviewers.build();
		const draft = { heading: "Thank-you: Jane Doe", text: "Dear Jane, I enjoyed talking about {{topic}}." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBe(GENERIC_REASONS.placeholder);
	});

	it("calls two drafts that differ only by the names generic", () => {
		const note = twoInterviewers.build();
		const jane = { heading: "Thank-you: Jane Doe", text: "Dear Jane,\n\nThank you for your time today.\nBest, Sam" };
		const john = { heading: "Thank-you: John Roe", text: "dear  JOHN ROE,\nThank you for your time today.  Best, Sam" };
		const drafts = [jane, john];
		expect(genericReason(jane, interviewer(note, "Jane Doe"), note, drafts)).toBe(GENERIC_REASONS.sameAsAnother);
		expect(genericReason(john, interviewer(note, "John Roe"), note, drafts)).toBe(GENERIC_REASONS.sameAsAnother);
	});

	it("calls two drafts generic when only their email links differ", () => {
		const note = twoInterviewers.build();
		const body = "Thank you for your time today.\nBest, Sam";
		const jane = { heading: "Thank-you: Jane Doe", text: `Dear Jane,\n${body}\n[Send by email](mailto:jane@acme.example?subject=Thanks)` };
		const john = { heading: "Thank-you: John Roe", text: `Dear John,\n${body}` };
		expect(genericReason(john, interviewer(note, "John Roe"), note, [jane, john])).toBe(GENERIC_REASONS.sameAsAnother);
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
		expect(genericReason(al, interviewer(note, "Al"), note, [al, twin])).toBe(GENERIC_REASONS.sameAsAnother);
	});

	it("calls a draft that mentions none of the topics generic", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("design systems", "Berlin office").build();
		const draft = { heading: "Thank-you: Jane Doe", text: "Dear Jane, thank you for your time." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBe(GENERIC_REASONS.noTopics);
	});

	it.each(["I loved hearing about your DESIGN SYSTEMS work.", "See you at the Berlin\noffice!"])(
		"accepts a draft that mentions a topic: %s",
		(text) => {
			const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("design systems", "Berlin office").build();
			const draft = { heading: "Thank-you: Jane Doe", text };
			expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBeNull();
		},
	);

	it("does not count a topic's letters inside another word as a mention", () => {
		const note = new InterviewNoteBuilder().interviewer("Jane Doe").topics("AI").build();
		const draft = { heading: "Thank-you: Jane Doe", text: "As I said, thank you." };
		expect(genericReason(draft, interviewer(note, "Jane Doe"), note, [draft])).toBe(GENERIC_REASONS.noTopics);
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
		expect(genericReason(jane, interviewer(note, "Jane Doe"), note, [jane, john])).toBe(GENERIC_REASONS.placeholder);
	});
});
