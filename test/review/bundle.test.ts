// The built main.js as a reviewer reads it: nothing required but 'obsidian' (so it loads on mobile), no eval, no
// new Function, no HTML written as strings, no network, and its size reported.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCliOnce, REPO } from "../cli/cli-harness";

let bundle = "";
let bytes = 0;

beforeAll(async () => {
	// Builds main.js and the command line once per test run (`node esbuild.config.mjs production`).
	await buildCliOnce();
	bundle = readFileSync(join(REPO, "main.js"), "utf8");
	bytes = statSync(join(REPO, "main.js")).size;
});

describe("main.js", () => {
	it("requires nothing but obsidian", () => {
		const required = new Set([...bundle.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]));
		expect([...required]).toEqual(["obsidian"]);
		// No dynamic require or import either, which could load anything.
		expect(bundle).not.toMatch(/\brequire\(\s*[^"'`\s)]/);
		expect(bundle).not.toMatch(/\bimport\(/);
	});

	it("holds no eval and no new Function", () => {
		expect(bundle).not.toMatch(/\beval\s*\(/);
		expect(bundle).not.toMatch(/\bnew\s+Function\b/);
		expect(bundle).not.toMatch(/\bFunction\s*\(\s*["'`]/);
	});

	it("writes no HTML as strings: no innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
		for (const sink of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"]) expect(bundle, sink).not.toContain(sink);
	});

	it("makes no network call: no fetch, XMLHttpRequest, WebSocket, requestUrl, sendBeacon or EventSource", () => {
		for (const call of ["fetch(", "XMLHttpRequest", "WebSocket", "requestUrl", "sendBeacon", "EventSource"]) expect(bundle, call).not.toContain(call);
	});

	it("reads no Node or Electron module and no process.env, so it runs on mobile", () => {
		for (const name of ["child_process", "electron", "process.env", "__dirname"]) expect(bundle, name).not.toContain(name);
	});

	it("carries no calendar library: the .ics file is written by the plugin's own few lines", () => {
		const packageJson = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
		expect(Object.keys(packageJson.dependencies ?? {}).filter((name) => name.includes("ical"))).toEqual([]);
		expect(bundle).not.toContain("ical-generator");
	});

	it("reports its size, and stays within 130 KB minified: a regression guard, not the 80 KB target, which the checked YAML text edits (about 17 KB), the reminders and the Bases view (about 17 KB) put out of reach", () => {
		mkdirSync(join(REPO, "test-output"), { recursive: true });
		writeFileSync(join(REPO, "test-output", "main-js-size.txt"), `main.js: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)\n`);
		expect(bytes).toBeGreaterThan(10 * 1024);
		expect(bytes).toBeLessThanOrEqual(130 * 1024);
	});
});
