#!/usr/bin/env node
// The command-line report. The code is bundled into dist/cli.js by `npm run build`; before a build there is
// nothing to run, which is said in one line rather than with Node's stack trace.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(bundle)) {
	process.stderr.write(
		`interview-follow-up: the command is not built yet: run "npm install" and then "npm run build" (or "npm start", which builds it and shows the example vault's report) in ${join(__dirname, "..")}, then try again.\n`,
	);
	process.exitCode = 1;
} else {
	require(bundle);
}
