// The frontmatter changes behind the commands, as tables of frontmatter before and after, in every interviewer form.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import * as plans from "../../src/engine/edits";
import { applyChanges, type Change } from "../../src/engine/edits";
import { readInterviewNote } from "../../src/engine/note";

type Frontmatter = Record<string, unknown>;

/** The planned changes made on the frontmatter in place, as a parsed note would read after the write. */
function applied(frontmatter: Frontmatter, changes: readonly Change[]): boolean {
	const after = applyChanges(frontmatter, changes);
	for (const key of Object.keys(frontmatter)) delete frontmatter[key];
	Object.assign(frontmatter, after);
	return changes.length > 0;
}

/** A plan as an edit of the frontmatter in place that says whether it changed anything. */
function inPlace<A extends unknown[]>(plan: (frontmatter: Frontmatter, ...args: A) => Change[]): (frontmatter: Frontmatter, ...args: A) => boolean {
	return (frontmatter, ...args) => applied(frontmatter, plan(frontmatter, ...args));
}

const markThanked = inPlace(plans.markThanked);
const logFollowUp = inPlace(plans.logFollowUp);
const markLinkedInRequested = inPlace(plans.markLinkedInRequested);
const setOutcome = inPlace(plans.setOutcome);
const markGraciousNoteSent = inPlace(plans.markGraciousNoteSent);

const WHEN = "2026-11-20T16:30";
const EARLIER = "2026-11-20T15:00";

interface Case {
	name: string;
	before: Frontmatter;
	after: Frontmatter;
}

/** Applies an edit to a copy of `before`, and checks the result, the key order, and that a second run changes nothing. */
function expectEdit(edit: (frontmatter: Frontmatter) => boolean, { before, after }: Case): void {
	const frontmatter = structuredClone(before);
	const changed = edit(frontmatter);
	expect(frontmatter).toEqual(after);
	expect(Object.keys(frontmatter)).toEqual(Object.keys(after));
	expect(changed).toBe(!isDeepStrictEqual(before, after));
	const again = structuredClone(frontmatter);
	expect(edit(again)).toBe(false);
	expect(again).toEqual(frontmatter);
}

describe("markThanked for one interviewer", () => {
	const jane = { subject: "Jane Doe" };
	const cases: Case[] = [
		{
			name: "turns a plain name into an object with the name and thanked",
			before: { company: "Acme", interviewers: ["Jane Doe", "John Roe"], extra: 1 },
			after: { company: "Acme", interviewers: [{ name: "Jane Doe", thanked: WHEN }, "John Roe"], extra: 1 },
		},
		{
			name: "keeps a quoted link as link text in the name",
			before: { interviewers: ["[[Jane Doe]]", "John Roe"] },
			after: { interviewers: [{ name: "[[Jane Doe]]", thanked: WHEN }, "John Roe"] },
		},
		{
			name: "finds a link with a folder by its base name",
			before: { interviewers: ["[[people/Jane Doe]]"] },
			after: { interviewers: [{ name: "[[people/Jane Doe]]", thanked: WHEN }] },
		},
		{
			name: "writes an unquoted link, which YAML read as a nested list, back as the link text",
			before: { interviewers: [[["Jane Doe"]], "John Roe"] },
			after: { interviewers: [{ name: "[[Jane Doe]]", thanked: WHEN }, "John Roe"] },
		},
		{
			name: "writes an unquoted link given alone, which YAML read as a list holding a list, as a list of one object",
			before: { interviewers: [["Jane Doe"]] },
			after: { interviewers: [{ name: "[[Jane Doe]]", thanked: WHEN }] },
		},
		{
			name: "turns a single name given instead of a list into a list of one object",
			before: { interviewers: "Jane Doe", role: "Engineer" },
			after: { interviewers: [{ name: "Jane Doe", thanked: WHEN }], role: "Engineer" },
		},
		{
			name: "sets thanked on an object, keeping its other keys in their order",
			before: { interviewers: [{ email: "jane@acme.example", name: "Jane Doe", linkedin: "connected" }] },
			after: { interviewers: [{ email: "jane@acme.example", name: "Jane Doe", linkedin: "connected", thanked: WHEN }] },
		},
		{
			name: "sets thanked on a single object given instead of a list, in place",
			before: { interviewers: { name: "Jane Doe", old_fashioned: true } },
			after: { interviewers: { name: "Jane Doe", old_fashioned: true, thanked: WHEN } },
		},
		{
			name: "replaces an emptied thanked in its own place",
			before: { interviewers: [{ name: "Jane Doe", thanked: null, email: "jane@acme.example" }] },
			after: { interviewers: [{ name: "Jane Doe", thanked: WHEN, email: "jane@acme.example" }] },
		},
		{
			name: "replaces a thanked that is not a date",
			before: { interviewers: [{ name: "Jane Doe", thanked: "yes" }] },
			after: { interviewers: [{ name: "Jane Doe", thanked: WHEN }] },
		},
		{
			name: "keeps a thank-you already recorded",
			before: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }] },
			after: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }] },
		},
		{
			name: "keeps a thank-you recorded as a YAML date",
			before: { interviewers: [{ name: "Jane Doe", thanked: new Date(Date.UTC(2026, 10, 20)) }] },
			after: { interviewers: [{ name: "Jane Doe", thanked: new Date(Date.UTC(2026, 10, 20)) }] },
		},
		{
			name: "changes nothing for a name that is not in the note",
			before: { interviewers: ["John Roe"], thank_you_sent: null },
			after: { interviewers: ["John Roe"], thank_you_sent: null },
		},
		{
			name: "changes nothing when the note has no interviewers",
			before: { company: "Acme" },
			after: { company: "Acme" },
		},
	];
	it.each(cases)("$name", (testCase) => expectEdit((fm) => markThanked(fm, jane, WHEN), testCase));

	it("finds an interviewer by a link's alias", () => {
		expectEdit((fm) => markThanked(fm, { subject: "Jane" }, WHEN), {
			name: "alias",
			before: { interviewers: ["[[people/Jane Doe|Jane]]"] },
			after: { interviewers: [{ name: "[[people/Jane Doe|Jane]]", thanked: WHEN }] },
		});
	});

	it("marks only the item at the interviewer's index when two share a name", () => {
		expectEdit((fm) => markThanked(fm, { subject: "Sam", index: 1 }, WHEN), {
			name: "index",
			before: { interviewers: ["Sam", "Sam"] },
			after: { interviewers: ["Sam", { name: "Sam", thanked: WHEN }] },
		});
	});

	it("writes what the note reader then reads as that interviewer's thank-you, and no one else's", () => {
		const frontmatter: Frontmatter = { interview_date: "2026-11-20T14:00", interviewers: [[["Jane Doe"]], "John Roe"] };
		markThanked(frontmatter, jane, WHEN);
		const { note } = readInterviewNote("a.md", frontmatter);
		expect(note.interviewers.map((person) => person.subject)).toEqual(["Jane Doe", "John Roe"]);
		expect(note.interviewers[0]?.thanked?.instant).toEqual(new Date(2026, 10, 20, 16, 30));
		expect(note.interviewers[0]?.link).toBe("Jane Doe");
		expect(note.interviewers[1]?.thanked).toBeNull();
	});
});

