// Hostile text in the .ics export, generated: commas, semicolons, backslashes, line breaks, controls, and 2-, 3- and
// 4-byte characters shifted across the fold points. fast-check with a fixed seed, so a failure repeats.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toIcs, type CalendarEvent } from "../../src/engine/calendar";
import { foldLine } from "../../src/engine/ics";
import { lineProblems, readIcs, unfoldedLines } from "./ics-reader";

const SEED = 20261120;
const RUNS = 300;
const NOW = new Date(2026, 10, 20, 16, 0);

const PIECES = [
	",",
	";",
	"\\",
	"\\n",
	"\n",
	"\r",
	"\r\n",
	"\t",
	" ",
	":",
	'"',
	"\u0000",
	"\u0007",
	"\u001b",
	"\u001b[2J",
	"\u007f",
	"\u0085",
	"\u009b",
	"é",
	"ß",
	"€",
	"中",
	"😀",
	"👩‍💻",
	"\ud83d",
	"\ude00",
	"\u202e",
	"END:VEVENT",
	"BEGIN:VALARM",
	"a",
	"Acme",
];

/** Pieces of trouble and arbitrary code points, after 0–80 plain letters so each lands on every fold point. */
const hostileText = fc
	.tuple(fc.nat(80), fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 60, size: "max" }))
	.map(([shift, parts]) => "x".repeat(shift) + parts.join(""));

/** What a calendar should hold: line breaks as LF, a tab as a space, controls gone, lone surrogates replaced. */
function cleaned(text: string): string {
	return (
		(text.replace(/\r\n?/g, "\n").replace(/\t/g, " ") as string & { toWellFormed(): string })
			.toWellFormed()
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\0-\x09\x0b-\x1f\x7f-\x9f]/g, "")
	);
}

/** The same text escaped as RFC 5545 §3.3.11 writes TEXT. */
function escaped(text: string): string {
	return cleaned(text)
		.replace(/[\\;,]/g, "\\$&")
		.replace(/\n/g, "\\n");
}

function eventWith(title: string, description: string): CalendarEvent {
	return {
		kind: "thank-you-block",
		title,
		description,
		path: "Interviews/Hostile.md",
		start: new Date(2026, 10, 20, 15, 0),
		end: new Date(2026, 10, 20, 15, 30),
	};
}

describe("hostile text in the .ics export", () => {
	it("gives physical lines of at most 75 octets of valid UTF-8, with no control character", () => {
		fc.assert(
			fc.property(hostileText, hostileText, (title, description) => {
				expect(lineProblems(toIcs([eventWith(title, description)], NOW))).toEqual([]);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("unfolds back to the escaped value, and ical.js reads back the text itself", () => {
		fc.assert(
			fc.property(hostileText, hostileText, (title, description) => {
				const ics = toIcs([eventWith(title, description)], NOW);
				const lines = unfoldedLines(ics);
				expect(lines).toContain(`SUMMARY:${escaped(title)}`);
				expect(lines).toContain(`DESCRIPTION:${escaped(description)}`);
				const read = readIcs(ics).events;
				expect(read).toHaveLength(1);
				expect(read[0]?.summary).toBe(cleaned(title));
				expect(read[0]?.description).toBe(cleaned(description));
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("folds any line only between characters, so unfolding gives it back whole", () => {
		const line = fc
			.oneof(hostileText, fc.string({ unit: "binary", maxLength: 400, size: "max" }))
			.map((text) => (text.replace(/[\r\n]/g, "") as string & { toWellFormed(): string }).toWellFormed());
		fc.assert(
			fc.property(line, (text) => {
				const physical = foldLine(text).split("\r\n");
				expect(physical.map((each, index) => (index === 0 ? each : each.slice(1))).join("")).toBe(text);
				for (const [index, each] of physical.entries()) {
					expect(Buffer.byteLength(each, "utf8")).toBeLessThanOrEqual(75);
					if (index > 0) expect(each.startsWith(" ")).toBe(true);
					// A surrogate pair split across lines would leave a lone half at an end of a physical line.
					expect(/^ ?[\udc00-\udfff]|[\ud800-\udbff]$/.test(each)).toBe(false);
				}
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
