// The MetadataCache: per-note metadata computed from the text, and 'changed' fired after every write.
// Browser-safe. As in Obsidian, a write does not update the cache at once: until 'changed' fires, getFileCache
// still returns what it held before (Obsidian parses in a worker and reports back on a later tick).
import type * as Real from "obsidian";
import { Events } from "./events";
import { computeMetadata } from "./metadata";
import { normalizePath } from "./paths";
import { later, settled } from "./scheduler";
import { TFile, type Vault, type VaultObserver } from "./vault";

export class MetadataCache extends Events implements VaultObserver {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, Real.CachedMetadata>();
	/** How many parses are queued; 'resolved' fires each time the queue empties. */
	private queued = 0;

	constructor(private readonly vault: Vault) {
		super();
	}

	getFileCache(file: TFile): Real.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): Real.CachedMetadata | null {
		return this.caches.get(normalizePath(path)) ?? null;
	}

	/** Resolves a link the simple way: an exact path (with or without .md), else the first note with that base name. */
	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const path = linkpath.split("#")[0] ?? "";
		const exact = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
		if (exact) return exact;
		const name = path.split("/").pop() ?? path;
		return this.vault.getFiles().find((f) => f.basename === name || f.name === name) ?? null;
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const sameName = this.vault.getFiles().filter((f) => f.basename === file.basename);
		const text = sameName.length > 1 ? file.path : file.name;
		return omitMdExtension && file.extension === "md" ? text.slice(0, -3) : text;
	}

	/** Test set-up: indexes a note at once, without events, as if the cache had it from the start. */
	index(file: TFile, data: string): void {
		this.caches.set(file.path, computeMetadata(data));
	}

	/** Resolves once every queued parse has run and its 'changed' (and 'resolved') has fired. */
	settled(): Promise<void> {
		return settled();
	}

	// The vault tells the cache about writes through these, not through vault.on, so no listener is counted.
	created(file: TFile, data: string): void {
		this.queueParse(file, data);
	}

	modified(file: TFile, data: string): void {
		this.queueParse(file, data);
	}

	deleted(file: TFile): void {
		const previous = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.queue(() => this.trigger("deleted", file, previous));
	}

	/** A rename moves the entry at once; Obsidian fires no 'changed' for it (the vault's 'rename' is the signal). */
	renamed(file: TFile, oldPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
	}

	private queueParse(file: TFile, data: string): void {
		this.queue(() => {
			// A note deleted or renamed away before its turn is not reported.
			if (this.vault.getFileByPath(file.path) !== file) return;
			const cache = computeMetadata(data);
			this.caches.set(file.path, cache);
			this.trigger("changed", file, data, cache);
			this.trigger("resolve", file);
		});
	}

	private queue(task: () => void): void {
		this.queued++;
		later(() => {
			try {
				task();
			} finally {
				this.queued--;
				if (this.queued === 0) this.trigger("resolved");
			}
		});
	}

	override on(name: "changed", callback: (file: TFile, data: string, cache: Real.CachedMetadata) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: "deleted", callback: (file: TFile, prevCache: Real.CachedMetadata | null) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: "resolved", callback: () => unknown, ctx?: unknown): Real.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Real.EventRef {
		return super.on(name, callback, ctx);
	}
}
