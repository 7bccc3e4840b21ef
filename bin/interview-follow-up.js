#!/usr/bin/env node
// The command-line report. The code is bundled into dist/cli.js by `npm run build`.
require("../dist/cli.js");
