// The benchmark: `npm run bench`. Generates (or reuses) seeded vaults, times the engine, the command-line report
// against a read-only baseline, the plugin's index, the sidebar (test double and headless Chromium) and the plugin's
// load, then prints a Markdown table and writes it to docs/performance.md. Options: --quick (fewer runs, no 50,000
// vault), --only=engine,cli,index,sidebar,chromium,load,size.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BENCH_NOW, GENERATOR_VERSION, ensureVault } from "./generate.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(BENCH_DIR);
// The bundle sits two folders below the repository, as test/browser/render.ts does, so its paths resolve the same.
const PARTS_BUNDLE = join(BENCH_DIR, "vaults", "parts.mjs");
const REPORT_FILE = join(REPO, "docs", "performance.md");

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const ONLY = new Set((args.find((a) => a.startsWith("--only="))?.slice(7) ?? "engine,cli,hostile,write,index,sidebar,chromium,load,size").split(","));
const RUNS = QUICK ? 3 : 7;
const MIXED_SIZES = QUICK ? [1000, 10000] : [1000, 10000, 50000];

/** Every vault the figures are taken over: the three mixed sizes, then 10,000 interview notes. */
const VAULTS = [
	...MIXED_SIZES.map((size) => ({ kind: "mixed", size, label: `${size.toLocaleString("en-US")} notes (${(size / 5).toLocaleString("en-US")} interviews)` })),
	{ kind: "interviews", size: 10000, label: "10,000 interview notes" },
];

function log(text) {
	process.stderr.write(`${text}\n`);
}

