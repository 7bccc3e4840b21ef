// The community directory's rules for the manifest, checked in `npm test`: id and name, description, minAppVersion
// covering every Obsidian API the plugin uses (from obsidian.d.ts `@since` tags), and versions.json agreeing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareVersions, obsidianApisUsed, type ApiUse } from "./obsidian-apis";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

interface Manifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	isDesktopOnly: boolean;
	[key: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(REPO, "manifest.json"), "utf8")) as Manifest;
const versions = JSON.parse(readFileSync(join(REPO, "versions.json"), "utf8")) as Record<string, string>;
const packageJson = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };

/** The plugin's own source: main.ts and everything under obsidian/ (the engine never imports 'obsidian'). */
const PLUGIN_FILES = [
	"src/main.ts",
	...readdirSync(join(REPO, "src", "obsidian"))
		.filter((name) => name.endsWith(".ts"))
		.map((name) => `src/obsidian/${name}`),
];

describe("manifest.json", () => {
	it("has an id of lower-case words joined by hyphens, without 'obsidian'", () => {
		expect(manifest.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(manifest.id.toLowerCase()).not.toContain("obsidian");
		expect(manifest.id).toBe("interview-follow-up");
	});

	it("has a name without 'Obsidian'", () => {
		expect(manifest.name).not.toMatch(/obsidian/i);
		expect(manifest.name).toBe("Interview Follow-up");
	});

	it("has a description under 250 characters that ends with a period and does not say 'Obsidian'", () => {
		expect(manifest.description.length).toBeGreaterThan(0);
		expect(manifest.description.length).toBeLessThan(250);
		expect(manifest.description.endsWith(".")).toBe(true);
		expect(manifest.description).not.toMatch(/obsidian/i);
	});

	it("says whether it is desktop only (it is not: SPEC asks for mobile too), and who wrote it", () => {
		expect(manifest.isDesktopOnly).toBe(false);
		expect(manifest.author.trim()).not.toBe("");
	});

	it("has the version package.json has, as x.y.z", () => {
		expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(manifest.version).toBe(packageJson.version);
	});
});

describe("minAppVersion", () => {
	const uses = obsidianApisUsed(REPO, PLUGIN_FILES);
	/** A use behind `requireApiVersion(x)` runs only on x or later, so it needs nothing of minAppVersion when x covers it. */
	const needed = (use: ApiUse): string => (use.guardedBy !== null && compareVersions(use.guardedBy, use.since) >= 0 ? "0.0.0" : use.since);

	it("guards each use of a newer API with a requireApiVersion at least as new as the API", () => {
		for (const use of uses.filter((each) => each.guardedBy !== null))
			expect(compareVersions(use.guardedBy ?? "", use.since), use.api).toBeGreaterThanOrEqual(0);
	});

	it("finds the Obsidian APIs the plugin uses, and writes them out with their versions", () => {
		// The lifecycle alone uses these; finding none would mean the search is broken, not that the plugin is old.
		const names = uses.map((use) => use.api);
		for (const api of ["Plugin.registerView", "Plugin.addCommand", "Vault.process", "Workspace.getLeavesOfType"]) expect(names).toContain(api);
		mkdirSync(join(REPO, "test-output"), { recursive: true });
		const table = [
			"| API | since | guarded by | first use |",
			"|---|---|---|---|",
			...uses.map((use) => `| ${use.api} | ${use.since} | ${use.guardedBy ?? ""} | ${use.at} |`),
		];
		writeFileSync(join(REPO, "test-output", "obsidian-api-versions.md"), `${table.join("\n")}\n`);
	});

	it("is at least the newest version among the APIs the plugin uses without a requireApiVersion guard", () => {
		const newest = uses.reduce((max, use) => (compareVersions(needed(use), max) > 0 ? needed(use) : max), "0.0.0");
		const tooNew = uses.filter((use) => compareVersions(needed(use), manifest.minAppVersion) > 0).map((use) => `${use.api} (${needed(use)}, ${use.at})`);
		expect(tooNew, `APIs newer than minAppVersion ${manifest.minAppVersion}`).toEqual([]);
		expect(compareVersions(manifest.minAppVersion, newest)).toBeGreaterThanOrEqual(0);
	});
});

describe("versions.json", () => {
	it("maps the manifest's version to its minAppVersion", () => {
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
	});

	it("holds only x.y.z versions, each needing a real Obsidian version, never more for an older release", () => {
		const entries = Object.entries(versions).sort(([a], [b]) => compareVersions(a, b));
		for (const [plugin, app] of entries) {
			expect(plugin).toMatch(/^\d+\.\d+\.\d+$/);
			expect(app).toMatch(/^\d+\.\d+\.\d+$/);
		}
		for (let i = 1; i < entries.length; i++) expect(compareVersions(entries[i]?.[1] ?? "", entries[i - 1]?.[1] ?? "")).toBeGreaterThanOrEqual(0);
	});
});
