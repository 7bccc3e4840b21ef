// The sidebar in headless Chromium, through the project's browser helper: the first render of N cards (drawn and
// laid out) and the re-render after one note changes. Chromium is launched once; each run opens a fresh page.
import { buildSidebarPage, hasChromium, launchChromium, renderInChromium, type RenderTiming } from "../../test/browser/render";
import { BENCH_NOW_TEXT } from "./common";

export interface ChromiumResult {
	available: boolean;
	runs: RenderTiming[];
}

export async function benchChromium(notes: Record<string, string>, runs: number): Promise<ChromiumResult> {
	if (!hasChromium()) return { available: false, runs: [] };
	const pageUrl = await buildSidebarPage();
	const chromium = await launchChromium();
	try {
		const timings: RenderTiming[] = [];
		// The first page warms Chromium's caches (the bundle's code cache, fonts) and is not counted.
		for (let i = 0; i < runs + 1; i++) {
			const timing = await renderInChromium(notes, BENCH_NOW_TEXT, { chromium, pageUrl });
			if (i > 0) timings.push(timing);
		}
		return { available: true, runs: timings };
	} finally {
		await chromium.close();
	}
}
