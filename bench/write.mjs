// The cost of one frontmatter write on a 1,000-line frontmatter: `node bench/write.mjs [--lines=1000] [--runs=25]`.
// Bundles bench/parts/write.ts as bench/run.mjs bundles the other parts, runs it, and prints a Markdown table.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const BUNDLE = join(BENCH_DIR, "vaults", "write.mjs");
const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);

await build({
	entryPoints: [join(BENCH_DIR, "parts", "write.ts")],
	outfile: BUNDLE,
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
	logLevel: "error",
});
const { benchWrite } = await import(pathToFileURL(BUNDLE).href);
const result = benchWrite(option("lines", 1000), option("runs", 25));

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`One write on a ${result.frontmatterLines}-line frontmatter (edit, check by parsing, compare), ${process.version}:\n`);
console.log("| command | median | min | max |\n|---|---|---|---|");
for (const [name, runs] of Object.entries(result.commands)) {
	console.log(`| ${name} | ${median(runs).toFixed(2)} ms | ${Math.min(...runs).toFixed(2)} ms | ${Math.max(...runs).toFixed(2)} ms |`);
}
