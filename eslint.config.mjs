// Lint: Obsidian's review rules (eslint-plugin-obsidianmd's recommended set) over the plugin and engine source.
import { builtinModules } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

const PURE_ENGINE = "The engine is pure TypeScript: it runs in Obsidian (desktop and mobile), in Node and in tests alike, and data flows one way from it.";

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"main.js",
		"dist/",
		"bin/",
		"examples/",
		"test-output/",
		"coverage/",
		// Tests, benchmarks and build scripts run in Node, not in Obsidian: the plugin's review rules do not apply.
		"test/",
		"bench/",
		"scripts/",
		"esbuild.config.mjs",
		"version-bump.mjs",
		"vitest.config.mts",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs"],
				},
			},
		},
	},
	{
		// The engine imports no Obsidian API, no Node built-in and nothing of the plugin or the command line.
		files: ["src/engine/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [
						{ name: "obsidian", message: PURE_ENGINE },
						{ name: "electron", message: PURE_ENGINE },
						...builtinModules.map((name) => ({ name, message: PURE_ENGINE })),
					],
					patterns: [
						{ group: ["node:*"], message: PURE_ENGINE },
						// The plugin's and the command line's folders, and the plugin's entry point, however the path is written.
						{ regex: "^(?:\\.\\./)+(?:src/)?(?:obsidian|cli|main)(?:/|$)", message: PURE_ENGINE },
					],
				},
			],
		},
	},
	{
		// The command-line report runs in Node only and is never part of the plugin bundle.
		files: ["src/cli/**/*.ts"],
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
		},
	},
	{
		// This file runs in Node when ESLint loads it, never in Obsidian: it reads Node's list of built-in modules.
		files: ["eslint.config.mjs"],
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
		},
	},
	{
		// js-yaml stays: the command-line report reads frontmatter with gray-matter, which parses YAML with js-yaml 3,
		// and it passes js-yaml's CORE_SCHEMA so that dates stay strings, as in Obsidian's metadata cache.
		files: ["package.json"],
		rules: {
			"depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }],
		},
	},
]);
