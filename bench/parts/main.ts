// The benchmark's measured parts, bundled by bench/run.mjs and run one per process so each starts with a fresh heap:
// `node parts.mjs <part> '<json options>'` prints the part's raw timings as JSON on stdout.
import { closeDom } from "./dom";
import { benchChromium } from "./chromium";
import { benchCliSteps } from "./cli";
import { readNotes, spreadSample } from "./common";
import { benchEngine } from "./engine";
import { benchEngineCold } from "./engine-cold";
import { benchIndex } from "./plugin-index";
import { benchLoad } from "./plugin-load";
import { benchSidebarDouble } from "./sidebar-double";
import { benchWrite } from "./write";

interface Options {
	folder: string;
	runs: number;
	changes?: number;
	cards?: number;
	lines?: number;
}

async function runPart(part: string, options: Options): Promise<unknown> {
	switch (part) {
		case "engine":
			return benchEngine(options.folder, options.runs);
		case "engine-cold":
			return benchEngineCold(options.folder);
		case "index":
			return benchIndex(options.folder, options.runs, options.changes ?? 30);
		case "sidebar":
			return benchSidebarDouble(spreadSample(readNotes(options.folder), options.cards ?? 100), options.runs, options.changes ?? 30);
		case "chromium":
			return benchChromium(spreadSample(readNotes(options.folder), options.cards ?? 100), options.runs);
		case "load":
			return benchLoad(options.folder, options.runs);
		case "write":
			return benchWrite(options.lines ?? 1000, options.runs);
		case "cli-steps":
			// One cold pass per process: run the part several times for a median.
			return benchCliSteps(options.folder);
		default:
			throw new Error(`no part called ${part}`);
	}
}

const [part = "", json = "{}"] = process.argv.slice(2);
runPart(part, JSON.parse(json) as Options)
	.then(async (result) => {
		await closeDom();
		process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
	})
	.catch((error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	});
