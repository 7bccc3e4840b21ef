// @vitest-environment happy-dom
// The commands that make files: a new interview note from a short form, and the follow-up dates as an .ics
// calendar file (read back here: the 30-minute thank-you block starts the moment the interview ends).
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { isInterviewNote } from "../../src/engine/note";
import { checkNewInterviewForm, type NewInterviewForm } from "../../src/obsidian/modals";
import { interviewNoteFileName } from "../../src/obsidian/writes";
import { MarkdownView } from "../harness/obsidian";
import type { App } from "../harness/app";
import {
	INTERVIEW_PATH,
	NOT_AN_INTERVIEW,
	Notice,
	TWO_INTERVIEWERS,
	fileAt,
	noticesSince,
	openNewInterview,
	openNote,
	press,
	resetDoubleBetweenTests,
	runCommand,
	settled,
	splitNote,
	startWith,
	textOf,
} from "./commands-setup";

resetDoubleBetweenTests();

const EMPTY_FORM: NewInterviewForm = { company: "", role: "", date: "", time: "", duration: "", interviewers: "" };

/** Types into the open new interview dialog, field by field, as the user would. */
function fillIn(values: Partial<NewInterviewForm>): void {
	const modal = openNewInterview();
	const labels: Record<keyof NewInterviewForm, string> = {
		company: "Company",
		role: "Role",
		date: "Date",
		time: "Time",
		duration: "Duration",
		interviewers: "Interviewers",
	};
	for (const [key, value] of Object.entries(values) as [keyof NewInterviewForm, string][]) {
		const field = modal.contentEl.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${labels[key]}"]`);
		if (!field) throw new Error(`No field ${labels[key]}`);
		field.value = value;
		field.dispatchEvent(new Event("input"));
	}
}

function newFiles(app: App, before: string[]): string[] {
	return app.vault
		.getFiles()
		.map((file) => file.path)
		.filter((path) => !before.includes(path));
}

