// Plugin: the lifecycle and the registrations a plugin makes (commands, views, ribbon, status bar, settings,
// saved data). Everything registered is undone on unload, as in Obsidian. Browser-safe.
import type * as Real from "obsidian";
import type { App } from "./core";
import { Component } from "./events";
import type { PluginSettingTab } from "./settings";
import { setIcon, setTooltip } from "./ui";

export abstract class Plugin extends Component {
	app: App;
	manifest: Real.PluginManifest;
	/** Every `saveData` call's data, in order (a copy of each), for tests that count saves. */
	readonly saves: unknown[] = [];
	/** The commands this plugin added, as registered (ids with the plugin id in front). */
	readonly commands: Real.Command[] = [];
	readonly postProcessors: Real.MarkdownPostProcessor[] = [];
	readonly editorExtensions: unknown[] = [];

	constructor(app: App, manifest: Real.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override onload(): Promise<void> | void {}

	addRibbonIcon(icon: Real.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon" });
		setIcon(el, icon);
		setTooltip(el, title);
		el.addEventListener("click", (evt) => void callback(evt));
		this.register(() => el.remove());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		this.register(() => el.remove());
		return el;
	}

	/** Registers a command. As in Obsidian, its id gets the plugin id in front (`interview-follow-up:open`). */
	addCommand(command: Real.Command): Real.Command {
		const fullId = `${this.manifest.id}:${command.id}`;
		command.id = fullId;
		this.app.commands.commands[fullId] = command;
		this.commands.push(command);
		this.register(() => this.removeCommand(fullId));
		return command;
	}

	removeCommand(commandId: string): void {
		const fullId = commandId.startsWith(`${this.manifest.id}:`) ? commandId : `${this.manifest.id}:${commandId}`;
		delete this.app.commands.commands[fullId];
		const index = this.commands.findIndex((c) => c.id === fullId);
		if (index !== -1) this.commands.splice(index, 1);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.settingTabs.push(settingTab);
		this.register(() => {
			const index = this.app.settingTabs.indexOf(settingTab);
			if (index !== -1) this.app.settingTabs.splice(index, 1);
		});
	}

	/** Registers a view type; Obsidian refuses a type that is already registered, and so does the double. */
	registerView(type: string, viewCreator: Real.ViewCreator): void {
		const registry = this.app.workspace.viewRegistry;
		if (registry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		registry.set(type, viewCreator);
		this.register(() => this.app.workspace.unregisterView(type));
	}

	/** As in Obsidian, the page preview lists the source while the plugin is loaded. */
	registerHoverLinkSource(id: string, info: Real.HoverLinkSource): void {
		this.app.workspace.hoverLinkSources.set(id, info);
		this.register(() => this.app.workspace.hoverLinkSources.delete(id));
	}

	/** Bases views this plugin registered (Obsidian 1.10+), by view id, for tests to mount on a QueryController. */
	readonly basesViews = new Map<string, Real.BasesViewRegistration>();
	/** Command-line handlers this plugin registered (Obsidian 1.12.2+), by command. */
	readonly cliHandlers = new Map<string, { description: string; flags: Real.CliFlags | null; handler: Real.CliHandler }>();

	/** As in Obsidian: true when Bases is on in the vault (always, here); a view id registered twice throws. */
	registerBasesView(viewId: string, registration: Real.BasesViewRegistration): boolean {
		if (this.basesViews.has(viewId)) throw new Error(`Attempting to register an existing Bases view "${viewId}"`);
		this.basesViews.set(viewId, registration);
		this.register(() => this.basesViews.delete(viewId));
		return true;
	}

	/** As in Obsidian: command ids are global, so one registered twice throws. */
	registerCliHandler(command: string, description: string, flags: Real.CliFlags | null, handler: Real.CliHandler): void {
		if (this.cliHandlers.has(command)) throw new Error(`The command "${command}" is already registered`);
		this.cliHandlers.set(command, { description, flags, handler });
		this.register(() => this.cliHandlers.delete(command));
	}

	registerExtensions(_extensions: string[], _viewType: string): void {}

	registerMarkdownPostProcessor(postProcessor: Real.MarkdownPostProcessor, _sortOrder?: number): Real.MarkdownPostProcessor {
		this.postProcessors.push(postProcessor);
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(
		_language: string,
		handler: (source: string, el: HTMLElement, ctx: Real.MarkdownPostProcessorContext) => Promise<unknown> | void,
	): Real.MarkdownPostProcessor {
		const processor: Real.MarkdownPostProcessor = () => undefined;
		void handler;
		this.postProcessors.push(processor);
		return processor;
	}

	registerEditorExtension(extension: unknown): void {
		this.editorExtensions.push(extension);
	}

	registerObsidianProtocolHandler(_action: string, _handler: Real.ObsidianProtocolHandler): void {}

	registerEditorSuggest(_editorSuggest: unknown): void {}

	/** The saved data (a fresh copy), or null when the plugin never saved any, as Obsidian returns for no data.json. */
	async loadData(): Promise<unknown> {
		const stored = this.app.pluginData.get(this.manifest.id);
		return stored === undefined ? null : (JSON.parse(JSON.stringify(stored)) as unknown);
	}

	/** Saves data as JSON, as Obsidian writes data.json (so a Date comes back as a string, undefined is dropped). */
	async saveData(data: unknown): Promise<void> {
		const copy: unknown = JSON.parse(JSON.stringify(data ?? null));
		this.app.pluginData.set(this.manifest.id, copy);
		this.saves.push(copy);
	}

	onUserEnable(): void {}
}
