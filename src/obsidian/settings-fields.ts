// The settings tab's fields, described once: their names, help text, controls, and how typed text is checked and
// stored. The tab draws them both ways Obsidian offers; migration reads saved data through the same checks.
import type { App } from "obsidian";
import type { PluginSettings, TemplateKind } from "./plugin-settings";
import { checkMorningReminderHour, checkRemindHoursBeforeDeadline } from "../engine/settings";
import { checkFolder, checkTag, checkTemplatePath, checkWaitDays, checkWindowHours, type Checked } from "./settings-checks";

/**
 * One text setting, described once for both ways Obsidian draws a settings tab (display() before 1.13, the
 * declarative definitions from 1.13 on, which also make it searchable).
 */
export interface TextField {
	key: string;
	name: string;
	desc: string;
	placeholder: string;
	/** A folder or file control offers the vault's folders or notes as the user types (Obsidian 1.13+). */
	control: "text" | "textarea" | "folder" | "file";
	read(settings: PluginSettings): string;
	/** Checks typed text; when it is acceptable, says how to store it. */
	accept(app: App, text: string): Checked<(settings: PluginSettings) => void>;
}

export interface Section {
	heading: string;
	fields: TextField[];
}

function accepted<T>(checked: Checked<T>, store: (settings: PluginSettings, value: T) => void): Checked<(settings: PluginSettings) => void> {
	return checked.ok ? { ok: true, value: (settings) => store(settings, checked.value) } : checked;
}

function templateField(kind: TemplateKind, name: string, what: string): TextField {
	return {
		key: `templates.${kind}`,
		name,
		desc: `A note whose text replaces the built-in ${what}. Leave empty to use the built-in one.`,
		placeholder: "Example: Templates/Thank-you",
		control: "file",
		read: (settings) => settings.templates[kind],
		accept: (app, text) => accepted(checkTemplatePath(app, text), (settings, path) => (settings.templates[kind] = path)),
	};
}

export const SECTIONS: Section[] = [
	{
		heading: "Which notes",
		fields: [
			{
				key: "tag",
				name: "Tag",
				desc: "Notes whose tags hold this tag (or a tag nested below it) are interview notes.",
				placeholder: "interview",
				control: "text",
				read: (settings) => settings.tag,
				accept: (_app, text) => accepted(checkTag(text), (settings, tag) => (settings.tag = tag)),
			},
			{
				key: "folder",
				name: "Folder",
				desc: "Only notes in this folder and below count. Leave empty for the whole vault.",
				placeholder: "Example: Job search/Interviews",
				control: "folder",
				read: (settings) => settings.folder,
				accept: (app, text) => accepted(checkFolder(app, text), (settings, folder) => (settings.folder = folder)),
			},
		],
	},
	{
		heading: "Timing",
		fields: [
			{
				key: "windowHours",
				name: "Thank-you window",
				desc: "Hours after the interview starts within which a thank-you is on time.",
				placeholder: "24",
				control: "text",
				read: (settings) => String(settings.windowHours),
				accept: (_app, text) => accepted(checkWindowHours(text), (settings, hours) => (settings.windowHours = hours)),
			},
			{
				key: "waitDays",
				name: "Wait before following up",
				desc: "Days to wait for news when no timeline was agreed.",
				placeholder: "7",
				control: "text",
				read: (settings) => String(settings.waitDays),
				accept: (_app, text) => accepted(checkWaitDays(text), (settings, days) => (settings.waitDays = days)),
			},
		],
	},
	{
		heading: "Drafts",
		fields: [
			{
				key: "myName",
				name: "Your name",
				desc: "Signed under every draft.",
				placeholder: "",
				control: "text",
				read: (settings) => settings.myName,
				accept: (_app, text) => ({ ok: true, value: (settings) => (settings.myName = text.trim()) }),
			},
			{
				key: "signature",
				name: "Signature",
				desc: "Lines under your name, such as a phone number or a portfolio link.",
				placeholder: "",
				control: "textarea",
				read: (settings) => settings.signature,
				accept: (_app, text) => ({ ok: true, value: (settings) => (settings.signature = text.trimEnd()) }),
			},
			templateField("thank-you", "Thank-you template", "thank-you note"),
			templateField("follow-up", "Follow-up template", "follow-up email"),
			templateField("gracious", "Gracious reply template", "reply to a rejection"),
		],
	},
];

/** The notices toggle, drawn apart from the text fields, first under the reminders heading. */
export const NOTICES = {
	key: "notices",
	heading: "Reminders",
	name: "Notices",
	desc: "Show a notice while Obsidian is open: when the interview ends (your 30-minute thank-you block), before a thank-you is due, on the morning a follow-up or a gracious reply is due, and when a thank-you becomes overdue.",
};

/** The desktop toggle under the notices: the same reminders as system notifications too. */
export const SYSTEM_NOTIFICATIONS = {
	key: "systemNotifications",
	name: "System notifications",
	desc: "On desktop, also show reminders as system notifications, so you see them while Obsidian is in the background. Your system asks you to allow them.",
};

/** The reminders' timing, under the toggles. */
export const REMINDER_FIELDS: TextField[] = [
	{
		key: "remindHoursBeforeDeadline",
		name: "Remind before the thank-you deadline",
		desc: "Hours before a thank-you is due to remind you, if it is not sent yet. 0 turns this reminder off.",
		placeholder: "3",
		control: "text",
		read: (settings) => String(settings.remindHoursBeforeDeadline),
		accept: (_app, text) => accepted(checkRemindHoursBeforeDeadline(text), (settings, hours) => (settings.remindHoursBeforeDeadline = hours)),
	},
	{
		key: "morningReminderHour",
		name: "Morning reminder hour",
		desc: "The hour of the morning reminders: the follow-up on the day it falls due (never before its own time), and the gracious reply the morning after a rejection.",
		placeholder: "09:00",
		control: "text",
		read: (settings) => `${String(settings.morningReminderHour).padStart(2, "0")}:00`,
		accept: (_app, text) => accepted(checkMorningReminderHour(text), (settings, hour) => (settings.morningReminderHour = hour)),
	},
];

export function fieldByKey(key: string): TextField | undefined {
	const reminderField = REMINDER_FIELDS.find((candidate) => candidate.key === key);
	if (reminderField) return reminderField;
	for (const section of SECTIONS) {
		const field = section.fields.find((candidate) => candidate.key === key);
		if (field) return field;
	}
	return undefined;
}
