// @vitest-environment happy-dom
// The first index, and any rescan, runs in slices that give Obsidian its thread back: no slice handles more than a
// set number of notes or runs past a few milliseconds of work, and the views show what is ready meanwhile.
import { describe, expect, it } from "vitest";
import { createTestApp, loadPlugin } from "../harness/app";
import { Component } from "../harness/events";
import InterviewFollowUpPlugin from "../../src/main";
import { InterviewIndex, SLICE_MS, SLICE_NOTES, type ScanScheduler } from "../../src/obsidian/index";
import { DEFAULT_SETTINGS } from "../../src/obsidian/settings";
import { FollowUpView, VIEW_TYPE_FOLLOW_UP } from "../../src/obsidian/sidebar";

const NOW = new Date(2026, 10, 20, 16, 0);

function interviews(count: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		files[`Interviews/${String(i).padStart(5, "0")}.md`] = [
			"---",
			"tags: [interview]",
			`company: Company ${i}`,
			"interview_date: 2026-11-19T10:00",
			"interviewers: [Jane Doe]",
			"---",
			"Notes.",
			"",
		].join("\n");
	}
	return files;
}

/** A scheduler that counts its yields and notes how many evaluations each slice made; its clock moves by `step` per reading. */
function countingScheduler(step: number): ScanScheduler & { yields: number; slices: number[]; index: InterviewIndex | null } {
	let time = 0;
	let lastCount = 0;
	const scheduler = {
		yields: 0,
		slices: [] as number[],
		index: null as InterviewIndex | null,
		clock: () => (time += step),
		yieldToApp: async () => {
			scheduler.yields++;
			const count = scheduler.index?.evaluationCount ?? 0;
			scheduler.slices.push(count - lastCount);
			lastCount = count;
		},
	};
	return scheduler;
}

async function scanWith(count: number, step: number): Promise<ReturnType<typeof countingScheduler>> {
	const app = createTestApp(interviews(count));
	const scheduler = countingScheduler(step);
	const index = new InterviewIndex({ metadataCache: app.metadataCache, vault: app.vault, settings: () => DEFAULT_SETTINGS, now: () => NOW, scheduler });
	scheduler.index = index;
	const owner = new Component();
	owner.load();
	owner.addChild(index);
	await index.start();
	expect(index.all()).toHaveLength(count);
	owner.unload();
	return scheduler;
}

describe("the scan's slices", () => {
	it.each([1, 2, 4])("yields at least once per %s × SLICE_NOTES notes, and never evaluates more than SLICE_NOTES in one slice", async (times) => {
		const count = SLICE_NOTES * times + 10;
		// A clock that never moves: only the count ends a slice.
		const { yields, slices } = await scanWith(count, 0);
		expect(yields).toBeGreaterThanOrEqual(Math.floor(count / SLICE_NOTES));
		expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_NOTES);
	});

	it("ends a slice once its work has taken SLICE_MS by the clock it is given", async () => {
		// One millisecond per reading of the clock: a slice takes no more than SLICE_MS notes.
		const { slices, yields } = await scanWith(100, 1);
		expect(yields).toBeGreaterThanOrEqual(100 / SLICE_MS);
		expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS);
	});

	it("shows what is ready in the sidebar and the status bar while the first scan runs, then the rest", async () => {
		const app = createTestApp(interviews(SLICE_NOTES * 2 + 5));
		const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
		plugin.now = () => NOW;
		await plugin.activateView();
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)[0]?.view;
		if (!(view instanceof FollowUpView)) throw new Error("no view");
		// Holds the scan at its first yield, as a busy app would, to look at what the views show meanwhile.
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => (release = resolve));
		const realYield = (plugin.index as unknown as { scheduler: ScanScheduler }).scheduler;
		let first = true;
		(plugin.index as unknown as { scheduler: ScanScheduler }).scheduler = {
			clock: () => 0,
			yieldToApp: async () => {
				if (first) {
					first = false;
					await held;
				}
				await realYield.yieldToApp();
			},
		};
		const scan = app.workspace.triggerLayoutReady();
		await new Promise((resolve) => setTimeout(resolve, 0));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plugin.index.ready).toBe(false);
		expect(view.contentEl.querySelector(".ifu-progress")?.textContent).toBe(`Reading ${SLICE_NOTES} of ${SLICE_NOTES * 2 + 5} interview notes…`);
		expect(view.contentEl.querySelector(".ifu-group--act-now .ifu-group-count")?.textContent).toBe(String(SLICE_NOTES));
		expect(app.statusBarEl.querySelector(".ifu-status-bar")?.textContent).toBe(`${SLICE_NOTES} interviews need action`);
		release();
		await scan;
		await plugin.index.settled();
		expect(view.contentEl.querySelector(".ifu-progress")).toBeNull();
		expect(view.contentEl.querySelector(".ifu-group--act-now .ifu-group-count")?.textContent).toBe(String(SLICE_NOTES * 2 + 5));
		plugin.unload();
	});
});
