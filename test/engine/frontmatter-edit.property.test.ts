// For notes written in every YAML style people use (comments, flow and block lists, quotes, CRLF, a byte-order mark,
// block text, numbers with leading zeros, long values, anchors and aliases elsewhere), every command's edit changes
// only the value it records: every byte outside it stays, the block reads back as exactly the intended data, and one
// undo in the editor restores the note byte for byte. Random notes from fast-check with a fixed seed.
import fc from "fast-check";
import { CORE_SCHEMA, safeLoad } from "js-yaml";
import { describe, expect, it } from "vitest";
import {
	applyChanges,
	editNote,
	logFollowUp,
	markGraciousNoteSent,
	markLinkedInRequested,
	markThanked,
	setOutcome,
	type Change,
	type Plan,
} from "../../src/engine/edits";
import { OUTCOMES } from "../../src/engine/types";
import { Editor } from "../harness/editor";

const SEED = 20261202;
const RUNS = Number(process.env.FUZZ_RUNS ?? "") || 300;
const WHEN = "2026-11-21T09:30";

/** The command line's YAML reader, the same one the plugin's parseYaml stands for in tests. */
const parse = (yaml: string): unknown => safeLoad(yaml, { schema: CORE_SCHEMA });

type Frontmatter = Record<string, unknown>;

/** One top-level entry (or a few that belong together, such as an anchor and its alias) as lines of text. */
interface Unit {
	keys: string[];
	lines: string[];
	/** For `interviewers`: which lines each item takes, by position. */
	items?: { first: number; count: number }[];
}

const NAMES = ["Jane Doe", "Sam Lee", "Priya", "Ann Lee", "Bea Cruz", "Carl Diaz"];

type ItemKind = "plain" | "plain-commented" | "double" | "single-link" | "unquoted-link" | "block-map" | "flow-map";

const itemKind = fc.constantFrom<ItemKind>("plain", "plain-commented", "double", "single-link", "unquoted-link", "block-map", "flow-map");

interface ItemSpec {
	kind: ItemKind;
	thanked: boolean;
	linkedin: "none" | "skip" | "connected";
}

const itemSpec = fc.record({ kind: itemKind, thanked: fc.boolean(), linkedin: fc.constantFrom<ItemSpec["linkedin"]>("none", "skip", "connected") });

function blockItemLines(name: string, spec: ItemSpec, indent: number, gap: number): string[] {
	const dash = `${" ".repeat(indent)}-${" ".repeat(gap)}`;
	const under = " ".repeat(indent + 1 + gap);
	switch (spec.kind) {
		case "plain":
			return [`${dash}${name}`];
		case "plain-commented":
			return [`${dash}${name} # met at the onsite`];
		case "double":
			return [`${dash}"${name}"`];
		case "single-link":
			return [`${dash}'[[people/${name}|${name}]]'`];
		case "unquoted-link":
			return [`${dash}[[${name}]]`];
		case "block-map":
			return [
				`${dash}name: ${name}`,
				`${under}email: ${name.split(" ")[0]?.toLowerCase() ?? "x"}@acme.example`,
				...(spec.thanked ? [`${under}thanked: 2026-11-20T15:00`] : []),
				...(spec.linkedin === "none" ? [] : [`${under}linkedin: ${spec.linkedin}`]),
			];
		case "flow-map":
			return [
				`${dash}{name: ${name}${spec.thanked ? ", thanked: 2026-11-20T15:00" : ""}${spec.linkedin === "none" ? "" : `, linkedin: ${spec.linkedin}`}}`,
			];
	}
}

function flowItem(name: string, spec: ItemSpec): string {
	switch (spec.kind) {
		case "plain":
		case "plain-commented":
			return name;
		case "double":
			return `"${name}"`;
		case "single-link":
			return `'[[people/${name}|${name}]]'`;
		case "unquoted-link":
			return `[[${name}]]`;
		case "block-map":
		case "flow-map":
			return `{name: ${name}, email: x@acme.example${spec.thanked ? ", thanked: 2026-11-20T15:00" : ""}${spec.linkedin === "none" ? "" : `, linkedin: ${spec.linkedin}`}}`;
	}
}

