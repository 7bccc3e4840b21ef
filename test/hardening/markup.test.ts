// @vitest-environment happy-dom
// Names that are markup, drawn by the sidebar in the test double: they show as text, and no element, attribute or
// handler is made from them. (The same in a real browser engine is covered in test/browser/.) And the same note in
// the command-line report: the very characters written, in the text and in the JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/run";
import { unloadPlugin } from "../harness/app";
import { openSidebar } from "../obsidian/open-sidebar";

const NOW = new Date(2026, 10, 20, 16, 0);

const HOSTILE = {
	company: "<img src=x onerror=alert(1)>",
	role: "<script>alert('role')</script>",
	interviewer: '"><svg onload=alert(3)>',
	linked: "<iframe src=javascript:alert(4)>",
	topic: "<a href=javascript:alert(5)>design</a>",
	outcome: "<b onmouseover=alert(6)>pending</b>",
	path: "Interviews/<img src=x onerror=alert(7)>.md",
};

/** Elements the sidebar draws itself; anything else in it was made from a note. */
const OWN_TAGS = new Set(["DIV", "SPAN", "BUTTON", "UL", "LI", "CODE", "BDI", "P", "PRE", "SVG", "PATH", "LINE", "CIRCLE", "POLYLINE", "RECT", "G"]);

const NOTE = [
	"---",
	"tags: [interview]",
	`company: ${JSON.stringify(HOSTILE.company)}`,
	`role: ${JSON.stringify(HOSTILE.role)}`,
	"interview_date: 2026-11-20T14:00",
	"interviewers:",
	`  - ${JSON.stringify(HOSTILE.interviewer)}`,
	`  - ${JSON.stringify(`[[people/x|${HOSTILE.linked}]]`)}`,
	`topics: [${JSON.stringify(HOSTILE.topic)}]`,
	`outcome: ${JSON.stringify(HOSTILE.outcome)}`,
	`${JSON.stringify("<img src=x onerror=alert(8)>_date")}: 2026-11-20`,
	"---",
	`## Thank-you to ${HOSTILE.interviewer}`,
	"{{personal_note}}",
	"",
].join("\n");

afterEach(() => {
	vi.restoreAllMocks();
});

async function drawn(): Promise<{ root: HTMLElement; unload: () => Promise<void> }> {
	const { app, plugin, view } = await openSidebar({ [HOSTILE.path]: NOTE }, NOW);
	return { root: view.contentEl, unload: () => unloadPlugin(plugin, app) };
}

describe("names that are markup, in the sidebar", () => {
	it("shows the company, the role and the interviewers' names as the very text written", async () => {
		const { root, unload } = await drawn();
		const text = root.textContent ?? "";
		expect(text).toContain(HOSTILE.company);
		expect(text).toContain(HOSTILE.role);
		// Names on buttons and checks may be shortened; the full names are in the labels a screen reader reads.
		const labels = Array.from(root.querySelectorAll("[aria-label]")).map((el) => el.getAttribute("aria-label") ?? "");
		expect(labels.some((label) => label.includes(HOSTILE.interviewer))).toBe(true);
		expect(labels.some((label) => label.includes(HOSTILE.linked))).toBe(true);
		await unload();
	});

	it("creates no element from a name: no img, script, svg from a note, iframe, link or bold", async () => {
		const { root, unload } = await drawn();
		expect(root.querySelectorAll(".ifu-card")).toHaveLength(1);
		const foreign = Array.from(root.querySelectorAll("*")).filter((el) => !OWN_TAGS.has(el.tagName.toUpperCase()));
		expect(foreign.map((el) => el.tagName)).toEqual([]);
		expect(root.querySelectorAll("img, script, iframe, a, b, svg[onload]")).toHaveLength(0);
		await unload();
	});

	it("sets no handler and no link from a name: no on… attribute, no javascript: anywhere in an attribute", async () => {
		const { root, unload } = await drawn();
		for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
			for (const attribute of Array.from(el.attributes)) {
				expect(attribute.name.toLowerCase().startsWith("on"), `${el.tagName} ${attribute.name}`).toBe(false);
				expect(["href", "src", "action", "formaction"]).not.toContain(attribute.name.toLowerCase());
			}
		}
		await unload();
	});

	it("keeps a path that is markup as the card's data, word for word", async () => {
		const { root, unload } = await drawn();
		const card = root.querySelector<HTMLElement>(".ifu-card");
		expect(card?.dataset.path).toBe(HOSTILE.path);
		await unload();
	});

	it("runs nothing while drawing, or when the pointer passes over the cards", async () => {
		const alert = vi.fn();
		vi.stubGlobal("alert", alert);
		const { root, unload } = await drawn();
		for (const el of Array.from(root.querySelectorAll<HTMLElement>(".ifu-card, .ifu-card *"))) {
			el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
			el.dispatchEvent(new Event("load"));
			el.dispatchEvent(new Event("error"));
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(alert).not.toHaveBeenCalled();
		await unload();
		vi.unstubAllGlobals();
	});
});

describe("names that are markup, in the command-line report", () => {
	function report(extra: readonly string[]): string {
		const vault = mkdtempSync(join(tmpdir(), "ifu-markup-"));
		try {
			mkdirSync(join(vault, "Interviews"));
			writeFileSync(join(vault, "Interviews", "Markup.md"), NOTE);
			let stdout = "";
			const status = run(["status", vault, "--now", "2026-11-20T16:00", ...extra], {
				stdout: (text) => {
					stdout += text;
				},
				stderr: () => undefined,
				env: { NO_COLOR: "1" },
				isTerminal: false,
				clock: () => NOW,
			});
			expect(status).toBe(0);
			return stdout;
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	}

	it("prints the company and the role as the very text written, neither escaped nor dropped", () => {
		const text = report([]);
		expect(text).toContain(`${HOSTILE.company} — ${HOSTILE.role}`);
	});

	it("carries the same text in the JSON, character for character", () => {
		const json = JSON.parse(report(["--json"])) as { interviews: { company: string; role: string }[] };
		expect(json.interviews[0]).toMatchObject({ company: HOSTILE.company, role: HOSTILE.role });
	});
});
