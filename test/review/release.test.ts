// Releases as Obsidian users install plugins: `npm version` moves manifest.json and versions.json in step with
// package.json and tags the commit with the bare version, and the release workflow, run here with a stand-in for
// `gh`, drafts a release for that tag holding main.js, manifest.json and styles.css.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCliOnce, REPO } from "../cli/cli-harness";

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
}

interface Workflow {
	on: { push: { tags: string[] } };
	jobs: { build: { permissions: Record<string, string>; steps: Step[] } };
}

const RELEASED_FILES = ["main.js", "manifest.json", "styles.css"];

/** The environment without npm's own variables from the run that started the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_")));
	return { ...env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", ...extra };
}

function readJson(path: string): Record<string, unknown> {
	return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

const workflow = load(readFileSync(join(REPO, ".github", "workflows", "release.yml"), "utf8")) as Workflow;

function step(name: string): Step {
	const found = workflow.jobs.build.steps.find((each) => each.name === name);
	if (!found) throw new Error(`the release workflow has no step "${name}"`);
	return found;
}

function runStep(script: string, env: Record<string, string>): { status: number | null; stderr: string } {
	const result = spawnSync("bash", ["-e", "-c", script], { cwd: REPO, env: cleanEnv(env), encoding: "utf8" });
	return { status: result.status, stderr: result.stderr };
}

describe("npm version", () => {
	let folder = "";

	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), "interview-follow-up-release-"));
		for (const file of ["package.json", "manifest.json", "versions.json", "version-bump.mjs", ".npmrc"]) {
			if (existsSync(join(REPO, file))) copyFileSync(join(REPO, file), join(folder, file));
		}
		const git = (...args: string[]): string => execFileSync("git", args, { cwd: folder, env: cleanEnv(), encoding: "utf8" });
		git("init", "--quiet");
		git("config", "user.name", "Release test");
		git("config", "user.email", "release@example.com");
		git("add", ".");
		git("commit", "--quiet", "-m", "Before the release");
		execFileSync("npm", ["version", "minor", "--no-audit", "--no-fund"], { cwd: folder, env: cleanEnv(), encoding: "utf8" });
	});

	afterAll(() => {
		if (folder !== "") rmSync(folder, { recursive: true, force: true });
	});

	it("copies the new version into manifest.json and keeps the rest of it", () => {
		const before = readJson(join(REPO, "manifest.json"));
		const [major, minor] = String(readJson(join(REPO, "package.json")).version)
			.split(".")
			.map(Number);
		const version = `${major}.${(minor ?? 0) + 1}.0`;
		expect(readJson(join(folder, "package.json")).version).toBe(version);
		expect(readJson(join(folder, "manifest.json"))).toEqual({ ...before, version });
	});

	it("records the new version's minimum Obsidian version in versions.json, keeping the earlier ones", () => {
		const manifest = readJson(join(folder, "manifest.json"));
		const versions = readJson(join(folder, "versions.json"));
		expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
		for (const [version, minApp] of Object.entries(readJson(join(REPO, "versions.json")))) expect(versions[version]).toBe(minApp);
	});

	it("commits manifest.json and versions.json with package.json, tagged with the bare version Obsidian looks for", () => {
		const git = (...args: string[]): string => execFileSync("git", args, { cwd: folder, env: cleanEnv(), encoding: "utf8" }).trim();
		const version = String(readJson(join(folder, "manifest.json")).version);
		expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual(["manifest.json", "package.json", "versions.json"]);
		expect(git("tag", "--points-at", "HEAD")).toBe(version);
		expect(git("status", "--porcelain")).toBe("");
	});
});

describe("the release workflow", () => {
	beforeAll(async () => {
		// The release attaches the built main.js (`npm run build` writes it where `node esbuild.config.mjs production` does).
		await buildCliOnce();
	});

	it("runs on a pushed tag and may write releases", () => {
		expect(workflow.on.push.tags).toEqual(["*"]);
		expect(workflow.jobs.build.permissions.contents).toBe("write");
	});

	it("installs exactly what the lock file says, then builds", () => {
		expect(step("Build plugin").run?.trim().split("\n")).toEqual(["npm ci", "npm run build"]);
		const steps = workflow.jobs.build.steps.map((each) => each.name ?? each.uses);
		expect(steps.indexOf("Build plugin")).toBeLessThan(steps.indexOf("Create release"));
	});

	it("stops a tag that is not manifest.json's version", () => {
		const script = step("Check the tag is the manifest's version").run ?? "";
		const version = String(readJson(join(REPO, "manifest.json")).version);
		expect(runStep(script, { GITHUB_REF: `refs/tags/${version}` }).status).toBe(0);
		const wrong = runStep(script, { GITHUB_REF: `refs/tags/v${version}` });
		expect(wrong.status).not.toBe(0);
		expect(wrong.stderr).toContain("is not the version in manifest.json");
	});

	it("drafts a release for the tag holding main.js, manifest.json and styles.css", () => {
		const bin = mkdtempSync(join(tmpdir(), "interview-follow-up-gh-"));
		try {
			const calls = join(bin, "calls.json");
			writeFileSync(
				join(bin, "gh"),
				`#!/usr/bin/env node\nrequire("node:fs").writeFileSync(${JSON.stringify(calls)}, JSON.stringify(process.argv.slice(2)));\n`,
			);
			chmodSync(join(bin, "gh"), 0o755);
			const result = runStep(step("Create release").run ?? "", { GITHUB_REF: "refs/tags/1.2.3", PATH: `${bin}:${process.env.PATH ?? ""}` });
			expect(result.status, result.stderr).toBe(0);
			const args = JSON.parse(readFileSync(calls, "utf8")) as string[];
			expect(args.slice(0, 3)).toEqual(["release", "create", "1.2.3"]);
			expect(args).toContain("--draft");
			expect(args.filter((arg) => !arg.startsWith("-")).slice(3)).toEqual(RELEASED_FILES);
			for (const file of RELEASED_FILES) expect(existsSync(join(REPO, file)), file).toBe(true);
		} finally {
			rmSync(bin, { recursive: true, force: true });
		}
	});

	it("attests the same three files it releases", () => {
		expect(step("Generate artifact attestation").with?.["subject-path"]?.trim().split("\n")).toEqual(RELEASED_FILES);
	});
});
