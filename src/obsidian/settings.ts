// The plugin's settings: their defaults (what they hold is plugin-settings.ts), how saved data is read back (and migrated), and the tab
// that draws the fields of settings-fields.ts. A wrong value gets a message under its field and is not kept.
import { App, Platform, PluginSettingTab, Setting, type Plugin, type SettingDefinition, type SettingDefinitionItem } from "obsidian";
import { checkMorningReminderHour, checkRemindHoursBeforeDeadline, DEFAULT_ENGINE_SETTINGS, DEFAULT_REMINDER_SETTINGS } from "../engine/settings";
import type { PluginSettings } from "./plugin-settings";
import { checkTag, checkWaitDays, checkWindowHours, cleanPath, type Checked } from "./settings-checks";
import { askForSystemNotifications } from "./system-notifications";
import { fieldByKey, NOTICES, REMINDER_FIELDS, SECTIONS, SYSTEM_NOTIFICATIONS, type TextField } from "./settings-fields";

export type { PluginSettings, TemplateKind } from "./plugin-settings";

export const DEFAULT_SETTINGS: PluginSettings = {
	...DEFAULT_ENGINE_SETTINGS,
	myName: "",
	signature: "",
	templates: { "thank-you": "", "follow-up": "", gracious: "" },
	notices: true,
	...DEFAULT_REMINDER_SETTINGS,
	systemNotifications: false,
};

/** The shape of the saved data. Raise it when a saved key changes meaning, and add a step to `migrateSettings`. */
export const SETTINGS_VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A saved value that passes `check`, read from text or a number, or else the default. */
function savedOr<T>(value: unknown, check: (text: string) => Checked<T>, fallback: T): T {
	if (typeof value !== "string" && typeof value !== "number") return fallback;
	const checked = check(String(value));
	return checked.ok ? checked.value : fallback;
}