describe("a new interview note", () => {
	it("is created from the form in the interview folder (made when missing), with SPEC's frontmatter, and opened", async () => {
		const { app, plugin } = await startWith({}, { folder: "Job search/Interviews" });
		await runCommand(app, "new-interview-note");
		fillIn({
			company: "Acme Robotics",
			role: "Product Designer",
			date: "2026-11-24",
			time: "09:30",
			duration: "45",
			interviewers: "Jane Doe, Sam Lee\nPriya Natarajan",
		});
		await press("Create note");

		const path = "Job search/Interviews/2026-11-24 Acme Robotics - Product Designer.md";
		const { frontmatter, body } = splitNote(textOf(app, path));
		expect(frontmatter).toEqual({
			tags: ["interview"],
			company: "Acme Robotics",
			role: "Product Designer",
			interview_date: "2026-11-24T09:30",
			duration: 45,
			interviewers: ["Jane Doe", "Sam Lee", "Priya Natarajan"],
			outcome: "pending",
			topics: [],
		});
		expect(body).toContain("## Notes");
		expect(body).toContain("## Questions they asked");
		expect(body).toContain("## Next steps");
		const view = app.workspace.getLeaf(false).view;
		expect(view instanceof MarkdownView && view.file?.path).toBe(path);
		await app.metadataCache.settled();
		expect(isInterviewNote(path, app.metadataCache.getFileCache(fileAt(app, path))?.frontmatter, plugin.settings)).toBe(true);
	});

	it("keeps a company called Yes, a role called 123 and a name like 'a: b' as text for every YAML reader", async () => {
		const { app } = await startWith({});
		await runCommand(app, "new-interview-note");
		fillIn({ company: "Yes", role: "123", date: "2026-11-24", interviewers: "a: b\nNo\nnull" });
		await press("Create note");
		const [path] = newFiles(app, []);
		if (path === undefined) throw new Error("No note was created");
		const yaml = textOf(app, path).split("---\n")[1] ?? "";
		for (const schema of [jsYaml.CORE_SCHEMA, jsYaml.DEFAULT_SAFE_SCHEMA, jsYaml.JSON_SCHEMA]) {
			const read = jsYaml.load(yaml, { schema }) as Record<string, unknown>;
			expect(read.company).toBe("Yes");
			expect(read.role).toBe("123");
			expect(read.interviewers).toEqual(["a: b", "No", "null"]);
		}
		expect(yaml).toMatch(/^company: "Yes"$/m);
	});

	it("uses a date-only interview_date when no time is given", async () => {
		const { app } = await startWith({});
		await runCommand(app, "new-interview-note");
		fillIn({ company: "Acme", date: "2026-11-24" });
		await press("Create note");
		const { frontmatter } = splitNote(textOf(app, "2026-11-24 Acme.md"));
		expect(frontmatter.interview_date).toBe("2026-11-24");
		expect(frontmatter.duration).toBe(60);
		expect(frontmatter.interviewers).toEqual([]);
	});

	it("says what is missing and creates nothing until the company and the date are given", async () => {
		const { app } = await startWith({});
		const before = app.vault.getFiles().map((file) => file.path);
		await runCommand(app, "new-interview-note");
		fillIn({ date: "" });
		await press("Create note");
		const errors = openNewInterview().contentEl.querySelector(".ifu-form-errors")?.textContent ?? "";
		expect(errors).toContain("company");
		expect(errors).toContain("day of the interview");
		expect(newFiles(app, before)).toEqual([]);
		fillIn({ company: "Acme", date: "2026-11-24" });
		await press("Create note");
		expect(newFiles(app, before)).toEqual(["2026-11-24 Acme.md"]);
	});

	it("creates the note when Enter is pressed in a field", async () => {
		const { app } = await startWith({});
		await runCommand(app, "new-interview-note");
		fillIn({ company: "Acme", date: "2026-11-24" });
		const company = openNewInterview().contentEl.querySelector<HTMLInputElement>('[aria-label="Company"]');
		company?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await settled();
		expect(app.vault.getFileByPath("2026-11-24 Acme.md")).not.toBeNull();
	});

	it("creates nothing when cancelled", async () => {
		const { app } = await startWith({});
		await runCommand(app, "new-interview-note");
		fillIn({ company: "Acme", date: "2026-11-24" });
		await press("Cancel");
		expect(app.vault.getFiles()).toEqual([]);
	});

	it("leaves out the characters Obsidian forbids in file names, and never overwrites a note", async () => {
		const taken = "Interviews/2026-11-24 AT&T RD - Lead Ops 1.md";
		const { app } = await startWith({ [taken]: "mine\n" }, { folder: "Interviews" });
		await runCommand(app, "new-interview-note");
		fillIn({ company: "AT&T: R/D", role: "Lead [Ops] #1?", date: "2026-11-24" });
		await press("Create note");
		expect(textOf(app, taken)).toBe("mine\n");
		const created = "Interviews/2026-11-24 AT&T RD - Lead Ops 1 2.md";
		expect(splitNote(textOf(app, created)).frontmatter.company).toBe("AT&T: R/D");
		expect(
			interviewNoteFileName({ company: 'a\\b/c:d*e?f"g<h>i|j#k^l[m]n', role: "", date: "2026-11-24", time: "", durationMinutes: 60, interviewers: [] }),
		).toBe("2026-11-24 abcdefghijklmn");
	});
});

describe("a new interview note's file name", () => {
	const input = { role: "", date: "2026-11-24", time: "", durationMinutes: 60, interviewers: [] };

	it("keeps the name within 200 bytes of UTF-8, with room for a number and .md, never cutting a character", () => {
		const name = interviewNoteFileName({ ...input, company: "Société Générale ".repeat(30) });
		expect(new TextEncoder().encode(`${name} 99.md`).length).toBeLessThanOrEqual(200);
		expect(name.startsWith("2026-11-24 Société Générale")).toBe(true);
		expect(name).not.toMatch(/[\uFFFD ]$/);
		const emoji = interviewNoteFileName({ ...input, company: "🚀".repeat(100) });
		expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(194);
		expect([...emoji.slice(11)].every((character) => character === "🚀")).toBe(true);
	});

	it("drops control characters and the marks that turn text backwards", () => {
		expect(interviewNoteFileName({ ...input, company: "Acme\u0000\u0007 Corp\u202egnp.exe\u2066x\u2069\u200f" })).toBe("2026-11-24 Acme Corpgnp.exex");
		expect(interviewNoteFileName({ ...input, company: "Acme\tCorp\nLtd" })).toBe("2026-11-24 Acme Corp Ltd");
	});
});

