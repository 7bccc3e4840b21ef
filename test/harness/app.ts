// Test entry points: an App over an in-memory vault (`createTestApp`) and a plugin loaded into it (`loadPlugin`).
// Browser-safe, so a page bundled with esbuild can use them too.
import type * as Real from "obsidian";
import { App, NOTHING_LEFT } from "./core";
import { setPlatform } from "./misc";
import { Plugin } from "./plugin";
import { Menu, Modal, Notice } from "./ui";
import "./setup-dom";

/** The manifest a test plugin gets unless it passes its own. */
export const TEST_MANIFEST: Real.PluginManifest = {
	id: "interview-follow-up",
	name: "Interview Follow-up",
	author: "Test",
	version: "1.0.0",
	minAppVersion: "1.5.0",
	description: "Test manifest",
	isDesktopOnly: false,
};

/**
 * An App whose vault holds `files` (path → text), indexed by the metadata cache as at startup: no events fire
 * for them and `getFileCache` answers at once. The layout is not ready until `app.workspace.triggerLayoutReady()`.
 * (In Obsidian the cache may still be indexing when the layout becomes ready; here it never is.)
 */
export function createTestApp(files: Record<string, string> = {}): App {
	const app = new App();
	for (const [path, text] of Object.entries(files)) {
		const file = app.vault.seed(path, text);
		app.metadataCache.index(file, text);
	}
	return app;
}

type PluginClass<P> = new (app: Real.App, manifest: Real.PluginManifest) => P;

/**
 * Constructs the plugin, loads it and waits for its `onload`. When the layout is not ready yet, the vault then
 * fires 'create' for every file, as Obsidian does while it starts (why plugins wait for onLayoutReady).
 */
export async function loadPlugin<P extends Real.Plugin>(PluginClass: PluginClass<P>, app: App, manifest: Real.PluginManifest = TEST_MANIFEST): Promise<P> {
	const plugin = new PluginClass(app.asObsidian(), { ...manifest });
	const harnessPlugin = plugin as unknown as Plugin;
	if (!(harnessPlugin instanceof Plugin)) throw new Error("The plugin does not extend the double's Plugin: is 'obsidian' aliased in vitest.config.ts?");
	harnessPlugin.load();
	await harnessPlugin.loading;
	if (!app.workspace.layoutReady) {
		for (const file of app.vault.getAllLoadedFiles()) {
			if (file !== app.vault.getRoot()) app.vault.trigger("create", file);
		}
	}
	return plugin;
}

/** Unloads the plugin and waits for the views it opened to finish closing. */
export async function unloadPlugin(plugin: Real.Plugin, app: App): Promise<void> {
	plugin.unload();
	await app.workspace.closingDone();
}

/**
 * Puts the shared state of the double back between tests: closes modals, forgets notices and the last menu,
 * makes the platform the desktop again and empties the page. (Listener and interval counts are not reset:
 * unload what you loaded, so a leak shows.)
 */
export function resetHarness(): void {
	Modal.reset();
	Notice.clear();
	Menu.lastShown = null;
	setPlatform("desktop");
	if (typeof document !== "undefined") document.body.empty();
}

export { App, NOTHING_LEFT };