function savedText(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

/** A saved path: text, normalised; anything else is the default. Existence is checked in the tab, not here,
 * because the vault may not be indexed yet when settings load. */
function savedPath(value: unknown, fallback: string): string {
	return typeof value === "string" ? cleanPath(value) : fallback;
}

/**
 * Reads saved data (from `loadData`) into settings. Never throws: a missing key, a value of the wrong type or out
 * of range falls back to its default, and unknown keys are dropped. Data saved before versions existed (no
 * `version`) has the version 1 shape; data from a newer version is read for what this version understands.
 */
export function migrateSettings(saved: unknown): PluginSettings {
	const data = isRecord(saved) ? saved : {};
	// Each version's step goes here, oldest first, rewriting `data` into the next shape. Data saved before the
	// version field existed has the version 1 shape, so there is no step yet; a newer version's data is read for
	// the keys this version knows, each still checked below.
	const templates = isRecord(data.templates) ? data.templates : {};
	const defaults = DEFAULT_SETTINGS;
	return {
		tag: typeof data.tag === "string" ? savedOr(data.tag, checkTag, defaults.tag) : defaults.tag,
		folder: savedPath(data.folder, defaults.folder),
		windowHours: savedOr(data.windowHours, checkWindowHours, defaults.windowHours),
		waitDays: savedOr(data.waitDays, checkWaitDays, defaults.waitDays),
		myName: savedText(data.myName, defaults.myName),
		signature: savedText(data.signature, defaults.signature),
		templates: {
			"thank-you": savedPath(templates["thank-you"], defaults.templates["thank-you"]),
			"follow-up": savedPath(templates["follow-up"], defaults.templates["follow-up"]),
			gracious: savedPath(templates.gracious, defaults.templates.gracious),
		},
		notices: typeof data.notices === "boolean" ? data.notices : defaults.notices,
		remindHoursBeforeDeadline: savedOr(data.remindHoursBeforeDeadline, checkRemindHoursBeforeDeadline, defaults.remindHoursBeforeDeadline),
		morningReminderHour: savedOr(data.morningReminderHour, checkMorningReminderHour, defaults.morningReminderHour),
		systemNotifications: typeof data.systemNotifications === "boolean" ? data.systemNotifications : defaults.systemNotifications,
	};
}

/** What `saveData` stores: the settings plus the version they were written in. */
export function settingsToSave(settings: PluginSettings): PluginSettings & { version: number } {
	return { version: SETTINGS_VERSION, ...settings, templates: { ...settings.templates } };
}

/** What the settings tab works on: the plugin that owns it, its settings, and how they are saved (and applied). */
export interface SettingsHost extends Plugin {
	settings: PluginSettings;
	saveSettings(): Promise<void>;
}

export class InterviewFollowUpSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: SettingsHost,
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13 and later draw the tab from these, and find the settings in its search. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		const groups: SettingDefinitionItem[] = SECTIONS.map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: section.fields.map((field): SettingDefinition => ({
				name: field.name,
				desc: field.desc,
				control: {
					type: field.control,
					key: field.key,
					placeholder: field.placeholder,
					validate: (value: string): string | undefined => {
						const checked = field.accept(this.app, value);
						return checked.ok ? undefined : checked.message;
					},
				},
			})),
		}));
		groups.push({
			type: "group",
			heading: NOTICES.heading,
			items: [
				{ name: NOTICES.name, desc: NOTICES.desc, control: { type: "toggle", key: NOTICES.key } },
				...(Platform.isDesktop
					? [
							{
								name: SYSTEM_NOTIFICATIONS.name,
								desc: SYSTEM_NOTIFICATIONS.desc,
								control: { type: "toggle" as const, key: SYSTEM_NOTIFICATIONS.key },
							},
						]
					: []),
				...REMINDER_FIELDS.map((field): SettingDefinition => ({
					name: field.name,
					desc: field.desc,
					control: {
						type: "text",
						key: field.key,
						placeholder: field.placeholder,
						validate: (value: string): string | undefined => {
							const checked = field.accept(this.app, value);
							return checked.ok ? undefined : checked.message;
						},
					},
				})),
			],
		});
		return groups;
	}

	override getControlValue(key: string): unknown {
		if (key === NOTICES.key) return this.plugin.settings.notices;
		if (key === SYSTEM_NOTIFICATIONS.key) return this.plugin.settings.systemNotifications;
		return fieldByKey(key)?.read(this.plugin.settings);
	}

	/** Stores a value the user changed, only when its check accepts it, and saves (which re-evaluates the notes). */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		if (key === NOTICES.key) {
			if (typeof value !== "boolean") return;
			this.plugin.settings.notices = value;
			await this.plugin.saveSettings();
			return;
		}
		if (key === SYSTEM_NOTIFICATIONS.key) {
			if (typeof value !== "boolean") return;
			this.plugin.settings.systemNotifications = value;
			// The system asks the user once; reminders use it only if they allow it.
			if (value) askForSystemNotifications();
			await this.plugin.saveSettings();
			return;
		}
		const field = fieldByKey(key);
		if (!field || (typeof value !== "string" && typeof value !== "number")) return;
		const checked = field.accept(this.app, String(value));
		if (!checked.ok) return;
		checked.value(this.plugin.settings);
		await this.plugin.saveSettings();
	}

	/** Before Obsidian 1.13 (minAppVersion is 1.4.4) the tab is drawn here, from the same fields. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of SECTIONS) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const field of section.fields) this.addField(field);
		}
		new Setting(containerEl).setName(NOTICES.heading).setHeading();
		new Setting(containerEl)
			.setName(NOTICES.name)
			.setDesc(NOTICES.desc)
			.addToggle((toggle) => toggle.setValue(this.plugin.settings.notices).onChange((value) => this.setControlValue(NOTICES.key, value)));
		// Mobile has no system notifications to offer.
		if (Platform.isDesktop) {
			new Setting(containerEl)
				.setName(SYSTEM_NOTIFICATIONS.name)
				.setDesc(SYSTEM_NOTIFICATIONS.desc)
				.addToggle((toggle) =>
					toggle.setValue(this.plugin.settings.systemNotifications).onChange((value) => this.setControlValue(SYSTEM_NOTIFICATIONS.key, value)),
				);
		}
		for (const field of REMINDER_FIELDS) this.addField(field);
	}

	/** A text field whose value is saved only when its check accepts it; otherwise the message shows under the field. */
	private addField(field: TextField): void {
		const setting = new Setting(this.containerEl).setName(field.name).setDesc(field.desc);
		const message = setting.descEl.createDiv({ cls: "ifu-setting-message", attr: { role: "alert" } });
		message.hide();
		const onChange = async (input: HTMLInputElement | HTMLTextAreaElement, typed: string): Promise<void> => {
			const checked = field.accept(this.app, typed);
			if (!checked.ok) {
				message.setText(checked.message);
				message.show();
				input.setAttr("aria-invalid", "true");
				return;
			}
			message.setText("");
			message.hide();
			input.removeAttribute("aria-invalid");
			checked.value(this.plugin.settings);
			await this.plugin.saveSettings();
		};
		const value = field.read(this.plugin.settings);
		if (field.control === "textarea") {
			setting.addTextArea((text) =>
				text
					.setPlaceholder(field.placeholder)
					.setValue(value)
					.onChange((typed) => onChange(text.inputEl, typed)),
			);
		} else {
			setting.addText((text) =>
				text
					.setPlaceholder(field.placeholder)
					.setValue(value)
					.onChange((typed) => onChange(text.inputEl, typed)),
			);
		}
	}
}
