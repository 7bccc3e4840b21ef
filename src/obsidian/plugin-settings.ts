// What the plugin's settings hold, as a type: the engine's and the reminders' choices, the user's name and signature,
// template files and the notices. Apart from settings.ts so the fields (settings-fields.ts) and the tab can both use it.
import type { EngineSettings, ReminderSettings } from "../engine/settings";

/** The three messages whose built-in template a file in the vault may replace. */
export type TemplateKind = "thank-you" | "follow-up" | "gracious";

export interface PluginSettings extends EngineSettings, ReminderSettings {
	/** The user's name, signed under the drafts. */
	myName: string;
	/** Lines under the name in the drafts (a title, a phone number, a portfolio link). */
	signature: string;
	/** Vault paths of template files that replace the built-in ones; '' means the built-in template. */
	templates: Record<TemplateKind, string>;
	/** Whether Notices appear while Obsidian is open: reminders, and a thank-you becoming overdue. */
	notices: boolean;
	/** On desktop, whether reminders also show as system notifications (when the user allows them). */
	systemNotifications: boolean;
}
