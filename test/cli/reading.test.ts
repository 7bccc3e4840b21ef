// How the report reads a vault: which files it reads, which it skips and why, that frontmatter code never runs,
// and that it never changes a file.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import grayMatter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listNoteFiles, readNoteFiles } from "../../src/cli/vault";
import { BIN, buildCliOnce, FIXTURE_VAULTS, fingerprint, REPO, runCli, runJson, type ReportJson } from "./cli-harness";

// gray-matter keeps a shared cache that its type declarations do not mention.
const matter = grayMatter as typeof grayMatter & { cache: Record<string, unknown>; clearCache: () => void };

const BASIC = join(FIXTURE_VAULTS, "basic");
const HOSTILE = join(FIXTURE_VAULTS, "hostile");
const NOW = ["--now", "2026-11-20T16:00"];
const CODE_NOTES = ["Code - js.md", "Code - javascript.md", "Code - spaced upper case JS.md", "Code - yaml js tag.md"];

let scratch: string;
let marker: string;

beforeAll(async () => {
	await buildCliOnce();
	scratch = mkdtempSync(join(tmpdir(), "interview-follow-up-cli-"));
	marker = join(scratch, "frontmatter-ran.txt");
});

afterAll(() => {
	rmSync(scratch, { recursive: true, force: true });
});

/** A copy of a fixture vault in the scratch folder, for files git cannot hold (links, binary, unreadable). */
function copyOf(fixture: string, name: string): string {
	const copy = join(scratch, name);
	cpSync(fixture, copy, { recursive: true });
	return copy;
}

function skippedPaths(report: ReportJson): string[] {
	return report.skipped.map((file) => file.path);
}

function reasonFor(report: ReportJson, path: string): string {
	const found = report.skipped.find((file) => file.path === path);
	if (!found) throw new Error(`${path} was not skipped; skipped: ${skippedPaths(report).join(", ")}`);
	return found.reason;
}

describe("frontmatter is data, never code", () => {
	it("would run the fixture's code if gray-matter were called with its defaults, so the fixture is a real test", () => {
		process.env.MARKER_FILE = marker;
		try {
			matter(readFileSync(join(HOSTILE, "Code - js.md"), "utf8"));
			expect(existsSync(marker)).toBe(true);
		} finally {
			delete process.env.MARKER_FILE;
			rmSync(marker, { force: true });
			matter.clearCache();
		}
	});

	it("never runs ---js or ---javascript frontmatter: the marker file never appears", () => {
		const result = runCli(["status", HOSTILE, ...NOW, "--json"], { env: { MARKER_FILE: marker } });
		expect(result.status).toBe(0);
		expect(existsSync(marker)).toBe(false);
		const report = JSON.parse(result.stdout) as ReportJson;
		for (const path of CODE_NOTES) expect(skippedPaths(report)).toContain(path);
		expect(reasonFor(report, "Code - js.md")).toContain("---js");
		expect(reasonFor(report, "Code - javascript.md")).toContain("never code");
		expect(report.interviews.map((note) => note.company)).not.toContain("Ran");
	});

	it("refuses frontmatter in another language with a reason, since Obsidian reads YAML only", () => {
		const report = runJson(["status", HOSTILE, ...NOW]);
		expect(reasonFor(report, "JSON frontmatter.md")).toContain("---json");
	});
});

