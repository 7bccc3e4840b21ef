// The command line as typed: flags, values and the messages for misuse, read without starting the program.
import { describe, expect, it } from "vitest";
import { parseCommandLine, type ParsedCommand } from "../../src/cli/args";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/engine/types";

const CLOCK_TIME = new Date(2026, 10, 20, 16, 0);
const clock = () => CLOCK_TIME;

function parse(...argv: string[]): ParsedCommand {
	return parseCommandLine(argv, clock);
}

function misuseOf(...argv: string[]): string {
	const parsed = parse(...argv);
	if (parsed.command !== "misuse") throw new Error(`expected misuse, got ${parsed.command}`);
	return parsed.message;
}

describe("status", () => {
	it("reads the current folder at the current time with the default settings when given nothing else", () => {
		expect(parse("status")).toEqual({
			command: "status",
			vault: ".",
			json: false,
			now: CLOCK_TIME,
			settings: DEFAULT_ENGINE_SETTINGS,
			folderFullPath: null,
		});
	});

	it("reads every flag, in either --flag value or --flag=value form", () => {
		const parsed = parse(
			"status",
			"vault",
			"--json",
			"--now=2026-11-21T09:30",
			"--tag",
			"#job/interview",
			"--folder",
			"Jobs/2026/",
			"--window-hours",
			"1.5",
			"--wait-days=10",
		);
		expect(parsed).toEqual({
			command: "status",
			vault: "vault",
			json: true,
			now: new Date(2026, 10, 21, 9, 30),
			settings: { tag: "job/interview", folder: "Jobs/2026", windowHours: 1.5, waitDays: 10 },
			folderFullPath: null,
		});
	});

	it("keeps a --folder given as a full path, to be made a vault path once the vault is found", () => {
		const parsed = parse("status", "vault", "--folder", "/home/sam/Vault/Interviews");
		expect(parsed.command === "status" && [parsed.folderFullPath, parsed.settings.folder]).toEqual(["/home/sam/Vault/Interviews", ""]);
	});

	it("reads --now across the spring-forward change as the local time written", () => {
		const parsed = parse("status", "--now", "2026-03-08T12:00");
		expect(parsed.command === "status" && parsed.now.getTime()).toBe(new Date(2026, 2, 8, 12, 0).getTime());
	});

	it("suggests the flag that was meant", () => {
		expect(misuseOf("status", "--wait-day", "3")).toContain("did you mean --wait-days?");
		expect(misuseOf("status", "--JSON")).toContain("did you mean --json?");
	});

	it("takes a value that starts with -- as a forgotten value", () => {
		expect(misuseOf("status", "--tag", "--json")).toBe("--tag needs a value");
	});

	it("takes everything after -- as a folder, even when it looks like a flag", () => {
		const parsed = parse("status", "--", "--odd folder");
		expect(parsed.command === "status" && parsed.vault).toBe("--odd folder");
	});

	it("refuses a folder that climbs out of the vault", () => {
		expect(misuseOf("status", "--folder", "Jobs/../../etc")).toContain("inside the vault");
	});
});

describe("draft", () => {
	it("reads the kind, the note and the signature flags", () => {
		expect(parse("draft", "thank-you", "note.md", "--to", " Jane Doe ", "--my-name", "Sam", "--signature", "Sam\\nsam@example.com")).toEqual({
			command: "draft",
			kind: "thank-you",
			note: "note.md",
			to: "Jane Doe",
			myName: "Sam",
			signature: "Sam\nsam@example.com",
			template: null,
			now: null,
		});
	});

	it("suggests the kind of draft that was meant", () => {
		expect(misuseOf("draft", "thankyou", "note.md")).toContain("did you mean thank-you?");
	});

	it("reads the clock only for the follow-up, which says how long it has been, and never with --now", () => {
		const noClock = (): Date => {
			throw new Error("the clock was read");
		};
		expect(parseCommandLine(["draft", "gracious", "note.md"], noClock).command).toBe("draft");
		expect(parseCommandLine(["draft", "thank-you", "note.md"], noClock).command).toBe("draft");
		const given = parseCommandLine(["draft", "follow-up", "note.md", "--now", "2026-11-20T16:00"], noClock);
		expect(given.command === "draft" && given.now?.getTime()).toBe(new Date(2026, 10, 20, 16, 0).getTime());
		const clocked = parseCommandLine(["draft", "follow-up", "note.md"], () => new Date(2026, 10, 21, 9, 0));
		expect(clocked.command === "draft" && clocked.now?.getTime()).toBe(new Date(2026, 10, 21, 9, 0).getTime());
	});
});

describe("help and version", () => {
	it.each([
		[["--help"], "main"],
		[["-h"], "main"],
		[["help", "draft"], "draft"],
		[["status", "--help"], "status"],
		[["draft", "-h"], "draft"],
	])("shows help for %j", (argv, topic) => {
		expect(parse(...argv)).toEqual({ command: "help", topic });
	});

	it("does not read the clock for help, even when --now is missing", () => {
		const parsed = parseCommandLine(["status", "--help"], () => {
			throw new Error("the clock was read");
		});
		expect(parsed.command).toBe("help");
	});
});
