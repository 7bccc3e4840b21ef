// @vitest-environment happy-dom
// A scan hands the reminders thousands of notes at once: their reminders are worked out a slice at a time, between
// the app's own turns, so the first index of a large vault does not stall Obsidian on the reminders' account.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/settings";
import type { Evaluation } from "../../src/engine/types";
import { ReminderScheduler, ReminderStore, type ReminderIndex } from "../../src/obsidian/reminders";
import { DEFAULT_SETTINGS } from "../../src/obsidian/settings";
import { Events } from "../harness/events";
import { nextTurn } from "../harness/scheduler";

// 20 November 2026, 16:00 local: every interview below ended at 15:00, so each asks for a thank-you reminder.
const NOW = new Date(2026, 10, 20, 16, 0);

function indexOf(count: number): { index: ReminderIndex; paths: string[] } {
	const evaluations = new Map<string, Evaluation>();
	for (let i = 0; i < count; i++) {
		const path = `Interviews/Note ${i}.md`;
		const frontmatter = { tags: ["interview"], company: `Company ${i}`, interview_date: "2026-11-20T14:00", interviewers: ["Jane Doe"] };
		evaluations.set(path, evaluate({ path, frontmatter, drafts: [] }, NOW, DEFAULT_ENGINE_SETTINGS));
	}
	const events = new Events();
	const index = Object.assign(events, { get: (path: string) => evaluations.get(path), all: () => [...evaluations.values()], ready: false });
	return { index: index as unknown as ReminderIndex, paths: [...evaluations.keys()] };
}

describe("reminders after a scan", () => {
	it.each([1000, 2000, 4000])("works out %i notes' reminders in slices that each read the clock at most 8 times", async (count) => {
		const { index, paths } = indexOf(count);
		let yields = 0;
		let clock = 0;
		// Each reading of the clock moves it 1 ms, so a slice of 8 ms holds at most 8 notes.
		const turns = { yieldToApp: async () => void yields++, clock: () => clock++ };
		const scheduler = new ReminderScheduler({
			index,
			settings: () => DEFAULT_SETTINGS,
			now: () => NOW,
			notices: { notify: () => undefined },
			store: new ReminderStore(),
			save: () => Promise.resolve(),
			writeThankYou: () => undefined,
			turns,
		});
		scheduler.load();
		(index as unknown as Events).trigger("updated", paths, "scan");
		for (let turn = 0; turn < 5; turn++) await nextTurn();
		expect(yields).toBeGreaterThanOrEqual(Math.floor(count / 8) - 1);
		expect(scheduler.remindersOf(paths[0] ?? "").length).toBeGreaterThan(0);
		expect(scheduler.remindersOf(paths[count - 1] ?? "").length).toBeGreaterThan(0);
		scheduler.unload();
	});

	it("works out a few changed notes' reminders at once, without yielding", () => {
		const { index, paths } = indexOf(10);
		let yields = 0;
		const scheduler = new ReminderScheduler({
			index,
			settings: () => DEFAULT_SETTINGS,
			now: () => NOW,
			notices: { notify: () => undefined },
			store: new ReminderStore(),
			save: () => Promise.resolve(),
			writeThankYou: () => undefined,
			turns: { yieldToApp: async () => void yields++, clock: () => 0 },
		});
		scheduler.load();
		(index as unknown as Events).trigger("updated", paths, "change");
		expect(yields).toBe(0);
		expect(scheduler.remindersOf(paths[9] ?? "").length).toBeGreaterThan(0);
		scheduler.unload();
	});
});
