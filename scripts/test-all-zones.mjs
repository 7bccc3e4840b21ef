// Runs the whole test suite under America/Los_Angeles, then every test except the browser ones again under
// UTC and Pacific/Auckland: dates are local time, so an off-by-one-day only shows in some zones.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

const runs = [
	{ zone: "America/Los_Angeles", args: [] },
	{ zone: "UTC", args: ["--exclude", "test/browser/**"] },
	{ zone: "Pacific/Auckland", args: ["--exclude", "test/browser/**"] },
];

mkdirSync("test-output", { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
for (const { zone, args } of runs) {
	console.log(`\n=== Tests in time zone ${zone} ===`);
	const report = `test-output/vitest-${zone.replace("/", "_")}.json`;
	const result = spawnSync(
		"npx",
		["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args, ...process.argv.slice(2)],
		{ stdio: "inherit", env: { ...process.env, TZ: zone } },
	);
	if (result.status !== 0) ok = false;
	try {
		const json = JSON.parse(readFileSync(report, "utf8"));
		passed += json.numPassedTests;
		failed += json.numFailedTests;
		skipped += json.numPendingTests + json.numTodoTests;
	} catch {
		ok = false;
		console.error(`No test report for ${zone}.`);
	}
}
console.log(`\nAll time zones: ${runs.map((r) => r.zone).join(", ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