describe("checking the new interview form", () => {
	it("splits interviewers on commas and line breaks and drops empty names", () => {
		const check = checkNewInterviewForm({ ...EMPTY_FORM, company: " Acme ", date: "2026-11-24", interviewers: "Jane Doe,, Sam Lee \n\n Priya" });
		expect(check).toEqual({
			ok: true,
			input: { company: "Acme", role: "", date: "2026-11-24", time: "", durationMinutes: 60, interviewers: ["Jane Doe", "Sam Lee", "Priya"] },
		});
	});

	it.each([
		["a day that does not exist", { date: "2026-02-30" }, "real date"],
		["a time that is not one", { time: "25:00" }, "HH:MM"],
		["a length that is not whole minutes", { duration: "an hour" }, "whole minutes"],
		["a length of zero", { duration: "0" }, "whole minutes"],
	])("refuses %s", (_what, change, message) => {
		const check = checkNewInterviewForm({ ...EMPTY_FORM, company: "Acme", date: "2026-11-24", ...change });
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.errors.join(" ")).toContain(message);
	});
});

interface ParsedEvent {
	summary: string;
	start: Date;
	end: Date;
	allDay: boolean;
}

/** Reads the VEVENTs of an .ics file: unfolds lines, then reads SUMMARY, DTSTART and DTEND (UTC or plain dates). */
function parseIcs(text: string): ParsedEvent[] {
	const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
	const events: ParsedEvent[] = [];
	let current: Record<string, string> | null = null;
	for (const line of lines) {
		if (line === "BEGIN:VEVENT") current = {};
		else if (line === "END:VEVENT" && current) {
			events.push({
				summary: current.SUMMARY ?? "",
				start: icsDate(current.DTSTART ?? ""),
				end: icsDate(current.DTEND ?? ""),
				allDay: (current.DTSTART ?? "").length === 8,
			});
			current = null;
		} else if (current) {
			const colon = line.indexOf(":");
			const name = line.slice(0, colon).split(";")[0] ?? "";
			current[name] = line.slice(colon + 1);
		}
	}
	return events;
}