describe("files that cannot be used", () => {
	it("skips notes whose YAML does not parse, with a one-line reason that says where", () => {
		const report = runJson(["status", HOSTILE, ...NOW]);
		for (const path of ["Bad YAML - unclosed quote.md", "Bad YAML - duplicate key.md"]) {
			const reason = reasonFor(report, path);
			expect(reason).toContain("not valid YAML");
			expect(reason).toMatch(/line \d+/);
			expect(reason).not.toContain("\n");
		}
	});

	it("still reports every other note when some are skipped", () => {
		const report = runJson(["status", HOSTILE, ...NOW]);
		expect(report.interviews.map((note) => note.path)).toEqual(["Good - still reported.md"]);
		expect(report.skipped.length).toBeGreaterThanOrEqual(CODE_NOTES.length + 3);
	});

	it("reads a note that opens with a rule it never closes as a note without frontmatter, as Obsidian does", () => {
		const report = runJson(["status", HOSTILE, ...NOW]);
		expect(skippedPaths(report)).not.toContain("Rule, not frontmatter.md");
	});

	it("skips a binary file named .md, a file too large to be a note and a link that leads nowhere", () => {
		const vault = copyOf(HOSTILE, "binary");
		writeFileSync(join(vault, "Photo.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
		writeFileSync(join(vault, "Huge.md"), Buffer.alloc(10 * 1024 * 1024 + 1, "a"));
		symlinkSync(join(vault, "gone.md"), join(vault, "Dangling.md"));
		const report = runJson(["status", vault, ...NOW]);
		expect(reasonFor(report, "Photo.md")).toContain("NUL");
		expect(reasonFor(report, "Huge.md")).toContain("10 MB");
		expect(reasonFor(report, "Dangling.md")).toContain("could not be opened");
		expect(report.interviews.map((note) => note.path)).toContain("Good - still reported.md");
	});

	const runsAsRoot = process.getuid?.() === 0;
	it.skipIf(runsAsRoot)("skips a note it is not allowed to read, with the reason", () => {
		const vault = copyOf(HOSTILE, "unreadable");
		const locked = join(vault, "Good - still reported.md");
		chmodSync(locked, 0o000);
		try {
			const report = runJson(["status", vault, ...NOW]);
			expect(reasonFor(report, "Good - still reported.md")).toContain("EACCES");
		} finally {
			chmodSync(locked, 0o644);
		}
	});

	it("reads a note with a stray byte that is not UTF-8, rather than hiding it", () => {
		const vault = copyOf(HOSTILE, "latin1");
		const text = "---\ntags: [interview]\ncompany: Caf\u00e9 Rouge\ninterview_date: 2026-11-19T10:00\n---\n";
		writeFileSync(join(vault, "Latin-1.md"), Buffer.from(text, "latin1"));
		const report = runJson(["status", vault, ...NOW]);
		const note = report.interviews.find((item) => item.path === "Latin-1.md");
		expect(note?.company).toBe("Caf\ufffd Rouge");
	});

	it("reads a note saved with a byte-order mark and Windows line endings", () => {
		const vault = copyOf(HOSTILE, "windows");
		const text = "\ufeff---\r\ntags: [interview]\r\ncompany: Crlf Ltd\r\ninterview_date: 2026-11-19T10:00\r\n---\r\nBody\r\n";
		writeFileSync(join(vault, "Windows.md"), text, "utf8");
		const report = runJson(["status", vault, ...NOW]);
		expect(report.interviews.find((item) => item.path === "Windows.md")?.company).toBe("Crlf Ltd");
	});
});

describe("files that are not regular files", () => {
	const hasMkfifo = process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0;

	/** The report over `vault`, with a time limit: a report that waited on a pipe would be stopped and fail. */
	function reportWithin(vault: string): { status: number | null; report: ReportJson } {
		const result = spawnSync(process.execPath, [BIN, "status", vault, ...NOW, "--json"], { cwd: REPO, encoding: "utf8", timeout: 20_000 });
		expect(result.error, "the report did not finish: it waited on something").toBeUndefined();
		return { status: result.status, report: JSON.parse(result.stdout) as ReportJson };
	}

	it.runIf(hasMkfifo)("skips a named pipe called .md, and a link to one, with the reason, without waiting on it", () => {
		const vault = copyOf(HOSTILE, "fifo");
		expect(spawnSync("mkfifo", [join(vault, "Pipe.md")]).status).toBe(0);
		symlinkSync(join(vault, "Pipe.md"), join(vault, "Link to pipe.md"));
		const { status, report } = reportWithin(vault);
		expect(status).toBe(0);
		expect(reasonFor(report, "Pipe.md")).toContain("named pipe");
		expect(reasonFor(report, "Link to pipe.md")).toContain("named pipe");
		expect(report.interviews.map((note) => note.path)).toContain("Good - still reported.md");
	});

	it.runIf(process.platform !== "win32")("skips a socket called .md with the reason", async () => {
		const vault = copyOf(HOSTILE, "socket");
		const server = createServer();
		await new Promise<void>((done) => server.listen(join(vault, "Socket.md"), done));
		try {
			const { status, report } = reportWithin(vault);
			expect(status).toBe(0);
			expect(reasonFor(report, "Socket.md")).toContain("socket");
		} finally {
			await new Promise((done) => server.close(done));
		}
	});

	it.runIf(hasMkfifo)("skips a note replaced by a named pipe after the folder was listed, without waiting on it", () => {
		const vault = copyOf(HOSTILE, "swapped");
		const listing = listNoteFiles(vault);
		const note = join(vault, "Good - still reported.md");
		expect(listing.files.map((file) => file.path)).toContain("Good - still reported.md");
		rmSync(note);
		expect(spawnSync("mkfifo", [note]).status).toBe(0);
		// Should the reader ever wait on the pipe, this writer lets it go after a while, so the test fails instead of hanging.
		const writer = spawn("sh", ["-c", `sleep 10; : > ${JSON.stringify(note)}`], { stdio: "ignore" });
		try {
			const scan = readNoteFiles(listing);
			expect(writer.exitCode).toBeNull();
			expect(scan.skipped).toContainEqual({ path: "Good - still reported.md", reason: expect.stringContaining("named pipe") as unknown });
		} finally {
			writer.kill();
		}
	});

	it("says a folder given as a note is a folder", () => {
		const result = runCli(["draft", "thank-you", BASIC]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("is a folder, not a note");
	});
});

describe("which files are read", () => {
	it("skips .obsidian/, .trash/ and node_modules/, even for notes tagged #interview", () => {
		const vault = copyOf(BASIC, "folders");
		mkdirSync(join(vault, "node_modules", "some-package"), { recursive: true });
		writeFileSync(
			join(vault, "node_modules", "some-package", "README.md"),
			"---\ntags: [interview]\ncompany: Package\ninterview_date: 2026-11-19T10:00\n---\n",
		);
		const report = runJson(["status", vault, ...NOW]);
		const everything = [...report.interviews.map((note) => note.path), ...skippedPaths(report)];
		expect(everything.some((path) => path.startsWith(".obsidian/") || path.startsWith(".trash/") || path.startsWith("node_modules/"))).toBe(false);
		expect(report.interviews.map((note) => note.company)).not.toContain("Hidden in .obsidian");
		expect(report.interviews.length).toBeGreaterThan(0);
	});

	it("reports paths relative to the vault, with /, in the same order on every run", () => {
		const first = runJson(["status", BASIC, ...NOW]);
		const second = runJson(["status", BASIC, ...NOW]);
		expect(second).toEqual(first);
		for (const note of first.interviews) {
			expect(note.path.startsWith("/")).toBe(false);
			expect(note.path).not.toContain("\\");
		}
		expect(first.interviews.map((note) => note.path)).toContain("Interviews/Acme - Platform Engineer.md");
	});

	it("does not follow a link out of the vault, and says so", () => {
		const outside = join(scratch, "outside");
		mkdirSync(outside, { recursive: true });
		writeFileSync(join(outside, "Secret.md"), "---\ntags: [interview]\ncompany: Outside\ninterview_date: 2026-11-19T10:00\n---\n");
		const vault = copyOf(BASIC, "links");
		symlinkSync(outside, join(vault, "Elsewhere"));
		symlinkSync(join(outside, "Secret.md"), join(vault, "Secret link.md"));
		symlinkSync(vault, join(vault, "Interviews", "Loop"));
		const report = runJson(["status", vault, ...NOW]);
		expect(report.interviews.map((note) => note.company)).not.toContain("Outside");
		expect(reasonFor(report, "Elsewhere")).toContain("outside the vault");
		expect(reasonFor(report, "Secret link.md")).toContain("outside the vault");
		// A link back into the vault is not read a second time.
		const acme = report.interviews.filter((note) => note.company === "Acme");
		expect(acme).toHaveLength(1);
	});
});

describe("the vault is never written", () => {
	it("leaves every file of the vault as it was, byte for byte, after the text and the JSON reports", () => {
		const vault = copyOf(HOSTILE, "untouched");
		mkdirSync(join(vault, ".obsidian"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "app.json"), "{}\n");
		const before = fingerprint(vault);
		expect(before.length).toBeGreaterThan(5);
		expect(runCli(["status", vault, ...NOW], { env: { MARKER_FILE: join(vault, "ran.txt") } }).status).toBe(0);
		expect(runCli(["status", vault, ...NOW, "--json"], { env: { MARKER_FILE: join(vault, "ran.txt") } }).status).toBe(0);
		expect(fingerprint(vault)).toEqual(before);
	});

	it("leaves the fixture vaults as they were", () => {
		const before = [fingerprint(BASIC), fingerprint(HOSTILE)];
		runCli(["status", BASIC, ...NOW]);
		runCli(["status", HOSTILE, ...NOW, "--json"], { env: { MARKER_FILE: marker } });
		expect([fingerprint(BASIC), fingerprint(HOSTILE)]).toEqual(before);
	});
});
