// Obsidian's review rules stay on: `npm test` runs `eslint .` with eslint-plugin-obsidianmd's recommended set, and
// this checks that eslint.config.mjs turns none of them off for the plugin's files, and none anywhere without a comment.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const CONFIG_TEXT = readFileSync(join(REPO, "eslint.config.mjs"), "utf8");

type RuleSetting = Linter.RuleEntry | undefined;

function isOn(setting: RuleSetting): boolean {
	const level = Array.isArray(setting) ? setting[0] : setting;
	return level !== undefined && level !== "off" && level !== 0;
}

async function rulesFor(eslint: ESLint, file: string): Promise<Record<string, RuleSetting>> {
	const config = (await eslint.calculateConfigForFile(join(REPO, file))) as { rules?: Record<string, RuleSetting> };
	return config.rules ?? {};
}

describe("eslint.config.mjs", () => {
	it("turns no rule off without a comment that says why, in the same block", () => {
		const lines = CONFIG_TEXT.split("\n");
		lines.forEach((line, i) => {
			if (!/:\s*(?:"off"|'off'|0)\s*,?\s*(?:\/\/.*)?$/.test(line)) return;
			// Up to the start of the block that holds the rule, or the line itself, must say why.
			let explained = line.includes("//");
			for (let j = i - 1; j >= 0 && !explained; j--) {
				const above = lines[j] ?? "";
				if (above.includes("//")) explained = true;
				if (/^\t?\{\s*$/.test(above)) break;
			}
			expect(explained, `line ${i + 1}: ${line.trim()}`).toBe(true);
		});
	});

	it("keeps every rule of the Obsidian recommended set on for the plugin's and the engine's files", { timeout: 60_000 }, async () => {
		const project = new ESLint({ cwd: REPO });
		const recommendedOnly = new ESLint({
			cwd: REPO,
			overrideConfigFile: true,
			overrideConfig: [
				...(obsidianmd.configs.recommended as Linter.Config[]),
				{ languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["eslint.config.mjs"] } } } },
			],
		});
		for (const file of ["src/main.ts", "src/obsidian/sidebar.ts", "src/obsidian/writes.ts", "src/engine/note.ts", "src/engine/dates.ts"]) {
			const wanted = await rulesFor(recommendedOnly, file);
			const actual = await rulesFor(project, file);
			const turnedOff = Object.keys(wanted).filter((rule) => isOn(wanted[rule]) && !isOn(actual[rule]));
			expect(turnedOff, file).toEqual([]);
			expect(Object.keys(wanted).filter((rule) => isOn(wanted[rule])).length, `${file}: the recommended set has rules`).toBeGreaterThan(20);
		}
	});

	it("lints the plugin: src/ is not among the ignored paths", () => {
		const ignored = /globalIgnores\(\[([\s\S]*?)\]\)/.exec(CONFIG_TEXT)?.[1] ?? "";
		expect(ignored).not.toMatch(/["']src\/?["']/);
		expect(ignored).not.toMatch(/["']src\/(?:main|obsidian|engine)/);
	});

	describe("keeps the engine pure", () => {
		/** What the project's own setting of no-restricted-imports reports in `source`, as a file of src/engine/. */
		async function reported(source: string, file = "src/engine/note.ts"): Promise<string[]> {
			const rules = await rulesFor(new ESLint({ cwd: REPO }), file);
			const setting = rules["no-restricted-imports"];
			expect(isOn(setting), `no-restricted-imports is on for ${file}`).toBe(true);
			const linter = new (await import("eslint")).Linter({ configType: "flat" });
			const messages = linter.verify(
				source,
				[
					{
						files: ["**/*.ts"],
						languageOptions: { parser: tseslint.parser as Linter.Parser },
						rules: { "no-restricted-imports": setting as Linter.RuleEntry },
					},
				],
				"src/engine/violating.ts",
			);
			return messages.map((message) => message.message);
		}

		it.each([
			['import { Notice } from "obsidian";', "the Obsidian API"],
			['import type { App } from "obsidian";', "an Obsidian type"],
			['import { readFileSync } from "fs";', "fs"],
			['import { readFileSync } from "node:fs";', "node:fs"],
			['import { join } from "path";', "path"],
			['import os from "os";', "os"],
			['import { spawn } from "child_process";', "child_process"],
			['import { InterviewIndex } from "../obsidian/index";', "the plugin"],
			['import { run } from "../cli/run";', "the command line"],
			['import type InterviewFollowUpPlugin from "../main";', "the plugin's entry point"],
			['import { VIEW_TYPE } from "../../src/obsidian/sidebar";', "the plugin, by another path"],
		])("reports %s (%s) in a file of src/engine/", async (source) => {
			const messages = await reported(source);
			expect(messages).toHaveLength(1);
			expect(messages[0]).toContain("The engine is pure");
		});

		it.each([
			['import { addDays } from "date-fns";'],
			['import { localDay } from "./dates";'],
			['import type { Check } from "./types";'],
			['import { x } from "./obsidian-words";'],
		])("allows %s", async (source) => {
			expect(await reported(source)).toEqual([]);
		});

		it("leaves the plugin free to import Obsidian", async () => {
			const rules = await rulesFor(new ESLint({ cwd: REPO }), "src/obsidian/sidebar.ts");
			expect(isOn(rules["no-restricted-imports"])).toBe(false);
		});
	});
});
