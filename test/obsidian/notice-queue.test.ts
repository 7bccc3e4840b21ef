// @vitest-environment happy-dom
// The one gate for the plugin's own Notices: a few at once are shown each, a flood is one Notice with the count;
// and the index's sorted list, which must keep the engine's order however it is patched.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { compareEvaluations } from "../../src/engine/status";
import { STAGES, type Check, type Evaluation } from "../../src/engine/types";
import { MOST_NOTICES_AT_ONCE, NoticeQueue, tooManyNotices } from "../../src/obsidian/notice-queue";
import { SortedEvaluations } from "../../src/obsidian/sorted-evaluations";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";
import { Notice } from "../harness/ui";

afterEach(() => Notice.clear());

describe("the Notice queue", () => {
	it("shows each Notice of a batch of up to three", () => {
		const queue = new NoticeQueue();
		for (const company of ["Acme", "Globex", "Initech"]) queue.push(`${company}: thank-you overdue`);
		expect(Notice.messages).toEqual([]);
		queue.flush();
		expect(Notice.messages).toEqual(["Acme: thank-you overdue", "Globex: thank-you overdue", "Initech: thank-you overdue"]);
	});

	it("shows one Notice with the count for 50 at one moment, whoever pushed them", () => {
		const queue = new NoticeQueue();
		for (let i = 0; i < 50; i++) queue.push(i % 2 === 0 ? `Reminder ${i}` : { message: `Overdue ${i}`, duration: 0 });
		queue.flush();
		expect(Notice.messages).toEqual([tooManyNotices(50)]);
		expect(MOST_NOTICES_AT_ONCE).toBe(3);
	});

	it("shows what was pushed during one task at its end, when nobody flushed", async () => {
		const queue = new NoticeQueue();
		queue.push("Acme: thank-you overdue");
		queue.push({ message: "Your interview at Acme has ended", duration: 0, decorate: (notice) => notice.noticeEl.createEl("button", { text: "Later" }) });
		expect(Notice.messages).toEqual([]);
		await Promise.resolve();
		expect(Notice.messages).toEqual(["Acme: thank-you overdue", "Your interview at Acme has ended"]);
		expect(Notice.instances[1]?.duration).toBe(0);
		expect(Notice.instances[1]?.noticeEl.querySelector("button")?.textContent).toBe("Later");
	});

	it("starts each batch afresh", () => {
		const queue = new NoticeQueue();
		for (let i = 0; i < 4; i++) queue.push(`first ${i}`);
		queue.flush();
		queue.push("second");
		queue.flush();
		expect(Notice.messages).toEqual([tooManyNotices(4), "second"]);
	});
});

describe("the sorted list", () => {
	const base = new Date(2026, 10, 20, 16, 0).getTime();
	const anEvaluation = fc.record({
		id: fc.integer({ min: 0, max: 30 }),
		stage: fc.constantFrom(...STAGES),
		dues: fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { maxLength: 3 }),
	});

	function evaluationOf(id: number, stage: Evaluation["stage"], dues: (number | null)[]): Evaluation {
		const note = new InterviewNoteBuilder().path(`n${id}.md`).interview("2026-11-18T10:00").build();
		const checks: Check[] = dues.map((due) => ({
			rule: 2,
			subject: null,
			state: "due",
			due: due === null ? null : new Date(base + due * 3_600_000),
			message: "",
		}));
		return { path: note.path, note, stage, checks, problems: [] };
	}

	it("keeps the engine's order through any additions and removals, one at a time or many at once", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(anEvaluation, fc.boolean(), fc.integer({ min: 1, max: 12 })), { maxLength: 60 }), (steps) => {
				const list = new SortedEvaluations();
				const current = new Map<string, Evaluation>();
				for (const [{ id, stage, dues }, remove, readEvery] of steps) {
					const path = `n${id}.md`;
					const before = current.get(path);
					if (before) list.remove(before);
					current.delete(path);
					if (!remove) {
						const evaluation = evaluationOf(id, stage, dues);
						list.add(evaluation);
						current.set(path, evaluation);
					}
					if (id % readEvery === 0) list.list();
				}
				const expected = [...current.values()].sort(compareEvaluations);
				expect(list.list()).toEqual(expected);
				for (const stage of STAGES) expect(list.countInStage(stage)).toBe(expected.filter((evaluation) => evaluation.stage === stage).length);
			}),
			{ seed: 20261120, numRuns: 200 },
		);
	});
});