// ---------------------------------------------------------------------------------------------------- statistics

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(values) {
	return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

function ms(value) {
	if (value >= 100) return `${value.toFixed(0)} ms`;
	if (value >= 10) return `${value.toFixed(1)} ms`;
	if (value >= 1) return `${value.toFixed(2)} ms`;
	return `${value.toFixed(3)} ms`;
}

function perSecond(value) {
	return `${Math.round(value).toLocaleString("en-US")}/s`;
}

function times(value) {
	return `${value.toFixed(2)}×`;
}

function micro(value) {
	return `${value.toFixed(1)} µs`;
}

function count(value) {
	return String(value);
}

// ---------------------------------------------------------------------------------------------------- the table

const rows = [];
const notes = [];

/**
 * One row: `stats` is a summary, `format` turns a number into text, `target` describes the goal (or "—") and `met`
 * is true, false or null (no target).
 */
function row(figure, vault, stats, format, target = "—", met = null) {
	rows.push({ figure, vault, median: format(stats.median), min: format(stats.min), max: format(stats.max), target, met, raw: stats });
	log(
		`  ${figure} | ${vault} | ${format(stats.median)} (${format(stats.min)} … ${format(stats.max)}) ${target === "—" ? "" : `target ${target}: ${met ? "met" : "MISSED"}`}`,
	);
}

function missing(figure, vault, reason) {
	rows.push({ figure, vault, median: "not measured", min: "", max: "", target: "", met: null, raw: null });
	notes.push(`${figure} (${vault}) was not measured: ${reason}`);
	log(`  ${figure} | ${vault} | not measured: ${reason}`);
}

// ---------------------------------------------------------------------------------------------------- running parts

async function buildParts() {
	mkdirSync(dirname(PARTS_BUNDLE), { recursive: true });
	await build({
		entryPoints: [join(BENCH_DIR, "parts", "main.ts")],
		outfile: PARTS_BUNDLE,
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		alias: { obsidian: join(REPO, "test", "harness", "obsidian.ts") },
		// Tools stay in node_modules; everything the plugin and the engine use is bundled as the plugin bundles it.
		external: ["happy-dom", "playwright-core", "esbuild"],
		banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
		logLevel: "warning",
	});
}

/** Runs one measured part in its own Node process and returns what it printed, or throws with its error. */
function runPart(part, options) {
	const result = spawnSync(process.execPath, [PARTS_BUNDLE, part, JSON.stringify(options)], {
		cwd: REPO,
		encoding: "utf8",
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) {
		const lines = (result.stderr || result.error?.message || "no output").trim().split("\n");
		throw new Error(lines.slice(0, 6).join(" / "));
	}
	return JSON.parse(result.stdout);
}

function tryPart(label, part, options) {
	const started = performance.now();
	try {
		const result = runPart(part, options);
		log(`  (${label}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
		return { ok: true, result };
	} catch (error) {
		return { ok: false, reason: error.message };
	}
}

/** Wall time of one process, in milliseconds, with its stdout thrown away (written to /dev/null, as fast as it goes). */
function timeProcess(command, commandArgs) {
	return timeProcessWithCpu(command, commandArgs).wall;
}

/**
 * Wall time and CPU time (user + system, of the process and its children) of one process, in milliseconds. The CPU
 * time comes from bash's `times` after the command, so it counts the command alone; on 2 cores shared with other
 * work the wall time can grow while the CPU time stays put, which tells a busy machine from a slower program.
 */
function timeProcessWithCpu(command, commandArgs) {
	const quoted = [command, ...commandArgs].map((part) => `'${String(part).replace(/'/g, "'\\''")}'`).join(" ");
	const script = `${quoted} >/dev/null || exit $?; times`;
	const started = performance.now();
	const result = spawnSync("bash", ["-c", script], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
	const wall = performance.now() - started;
	if (result.status !== 0) throw new Error(`${commandArgs.join(" ")} failed: ${result.stderr?.trim().split("\n")[0]}`);
	// `times` prints the shell's user/system times, then its children's: "0m0.123s 0m0.045s".
	const childLine = result.stdout.trim().split("\n").at(-1) ?? "";
	const seconds = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
	const cpu = seconds.length === 2 ? (seconds[0] + seconds[1]) * 1000 : Number.NaN;
	return { wall, cpu };
}

/** More runs where the spread is wide: past max > 1.5 × min, the same number again, so the median settles. */
function settled(measure, runs) {
	const values = [];
	for (let i = 0; i < runs; i++) values.push(measure());
	const wide = () => Math.max(...values) > 1.5 * Math.min(...values);
	for (let extra = 0; wide() && extra < runs; extra++) values.push(measure());
	return values;
}

// ---------------------------------------------------------------------------------------------------- figures

const vaultFolders = new Map();

function folderOf(vault) {
	return vaultFolders.get(`${vault.kind}-${vault.size}`);
}

function generateVaults() {
	log(`Vaults (generator version ${GENERATOR_VERSION}, cached in bench/vaults/):`);
	for (const vault of VAULTS) {
		const started = performance.now();
		vaultFolders.set(`${vault.kind}-${vault.size}`, ensureVault(vault.kind, vault.size));
		log(`  ${vault.label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
}

/** Median milliseconds per vault, for the table of how costs grow with the vault. */
const engineMs = new Map();
const cliMs = new Map();
const baselineMs = new Map();
const indexMs = new Map();
const tickMs = new Map();

function benchEngine() {
	log("Engine: evaluateAll over every note of the vault (notes parsed beforehand)");
	for (const vault of VAULTS) {
		const part = tryPart(vault.label, "engine", { folder: folderOf(vault), runs: RUNS });
		if (!part.ok) {
			missing("Engine: interview notes evaluated per second", vault.label, part.reason);
			continue;
		}
		const { interviewNotes, runs } = part.result;
		row("Engine: interview notes evaluated per second (warm)", vault.label, summary(runs.map((t) => (interviewNotes * 1000) / t)), perSecond);
		const warm = summary(runs.map((t) => (t * 1000) / interviewNotes));
		const targeted = vault.kind === "mixed" && vault.size === 10000;
		row("Engine: µs per interview note, warm", vault.label, warm, micro, targeted ? "≤ 20 µs" : "—", targeted ? warm.median <= 20 : null);
		engineMs.set(vault, median(runs));
		// Cold: the first call in a fresh process, as the command-line report makes it. One process per run.
		const colds = [];
		for (let i = 0; i < RUNS; i++) {
			const cold = tryPart(`${vault.label}, cold`, "engine-cold", { folder: folderOf(vault) });
			if (!cold.ok) {
				missing("Engine: µs per interview note, cold", vault.label, cold.reason);
				colds.length = 0;
				break;
			}
			colds.push((cold.result.first * 1000) / cold.result.interviewNotes);
		}
		if (colds.length > 0)
			row(
				"Engine: µs per interview note, cold (first call in a fresh process)",
				vault.label,
				summary(colds),
				micro,
				targeted ? "≤ 60 µs" : "—",
				targeted ? median(colds) <= 60 : null,
			);
	}
}

function benchCli() {
	log("Command line: status --json, beside a process that only walks and reads the same files");
	const cli = join(REPO, "bin", "interview-follow-up.js");
	const baseline = join(BENCH_DIR, "read-only.mjs");
	if (!existsSync(join(REPO, "dist", "cli.js"))) {
		missing("CLI: status --json", "all", "dist/cli.js is missing (run `node esbuild.config.mjs production`)");
		return;
	}
	for (const vault of VAULTS) {
		const folder = folderOf(vault);
		const cliArgs = [cli, "status", folder, "--json", "--now", BENCH_NOW];
		// Once untimed, to check the report really read the vault and to warm the file cache for both.
		const check = spawnSync(process.execPath, cliArgs, { cwd: REPO, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
		const read = spawnSync(process.execPath, [baseline, folder], { cwd: REPO, encoding: "utf8" });
		let reported;
		try {
			reported = JSON.parse(check.stdout);
		} catch {
			missing("CLI: status --json", vault.label, `the report did not print JSON (${check.stderr?.trim().split("\n")[0] ?? "no error"})`);
			continue;
		}
		const floor = JSON.parse(read.stdout);
		const seen = reported.interviews.length;
		const expected = vault.kind === "interviews" ? vault.size : vault.size / 5;
		if (seen !== expected) notes.push(`The report over ${vault.label} listed ${seen} interview notes; the vault holds ${expected}.`);
		if (floor.notes !== vault.size) notes.push(`The read-only baseline read ${floor.notes} notes of ${vault.label}; the vault holds ${vault.size}.`);
		const cliTimes = [];
		const floorTimes = [];
		const cliCpu = [];
		const floorCpu = [];
		const startTimes = [];
		// Alternated, so a slow moment of the machine falls on both rather than on one.
		const once = () => {
			const cliRun = timeProcessWithCpu(process.execPath, cliArgs);
			const floorRun = timeProcessWithCpu(process.execPath, [baseline, folder]);
			cliTimes.push(cliRun.wall);
			cliCpu.push(cliRun.cpu);
			floorTimes.push(floorRun.wall);
			floorCpu.push(floorRun.cpu);
			startTimes.push(timeProcess(process.execPath, ["-e", "0"]));
			return cliRun.wall;
		};
		settled(once, RUNS);
		const ratios = cliTimes.map((t, i) => t / floorTimes[i]);
		const ratio = median(cliTimes) / median(floorTimes);
		row("CLI: `status --json` wall time", vault.label, summary(cliTimes), ms);
		row("CLI: `status --json` CPU time (user + system)", vault.label, summary(cliCpu), ms);
		row("Read-only baseline (walk + read every note), wall", vault.label, summary(floorTimes), ms);
		row("Read-only baseline, CPU time", vault.label, summary(floorCpu), ms);
		row("Start-up alone (`node -e 0`), wall", vault.label, summary(startTimes), ms);
		const targeted = vault.kind === "mixed" && vault.size === 10000;
		row(
			"CLI ÷ read-only baseline (wall)",
			vault.label,
			{ median: ratio, min: Math.min(...ratios), max: Math.max(...ratios) },
			times,
			targeted ? "≤ 2.5× (goal 1.5×)" : "—",
			targeted ? ratio <= 2.5 : null,
		);
		const cpuRatio = median(cliCpu) / median(floorCpu);
		row("CLI ÷ read-only baseline (CPU)", vault.label, { median: cpuRatio, min: cpuRatio, max: cpuRatio }, times);
		cliMs.set(vault, median(cliTimes));
		baselineMs.set(vault, median(floorTimes));
	}
}

/** Where the CLI's time goes at 10,000 mixed notes: each of its steps timed on its own, in fresh processes. */
function benchCliSteps() {
	const vault = VAULTS.find((v) => v.kind === "mixed" && v.size === 10000);
	if (vault === undefined) return;
	const all = new Map();
	for (let i = 0; i < RUNS; i++) {
		const part = tryPart(`${vault.label}, CLI steps`, "cli-steps", { folder: folderOf(vault) });
		if (!part.ok) {
			missing("CLI steps", vault.label, part.reason);
			return;
		}
		for (const { step, wallMs } of part.result.steps) all.set(step, [...(all.get(step) ?? []), wallMs]);
	}
	for (const [step, values] of all) row(`CLI step (cold, in-process): ${step}`, vault.label, summary(values), ms);
}

/**
 * The hostile notes that once stalled the report, each alone in a vault, through the built command line: a fresh
 * process each time, so the figure is what a user waits. Every one must finish well under a second beyond start-up.
 */
function benchHostile() {
	log("Hostile notes through the command line (each alone in a vault)");
	const cli = join(REPO, "bin", "interview-follow-up.js");
	const root = mkdtempSync(join(os.tmpdir(), "ifu-hostile-"));
	const front = (lines) => ["---", "tags: [interview]", "company: Acme", "interview_date: 2026-11-18T10:00", ...lines, "---", ""].join("\n");
	const people = Array.from({ length: 1000 }, (_, i) => `Person${i} X`);
	const shapes = [
		{
			name: "1,000 interviewers and 500 thank-you drafts",
			text:
				front([`interviewers: [${people.join(", ")}]`]) +
				people
					.slice(0, 500)
					.map((name, i) => `## Thank-you: ${name}\nThank you for talking about project ${i}.\n`)
					.join("\n"),
		},
		{
			name: "20,000 topics in one text and a 1 MB draft",
			text:
				front(["interviewers: [Jane Doe]", `topics: "${Array.from({ length: 20000 }, (_, i) => `topic ${i}`).join(", ")}"`]) +
				`## Thank-you: Jane Doe\n${"words that mention nothing ".repeat(40000)}\n`,
		},
		{
			name: "1,000 topics and a 5 MB draft",
			text:
				front(["interviewers: [Jane Doe]", `topics: [${Array.from({ length: 1000 }, (_, i) => `topic ${i}`).join(", ")}]`]) +
				`## Thank-you: Jane Doe\n${"words that mention nothing ".repeat(200000)}topic 999\n`,
		},
		{
			name: "a company padded with 100 KB of spaces and tabs (draft thank-you)",
			text: [
				"---",
				"tags: [interview]",
				`company: "Acme${" \t".repeat(50000)}Corp"`,
				"interview_date: 2026-11-18T10:00",
				"interviewers: [Jane Doe]",
				"---",
				"",
			].join("\n"),
			draft: true,
		},
	];
	try {
		for (const [i, shape] of shapes.entries()) {
			const folder = join(root, `case-${i}`);
			mkdirSync(folder);
			const note = join(folder, "Note.md");
			writeFileSync(note, shape.text);
			const commandArgs = shape.draft ? [cli, "draft", "thank-you", note, "--to", "Jane Doe"] : [cli, "status", folder, "--json", "--now", BENCH_NOW];
			const times = [];
			for (let run = 0; run < Math.min(RUNS, 5); run++) times.push(timeProcess(process.execPath, commandArgs));
			const start = [timeProcess(process.execPath, ["-e", "0"])];
			row(`Hostile: ${shape.name}`, `${(shape.text.length / 1024).toFixed(0)} KB note`, summary(times), ms, "< 1 s", median(times) < 1000);
			if (i === 0) row("Hostile: start-up alone (`node -e 0`), for comparison", "—", summary(start), ms);
		}
		// A note replaced by a named pipe: the report must skip it, never wait on it.
		const fifoVault = join(root, "fifo");
		mkdirSync(fifoVault);
		const made = spawnSync("mkfifo", [join(fifoVault, "Pipe.md")]);
		if (made.status === 0) {
			const times = [];
			for (let run = 0; run < 3; run++) times.push(timeProcess(process.execPath, [cli, "status", fifoVault, "--json", "--now", BENCH_NOW]));
			row("Hostile: a named pipe called Pipe.md (skipped, never waited on)", "—", summary(times), ms, "< 1 s", median(times) < 1000);
		}
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** One frontmatter write on a 1,000-line frontmatter: edit, check by parsing, compare. */
function benchWrite() {
	log("One frontmatter write on a 1,000-line frontmatter");
	const part = tryPart("write", "write", { lines: 1000, runs: 25 });
	if (!part.ok) {
		missing("Write", "1,000-line frontmatter", part.reason);
		return;
	}
	for (const [name, runs] of Object.entries(part.result.commands)) row(`Write: ${name}`, "1,000-line frontmatter", summary(runs), ms);
}

function benchIndex() {
	log("Plugin index in the Obsidian test double, fed with the metadata cache's objects");
	for (const vault of VAULTS) {
		const part = tryPart(vault.label, "index", { folder: folderOf(vault), runs: QUICK ? 3 : 5, changes: QUICK ? 15 : 30 });
		if (!part.ok) {
			missing("Plugin index", vault.label, part.reason);
			continue;
		}
		const r = part.result;
		const allInterviews = vault.kind === "interviews";
		row("Index: first full index (layout ready → all evaluated, in slices)", vault.label, summary(r.firstIndex), ms);
		if (vault.kind === "mixed" || allInterviews) {
			const stall = summary(r.longestStall);
			row("Index: longest stall during the first index (event loop held)", vault.label, stall, ms, "≤ 50 ms", stall.max <= 50);
		}
		row("Index: one changed note applied", vault.label, summary(r.change), ms, "< 1 ms", median(r.change) < 1);
		if (r.changeWithDrafts.length > 0) row("Index: one changed note with thank-you drafts (body read again)", vault.label, summary(r.changeWithDrafts), ms);
		const perChange = summary(r.evaluationsPerChange);
		row("Index: notes evaluated per changed note", vault.label, perChange, count, "1", perChange.min === 1 && perChange.max === 1);
		row("Index: one minute-tick", vault.label, summary(r.tick), ms, allInterviews ? "< 20 ms" : "—", allInterviews ? median(r.tick) < 20 : null);
		row("Index: notes evaluated per minute-tick", vault.label, summary(r.evaluationsPerTick), count);
		indexMs.set(vault, median(r.firstIndex));
		tickMs.set(vault, median(r.tick));
	}
}

const CARD_COUNTS = [100, 1000];

function benchSidebar() {
	log("Sidebar in the Obsidian test double (happy-dom: elements built, nothing laid out; relative figures only)");
	const folder = folderOf(VAULTS.find((v) => v.kind === "interviews"));
	for (const cards of CARD_COUNTS) {
		const label = `${cards.toLocaleString("en-US")} interview notes`;
		const part = tryPart(label, "sidebar", { folder, cards, runs: RUNS, changes: QUICK ? 15 : 30 });
		if (!part.ok) {
			missing("Sidebar (double)", label, part.reason);
			continue;
		}
		const r = part.result;
		row(
			`Sidebar (double, relative only): open with ${cards} notes (${r.cards} cards drawn: folded groups and all but the first 50 of a group wait)`,
			label,
			summary(r.open),
			ms,
		);
		row("Sidebar (double, relative only): re-render after one note changes", label, summary(r.change), ms);
		const redrawn = summary(r.cardsPerChange);
		row("Sidebar (double): cards redrawn per changed note", label, redrawn, count, "1", redrawn.min === 1 && redrawn.max === 1);
	}
}

function benchChromium() {
	log("Sidebar in headless Chromium (drawn and laid out)");
	const folder = folderOf(VAULTS.find((v) => v.kind === "interviews"));
	for (const cards of CARD_COUNTS) {
		const label = `${cards.toLocaleString("en-US")} interview notes`;
		const part = tryPart(label, "chromium", { folder, cards, runs: QUICK ? 3 : 5 });
		if (!part.ok) {
			missing("Sidebar (Chromium)", label, part.reason);
			continue;
		}
		if (!part.result.available) {
			missing("Sidebar (Chromium)", label, "no Chromium at /usr/bin/chromium");
			continue;
		}
		const runs = part.result.runs;
		const big = cards === 1000;
		row("Chromium: plugin load + first index (before the sidebar opens)", label, summary(runs.map((r) => r.scanMs)), ms);
		row(
			`Chromium: open the sidebar with ${cards} notes, draw and lay out (${runs[0]?.cards ?? cards} cards drawn)`,
			label,
			summary(runs.map((r) => r.renderMs)),
			ms,
			big ? "< 100 ms" : "—",
			big ? median(runs.map((r) => r.renderMs)) < 100 : null,
		);
		row("Chromium: of which layout", label, summary(runs.map((r) => r.layoutMs)), ms);
		row("Chromium: re-render after one note changes (write → laid out)", label, summary(runs.map((r) => r.reRenderMs)), ms);
		const redrawn = summary(runs.map((r) => r.cardsRedrawn));
		row("Chromium: cards redrawn per changed note", label, redrawn, count, "1", redrawn.min === 1 && redrawn.max === 1);
	}
}

function benchLoad() {
	log("Plugin load before the layout is ready");
	for (const vault of VAULTS.filter((v) => v.kind === "mixed" && (v.size === 1000 || v.size === Math.max(...MIXED_SIZES)))) {
		const part = tryPart(vault.label, "load", { folder: folderOf(vault), runs: RUNS });
		if (!part.ok) {
			missing("Plugin load", vault.label, part.reason);
			continue;
		}
		const r = part.result;
		row("Load: onload (settings, view, commands, status bar)", vault.label, summary(r.onload), ms);
		row("Load: Obsidian's startup 'create' events, plugin listening", vault.label, summary(r.startupEvents), ms);
		const work = { median: r.reads + r.evaluations, min: r.reads + r.evaluations, max: r.reads + r.evaluations };
		row("Load: notes read or evaluated before the layout is ready", vault.label, work, count, "0", work.median === 0);
		if (r.metadataLookups > 0) notes.push(`Before the layout was ready the plugin looked up ${r.metadataLookups} notes' metadata over ${vault.label}.`);
	}
}

function benchSize() {
	log("main.js");
	const file = join(REPO, "main.js");
	if (!existsSync(file)) {
		missing("main.js", "—", "main.js is missing (run `node esbuild.config.mjs production`)");
		return;
	}
	const bytes = readFileSync(file);
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	const size = bytes.length;
	const gzipped = gzipSync(bytes, { level: 9 }).length;
	row("main.js minified", "—", { median: size, min: size, max: size }, kb, "≤ 80 KB", size <= 80 * 1024);
	row("main.js minified and gzipped", "—", { median: gzipped, min: gzipped, max: gzipped }, kb);
}

// ---------------------------------------------------------------------------------------------------- report

/**
 * How each cost grows with the vault: the medians at each size, and the cost of each further 1,000 notes between two
 * sizes. Linear growth keeps that marginal cost level (a ratio near 1, or below when fixed costs such as starting a
 * process or warming the JIT up still weigh at the smaller size); a ratio well above 1 would mean faster than linear.
 */
function scalingTable() {
	const series = [
		["Engine (evaluateAll)", engineMs],
		["CLI `status --json`", cliMs],
		["Read-only baseline", baselineMs],
		["Index: first full index", indexMs],
		["Index: minute-tick", tickMs],
	];
	const mixed = VAULTS.filter((v) => v.kind === "mixed");
	const steps = mixed.slice(1).map((v, i) => [mixed[i], v]);
	const sizeName = (v) => `${(v.size / 1000).toLocaleString("en-US")}k`;
	const lines = [
		`| figure | ${mixed.map((v) => `${sizeName(v)} notes`).join(" | ")} | ${steps.map(([a, b]) => `per 1,000 notes, ${sizeName(a)}→${sizeName(b)}`).join(" | ")} | last ÷ first step |`,
		`|---|${mixed.map(() => "---:").join("|")}|${steps.map(() => "---:").join("|")}|---:|`,
	];
	for (const [name, values] of series) {
		const cells = mixed.map((v) => (values.has(v) ? ms(values.get(v)) : "—"));
		const marginal = steps.map(([a, b]) => (values.has(a) && values.has(b) ? ((values.get(b) - values.get(a)) * 1000) / (b.size - a.size) : null));
		const first = marginal[0];
		const last = marginal[marginal.length - 1];
		const ratio =
			first !== null && last !== null && first !== undefined && last !== undefined && first > 0 && marginal.length > 1 ? (last / first).toFixed(2) : "—";
		lines.push(`| ${name} | ${cells.join(" | ")} | ${marginal.map((m) => (m === null ? "—" : ms(m))).join(" | ")} | ${ratio} |`);
	}
	return lines.join("\n");
}

function markdownTable() {
	const lines = ["| figure | vault | median | min | max | target | met? |", "|---|---|---:|---:|---:|---|---|"];
	for (const r of rows) {
		const met = r.met === null ? "" : r.met ? "yes" : "**no**";
		lines.push(`| ${r.figure} | ${r.vault} | ${r.median} | ${r.min} | ${r.max} | ${r.target} | ${met} |`);
	}
	return lines.join("\n");
}

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? "unknown CPU",
		cores: cpus.length,
		memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
		node: process.version,
		os: `${os.type()} ${os.release()}`,
		zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
	};
}

async function main() {
	const started = performance.now();
	const loadBefore = os.loadavg();
	generateVaults();
	if ([...ONLY].some((p) => p !== "size" && p !== "hostile")) {
		log("Bundling the measured parts");
		await buildParts();
	}
	if (ONLY.has("engine")) benchEngine();
	if (ONLY.has("cli")) {
		benchCli();
		benchCliSteps();
	}
	if (ONLY.has("hostile")) benchHostile();
	if (ONLY.has("write")) benchWrite();
	if (ONLY.has("index")) benchIndex();
	if (ONLY.has("sidebar")) benchSidebar();
	if (ONLY.has("chromium")) benchChromium();
	if (ONLY.has("load")) benchLoad();
	if (ONLY.has("size")) benchSize();
	const loadAfter = os.loadavg();
	const m = machine();
	const seconds = (performance.now() - started) / 1000;
	const busy = Math.max(loadBefore[0], loadAfter[0]) > m.cores;
	const table = markdownTable();
	const scaling = scalingTable();
	process.stdout.write(`\n${table}\n\n${scaling}\n\n`);
	for (const note of notes) process.stdout.write(`- ${note}\n`);
	const header = [
		`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}, ${m.os}, time zone ${m.zone}.`,
		`Load average (1 min) ${loadBefore[0].toFixed(1)} before and ${loadAfter[0].toFixed(1)} after the run${busy ? ": **the machine was busy with other work, so wall times are inflated**" : ""}. The whole benchmark took ${seconds.toFixed(0)} s${QUICK ? " (--quick: fewer runs, no 50,000-note vault)" : ""}.`,
	].join(" ");
	if (!args.includes("--no-write")) writeReport(header, table, scaling);
	log(`\nDone in ${seconds.toFixed(0)} s.${args.includes("--no-write") ? "" : ` Written to ${REPORT_FILE}.`}`);
}

/** Replaces the generated part of docs/performance.md (between its markers), keeping the prose around it. */
function writeReport(header, table, scaling) {
	const start = "<!-- bench:start -->";
	const end = "<!-- bench:end -->";
	const generated = [
		start,
		"",
		header,
		"",
		table,
		"",
		"How the costs grow with the vault (mixed vaults; a level cost per further 1,000 notes means linear growth):",
		"",
		scaling,
		"",
		...notes.map((note) => `- ${note}`),
		notes.length > 0 ? "" : null,
		end,
	]
		.filter((line) => line !== null)
		.join("\n");
	mkdirSync(dirname(REPORT_FILE), { recursive: true });
	const existing = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, "utf8") : "";
	const from = existing.indexOf(start);
	const to = existing.indexOf(end);
	const text =
		from !== -1 && to > from
			? `${existing.slice(0, from)}${generated}${existing.slice(to + end.length)}`
			: `# Performance\n\nThe figures below come from \`npm run bench\`.\n\n${generated}\n`;
	writeFileSync(REPORT_FILE, text);
}

await main();
