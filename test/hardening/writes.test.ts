// @vitest-environment happy-dom
// Write safety: the per-note queue never lets two writes to one note interleave; an edit is planned on the note as
// it is when the write happens (inside vault.process), not as it was read; and every frontmatter command, on any
// frontmatter, changes its own key only and leaves every other key and the body byte for byte.
import fc from "fast-check";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { logFollowUp, markGraciousNoteSent, markLinkedInRequested, markThanked, setOutcome } from "../../src/engine/edits";
import type { Plan } from "../../src/engine/edits";
import { editFrontmatter, enqueueWrite } from "../../src/obsidian/writes";
import { createTestApp, type App } from "../harness/app";
import { findFrontMatter } from "../harness/metadata";
import { Notice, settled, TFile } from "../harness/obsidian";

const SEED = 20261125;
const RUNS = Number(process.env.FUZZ_RUNS ?? "") || 150;

/** A promise that settles after `turns` trips round the event loop, so tasks get every chance to interleave. */
async function turns(count: number): Promise<void> {
	for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}

function split(text: string): { frontmatter: Record<string, unknown>; body: string } {
	const block = findFrontMatter(text);
	if (!block) return { frontmatter: {}, body: text };
	const parsed: unknown = jsYaml.load(block.yaml, { schema: jsYaml.CORE_SCHEMA });
	return { frontmatter: typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {}, body: text.slice(block.contentStart) };
}

describe("the per-note write queue", () => {
	it("runs two writes to one note one after the other, never interleaved", async () => {
		const events: string[] = [];
		const task = (name: string, wait: number) => async (): Promise<string> => {
			events.push(`${name} starts`);
			await turns(wait);
			events.push(`${name} ends`);
			return name;
		};
		const results = await Promise.all([enqueueWrite("a.md", task("first", 5)), enqueueWrite("a.md", task("second", 1))]);
		expect(results).toEqual(["first", "second"]);
		expect(events).toEqual(["first starts", "first ends", "second starts", "second ends"]);
	});

	it("lets writes to two different notes run side by side", async () => {
		const events: string[] = [];
		const task = (name: string, wait: number) => async (): Promise<void> => {
			events.push(`${name} starts`);
			await turns(wait);
			events.push(`${name} ends`);
		};
		await Promise.all([enqueueWrite("a.md", task("a", 5)), enqueueWrite("b.md", task("b", 1))]);
		expect(events.slice(0, 2).sort()).toEqual(["a starts", "b starts"]);
	});

	it("runs the writes behind a failed one, and hands the failure to its own caller only", async () => {
		const failing = enqueueWrite("a.md", async () => {
			await turns(2);
			throw new Error("disk full");
		});
		const next = enqueueWrite("a.md", async () => "written");
		await expect(failing).rejects.toThrow("disk full");
		await expect(next).resolves.toBe("written");
	});

	it("keeps any number of writes to one note in order and one at a time, whatever each one waits", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.record({ path: fc.constantFrom("a.md", "b.md", "c.md"), wait: fc.integer({ min: 0, max: 3 }), fails: fc.boolean() }), {
					minLength: 1,
					maxLength: 25,
				}),
				async (writes) => {
					const running = new Map<string, number>();
					const order = new Map<string, number[]>();
					let overlap = false;
					await Promise.allSettled(
						writes.map((write, i) =>
							enqueueWrite(write.path, async () => {
								running.set(write.path, (running.get(write.path) ?? 0) + 1);
								if ((running.get(write.path) ?? 0) > 1) overlap = true;
								order.set(write.path, [...(order.get(write.path) ?? []), i]);
								await turns(write.wait);
								running.set(write.path, (running.get(write.path) ?? 0) - 1);
								if (write.fails) throw new Error(`write ${i} failed`);
							}),
						),
					);
					expect(overlap).toBe(false);
					for (const [path, indexes] of order) {
						expect(indexes).toEqual(writes.flatMap((write, i) => (write.path === path ? [i] : [])));
					}
				},
			),
			{ seed: SEED, numRuns: 40 },
		);
	});
});

