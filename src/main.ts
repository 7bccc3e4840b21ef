// Interview Follow-up: the plugin's lifecycle. Loads settings, registers the sidebar, ribbon icon, status bar,
// settings tab and commands, and starts the index once Obsidian's layout is ready. Nothing else lives here.
import { Platform, Plugin, requireApiVersion } from "obsidian";
import { registerBasesParts } from "./obsidian/bases-view";
import { registerCommands } from "./obsidian/commands";
import { InterviewIndex } from "./obsidian/index";
import { openAndThank, OBSIDIAN_NOTICES, ReminderScheduler, ReminderStore } from "./obsidian/reminders";
import { InterviewFollowUpSettingTab, migrateSettings, settingsToSave, type PluginSettings } from "./obsidian/settings";
import { FollowUpView, VIEW_ICON, VIEW_TYPE_FOLLOW_UP } from "./obsidian/sidebar";
import { attachStatusBar } from "./obsidian/status-bar";

export { VIEW_TYPE_FOLLOW_UP };

export default class InterviewFollowUpPlugin extends Plugin {
	override settings!: PluginSettings;
	index!: InterviewIndex;
	/** Which reminders already fired, kept in data.json under `reminders` beside the settings. */
	readonly reminderStore = new ReminderStore();
	reminders!: ReminderScheduler;

	/** The clock, in one place: the engine never reads it, and tests replace it. */
	now(): Date {
		return new Date();
	}

	override async onload(): Promise<void> {
		const saved: unknown = await this.loadData();
		this.settings = migrateSettings(saved);
		this.reminderStore.load(typeof saved === "object" && saved !== null ? (saved as { reminders?: unknown }).reminders : undefined);
		this.index = new InterviewIndex(this);
		this.reminders = this.addChild(
			new ReminderScheduler({
				index: this.index,
				settings: () => this.settings,
				now: () => this.now(),
				notices: OBSIDIAN_NOTICES,
				store: this.reminderStore,
				save: () => this.saveAll(),
				writeThankYou: (path, subject) => void openAndThank(this, path, subject),
			}),
		);
		this.registerView(VIEW_TYPE_FOLLOW_UP, (leaf) => new FollowUpView(leaf, this));
		this.addRibbonIcon(VIEW_ICON, "Open interview follow-up", () => void this.activateView());
		// Mobile has no status bar.
		if (Platform.isDesktop) attachStatusBar(this, this.addStatusBarItem());
		this.addSettingTab(new InterviewFollowUpSettingTab(this.app, this));
		registerCommands(this);
		registerBasesParts(this, VIEW_ICON);
		// The first scan waits for the layout, so Obsidian starts as fast with the plugin as without it.
		this.app.workspace.onLayoutReady(() => void this.index.start());
	}

	/** Saves the settings and re-evaluates the notes under them. */
	async saveSettings(): Promise<void> {
		await this.saveAll();
		await this.index.applySettings();
		this.reminders.refreshAll();
	}

	/** The settings and which reminders fired, in one data.json. */
	private saveAll(): Promise<void> {
		return this.saveData({ ...settingsToSave(this.settings), reminders: this.reminderStore.toData() });
	}

	/** data.json changed on disk (a sync from another device): reminders fired there count as fired here. */
	override async onExternalSettingsChange(): Promise<void> {
		const saved: unknown = await this.loadData();
		this.reminderStore.merge(typeof saved === "object" && saved !== null ? (saved as { reminders?: unknown }).reminders : undefined);
	}

	/** Opens the sidebar in the right sidebar, or reveals it where it already is. */
	async activateView(): Promise<void> {
		const { workspace } = this.app;
		let leaf = workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UP)[0] ?? null;
		if (leaf === null) {
			leaf = workspace.getRightLeaf(false);
			if (leaf === null) return;
			await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UP, active: true });
		}
		// revealLeaf also uncollapses the sidebar and waits for a deferred view; before 1.7.2 it did not exist in this form.
		if (requireApiVersion("1.7.2")) await workspace.revealLeaf(leaf);
		else workspace.setActiveLeaf(leaf, { focus: true });
	}
}