const interviewers: fc.Arbitrary<Unit> = fc
	.record({
		specs: fc.array(itemSpec, { minLength: 0, maxLength: 4 }),
		style: fc.constantFrom("block", "flow", "single"),
		indent: fc.constantFrom(0, 2, 4),
		gap: fc.constantFrom(1, 1, 3),
	})
	.map(({ specs, style, indent, gap }): Unit => {
		const named = specs.map((spec, i) => ({ spec, name: NAMES[i] ?? "Zed" }));
		if (named.length === 0) return { keys: ["interviewers"], lines: ["interviewers: []"] };
		if (style === "single") {
			const first = named[0];
			const text = first === undefined ? "Jane Doe" : first.spec.kind === "double" ? `"${first.name}"` : first.name;
			return { keys: ["interviewers"], lines: [`interviewers: ${text}`] };
		}
		if (style === "flow") return { keys: ["interviewers"], lines: [`interviewers: [${named.map(({ name, spec }) => flowItem(name, spec)).join(", ")}]`] };
		const lines = ["interviewers:"];
		const items: { first: number; count: number }[] = [];
		for (const { name, spec } of named) {
			const itemLines = blockItemLines(name, spec, indent, gap);
			items.push({ first: lines.length, count: itemLines.length });
			lines.push(...itemLines);
		}
		return { keys: ["interviewers"], lines, items };
	});

const followUps: fc.Arbitrary<Unit | null> = fc.constantFrom<Unit | null>(
	null,
	{ keys: ["follow_ups"], lines: ["follow_ups:", "  - 2026-11-27"] },
	{ keys: ["follow_ups"], lines: ["follow_ups:", "- 2026-11-27 # by email", "- date: 2026-11-30", "  channel: phone"] },
	{ keys: ["follow_ups"], lines: ["follow_ups: [2026-11-27]"] },
	{ keys: ["follow_ups"], lines: ["follow_ups: []"] },
	{ keys: ["follow_ups"], lines: ["follow_ups: 2026-11-27"] },
	{ keys: ["follow_ups"], lines: ["follow_ups:"] },
	{ keys: ["follow_ups"], lines: ["follow_ups: ~"] },
	{ keys: ["follow_ups"], lines: ["follow_ups: [", "    2026-11-27,", "  ]"] },
);

const scalarUnits = {
	tags: fc.constantFrom<Unit>({ keys: ["tags"], lines: ["tags: [interview]"] }, { keys: ["tags"], lines: ["tags:", "  - interview", "  - job/2026"] }),
	company: fc
		.constantFrom("company: Acme", "company: 'Acme'", 'company: "Acme"', "company: Marks &Spencer", "company: Acme # the employer")
		.map((line): Unit => ({ keys: ["company"], lines: [line] })),
	role: fc
		.constantFrom("role: Engineer *remote*", "role: >", "role: 'Product ''lead'''")
		.map((line): Unit => ({ keys: ["role"], lines: line === "role: >" ? [line, "  Senior product", "  designer"] : [line] })),
	thankYouSent: fc.constantFrom<Unit | null>(
		null,
		{ keys: ["thank_you_sent"], lines: ["thank_you_sent:"] },
		{ keys: ["thank_you_sent"], lines: ["thank_you_sent: 2026-11-20T15:30"] },
	),
	outcome: fc.constantFrom<Unit | null>(
		null,
		{ keys: ["outcome"], lines: ["outcome: pending"] },
		{ keys: ["outcome"], lines: ["outcome: 'Next round'"] },
		{ keys: ["outcome"], lines: ["outcome: pending # they said two weeks"] },
	),
	gracious: fc.constantFrom<Unit | null>(null, { keys: ["gracious_note_sent"], lines: ["gracious_note_sent: "] }),
};

