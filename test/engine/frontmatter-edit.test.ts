// The text edits behind the commands, case by case: how a value is written so it reads back as the same text, the
// forms of YAML each edit handles, and the forms it refuses, with the reason the user is told.
import { CORE_SCHEMA, safeLoad } from "js-yaml";
import { describe, expect, it } from "vitest";
import { editNote, logFollowUp, markThanked, setOutcome, type Plan } from "../../src/engine/edits";
import { yamlScalar } from "../../src/engine/frontmatter-edit";

const parse = (yaml: string): unknown => safeLoad(yaml, { schema: CORE_SCHEMA });
const WHEN = "2026-11-20T16:00";
const thankJane: Plan = (fm) => markThanked(fm, { subject: "Jane Doe" }, WHEN);
const offer: Plan = (fm) => setOutcome(fm, "offer");
const followUp: Plan = (fm) => logFollowUp(fm, WHEN);

function note(...yaml: string[]): string {
	return ["---", ...yaml, "---", "Body.", ""].join("\n");
}

function edited(text: string, plan: Plan): string {
	const edit = editNote(text, plan, parse);
	if (edit.outcome !== "changed") throw new Error(JSON.stringify(edit));
	return edit.text;
}

describe("a value written into YAML", () => {
	it.each([
		["Acme", "Acme"],
		["next-round", "next-round"],
		["2026-11-20T16:00", "2026-11-20T16:00"],
		["Marks &Spencer", "Marks &Spencer"],
		["yes", '"yes"'],
		["No", '"No"'],
		["null", '"null"'],
		["~", '"~"'],
		["1e3", '"1e3"'],
		["02134", '"02134"'],
		["1.10", '"1.10"'],
		["2026-11-20", '"2026-11-20"'],
		["- x", '"- x"'],
		["#x", '"#x"'],
		["a: b", '"a: b"'],
		["[[Jane Doe]]", '"[[Jane Doe]]"'],
		["*remote*", '"*remote*"'],
		["", '""'],
		[" padded ", '" padded "'],
		["line\nbreak", '"line\\nbreak"'],
	])("writes %j as %s, which reads back as the same text", (text, written) => {
		expect(yamlScalar(text)).toBe(written);
		expect(parse(`k: ${written}`)).toEqual({ k: text });
	});

	it("quotes text with commas or brackets inside a flow list", () => {
		expect(yamlScalar("Doe, Jane", true)).toBe('"Doe, Jane"');
		expect(parse(`k: [${yamlScalar("Doe, Jane", true)}]`)).toEqual({ k: ["Doe, Jane"] });
	});
});

describe("the forms each edit handles", () => {
	it("adds a frontmatter block at the top of a note that has none", () => {
		expect(edited("Just a body.\n", offer)).toBe("---\noutcome: offer\n---\nJust a body.\n");
	});

	it("keeps a byte-order mark and CRLF line ends", () => {
		const text = "\uFEFF---\r\ntags: [interview]\r\ninterviewers:\r\n  - Jane Doe\r\n---\r\nBody.\r\n";
		expect(edited(text, thankJane)).toBe(
			"\uFEFF---\r\ntags: [interview]\r\ninterviewers:\r\n  - name: Jane Doe\r\n    thanked: 2026-11-20T16:00\r\n---\r\nBody.\r\n",
		);
	});

	it("turns an unquoted link into its name as text, for that item only", () => {
		expect(edited(note("interviewers:", "  - [[Jane Doe]]", "  - Sam"), thankJane)).toBe(
			note("interviewers:", '  - name: "[[Jane Doe]]"', "    thanked: 2026-11-20T16:00", "  - Sam"),
		);
	});

	it("adds the key to a mapping item in a flow list, and to a block mapping item under its last key", () => {
		expect(edited(note("interviewers: [{name: Jane Doe, email: j@x.example}]"), thankJane)).toBe(
			note("interviewers: [{name: Jane Doe, email: j@x.example, thanked: 2026-11-20T16:00}]"),
		);
		expect(edited(note("interviewers:", "- name: Jane Doe", "  notes: |", "    Met at the onsite.", "- Sam"), thankJane)).toBe(
			note("interviewers:", "- name: Jane Doe", "  notes: |", "    Met at the onsite.", "  thanked: 2026-11-20T16:00", "- Sam"),
		);
	});

	it("replaces an emptied thanked where it is written", () => {
		expect(edited(note("interviewers:", "  - name: Jane Doe", "    thanked:", "    email: j@x.example"), thankJane)).toBe(
			note("interviewers:", "  - name: Jane Doe", "    thanked: 2026-11-20T16:00", "    email: j@x.example"),
		);
	});

	it("turns a single name given instead of a list into a list of one mapping", () => {
		expect(edited(note("interviewers: Jane Doe"), thankJane)).toBe(note("interviewers: [{name: Jane Doe, thanked: 2026-11-20T16:00}]"));
	});

	it("adds a follow-up to a flow list, an empty list, a list over several lines, and a single date", () => {
		expect(edited(note("follow_ups: [2026-11-09]"), followUp)).toBe(note("follow_ups: [2026-11-09, 2026-11-20T16:00]"));
		expect(edited(note("follow_ups: []"), followUp)).toBe(note("follow_ups: [2026-11-20T16:00]"));
		expect(edited(note("follow_ups: [", "  2026-11-09,", "]"), followUp)).toBe(note("follow_ups: [", "  2026-11-09, 2026-11-20T16:00,", "]"));
		expect(edited(note("follow_ups: 2026-11-09 # by phone"), followUp)).toBe(note("follow_ups: [2026-11-09, 2026-11-20T16:00] # by phone"));
		expect(edited(note("follow_ups:", "outcome: pending"), followUp)).toBe(note("follow_ups:", "  - 2026-11-20T16:00", "outcome: pending"));
	});

	it("replaces a value written as | text with the outcome on the key's line", () => {
		expect(edited(note("outcome: |", "  pending", "role: Designer"), offer)).toBe(note("outcome: offer", "role: Designer"));
	});

	it("edits a note whose aliases would expand to a trillion values, at the cost of the text as written", () => {
		const levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"];
		for (let level = 1; level <= 12; level++)
			levels.push(
				`l${level}: &l${level} [${Array(10)
					.fill(`*l${level - 1}`)
					.join(", ")}]`,
			);
		const bomb = note("tags: [interview]", ...levels, "interviewers: [Jane Doe]");
		expect(edited(bomb, thankJane)).toBe(bomb.replace("interviewers: [Jane Doe]", "interviewers: [{name: Jane Doe, thanked: 2026-11-20T16:00}]"));
	});
});

