// Lint: Obsidian's review rules (eslint-plugin-obsidianmd's recommended set) over the plugin and engine source.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

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
		// The command-line report runs in Node only and is never part of the plugin bundle.
		files: ["src/cli/**/*.ts"],
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
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