/** Keys the commands never touch, in the forms a re-serialising writer would change. */
const EXTRAS: Unit[] = [
	{ keys: ["zip"], lines: ["zip: 02134"] },
	{ keys: ["phone"], lines: ["phone: 0123456"] },
	{ keys: ["version"], lines: ["version: 1.10"] },
	{ keys: ["account"], lines: ["account: 12345678901234567890"] },
	{ keys: ["referral"], lines: ["referral: ~"] },
	{ keys: ["quip"], lines: ["quip: 'it''s fine'"] },
	{ keys: ["said"], lines: ['said: "a \\"quote\\" # not a comment"'] },
	{ keys: ["url"], lines: ["url: https://acme.example/jobs#42"] },
	{ keys: ["summary"], lines: ["summary: >", "  Folded text", "  over two lines."] },
	{ keys: ["questions"], lines: ["questions: |-", "  1. Why Acme?", "  # not a comment either"] },
	{ keys: ["long"], lines: [`long: ${"a long value ".repeat(30).trim()}`] },
	{ keys: ["base", "copy"], lines: ["base: &b {x: 1, y: [2, 3]}", "copy: *b"] },
	{ keys: ["l0's", "l1's"], lines: ["l0's: &l0 ['x','y']", "l1's: [*l0, *l0]"] },
	{ keys: ["crew"], lines: ["crew: &crew", "  - Ops", "  - Design"] },
	{ keys: ["crew_again"], lines: ["crew_again: [a, b]"] },
	{ keys: ["multi"], lines: ["multi: [a,", "  b]"] },
];

interface GeneratedNote {
	text: string;
	/** Where each key's unit is in the text (from its first line's start to after its last line's line break). */
	spans: Map<string, { start: number; end: number; items?: { start: number; end: number }[] }>;
	/** Where the closing fence line starts: a new key goes just before it. */
	blockEnd: number;
	body: string;
}

const generatedNote: fc.Arbitrary<GeneratedNote> = fc
	.record({
		tags: scalarUnits.tags,
		company: scalarUnits.company,
		role: scalarUnits.role,
		interviewers,
		followUps,
		thankYouSent: scalarUnits.thankYouSent,
		outcome: scalarUnits.outcome,
		gracious: scalarUnits.gracious,
		extras: fc.subarray(EXTRAS),
		commentsAfter: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
		topComment: fc.boolean(),
		eol: fc.constantFrom("\n", "\r\n"),
		bom: fc.boolean(),
		order: fc.array(fc.nat(), { minLength: 32, maxLength: 32 }),
	})
	.map((spec): GeneratedNote => {
		const date: Unit = { keys: ["interview_date"], lines: ["interview_date: 2026-11-20T14:00"] };
		const units = [
			spec.tags,
			spec.company,
			spec.role,
			date,
			spec.interviewers,
			spec.followUps,
			spec.thankYouSent,
			spec.outcome,
			spec.gracious,
			...spec.extras,
		].filter((unit): unit is Unit => unit !== null);
		// Shuffled by the generated order; an anchor always comes with its alias in one unit, so order is free.
		const shuffled = units.map((unit, i) => ({ unit, rank: spec.order[i] ?? i })).sort((a, b) => a.rank - b.rank);
		const { eol } = spec;
		let text = `${spec.bom ? "\uFEFF" : ""}---${eol}${spec.topComment ? `# Interview notes${eol}` : ""}`;
		const spans: GeneratedNote["spans"] = new Map();
		shuffled.forEach(({ unit }, n) => {
			const start = text.length;
			const lineStarts: number[] = [];
			for (const line of unit.lines) {
				lineStarts.push(text.length);
				text += line + eol;
			}
			const items = unit.items?.map(({ first, count }) => ({ start: lineStarts[first] ?? 0, end: lineStarts[first + count] ?? text.length }));
			for (const key of unit.keys) spans.set(key, { start, end: text.length, items });
			if (spec.commentsAfter[n % 12] === true) text += `# a comment${eol}`;
		});
		const blockEnd = text.length;
		const body = `---${eol}# Acme${eol}${eol}- [ ] send the thank-you${eol}key: not frontmatter${eol}`;
		return { text: text + body, spans, blockEnd, body };
	});