describe("markThanked for everyone", () => {
	const cases: Case[] = [
		{
			name: "sets thank_you_sent and leaves the items alone when no one has their own thanked",
			before: { interviewers: ["Jane Doe", "[[John Roe]]"], outcome: "pending" },
			after: { interviewers: ["Jane Doe", "[[John Roe]]"], outcome: "pending", thank_you_sent: WHEN },
		},
		{
			name: "sets thank_you_sent when the note names no interviewers",
			before: { company: "Acme" },
			after: { company: "Acme", thank_you_sent: WHEN },
		},
		{
			name: "keeps a thank_you_sent already recorded",
			before: { interviewers: ["Jane Doe"], thank_you_sent: EARLIER },
			after: { interviewers: ["Jane Doe"], thank_you_sent: EARLIER },
		},
		{
			name: "sets thanked on every item without one when someone has their own",
			before: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }, "John Roe", [["Ann Lee"]]] },
			after: {
				interviewers: [
					{ name: "Jane Doe", thanked: EARLIER },
					{ name: "John Roe", thanked: WHEN },
					{ name: "[[Ann Lee]]", thanked: WHEN },
				],
			},
		},
		{
			name: "leaves items that thank_you_sent already covers alone",
			before: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }, "John Roe"], thank_you_sent: EARLIER },
			after: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }, "John Roe"], thank_you_sent: EARLIER },
		},
		{
			name: "changes nothing when everyone has their own thanked",
			before: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }] },
			after: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }] },
		},
	];
	it.each(cases)("$name", (testCase) => expectEdit((fm) => markThanked(fm, "all", WHEN), testCase));
});