function icsDate(value: string): Date {
	const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(value);
	if (!m) throw new Error(`Not an .ics date: ${value}`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
	return m[4] === undefined ? new Date(y, mo, d) : new Date(Date.UTC(y, mo, d, Number(m[4]), Number(m[5]), Number(m[6])));
}

/** The note's export: named after the note's path, next to it. */
const ICS_PATH = INTERVIEW_PATH.replace(/\.md$/, ".ics");

describe("exporting follow-up dates", () => {
	it("writes the note's .ics with a 30-minute block starting when the interview ends, and names the file", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "export-calendar");

		const path = ICS_PATH;
		const events = parseIcs(textOf(app, path));
		const block = events.find((event) => event.summary.startsWith("Write thank-you notes"));
		// The interview starts at 14:00 local and lasts 45 minutes.
		expect(block?.start.getTime()).toBe(new Date(2026, 10, 20, 14, 45).getTime());
		expect(block?.end.getTime()).toBe(new Date(2026, 10, 20, 15, 15).getTime());
		expect(events.some((event) => event.summary.startsWith("Thank-you deadline") && event.end.getTime() === new Date(2026, 10, 21, 14, 0).getTime())).toBe(
			true,
		);
		expect(
			events.some((event) => event.summary.startsWith("Follow up") && event.allDay && event.start.getTime() === new Date(2026, 10, 27).getTime()),
		).toBe(true);
		expect(noticesSince(start).some((message) => message.includes(path))).toBe(true);
		expect(textOf(app, INTERVIEW_PATH)).toBe(TWO_INTERVIEWERS);
	});

	// Nights the clocks change: US 8 March and 1 November, EU 29 March, New Zealand 5 April and 27 September.
	it.each([
		["2026-03-08T01:30", [2026, 2, 8, 1, 30]],
		["2026-11-01T01:30", [2026, 10, 1, 1, 30]],
		["2026-03-29T01:30", [2026, 2, 29, 1, 30]],
		["2026-04-05T01:30", [2026, 3, 5, 1, 30]],
		["2026-09-27T01:30", [2026, 8, 27, 1, 30]],
	] as const)("starts the block an hour of real time after an interview at %s, whatever the clocks do", async (written, [y, mo, d, h, mi]) => {
		const dstNight = TWO_INTERVIEWERS.replace("interview_date: 2026-11-20T14:00", `interview_date: ${written}`).replace("duration: 45", "duration: 60");
		const { app } = await startWith({ [INTERVIEW_PATH]: dstNight });
		await openNote(app, INTERVIEW_PATH);
		await runCommand(app, "export-calendar");
		const events = parseIcs(textOf(app, ICS_PATH));
		const block = events.find((event) => event.summary.startsWith("Write thank-you notes"));
		const start = new Date(y, mo, d, h, mi).getTime() + 60 * 60_000;
		expect(block?.start.getTime()).toBe(start);
		expect(block?.end.getTime()).toBe(start + 30 * 60_000);
	});

	it("overwrites the file it wrote before instead of making a copy", async () => {
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS });
		await openNote(app, INTERVIEW_PATH);
		await runCommand(app, "export-calendar");
		await runCommand(app, "export-calendar");
		const icsFiles = app.vault.getFiles().filter((file) => file.extension === "ics");
		expect(icsFiles.map((file) => file.path)).toEqual([ICS_PATH]);
	});

	it("gives two notes of the same name in different folders two different files", async () => {
		const { app } = await startWith({ "Acme/Onsite.md": TWO_INTERVIEWERS, "Globex/Onsite.md": TWO_INTERVIEWERS.replace("Northwind Health", "Globex") });
		await openNote(app, "Acme/Onsite.md");
		await runCommand(app, "export-calendar");
		await openNote(app, "Globex/Onsite.md");
		await runCommand(app, "export-calendar");
		expect(parseIcs(textOf(app, "Acme/Onsite.ics")).some((event) => event.summary.includes("Northwind Health"))).toBe(true);
		expect(parseIcs(textOf(app, "Globex/Onsite.ics")).some((event) => event.summary.includes("Globex"))).toBe(true);
	});

	it("never overwrites a file it did not write: the dates go to a free name beside it, and the notice says so", async () => {
		const mine = "BEGIN:VCALENDAR\nPRODID:-//Someone else//EN\nEND:VCALENDAR\n";
		const { app } = await startWith({ [INTERVIEW_PATH]: TWO_INTERVIEWERS, [ICS_PATH]: mine });
		await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "export-calendar");
		await runCommand(app, "export-calendar");
		expect(textOf(app, ICS_PATH)).toBe(mine);
		const other = ICS_PATH.replace(/\.ics$/, " 2.ics");
		expect(parseIcs(textOf(app, other)).length).toBeGreaterThan(0);
		expect(app.vault.getFiles().filter((file) => file.extension === "ics")).toHaveLength(2);
		expect(noticesSince(start).join("\n")).toContain(`${other} (${ICS_PATH} is a file of your own`);
	});

	it("exports every interview note into one file in the interview folder", async () => {
		const second = TWO_INTERVIEWERS.replace("Northwind Health", "Quayside Bank").replace("2026-11-20T14:00", "2026-11-18T10:00");
		const { app } = await startWith(
			{ [INTERVIEW_PATH]: TWO_INTERVIEWERS, "Interviews/Quayside.md": second, "Interviews/Soup.md": NOT_AN_INTERVIEW },
			{ folder: "Interviews" },
		);
		await runCommand(app, "export-calendar-all");
		const events = parseIcs(textOf(app, "Interviews/interview-follow-up.ics"));
		const blocks = events.filter((event) => event.summary.startsWith("Write thank-you notes"));
		expect(blocks.map((event) => event.start.getTime()).sort()).toEqual([
			new Date(2026, 10, 18, 10, 45).getTime(),
			new Date(2026, 10, 20, 14, 45).getTime(),
		]);
		expect(events.every((event) => !event.summary.includes("Soup"))).toBe(true);
	});

	it("writes no file, and says why, when the note has no interview date", async () => {
		const undated = TWO_INTERVIEWERS.replace("interview_date: 2026-11-20T14:00\n", "");
		const { app } = await startWith({ [INTERVIEW_PATH]: undated });
		await openNote(app, INTERVIEW_PATH);
		const start = Notice.messages.length;
		await runCommand(app, "export-calendar");
		expect(app.vault.getFiles().filter((file) => file.extension === "ics")).toEqual([]);
		expect(noticesSince(start).join("\n")).toContain("interview_date");
	});
});
