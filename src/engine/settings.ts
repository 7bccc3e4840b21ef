// The user's choices that change what the engine decides: their type, defaults and bounds, and the pure checks on a
// typed value. The plugin's settings tab, its saved-data reader and the CLI's flags all use these, so a window, a wait
// or a tag that works in one works in the others, with the same words when it does not.

/** The user's choices that change what the engine decides. */
export interface EngineSettings {
	/** Tag that marks an interview note, without '#'; nested tags below it count too. */
	tag: string;
	/** Only notes in this folder (and below) count; '' means the whole vault. */
	folder: string;
	/** Hours after the interview's start within which a thank-you is on time. */
	windowHours: number;
	/** Days to wait for news before following up when no timeline was agreed. */
	waitDays: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
	tag: "interview",
	folder: "",
	windowHours: 24,
	waitDays: 7,
};

/** When reminders come: before a thank-you deadline, and the hour of the morning a follow-up or a reply is due. */
export interface ReminderSettings {
	/** Hours before a thank-you deadline to remind of a thank-you not yet sent; 0 turns the reminder off. */
	remindHoursBeforeDeadline: number;
	/** The local hour (0–23) of the morning reminders: the follow-up on the day it falls due, the gracious reply. */
	morningReminderHour: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
	remindHoursBeforeDeadline: 3,
	morningReminderHour: 9,
};

/**
 * Bounds that catch typing slips without ruling out unusual habits: a window above 0 hours (1.5 is a real choice) up
 * to 30 days, a wait of whole days from 1 to a year, a deadline reminder up to two days ahead.
 */
export const SETTING_BOUNDS = {
	windowHours: { min: 0, minIncluded: false, max: 720, whole: false, unit: "hours" },
	waitDays: { min: 1, minIncluded: true, max: 365, whole: true, unit: "days" },
	remindHoursBeforeDeadline: { min: 0, minIncluded: true, max: 48, whole: false, unit: "hours" },
	morningReminderHour: { min: 0, minIncluded: true, max: 23, whole: true, unit: "hours" },
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A tag as typed ("#interview", " Interview/onsite ") -> the tag the engine compares, without '#'. */
export function checkTag(text: string): Checked<string> {
	const tag = text.trim().replace(/^#+/, "");
	if (tag === "") return { ok: false, message: "Enter a tag, for example interview." };
	if (/[\s,#]/.test(tag)) return { ok: false, message: "A tag is one word: no spaces, commas or '#' inside." };
	// Obsidian does not read a tag made of digits only (#2026) as a tag.
	if (/^[\d/]+$/.test(tag)) return { ok: false, message: "A tag needs at least one letter, as Obsidian reads tags." };
	return { ok: true, value: tag };
}

/** Window hours as typed: a number of hours above 0. Decimals are allowed (1.5 hours is a real choice). */
export function checkWindowHours(text: string): Checked<number> {
	const hours = readNumber(text);
	const { max } = SETTING_BOUNDS.windowHours;
	if (hours === null) return { ok: false, message: "Enter a number of hours, for example 24." };
	if (hours <= 0) return { ok: false, message: "The window must be more than 0 hours." };
	if (hours > max) return { ok: false, message: `The window can be at most ${max} hours (30 days).` };
	return { ok: true, value: hours };
}

/** Wait days as typed: whole days, because follow-ups fall due at the same clock time a number of days later. */
export function checkWaitDays(text: string): Checked<number> {
	const days = readNumber(text);
	const { max } = SETTING_BOUNDS.waitDays;
	if (days === null) return { ok: false, message: "Enter a number of days, for example 7." };
	if (!Number.isInteger(days)) return { ok: false, message: "Enter whole days, for example 7." };
	if (days < 1) return { ok: false, message: "Wait at least 1 day before following up." };
	if (days > max) return { ok: false, message: `The wait can be at most ${max} days.` };
	return { ok: true, value: days };
}

/** Hours before a thank-you deadline to remind, as typed: 0 (off) up to two days; decimals allowed. */
export function checkRemindHoursBeforeDeadline(text: string): Checked<number> {
	const hours = readNumber(text);
	const { max } = SETTING_BOUNDS.remindHoursBeforeDeadline;
	if (hours === null) return { ok: false, message: "Enter a number of hours, for example 3, or 0 for no reminder." };
	if (hours < 0) return { ok: false, message: "Enter 0 for no reminder, or a number of hours above 0." };
	if (hours > max) return { ok: false, message: `The reminder can come at most ${max} hours before the deadline.` };
	return { ok: true, value: hours };
}

/** The morning hour as typed: "9", "09", "9:00" or "09:00" -> 9. Whole hours from 0 to 23. */
export function checkMorningReminderHour(text: string): Checked<number> {
	const match = /^\s*(\d{1,2})(?::00)?\s*$/.exec(text);
	const hour = match?.[1] === undefined ? null : Number(match[1]);
	if (hour === null || hour > SETTING_BOUNDS.morningReminderHour.max) {
		return { ok: false, message: "Enter a whole hour from 0 to 23, for example 9 or 09:00." };
	}
	return { ok: true, value: hour };
}

const TEN_YEARS_IN_DAYS = 3653;

/**
 * Settings as the rules can use them: a window or wait that is not a number from zero to ten years (a hand-edited
 * data.json, a caller that skipped the checks) falls back to the default, so no date becomes invalid and nothing
 * throws. Every consumer of a window or a wait (rules, calendar, drafts, reminders) reads it through this.
 */
export function usableSettings<T extends EngineSettings>(settings: T): T {
	const windowHours = within(settings.windowHours, 24 * TEN_YEARS_IN_DAYS) ? settings.windowHours : DEFAULT_ENGINE_SETTINGS.windowHours;
	const waitDays = within(settings.waitDays, TEN_YEARS_IN_DAYS) ? settings.waitDays : DEFAULT_ENGINE_SETTINGS.waitDays;
	return windowHours === settings.windowHours && waitDays === settings.waitDays ? settings : { ...settings, windowHours, waitDays };
}

/** Reminder settings as the reminders can use them: out-of-range values fall back to their defaults. */
export function usableReminderSettings(settings: ReminderSettings): ReminderSettings {
	const hours = settings.remindHoursBeforeDeadline;
	const hour = settings.morningReminderHour;
	return {
		remindHoursBeforeDeadline: within(hours, SETTING_BOUNDS.remindHoursBeforeDeadline.max) ? hours : DEFAULT_REMINDER_SETTINGS.remindHoursBeforeDeadline,
		morningReminderHour: Number.isInteger(hour) && within(hour, 23) ? hour : DEFAULT_REMINDER_SETTINGS.morningReminderHour,
	};
}

function within(value: number, max: number): boolean {
	return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= max;
}

function readNumber(text: string): number | null {
	const trimmed = text.trim();
	// Number("") is 0, and an empty field is not a number.
	if (trimmed === "") return null;
	const value = Number(trimmed);
	return Number.isFinite(value) ? value : null;
}
