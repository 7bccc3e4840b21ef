// Interview Follow-up: the plugin's lifecycle. Loads settings, registers the sidebar, ribbon icon, status bar,
// settings tab and commands, and starts the index once Obsidian's layout is ready. Nothing else lives here.
import { Platform, Plugin, requireApiVersion } from "obsidian";
import { registerBasesParts } from "./obsidian/bases-view";
import { registerCommands, runNoteAction } from "./obsidian/commands";
import { InterviewIndex } from "./obsidian/index";
import { NoticeQueue } from "./obsidian/notice-queue";
import { OverdueNotices } from "./obsidian/overdue-notices";
import { openAndThank, ReminderScheduler, ReminderStore } from "./obsidian/reminders";
import { InterviewFollowUpSettingTab, migrateSettings, settingsToSave, type PluginSettings } from "./obsidian/settings";
import { FollowUpView, HOVER_SOURCE, VIEW_ICON, VIEW_TYPE_FOLLOW_UP } from "./obsidian/sidebar";
import { attachStatusBar } from "./obsidian/status-bar";

export { VIEW_TYPE_FOLLOW_UP };

export default class InterviewFollowUpPlugin extends Plugin {
	override settings!: PluginSettings;
	index!: InterviewIndex;
	/** Every Notice the plugin raises by itself goes through this gate, which keeps a busy minute to a few. */
	notices = new NoticeQueue();
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
		this.reminderStore.load(remindersIn(saved));
		const { metadataCache, vault } = this.app;
		const now = (): Date => this.now();
		this.index = this.addChild(new InterviewIndex({ metadataCache, vault, settings: () => this.settings, now }));
		this.addChild(new OverdueNotices({ index: this.index, notices: this.notices, enabled: () => this.settings.notices, now }));
		this.reminders = this.addChild(
			new ReminderScheduler({
				index: this.index,
				settings: () => this.settings,
				now,
				notices: { notify: (message, options) => this.notices.push({ message, duration: options?.duration }) },
				store: this.reminderStore,
				save: () => this.saveAll(),
				writeThankYou: (path, subject) => void openAndThank(this, path, subject),
			}),
		);
		this.registerView(
			VIEW_TYPE_FOLLOW_UP,
			(leaf) =>
				new FollowUpView(leaf, {
					index: this.index,
					now,
					settings: () => this.settings,
					runNoteAction: (file, action, subject) => runNoteAction(this, file, action, subject),
				}),
		);
		this.registerHoverLinkSource(VIEW_TYPE_FOLLOW_UP, HOVER_SOURCE);
		this.addRibbonIcon(VIEW_ICON, "Open interview follow-up", () => void this.activateView());
		// Mobile has no status bar.
		if (Platform.isDesktop) attachStatusBar({ index: this.index, openSidebar: () => void this.activateView(), owner: this }, this.addStatusBarItem());
		this.addSettingTab(new InterviewFollowUpSettingTab(this.app, this));
		registerCommands(this);
		registerBasesParts(this, VIEW_ICON);
		// The first scan waits for the layout, so Obsidian starts as fast with the plugin as without it.
		this.app.workspace.onLayoutReady(() => void this.index.start());
		// Last of the minute's listeners: what the others queued during the tick is shown as one batch, under one cap.
		this.registerEvent(this.index.on("tick", () => this.notices.flush()));
	}

	override onunload(): void {
		this.notices.clear();
	}

	/** Saves the settings and re-evaluates the notes under them. */
	async saveSettings(): Promise<void> {
		await this.saveAll();
		await this.index.applySettings();
		this.reminders.applySettings();
	}

	/** The settings and which reminders fired, in one data.json. */
	private saveAll(): Promise<void> {
		return this.saveData({ ...settingsToSave(this.settings), reminders: this.reminderStore.toData() });
	}

	/** data.json changed on disk (a sync from another device): reminders fired there count as fired here. */
	override async onExternalSettingsChange(): Promise<void> {
		const saved: unknown = await this.loadData();
		this.reminderStore.merge(remindersIn(saved));
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

/** The fired reminders saved beside the settings in data.json, or undefined when there are none. */
function remindersIn(saved: unknown): unknown {
	return typeof saved === "object" && saved !== null ? (saved as { reminders?: unknown }).reminders : undefined;
}