describe("a write while the note changes underneath", () => {
	const NOTE = "---\ntags: [interview]\ncompany: Acme\ninterview_date: 2026-11-20T14:00\ninterviewers: [Jane Doe]\n---\nBody.\n";

	it("edits the note as it is when the write happens, keeping a change made after the command read it", async () => {
		const app = createTestApp({ "a.md": NOTE });
		const file = fileAt(app, "a.md");
		// The user adds a key; the metadata cache has not caught up yet when the command writes.
		await app.vault.modify(file, NOTE.replace("company: Acme\n", "company: Acme\nrecruiter: Dana\n"));
		const result = await editFrontmatter(app, file, (frontmatter) => setOutcome(frontmatter, "rejected"));
		expect(result).toBe("changed");
		const { frontmatter, body } = split(app.vault.textOf("a.md") ?? "");
		expect(frontmatter).toMatchObject({ recruiter: "Dana", outcome: "rejected", company: "Acme" });
		expect(body).toBe("Body.\n");
	});

	it("lands two commands started together on one note, both of them", async () => {
		const app = createTestApp({ "a.md": NOTE });
		const file = fileAt(app, "a.md");
		const results = await Promise.all([
			editFrontmatter(app, file, (frontmatter) => markThanked(frontmatter, "all", "2026-11-20T16:00")),
			editFrontmatter(app, file, (frontmatter) => logFollowUp(frontmatter, "2026-11-27T09:00")),
			editFrontmatter(app, file, (frontmatter) => setOutcome(frontmatter, "next-round")),
		]);
		expect(results).toEqual(["changed", "changed", "changed"]);
		const { frontmatter } = split(app.vault.textOf("a.md") ?? "");
		expect(frontmatter).toMatchObject({ thank_you_sent: "2026-11-20T16:00", follow_ups: ["2026-11-27T09:00"], outcome: "next-round" });
	});

	it("recomputes an edit that depends on the note (a second follow-up) from the note as written by the first", async () => {
		const app = createTestApp({ "a.md": NOTE });
		const file = fileAt(app, "a.md");
		await Promise.all([
			editFrontmatter(app, file, (frontmatter) => logFollowUp(frontmatter, "2026-11-27T09:00")),
			editFrontmatter(app, file, (frontmatter) => logFollowUp(frontmatter, "2026-12-04T09:00")),
			// The same follow-up logged twice (a double click) is one follow-up.
			editFrontmatter(app, file, (frontmatter) => logFollowUp(frontmatter, "2026-12-04T09:00")),
		]);
		expect(split(app.vault.textOf("a.md") ?? "").frontmatter.follow_ups).toEqual(["2026-11-27T09:00", "2026-12-04T09:00"]);
	});

	it("writes nothing when the edit finds nothing to change", async () => {
		const app = createTestApp({ "a.md": NOTE.replace("Body.", "outcome: x\nBody.") });
		const file = fileAt(app, "a.md");
		const before = app.vault.textOf("a.md");
		expect(await editFrontmatter(app, file, (frontmatter) => setOutcome(frontmatter, "pending"))).toBe("unchanged");
		expect(app.vault.writes).toEqual([]);
		expect(app.vault.textOf("a.md")).toBe(before);
		await settled();
	});
});

// ---- Every command keeps every other key and the body ----

/** YAML-safe keys a user might have: their own, near-misses of the known ones, and odd ones. */
const userKey = fc.oneof(
	fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
	fc.constantFrom("recruiter", "salary", "aliases", "cssclasses", "interviewDate", "Thank you sent", "links", "rating", "location", "tags"),
);

/** Values as a YAML reader gives them with the core schema: text (dates stay text), numbers, booleans, null, lists, mappings. */
const userValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: "small" },
		fc.string({ maxLength: 20 }),
		fc.constantFrom("2026-11-20", "2026-11-20T14:00", "[[Jane Doe]]", "yes", "null", "1e3", "# not a comment", "a: b", "-", ""),
		fc.integer(),
		fc.boolean(),
		fc.constant(null),
		// No empty item inside a list: the double's YAML writer puts a nested list ending in one as `-` lines that read
		// back as a different list (reported; Obsidian's own writer is not the double's).
		fc.array(
			tie("value").filter((item) => item !== null),
			{ maxLength: 3 },
		),
		fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), tie("value"), { maxKeys: 3 }),
	),
})).value;

