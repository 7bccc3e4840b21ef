// `interview-follow-up remind`: which reminders are due now and which come next, for a cron job or a shell prompt.
// The moments come from the engine's remindersFor, the same function the plugin schedules, so both agree.
import { join } from "node:path";
import { clockTime, dayInWords, toIsoInstant } from "../engine/dates";
import { evaluateAll } from "../engine/index";
import { isDueNow, remindersFor, type Reminder, type ReminderKind } from "../engine/reminders";
import { checkMorningReminderHour, checkRemindHoursBeforeDeadline, DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "../engine/settings";
import type { Evaluation } from "../engine/types";
import { formatMoment } from "../engine/wording";
import type { StatusCommand } from "./args";
import type { Line } from "./printable";
import { readFileText } from "./read-file";
import { CONFIG_FOLDER } from "./template-folders";
import { scanVault } from "./vault";

export interface ReminderJson {
	kind: ReminderKind;
	path: string;
	subject: string | null;
	at: string;
	until: string;
	key: string;
	message: string;
}

export interface RemindJson {
	now: string;
	/** Reminders whose moment has come and whose end has not: what the plugin shows, or has shown, at `now`. */
	due: ReminderJson[];
	/** The reminders at the next moment after `now` (several when they share it); empty when none is coming. */
	next: ReminderJson[];
}

/** What the plugin saved in the vault (its data.json), as far as the reminders use it. */
interface SavedReminderData {
	settings: ReminderSettings;
	rejectedSeen: Map<string, Date>;
}

/** The plugin's data.json in the vault's default config folder: its reminder settings and when each "no" was first seen. */
export function readPluginData(vault: string): SavedReminderData {
	const found: SavedReminderData = { settings: { ...DEFAULT_REMINDER_SETTINGS }, rejectedSeen: new Map() };
	// Read as notes are (only a regular file, never waited on), since a vault may come from anyone.
	const read = readFileText(join(vault, CONFIG_FOLDER, "plugins", "interview-follow-up", "data.json"), { followLink: true, limit: 1024 * 1024 });
	if (read.kind !== "text") return found;
	let saved: unknown;
	try {
		saved = JSON.parse(read.text);
	} catch {
		// No plugin data (the plugin is not installed, or the vault keeps its config elsewhere): the defaults apply.
		return found;
	}
	if (!isRecord(saved)) return found;
	const hours = checkRemindHoursBeforeDeadline(asText(saved.remindHoursBeforeDeadline));
	if (hours.ok) found.settings.remindHoursBeforeDeadline = hours.value;
	const hour = checkMorningReminderHour(asText(saved.morningReminderHour));
	if (hour.ok) found.settings.morningReminderHour = hour.value;
	const seen = isRecord(saved.reminders) && isRecord(saved.reminders.rejectedSeen) ? saved.reminders.rejectedSeen : {};
	for (const [path, text] of Object.entries(seen)) {
		const time = typeof text === "string" ? new Date(text) : null;
		if (time !== null && !Number.isNaN(time.getTime())) found.rejectedSeen.set(path, time);
	}
	return found;
}

/** Every reminder of every note, with those due at `now` and those at the next moment after it. */
export function remindersAt(evaluations: readonly Evaluation[], now: Date, data: SavedReminderData): { due: Reminder[]; next: Reminder[] } {
	const all = evaluations.flatMap((evaluation) => remindersFor(evaluation, data.settings, data.rejectedSeen.get(evaluation.path) ?? null));
	all.sort((a, b) => a.at.getTime() - b.at.getTime() || a.path.localeCompare(b.path));
	const due = all.filter((reminder) => isDueNow(reminder, now));
	const later = all.filter((reminder) => reminder.at.getTime() > now.getTime());
	const first = later[0]?.at.getTime();
	return { due, next: later.filter((reminder) => reminder.at.getTime() === first) };
}

/** Runs `remind` on a checked vault folder: JSON for scripts, else a few lines for people. */
/** What `remind` prints: the JSON object, or the lines of the text form (the screen filters and colours them). */
export type RemindOutput = { json: RemindJson } | { lines: Line[] };

export function runRemind(command: StatusCommand, vaultName: string): RemindOutput {
	const { sources } = scanVault(command.vault, command.settings.folder);
	const evaluations = evaluateAll(sources, command.now, command.settings);
	const { due, next } = remindersAt(evaluations, command.now, readPluginData(command.vault));
	if (command.json) return { json: { now: toIsoInstant(command.now), due: due.map(reminderJson), next: next.map(reminderJson) } };
	const lines: Line[] = [
		[{ style: "heading", text: `Reminders for ${vaultName}, as of ${dayInWords(command.now, "short", true)}, ${clockTime(command.now)}` }],
	];
	lines.push([], [{ style: "heading", text: `Now (${due.length})` }]);
	if (due.length === 0) lines.push([{ style: "muted", text: "  nothing to be reminded of right now" }]);
	for (const reminder of due) lines.push(reminderLine(reminder, command.now));
	lines.push([], [{ style: "heading", text: "Next" }]);
	if (next.length === 0) lines.push([{ style: "muted", text: "  no reminder is coming" }]);
	for (const reminder of next) lines.push(reminderLine(reminder, command.now));
	return { lines };
}

function reminderLine(reminder: Reminder, now: Date): Line {
	return ["  ", { style: "soon", text: formatMoment(reminder.at, now) }, `  ${reminder.message} `, { style: "muted", text: `(${reminder.path})` }];
}

function reminderJson(reminder: Reminder): ReminderJson {
	return {
		kind: reminder.kind,
		path: reminder.path,
		subject: reminder.subject,
		at: toIsoInstant(reminder.at),
		until: toIsoInstant(reminder.until),
		key: reminder.key,
		message: reminder.message,
	};
}

function asText(value: unknown): string {
	return typeof value === "number" || typeof value === "string" ? String(value) : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
