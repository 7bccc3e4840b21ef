// The App: vault, metadata cache, file manager and workspace wired together, plus the registries a plugin
// fills (commands, setting tabs, ribbon, status bar) and what a test reads to check nothing is left behind.
import type * as Real from "obsidian";
import { Events, componentResources } from "./events";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import { Keymap, Scope } from "./misc";
import { newDiv } from "./need-dom";
import type { PluginSettingTab } from "./settings";
import { Vault } from "./vault";
import { MarkdownView, Workspace } from "./workspace";

/** The command palette: every command a plugin added, by full id (`plugin-id:command-id`). */
export class Commands {
	readonly commands: Record<string, Real.Command> = {};

	constructor(private readonly app: App) {}

	listCommands(): Real.Command[] {
		return Object.values(this.commands);
	}

	findCommand(id: string): Real.Command | undefined {
		return this.commands[id];
	}

	/** Whether the palette would offer the command now (check callbacks asked with `checking = true`). */
	isAvailable(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView) as unknown as Real.MarkdownView | null;
		if (command.editorCheckCallback) return view ? command.editorCheckCallback(true, view.editor, view) === true : false;
		if (command.editorCallback) return view !== null;
		if (command.checkCallback) return command.checkCallback(true) === true;
		return command.callback !== undefined;
	}

	/**
	 * Runs a command as the palette or a hotkey would; false when it is not available (an editor command without
	 * an active note, a check callback that says no). Returns after the callback's promise, if any, settles.
	 */
	async executeCommandById(id: string): Promise<boolean> {
		const command = this.commands[id];
		if (!command || !this.isAvailable(id)) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView) as unknown as Real.MarkdownView | null;
		// A callback may return a promise (Obsidian does not wait for it; a test wants to).
		let result: unknown;
		if (command.editorCheckCallback && view) result = command.editorCheckCallback(false, view.editor, view);
		else if (command.editorCallback && view) result = command.editorCallback(view.editor, view);
		else if (command.checkCallback) result = command.checkCallback(false);
		else result = command.callback?.();
		await Promise.resolve(result);
		return true;
	}
}

/** Obsidian's secret storage, in memory. */
export class SecretStorage extends Events {
	private readonly secrets = new Map<string, string>();

	setSecret(id: string, secret: string): void {
		this.secrets.set(id, secret);
	}

	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}

	listSecrets(): string[] {
		return [...this.secrets.keys()];
	}
}

/** What the plugin left registered with the app: all zeros after a clean unload. */
export interface Leftovers {
	vaultListeners: number;
	metadataCacheListeners: number;
	workspaceListeners: number;
	domListeners: number;
	intervals: number;
	commands: number;
	views: number;
	settingTabs: number;
	ribbonIcons: number;
	statusBarItems: number;
	hoverLinkSources: number;
}

/** What `leftovers()` says after a clean unload: nothing registered is left behind. */
export const NOTHING_LEFT: Leftovers = {
	vaultListeners: 0,
	metadataCacheListeners: 0,
	workspaceListeners: 0,
	domListeners: 0,
	intervals: 0,
	commands: 0,
	views: 0,
	settingTabs: 0,
	ribbonIcons: 0,
	statusBarItems: 0,
	hoverLinkSources: 0,
};

export class App {
	keymap = new Keymap();
	scope = new Scope();
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	lastEvent: Real.UserEvent | null = null;
	commands: Commands;
	/** Setting tabs added by plugins, in order. */
	readonly settingTabs: PluginSettingTab[] = [];
	/** Data each plugin saved, by plugin id, kept across a plugin's reloads (like its data.json). */
	readonly pluginData = new Map<string, unknown>();
	secretStorage = new SecretStorage();
	renderContext: Real.RenderContext = { hoverPopover: null };
	private readonly localStorage = new Map<string, unknown>();
	private ribbon: HTMLElement | null = null;
	private statusBar: HTMLElement | null = null;

	constructor(vault = new Vault()) {
		this.vault = vault;
		this.metadataCache = new MetadataCache(vault);
		this.fileManager = new FileManager(vault);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this);
		vault.observers.push(this.metadataCache, this.workspace);
	}

	/** The left ribbon's element, where `addRibbonIcon` puts icons. */
	get ribbonEl(): HTMLElement {
		if (!this.ribbon) {
			this.ribbon = newDiv("side-dock-ribbon");
			document.body.appendChild(this.ribbon);
		}
		return this.ribbon;
	}

	/** The status bar's element, where `addStatusBarItem` puts items. */
	get statusBarEl(): HTMLElement {
		if (!this.statusBar) {
			this.statusBar = newDiv("status-bar");
			document.body.appendChild(this.statusBar);
		}
		return this.statusBar;
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/** Test helper: the app as the plugin's types see it (the double is not a full App). */
	asObsidian(): Real.App {
		return this;
	}

	/** Test helper: what is still registered, to assert a clean unload (every number should be 0). */
	leftovers(): Leftovers {
		return {
			vaultListeners: this.vault.listenerCount(),
			metadataCacheListeners: this.metadataCache.listenerCount(),
			workspaceListeners: this.workspace.listenerCount(),
			domListeners: componentResources.domListeners,
			intervals: componentResources.intervals.size,
			commands: Object.keys(this.commands.commands).length,
			views: this.workspace.viewRegistry.size,
			settingTabs: this.settingTabs.length,
			ribbonIcons: this.ribbon?.childElementCount ?? 0,
			statusBarItems: this.statusBar?.childElementCount ?? 0,
			hoverLinkSources: this.workspace.hoverLinkSources.size,
		};
	}
}
