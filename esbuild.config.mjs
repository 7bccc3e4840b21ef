// Builds the plugin bundle (main.js, for Obsidian on desktop and mobile) and the Node command-line report (dist/cli.js).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";
const banner = "/* Interview Follow-up: bundled file. The source is in src/. */";

const plugin = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	format: "cjs",
	// ES2020 keeps `?.` and `??` as written: Chromium 80+ and Safari 13.1+ (iOS 13.4), under Obsidian's desktop and
	// mobile apps, run them, and lowering them to es2018 made main.js 2 KB larger.
	target: "es2020",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
};

const cli = {
	banner: { js: banner },
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	target: "node20",
	format: "cjs",
	logLevel: "info",
	sourcemap: false,
	outfile: "dist/cli.js",
};

if (production) {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
	await Promise.all(contexts.map((c) => c.watch()));
}
