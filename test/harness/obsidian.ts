// The Obsidian API double that vitest puts in place of "obsidian" (see vitest.config.ts). Browser-safe.
// Import test-only extras (Notice.messages, app.workspace.triggerLayoutReady, …) from this file or ./app.
import "./setup-dom";

export { Events, Component, componentResources } from "./events";
export type { HarnessEventRef as EventRef } from "./events";
export { TAbstractFile, TFile, TFolder, Vault, MemoryAdapter } from "./vault";
export { MetadataCache } from "./metadata-cache";
export { FileManager } from "./file-manager";
export { Editor } from "./editor";
export { View, ItemView, FileView, MarkdownView, EmptyView, WorkspaceLeaf, Workspace } from "./workspace";
export { App, Commands } from "./core";
export { Plugin } from "./plugin";
export { Notice, Modal, SuggestModal, FuzzySuggestModal, Menu, MenuItem, setIcon, setTooltip, displayTooltip } from "./ui";
export {
	BaseComponent,
	ValueComponent,
	AbstractTextComponent,
	TextComponent,
	TextAreaComponent,
	SearchComponent,
	ToggleComponent,
	ButtonComponent,
	ExtraButtonComponent,
	DropdownComponent,
	SliderComponent,
	Setting,
	SettingTab,
	PluginSettingTab,
} from "./settings";
export {
	Platform,
	setPlatform,
	debounce,
	Scope,
	Keymap,
	apiVersion,
	requireApiVersion,
	setApiVersion,
	getLinkpath,
	parseLinktext,
	stripHeading,
	stripHeadingForLink,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterAliases,
	addIcon,
	removeIcon,
	getIconIds,
} from "./misc";
export { normalizePath } from "./paths";
export { parseYaml, stringifyYaml } from "./yaml";
export { getAllTags, parseFrontMatterTags, getFrontMatterInfo } from "./metadata";
export { settled, nextTurn } from "./scheduler";
export { BasesView, BasesEntry, BasesQueryResult, BasesViewConfig, QueryController } from "./bases";
