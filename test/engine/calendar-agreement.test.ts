// The calendar says what the checks say: for every note of the example vault, the hostile corpus and the test vaults, each exported
// event's date is the matching check's `due` (rule 2's deadline, rule 4's follow-up day), read back from the .ics
// text. The notes are read with the report's own reader, read-only.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scanVault } from "../../src/cli/vault";
import { calendarEvents, toIcs, type CalendarEventKind } from "../../src/engine/calendar";
import { lastDayBefore, localDay } from "../../src/engine/dates";
import { evaluateAll } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS, type Check, type EngineSettings } from "../../src/engine/types";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE_VAULTS = join(REPO, "test", "fixtures", "vaults");
const VAULTS = [
	join(REPO, "examples", "vault"),
	join(REPO, "test", "fixtures", "hostile"),
	...readdirSync(FIXTURE_VAULTS).map((name) => join(FIXTURE_VAULTS, name)),
];

/** Moments the notes are evaluated at: amid the example vault's interviews, and long after all of them. */
const MOMENTS = [new Date(2026, 10, 20, 16, 0), new Date(2027, 5, 1, 9, 0)];

const SETTINGS: EngineSettings[] = [DEFAULT_ENGINE_SETTINGS, { ...DEFAULT_ENGINE_SETTINGS, windowHours: 48, waitDays: 10 }];

/** One event as the .ics file has it: its UID's kind, and its start and end (UTC instants or plain days). */
interface IcsEvent {
	kind: string;
	start: string;
	end: string;
}

function icsEvents(text: string): IcsEvent[] {
	const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
	const events: IcsEvent[] = [];
	let current: Partial<IcsEvent> | null = null;
	for (const line of lines) {
		if (line === "BEGIN:VEVENT") current = {};
		else if (line === "END:VEVENT" && current !== null) {
			events.push({ kind: current.kind ?? "", start: current.start ?? "", end: current.end ?? "" });
			current = null;
		} else if (current !== null) {
			const value = line.slice(line.indexOf(":") + 1);
			if (line.startsWith("UID")) current.kind = value.replace(/-[0-9a-z]+@interview-follow-up$/, "");
			if (line.startsWith("DTSTART")) current.start = value;
			if (line.startsWith("DTEND")) current.end = value;
		}
	}
	return events;
}

/** A local day as an .ics all-day value (20261121), and an instant as an .ics UTC time (20261121T220000Z). */
function icsDay(day: string): string {
	return day.replace(/-/g, "");
}

function icsInstant(instant: Date): string {
	return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

function dueOf(checks: readonly Check[], rule: 2 | 4): Date {
	const due = checks.find((check) => check.rule === rule && check.due !== null)?.due;
	if (due === undefined || due === null) throw new Error(`no rule ${rule} check with a due`);
	return due;
}

describe("the calendar and the checks agree", () => {
	for (const vault of VAULTS) {
		const { sources } = scanVault(vault);
		it(`on every note of ${vault.slice(REPO.length)}`, () => {
			let compared = 0;
			for (const settings of SETTINGS) {
				for (const now of MOMENTS) {
					for (const evaluation of evaluateAll(sources, now, settings)) {
						const events = icsEvents(toIcs(calendarEvents(evaluation, settings), now));
						const where = `${evaluation.path} at ${now.toISOString()}`;
						if (evaluation.stage === "upcoming") continue;
						const kinds = new Set(events.map((event) => event.kind as CalendarEventKind));
						expect(kinds.has("thank-you-deadline"), where).toBe(evaluation.note.interviewDate !== null);
						const followUpCheck = evaluation.checks.find((check) => check.rule === 4 && (check.state === "waiting" || check.state === "due"));
						expect(kinds.has("follow-up"), where).toBe(followUpCheck !== undefined);
						for (const event of events) {
							if (event.kind === "thank-you-deadline") {
								const deadline = dueOf(evaluation.checks, 2);
								const expected = evaluation.note.interviewDate?.dateOnly === true ? icsDay(lastDayBefore(deadline)) : icsInstant(deadline);
								expect(evaluation.note.interviewDate?.dateOnly === true ? event.start : event.end, where).toBe(expected);
								compared++;
							}
							if (event.kind === "follow-up") {
								expect(event.start, where).toBe(icsDay(localDay(dueOf(evaluation.checks, 4))));
								compared++;
							}
						}
					}
				}
			}
			expect(compared).toBeGreaterThan(0);
		});
	}
});
