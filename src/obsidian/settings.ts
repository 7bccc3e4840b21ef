// The plugin's settings: what they hold, their defaults, how saved data is read back (and migrated), and the tab.
// Every value is checked before it is saved; a wrong one gets a message under its field and is not kept.
import { App, normalizePath, PluginSettingTab, Setting, TFile, TFolder, type SettingDefinition, type SettingDefinitionItem } from "obsidian";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from "../engine/types";
import type InterviewFollowUpPlugin from "../main";

/** The three messages whose built-in template a file in the vault may replace. */
export type TemplateKind = "thank-you" | "follow-up" | "gracious";

export interface PluginSettings extends EngineSettings {
	/** The user's name, signed under the drafts. */
	myName: string;
	/** Lines under the name in the drafts (a title, a phone number, a portfolio link). */
	signature: string;
	/** Vault paths of template files that replace the built-in ones; '' means the built-in template. */
	templates: Record<TemplateKind, string>;
	/** Whether a Notice appears when a thank-you becomes overdue while Obsidian is open. */
	notices: boolean;
}

export const DEFAULT_SETTINGS: PluginSettings = {
	...DEFAULT_ENGINE_SETTINGS,
	myName: "",
	signature: "",
	templates: { "thank-you": "", "follow-up": "", gracious: "" },
	notices: true,
};

/** The shape of the saved data. Raise it when a saved key changes meaning, and add a step to `migrateSettings`. */
export const SETTINGS_VERSION = 1;

// Bounds that catch typing slips without ruling out unusual habits: a window of up to 30 days, a wait of up to a year.
const MAX_WINDOW_HOURS = 720;
const MAX_WAIT_DAYS = 365;

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
	if (hours === null) return { ok: false, message: "Enter a number of hours, for example 24." };
	if (hours <= 0) return { ok: false, message: "The window must be more than 0 hours." };
	if (hours > MAX_WINDOW_HOURS) return { ok: false, message: `The window can be at most ${MAX_WINDOW_HOURS} hours (30 days).` };
	return { ok: true, value: hours };
}

/** Wait days as typed: whole days, because follow-ups fall due at the same clock time a number of days later. */
export function checkWaitDays(text: string): Checked<number> {
	const days = readNumber(text);
	if (days === null) return { ok: false, message: "Enter a number of days, for example 7." };
	if (!Number.isInteger(days)) return { ok: false, message: "Enter whole days, for example 7." };
	if (days < 1) return { ok: false, message: "Wait at least 1 day before following up." };
	if (days > MAX_WAIT_DAYS) return { ok: false, message: `The wait can be at most ${MAX_WAIT_DAYS} days.` };
	return { ok: true, value: days };
}

/** A folder as typed -> its vault path ('' for the whole vault); it must exist in the vault. */
export function checkFolder(app: App, text: string): Checked<string> {
	const folder = cleanPath(text);
	if (folder === "") return { ok: true, value: "" };
	if (app.vault.getAbstractFileByPath(folder) instanceof TFolder) return { ok: true, value: folder };
	return { ok: false, message: `There is no folder "${folder}" in this vault.` };
}

/**
 * A template path as typed -> the vault path of a Markdown file ('' for the built-in template). The '.md' may be
 * left out, as Obsidian's own template settings allow.
 */
export function checkTemplatePath(app: App, text: string): Checked<string> {
	const path = cleanPath(text);
	if (path === "") return { ok: true, value: "" };
	for (const candidate of path.toLowerCase().endsWith(".md") ? [path] : [path, `${path}.md`]) {
		if (app.vault.getAbstractFileByPath(candidate) instanceof TFile) return { ok: true, value: candidate };
	}
	return { ok: false, message: `There is no note "${path}" in this vault.` };
}

function cleanPath(text: string): string {
	const trimmed = text.trim();
	if (trimmed === "" || trimmed === "/") return "";
	return normalizePath(trimmed);
}

function readNumber(text: string): number | null {
	const trimmed = text.trim();
	if (trimmed === "") return null;
	const value = Number(trimmed);
	return Number.isFinite(value) ? value : null;
}

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
	};
}

/** What `saveData` stores: the settings plus the version they were written in. */
export function settingsToSave(settings: PluginSettings): PluginSettings & { version: number } {
	return { version: SETTINGS_VERSION, ...settings, templates: { ...settings.templates } };
}

/**
 * One text setting, described once for both ways Obsidian draws a settings tab (display() before 1.13, the
 * declarative definitions from 1.13 on, which also make it searchable).
 */
interface TextField {
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

interface Section {
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

const SECTIONS: Section[] = [
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

const NOTICES = {
	key: "notices",
	heading: "Reminders",
	name: "Notices",
	desc: "Show a notice when a thank-you becomes overdue while Obsidian is open.",
};

function fieldByKey(key: string): TextField | undefined {
	for (const section of SECTIONS) {
		const field = section.fields.find((candidate) => candidate.key === key);
		if (field) return field;
	}
	return undefined;
}

export class InterviewFollowUpSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: InterviewFollowUpPlugin,
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
			items: [{ name: NOTICES.name, desc: NOTICES.desc, control: { type: "toggle", key: NOTICES.key } }],
		});
		return groups;
	}

	override getControlValue(key: string): unknown {
		if (key === NOTICES.key) return this.plugin.settings.notices;
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
			setting.addTextArea((text) => text.setPlaceholder(field.placeholder).setValue(value).onChange((typed) => onChange(text.inputEl, typed)));
		} else {
			setting.addText((text) => text.setPlaceholder(field.placeholder).setValue(value).onChange((typed) => onChange(text.inputEl, typed)));
		}
	}
}