/** The interview keys, each present or not, holding right or wrong values. */
const interviewFields = fc.record(
	{
		tags: fc.constantFrom(["interview"], "interview"),
		company: fc.oneof(fc.string({ maxLength: 12 }), userValue),
		interview_date: fc.oneof(fc.constantFrom("2026-11-20T14:00", "2026-11-20"), userValue),
		interviewers: fc.oneof(
			fc.array(
				fc.oneof(
					fc.constantFrom("Jane Doe", "Sam Lee", "[[people/Priya|Priya]]"),
					fc.record(
						{ name: fc.constantFrom("Jane Doe", "Ana Ruiz"), linkedin: fc.constantFrom("skip", "connected", "x") },
						{ requiredKeys: ["name"] },
					),
				),
				{ maxLength: 4 },
			),
			userValue,
		),
		thank_you_sent: fc.oneof(fc.constant("2026-11-20T16:00"), userValue),
		follow_ups: fc.oneof(fc.array(fc.constantFrom("2026-11-27", "2026-12-01T09:00"), { maxLength: 2 }), userValue),
		outcome: fc.oneof(fc.constantFrom("pending", "Next round", "rejected"), userValue),
		gracious_note_sent: userValue,
	},
	{ requiredKeys: ["tags"] },
);

const note = fc
	.tuple(interviewFields, fc.dictionary(userKey, userValue, { maxKeys: 6 }), fc.string({ maxLength: 200 }), fc.constantFrom("\n", "\r\n"))
	.map(([fields, extra, bodyText, eol]) => {
		const frontmatter: Record<string, unknown> = { ...extra, ...fields };
		const yaml = jsYaml.dump(frontmatter, { schema: jsYaml.CORE_SCHEMA });
		// The body keeps whatever the generator made, line ends and all; it must come back byte for byte.
		const body = `## Notes${eol}${bodyText}${eol}---${eol}Not frontmatter.`;
		return { text: `---\n${yaml}---\n${body}`, body };
	});

interface Command {
	name: string;
	/** The one key the command may change. */
	key: string;
	edit: Plan;
}

const COMMANDS: Command[] = [
	{ name: "mark thank-you sent to everyone", key: "", edit: (fm) => markThanked(fm, "all", "2026-11-21T09:00") },
	{ name: "mark thank-you sent to Jane Doe", key: "interviewers", edit: (fm) => markThanked(fm, { subject: "Jane Doe" }, "2026-11-21T09:00") },
	{ name: "log a follow-up", key: "follow_ups", edit: (fm) => logFollowUp(fm, "2026-11-28T10:00", "email") },
	{ name: "mark LinkedIn request", key: "interviewers", edit: (fm) => markLinkedInRequested(fm, "Jane Doe") },
	{ name: "set outcome", key: "outcome", edit: (fm) => setOutcome(fm, "rejected") },
	{ name: "mark gracious reply sent", key: "gracious_note_sent", edit: (fm) => markGraciousNoteSent(fm, "2026-12-01T09:00") },
];

describe("every frontmatter command on random frontmatter", () => {
	it.each(COMMANDS)("$name changes only its own key and leaves every other key and the body untouched", async (command) => {
		await fc.assert(
			fc.asyncProperty(note, async ({ text, body }) => {
				const app = createTestApp({ "a.md": text });
				const file = fileAt(app, "a.md");
				const before = split(text).frontmatter;
				const notices = Notice.messages.length;
				const result = await editFrontmatter(app, file, command.edit);
				const after = app.vault.textOf("a.md") ?? "";
				// A value of a shape the command cannot add to (follow_ups holding a mapping) is refused, with a Notice.
				if (result === "failed") {
					expect(after).toBe(text);
					expect(Notice.messages.slice(notices)).toEqual([expect.stringMatching(/^Could not update a\.md: follow_ups is written in a form/)]);
					return;
				}
				if (result === "unchanged") {
					expect(after).toBe(text);
					return;
				}
				const read = split(after);
				expect(read.body).toBe(body);
				// "Everyone" writes thank_you_sent, or `thanked` on interviewers when some already have their own.
				const own = command.key === "" ? ["thank_you_sent", "interviewers"] : [command.key];
				for (const key of Object.keys(before)) {
					if (own.includes(key)) continue;
					expect(read.frontmatter[key], key).toEqual(before[key]);
				}
				expect(Object.keys(read.frontmatter).filter((key) => !(key in before) && !own.includes(key))).toEqual([]);
				// The keys keep their order.
				const kept = Object.keys(read.frontmatter).filter((key) => key in before);
				expect(kept).toEqual(Object.keys(before));
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