interface Command {
	name: string;
	plan: Plan;
}

const COMMANDS: Command[] = [
	{ name: "mark thank-you sent to everyone", plan: (fm) => markThanked(fm, "all", WHEN) },
	...NAMES.slice(0, 4).map((subject) => ({ name: `mark thank-you sent to ${subject}`, plan: (fm: Frontmatter) => markThanked(fm, { subject }, WHEN) })),
	{ name: "log a follow-up", plan: (fm) => logFollowUp(fm, WHEN) },
	{ name: "log a follow-up by phone", plan: (fm) => logFollowUp(fm, WHEN, "phone") },
	...NAMES.slice(0, 4).map((subject) => ({ name: `mark a LinkedIn request to ${subject}`, plan: (fm: Frontmatter) => markLinkedInRequested(fm, subject) })),
	...OUTCOMES.map((outcome) => ({ name: `set outcome ${outcome}`, plan: (fm: Frontmatter) => setOutcome(fm, outcome) })),
	{ name: "mark the gracious reply sent", plan: (fm) => markGraciousNoteSent(fm, WHEN) },
];

function frontmatterOf(text: string): Frontmatter {
	const yaml =
		text
			.replace(/^\uFEFF/, "")
			.split(/\r?\n---[ \t]*\r?\n/)[0]
			?.replace(/^---\r?\n/, "") ?? "";
	const data = parse(yaml);
	return typeof data === "object" && data !== null ? (data as Frontmatter) : {};
}

/** The stretch of the old text a set of changes may touch: the edited key's entry (or item), or the end of the block. */
function allowed(note: GeneratedNote, changes: readonly Change[]): { start: number; end: number } {
	let start = Infinity;
	let end = -Infinity;
	for (const change of changes) {
		const span = note.spans.get(change.key);
		const item = change.kind === "set-in-item" && change.position !== null ? span?.items?.[change.position] : undefined;
		const where = item ?? span ?? { start: note.blockEnd, end: note.blockEnd };
		start = Math.min(start, where.start);
		end = Math.max(end, where.end);
	}
	return { start, end };
}

describe("every command on notes in every YAML style", () => {
	it.each(COMMANDS)("$name changes only its value, reads back as intended, and one undo restores the note", ({ plan }) => {
		fc.assert(
			fc.property(generatedNote, (note) => {
				const before = frontmatterOf(note.text);
				const changes = plan(before);
				const edit = editNote(note.text, plan, parse);
				if (changes === null || changes.length === 0) {
					expect(edit).toEqual({ outcome: "unchanged" });
					return;
				}
				if (edit.outcome !== "changed") throw new Error(`${edit.outcome}: ${edit.outcome === "refused" ? edit.reason : ""}\n${note.text}`);
				// Every byte outside the edited entry stays: the byte-order mark, other keys, comments, the body.
				const zone = allowed(note, changes);
				expect(edit.text.slice(0, zone.start)).toBe(note.text.slice(0, zone.start));
				expect(edit.text.slice(edit.text.length - (note.text.length - zone.end))).toBe(note.text.slice(zone.end));
				expect(edit.text.endsWith(note.body)).toBe(true);
				if (note.text.includes("\r\n")) expect(edit.insert).not.toMatch(/(?:^|[^\r])\n/);
				// The block reads back as the old data with exactly the planned changes.
				expect(frontmatterOf(edit.text)).toEqual(applyChanges(before, changes));
				// A second run finds it done.
				expect(editNote(edit.text, plan, parse)).toEqual({ outcome: "unchanged" });
				// Through an editor, as one transaction: one undo restores the note byte for byte.
				const editor = new Editor(note.text);
				editor.transaction({ changes: [{ from: editor.offsetToPos(edit.from), to: editor.offsetToPos(edit.to), text: edit.insert }] });
				expect(editor.getValue()).toBe(edit.text);
				editor.undo();
				expect(editor.getValue()).toBe(note.text);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