describe("logFollowUp", () => {
	const cases: (Case & { channel?: string })[] = [
		{
			name: "creates the list with the first follow-up",
			before: { outcome: "pending" },
			after: { outcome: "pending", follow_ups: [WHEN] },
		},
		{
			name: "fills an emptied list in its own place",
			before: { follow_ups: null, outcome: "pending" },
			after: { follow_ups: [WHEN], outcome: "pending" },
		},
		{
			name: "appends to the list",
			before: { follow_ups: ["2026-11-27"] },
			after: { follow_ups: ["2026-11-27", WHEN] },
		},
		{
			name: "turns a single date into a list",
			before: { follow_ups: "2026-11-27" },
			after: { follow_ups: ["2026-11-27", WHEN] },
		},
		{
			name: "turns dates separated by commas into a list",
			before: { follow_ups: "2026-11-27, 2026-12-04" },
			after: { follow_ups: ["2026-11-27", "2026-12-04", WHEN] },
		},
		{
			name: "turns a single object into a list",
			before: { follow_ups: { date: "2026-11-27", channel: "phone" } },
			after: { follow_ups: [{ date: "2026-11-27", channel: "phone" }, WHEN] },
		},
		{
			name: "writes the channel when one is given",
			channel: "email",
			before: { follow_ups: ["2026-11-27"] },
			after: { follow_ups: ["2026-11-27", { date: WHEN, channel: "email" }] },
		},
		{
			name: "takes a follow-up already recorded at that time as the same one",
			before: { follow_ups: [{ date: WHEN, channel: "phone" }] },
			after: { follow_ups: [{ date: WHEN, channel: "phone" }] },
		},
	];
	it.each(cases)("$name", ({ channel, ...testCase }) => expectEdit((fm) => logFollowUp(fm, WHEN, channel), testCase));

	it("writes what the note reader then reads as a follow-up", () => {
		const frontmatter: Frontmatter = { interview_date: "2026-11-20T14:00", follow_ups: "2026-11-27" };
		logFollowUp(frontmatter, "2026-12-04T09:15", "phone");
		const { note, problems } = readInterviewNote("a.md", frontmatter);
		expect(problems.filter((problem) => problem.field.startsWith("follow_ups"))).toEqual([]);
		expect(note.followUps.map((followUp) => followUp.at.instant)).toEqual([new Date(2026, 10, 27), new Date(2026, 11, 4, 9, 15)]);
		expect(note.followUps[1]?.channel).toBe("phone");
	});
});

describe("markLinkedInRequested", () => {
	const cases: Case[] = [
		{
			name: "turns a plain name into an object with linkedin: requested",
			before: { interviewers: ["John Roe", "Jane Doe"] },
			after: { interviewers: ["John Roe", { name: "Jane Doe", linkedin: "requested" }] },
		},
		{
			name: "adds linkedin to an object at the end",
			before: { interviewers: [{ name: "Jane Doe", thanked: EARLIER }] },
			after: { interviewers: [{ name: "Jane Doe", thanked: EARLIER, linkedin: "requested" }] },
		},
		{
			name: "leaves connected as it is",
			before: { interviewers: [{ name: "Jane Doe", linkedin: "connected" }] },
			after: { interviewers: [{ name: "Jane Doe", linkedin: "connected" }] },
		},
		{
			name: "replaces skip, since a request went out after all",
			before: { interviewers: [{ linkedin: "skip", name: "Jane Doe" }] },
			after: { interviewers: [{ linkedin: "requested", name: "Jane Doe" }] },
		},
		{
			name: "changes nothing for a name that is not in the note",
			before: { interviewers: ["John Roe"] },
			after: { interviewers: ["John Roe"] },
		},
	];
	it.each(cases)("$name", (testCase) => expectEdit((fm) => markLinkedInRequested(fm, "Jane Doe"), testCase));
});

describe("setOutcome", () => {
	const cases: (Case & { outcome: "pending" | "rejected" | "next-round" })[] = [
		{ name: "writes a new outcome", outcome: "rejected", before: { outcome: "pending", a: 1 }, after: { outcome: "rejected", a: 1 } },
		{ name: "adds the outcome at the end", outcome: "rejected", before: { a: 1 }, after: { a: 1, outcome: "rejected" } },
		{ name: "leaves the same outcome as written", outcome: "next-round", before: { outcome: "Next round" }, after: { outcome: "Next round" } },
		{ name: "does not write pending where none is given", outcome: "pending", before: { a: 1 }, after: { a: 1 } },
		{ name: "replaces an outcome that is not one", outcome: "pending", before: { outcome: "hmm" }, after: { outcome: "pending" } },
	];
	it.each(cases)("$name", ({ outcome, ...testCase }) => expectEdit((fm) => setOutcome(fm, outcome), testCase));
});

describe("markGraciousNoteSent", () => {
	const cases: Case[] = [
		{ name: "records the note", before: { outcome: "rejected" }, after: { outcome: "rejected", gracious_note_sent: WHEN } },
		{ name: "keeps a date already recorded", before: { gracious_note_sent: "2026-11-21" }, after: { gracious_note_sent: "2026-11-21" } },
		{ name: "replaces an emptied value in place", before: { gracious_note_sent: "", b: 2 }, after: { gracious_note_sent: WHEN, b: 2 } },
	];
	it.each(cases)("$name", (testCase) => expectEdit((fm) => markGraciousNoteSent(fm, WHEN), testCase));
});