describe("the forms each edit refuses, and why", () => {
	const refusals: [string, string, Plan, string][] = [
		[
			"an outcome that is an anchor",
			note("outcome: &o pending", "again: *o"),
			offer,
			"outcome is written with a YAML anchor, alias or tag (&, *, !), which this command leaves alone; edit it by hand",
		],
		[
			"an outcome that is an alias",
			note("base: &o pending", "outcome: *o"),
			offer,
			"outcome is written with a YAML anchor, alias or tag (&, *, !), which this command leaves alone; edit it by hand",
		],
		[
			"an interviewer with an anchor",
			note("interviewers:", "  - &j Jane Doe"),
			thankJane,
			"interviewers item 1 is written with a YAML anchor, alias or tag (&, *, !), which this command leaves alone; edit it by hand",
		],
		[
			"an interviewer as | text",
			note("interviewers:", "  - |", "    Jane Doe"),
			thankJane,
			"interviewers item 1 is written in a form this command does not edit (a | or > block of text); edit it by hand",
		],
		[
			"an interviewer quoted over two lines",
			note("interviewers:", '  - "Jane', '    Doe"'),
			thankJane,
			"interviewers item 1 is written in a form this command does not edit (text over several lines); edit it by hand",
		],
		[
			"follow-ups written as a mapping",
			note("follow_ups:", "  first: 2026-11-09"),
			followUp,
			"follow_ups is written in a form this command does not edit (a mapping, not a list); edit it by hand",
		],
		[
			"a list inside the interviewers list that YAML reads otherwise",
			note("interviewers:", "  - - Jane Doe"),
			thankJane,
			"the change would not read back exactly as intended, so nothing was written; edit the note by hand",
		],
		[
			"a complex key",
			note("? [a, b]", ": c", "outcome: pending"),
			offer,
			"its frontmatter is laid out in a way this command cannot follow (line 1); edit it by hand",
		],
		[
			"frontmatter that is a list",
			note("- a", "- b"),
			offer,
			"its frontmatter is not a set of properties (key: value), so there is nowhere to record this",
		],
		["a ---js block", "---js\n{ outcome: 'x' }\n---\n", offer, "its frontmatter is marked ---js, not YAML, so it is left alone"],
	];
	it.each(refusals)("refuses %s", (_what, text, plan, reason) => {
		expect(editNote(text, plan, parse)).toEqual({ outcome: "refused", reason });
	});

	it("refuses YAML that does not parse, quoting the reader", () => {
		const edit = editNote(note("company: [Acme"), offer, parse);
		expect(edit.outcome === "refused" && edit.reason).toMatch(/^the frontmatter is not valid YAML \(.+\)\. Fix it in the note and try again\.$/);
	});

	it("refuses a frontmatter too large to check, writing nothing", () => {
		const big = note(`numbers: [${Array(210_000).fill("0").join(",")}]`);
		expect(editNote(big, offer, parse)).toEqual({
			outcome: "refused",
			reason: "its frontmatter is too large to check (more than 200,000 values), so nothing was written",
		});
	});
});
