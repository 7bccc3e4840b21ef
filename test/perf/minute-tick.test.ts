// @vitest-environment happy-dom
// The cost of time passing, counted rather than timed: a minute tick evaluates only the notes whose deadline, follow-up
// date or start has come, so it stays cheap however many interview notes the vault holds.
import { describe, expect, it } from "vitest";
import { createTestApp, loadPlugin } from "../harness/app";
import InterviewFollowUpPlugin from "../../src/main";

const NOW = new Date(2026, 10, 20, 16, 0);

function note(company: string, lines: string[]): string {
	return ["---", "tags: [interview]", `company: ${company}`, "role: Product designer", ...lines, "---", "Notes.", ""].join("\n");
}

const FILES = {
	// Interviewed two hours ago: the thank-you to Jane Doe is due until 14:00 tomorrow.
	"Interviews/Acme.md": note("Acme", ["interview_date: 2026-11-20T14:00", "interviewers: [Jane Doe]"]),
	// Thanked and followed up long ago: nothing about it changes before New Year.
	"Interviews/Globex.md": note("Globex", [
		"interview_date: 2026-10-01T10:00",
		"interviewers: [Raj Patel]",
		"thank_you_sent: 2026-10-01T15:00",
		"follow_ups: [2026-10-09]",
	]),
	// Next Wednesday.
	"Interviews/Initech.md": note("Initech", ["interview_date: 2026-11-25T09:30", "interviewers: [Mo Chen]"]),
};

async function started(): Promise<{ plugin: InterviewFollowUpPlugin; clock: { now: Date } }> {
	const app = createTestApp(FILES);
	const plugin = await loadPlugin(InterviewFollowUpPlugin, app);
	const clock = { now: NOW };
	plugin.now = () => clock.now;
	await app.workspace.triggerLayoutReady();
	await plugin.index.settled();
	return { plugin, clock };
}

function evaluationsOver(plugin: InterviewFollowUpPlugin, tick: () => void): number {
	const before = plugin.index.evaluationCount;
	tick();
	return plugin.index.evaluationCount - before;
}

describe("the minute tick's cost", () => {
	it("evaluates no note when no deadline, follow-up date or interview start has come", async () => {
		const { plugin, clock } = await started();
		clock.now = new Date(2026, 10, 20, 16, 1);
		expect(evaluationsOver(plugin, () => plugin.index.tick())).toBe(0);
		clock.now = new Date(2026, 10, 21, 13, 59);
		expect(evaluationsOver(plugin, () => plugin.index.tick())).toBe(0);
	});

	it("evaluates only the note whose thank-you deadline has just passed, and finds it overdue", async () => {
		const { plugin, clock } = await started();
		clock.now = new Date(2026, 10, 21, 14, 1);
		expect(evaluationsOver(plugin, () => plugin.index.tick())).toBe(1);
		expect(plugin.index.get("Interviews/Acme.md")?.checks.find((check) => check.rule === 2)?.state).toBe("overdue");
	});

	it("evaluates each note once when a week of ticks passes in one, then none at the next minute", async () => {
		const { plugin, clock } = await started();
		clock.now = new Date(2026, 10, 27, 16, 0);
		// Acme's deadline and follow-up date, and Initech's start, have all come: Globex has nothing new.
		expect(evaluationsOver(plugin, () => plugin.index.tick())).toBe(2);
		expect(plugin.index.get("Interviews/Initech.md")?.stage).toBe("act-now");
		clock.now = new Date(2026, 10, 27, 16, 1);
		expect(evaluationsOver(plugin, () => plugin.index.tick())).toBe(0);
	});

	it("evaluates every note again when the clock goes back, as after a correction of the system time", async () => {
		const { plugin, clock } = await started();
		clock.now = new Date(2026, 10, 20, 15, 0);
		expect(evaluationsOver(plugin, () => plugin.index.tick())).toBe(3);
	});
});
