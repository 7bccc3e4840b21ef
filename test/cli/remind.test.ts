// `remind` as a user runs it from cron or a shell prompt: what is due now and what comes next, as JSON and as text,
// from the same engine function as the plugin, with the plugin's saved settings when the vault has them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RemindJson } from "../../src/cli/remind";
import { buildCliOnce, fingerprint, ISO_INSTANT, runCli } from "./cli-harness";

let vault: string;

function note(company: string, lines: string[]): string {
	return ["---", "tags: [interview]", `company: ${company}`, "role: Engineer", "interviewers: [Jane Doe]", ...lines, "---", "Notes.", ""].join("\n");
}

beforeAll(async () => {
	await buildCliOnce();
	vault = mkdtempSync(join(tmpdir(), "interview-follow-up-remind-"));
	mkdirSync(join(vault, "Interviews"));
	writeFileSync(join(vault, "Interviews", "Acme.md"), note("Acme", ["interview_date: 2026-11-20T14:00", "duration: 45"]));
	writeFileSync(
		join(vault, "Interviews", "Globex.md"),
		note("Globex", ["interview_date: 2026-11-18T10:00", "thank_you_sent: 2026-11-18T12:00", "next_steps_date: 2026-11-23"]),
	);
	writeFileSync(
		join(vault, "Interviews", "Initech.md"),
		note("Initech", ["interview_date: 2026-11-10T10:00", "thank_you_sent: 2026-11-10T12:00", "outcome: offer"]),
	);
});

afterAll(() => {
	rmSync(vault, { recursive: true, force: true });
});

function remind(args: string[]): RemindJson {
	const result = runCli(["remind", vault, ...args, "--json"]);
	if (result.status !== 0) throw new Error(`exit status ${String(result.status)}: ${result.stderr}`);
	return JSON.parse(result.stdout) as RemindJson;
}

describe("remind --json", () => {
	it("lists the thank-you block as due while its 30 minutes run, and the reminder before the deadline as next", () => {
		const report = remind(["--now", "2026-11-20T14:50"]);
		expect(Object.keys(report).sort()).toEqual(["due", "next", "now"]);
		expect(report.due.map((reminder) => [reminder.kind, reminder.path, reminder.subject])).toEqual([["thank-you-block", "Interviews/Acme.md", "Jane Doe"]]);
		expect(report.due[0]?.message).toBe("Your interview at Acme has ended: this is your 30-minute thank-you block");
		expect(report.next.map((reminder) => [reminder.kind, reminder.path])).toEqual([["thank-you-deadline", "Interviews/Acme.md"]]);
		expect(new Date(report.next[0]?.at ?? "").getTime()).toBe(new Date(2026, 10, 21, 11, 0).getTime());
		for (const reminder of [...report.due, ...report.next]) {
			expect(Object.keys(reminder).sort()).toEqual(["at", "key", "kind", "message", "path", "subject", "until"]);
			expect(reminder.at).toMatch(ISO_INSTANT);
			expect(reminder.until).toMatch(ISO_INSTANT);
		}
	});

	it("says nothing is due once the block is over and before the next reminder", () => {
		const report = remind(["--now", "2026-11-20T15:15"]);
		expect(report.due).toEqual([]);
		expect(report.next).toHaveLength(1);
	});

	it("lists the follow-up on the morning after the agreed timeline from 09:00, and never for a closed interview", () => {
		expect(remind(["--now", "2026-11-24T08:59"]).due.filter((reminder) => reminder.kind === "follow-up")).toEqual([]);
		const morning = remind(["--now", "2026-11-24T09:00"]);
		expect(morning.due.filter((reminder) => reminder.kind === "follow-up").map((reminder) => reminder.path)).toEqual(["Interviews/Globex.md"]);
		expect(morning.due.concat(morning.next).some((reminder) => reminder.path === "Interviews/Initech.md")).toBe(false);
	});

	it("uses the reminder settings and the first-seen rejections the plugin saved in the vault", () => {
		const dataFolder = join(vault, ".obsidian", "plugins", "interview-follow-up");
		mkdirSync(dataFolder, { recursive: true });
		writeFileSync(
			join(dataFolder, "data.json"),
			JSON.stringify({ remindHoursBeforeDeadline: 5, morningReminderHour: 7, reminders: { fired: {}, rejectedSeen: {} } }),
		);
		try {
			expect(new Date(remind(["--now", "2026-11-20T15:15"]).next[0]?.at ?? "").getTime()).toBe(new Date(2026, 10, 21, 9, 0).getTime());
			expect(new Date(remind(["--now", "2026-11-22T12:00"]).next.find((reminder) => reminder.kind === "follow-up")?.at ?? "").getTime()).toBe(
				new Date(2026, 10, 24, 7, 0).getTime(),
			);
		} finally {
			rmSync(join(vault, ".obsidian"), { recursive: true, force: true });
		}
	});
});

describe("remind as text", () => {
	it("prints what is due now and what comes next, in plain words", () => {
		const result = runCli(["remind", vault, "--now", "2026-11-20T14:50"]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Reminders for");
		expect(result.stdout).toContain("Now (1)");
		expect(result.stdout).toContain("Your interview at Acme has ended: this is your 30-minute thank-you block (Interviews/Acme.md)");
		expect(result.stdout).toMatch(/Next\n {2}Sat 21 Nov, 11:00 {2}Acme, Engineer: send Jane Doe a thank-you by Sat 21 Nov, 14:00\./);
	});

	it("gives the report's moment with its UTC offset, in any time zone (as status does)", () => {
		expect(runCli(["status", vault, "--now", "2026-11-20T16:00"], { env: { TZ: "UTC" } }).stdout).toContain("as of Fri 20 Nov 2026, 16:00 (UTC+00:00)");
		expect(runCli(["status", vault, "--now", "2026-11-20T16:00"], { env: { TZ: "Asia/Kolkata" } }).stdout).toContain(
			"as of Fri 20 Nov 2026, 16:00 (UTC+05:30)",
		);
		expect(runCli(["status", vault, "--now", "2026-11-20T16:00"], { env: { TZ: "America/Los_Angeles" } }).stdout).toContain(
			"as of Fri 20 Nov 2026, 16:00 (UTC-08:00)",
		);
	});

	it("never changes a file", () => {
		const before = fingerprint(vault);
		runCli(["remind", vault, "--now", "2026-11-20T14:50"]);
		expect(fingerprint(vault)).toEqual(before);
	});

	it("has its own help, and refuses a flag it does not know", () => {
		expect(runCli(["remind", "--help"]).stdout).toContain("Usage: interview-follow-up remind");
		expect(runCli(["help", "remind"]).stdout).toContain("Usage: interview-follow-up remind");
		const misuse = runCli(["remind", vault, "--soon"]);
		expect(misuse.status).toBe(2);
		expect(misuse.stderr).toContain("remind --help");
	});
});
