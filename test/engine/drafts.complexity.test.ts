// The drafts' cost over hostile notes, counted rather than timed: a company padded with a long run of spaces and tabs
// (100 KB of them once took 20 seconds to tidy), long runs of blank lines in a template, many unknown placeholders.
// Each shape at n, 2n, 4n and 8n; each doubling at most (about) doubles the work.
import { describe, expect, it } from "vitest";
import { followUpDraft, thankYouDraft, type Profile } from "../../src/engine/drafts";
import { checkNote } from "../../src/engine/rules";
import type { Interviewer, InterviewNote } from "../../src/engine/types";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";
import { expectLinearWork } from "./personalisation-work";

const profile: Profile = { myName: "Sam Lee", signature: "Sam Lee" };
const NOW = new Date(2026, 10, 27, 10, 0);

function noteWithCompany(company: string): { note: InterviewNote; interviewer: Interviewer } {
	const note = new InterviewNoteBuilder()
		.company(company)
		.interview(new Date(2026, 10, 20, 14, 0))
		.interviewer("Jane Doe")
		.topics("design")
		.build();
	const interviewer = note.interviewers[0];
	if (interviewer === undefined) throw new Error("the note has an interviewer");
	return { note, interviewer };
}

describe("the drafts' work grows in proportion to the note and the template", () => {
	it("tidies a company padded with a long run of spaces and tabs in one walk", () => {
		expectLinearWork(5000, (n) => {
			const { note, interviewer } = noteWithCompany(`Acme${" \t".repeat(n)}Corp`);
			return thankYouDraft(note, interviewer, profile);
		});
		const { note, interviewer } = noteWithCompany(`Acme${" \t".repeat(50_000)}Corp`);
		// The run inside the name is the user's own text and stays; only spaces at a line's end go.
		expect(thankYouDraft(note, interviewer, profile).text).toContain(`Acme${" \t".repeat(50_000)}Corp`);
	});

	it("tidies lines that end in long runs of spaces and tabs, and long runs of blank lines", () => {
		const { note, interviewer } = noteWithCompany("Acme");
		expectLinearWork(5000, (n) =>
			thankYouDraft(note, interviewer, profile, `${"\n".repeat(n)}Hi {{first_name}},${" \t".repeat(n)}\n${"\n".repeat(n)}x${"\n \t".repeat(n)}`),
		);
		expect(thankYouDraft(note, interviewer, profile, `\n\nHi {{first_name}},${" \t".repeat(9)}\n\n\nBye \t\n \n`).text).toBe(
			"## Thank-you: Jane Doe\n\nHi Jane,\n\n\nBye\n",
		);
	});

	it("reports many unknown placeholders, each once, in one pass", () => {
		const { note } = noteWithCompany("Acme");
		const evaluation = { path: note.path, note, stage: "waiting" as const, checks: checkNote(note, NOW, DEFAULT_ENGINE_SETTINGS), problems: [] };
		expectLinearWork(2000, (n) => followUpDraft(evaluation, NOW, profile, Array.from({ length: n }, (_, i) => `{{unknown_${i % (n / 2)}}}`).join(" ")));
		expect(followUpDraft(evaluation, NOW, profile, "{{a}} {{b}} {{a}}").unknownPlaceholders).toEqual(["a", "b"]);
	});
});
