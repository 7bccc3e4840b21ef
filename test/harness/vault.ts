// An in-memory Vault with TFile/TFolder, the events Obsidian fires on writes, and a minimal adapter.
// Browser-safe. Every write is logged (`vault.writes`) so a test can count them.
import type * as Real from "obsidian";
import { Events } from "./events";
import { normalizePath, pathParts } from "./paths";

export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = pathParts(path).name;
		this.parent = parent;
	}

	/** Updates the path and every name derived from it (after a rename). */
	setPath(path: string): void {
		this.path = path;
		this.name = pathParts(path).name;
	}
}

export class TFile extends TAbstractFile {
	stat: Real.FileStats;
	basename: string;
	extension: string;

	constructor(vault: Vault, path: string, parent: TFolder | null, stat: Real.FileStats) {
		super(vault, path, parent);
		const parts = pathParts(path);
		this.basename = parts.basename;
		this.extension = parts.extension;
		this.stat = stat;
	}

	override setPath(path: string): void {
		super.setPath(path);
		const parts = pathParts(path);
		this.basename = parts.basename;
		this.extension = parts.extension;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.parent === null;
	}
}

/** One write the vault performed, in order: what a test counts to check that nothing was written needlessly. */
export interface VaultWrite {
	kind: "create" | "modify" | "delete" | "rename";
	path: string;
	/** The previous path, for a rename. */
	oldPath?: string;
}

/** How the metadata cache hears about writes without holding a vault listener (which a leak check would count). */
export interface VaultObserver {
	created(file: TFile, data: string): void;
	modified(file: TFile, data: string): void;
	deleted(file: TFile): void;
	renamed(file: TFile, oldPath: string): void;
}

/** The double's own object behind a file the plugin hands back (typed as Obsidian's). */
function own(file: Real.TAbstractFile): TAbstractFile {
	return file as unknown as TAbstractFile;
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** The minimal DataAdapter: vault files by path, plus files outside the vault index (under the config folder). */
export class MemoryAdapter {
	private readonly hidden = new Map<string, string>();
	private readonly folders = new Set<string>();

	constructor(private readonly vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}

	async exists(normalizedPath: string): Promise<boolean> {
		const path = normalizePath(normalizedPath);
		return this.vault.getAbstractFileByPath(path) !== null || this.hidden.has(path) || this.folders.has(path);
	}

	async stat(normalizedPath: string): Promise<Real.Stat | null> {
		const path = normalizePath(normalizedPath);
		const item = this.vault.getAbstractFileByPath(path);
		if (item instanceof TFile) return { type: "file", ...item.stat };
		if (item instanceof TFolder || this.folders.has(path)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		const data = this.hidden.get(path);
		if (data !== undefined) return { type: "file", ctime: 0, mtime: 0, size: byteLength(data) };
		return null;
	}

	async list(normalizedPath: string): Promise<Real.ListedFiles> {
		const prefix = normalizePath(normalizedPath) === "/" ? "" : `${normalizePath(normalizedPath)}/`;
		const direct = (p: string): boolean => p.startsWith(prefix) && !p.slice(prefix.length).includes("/");
		const files = [...this.vault.getFiles().map((f) => f.path), ...this.hidden.keys()].filter(direct);
		const folders = [...this.vault.getAllFolders(false).map((f) => f.path), ...this.folders].filter(direct);
		return { files, folders };
	}

	async read(normalizedPath: string): Promise<string> {
		const path = normalizePath(normalizedPath);
		const file = this.vault.getFileByPath(path);
		if (file) return this.vault.read(file);
		const data = this.hidden.get(path);
		if (data === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
		return data;
	}

	async write(normalizedPath: string, data: string): Promise<void> {
		const path = normalizePath(normalizedPath);
		const file = this.vault.getFileByPath(path);
		if (file) await this.vault.modify(file, data);
		else this.hidden.set(path, data);
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const bytes = new TextEncoder().encode(await this.read(normalizedPath));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer): Promise<void> {
		await this.write(normalizedPath, new TextDecoder().decode(data));
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer): Promise<void> {
		await this.append(normalizedPath, new TextDecoder().decode(data));
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		await this.remove(normalizedPath);
	}

	async append(normalizedPath: string, data: string): Promise<void> {
		const before = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
		await this.write(normalizedPath, before + data);
	}

	async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
		const data = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, data);
		return data;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		this.folders.add(normalizePath(normalizedPath));
	}

	async remove(normalizedPath: string): Promise<void> {
		const path = normalizePath(normalizedPath);
		const file = this.vault.getFileByPath(path);
		if (file) await this.vault.delete(file);
		else this.hidden.delete(path);
	}

	async rmdir(normalizedPath: string): Promise<void> {
		this.folders.delete(normalizePath(normalizedPath));
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const data = await this.read(normalizedPath);
		await this.remove(normalizedPath);
		await this.write(normalizedNewPath, data);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await this.write(normalizedNewPath, await this.read(normalizedPath));
	}

	getResourcePath(normalizedPath: string): string {
		return `app://local/${encodeURI(normalizePath(normalizedPath))}`;
	}
}

export class Vault extends Events {
	configDir = ".obsidian";
	adapter: MemoryAdapter;
	/** Every write in order; a test may clear it (`vault.writes.length = 0`). */
	readonly writes: VaultWrite[] = [];
	/** Set by the App: the metadata cache and the workspace, told about each write after the vault's own event. */
	readonly observers: VaultObserver[] = [];
	private readonly items = new Map<string, TAbstractFile>();
	private readonly contents = new Map<string, string>();
	private readonly root: TFolder;
	private readonly name: string;

	constructor(name = "Test vault") {
		super();
		this.name = name;
		this.root = new TFolder(this, "/", null);
		this.root.name = "";
		this.items.set("/", this.root);
		this.adapter = new MemoryAdapter(this);
	}

	getName(): string {
		return this.name;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.items.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const item = this.getAbstractFileByPath(path);
		return item instanceof TFile ? item : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const item = this.getAbstractFileByPath(path);
		return item instanceof TFolder ? item : null;
	}

	getFiles(): TFile[] {
		return [...this.items.values()].filter((item): item is TFile => item instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.items.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.items.values()].filter((item): item is TFolder => item instanceof TFolder && (includeRoot || !item.isRoot()));
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	/** Test set-up: puts a file (and its folders) in place without any event, as if it was there at startup. */
	seed(path: string, data: string, mtime = Date.now()): TFile {
		const normalized = normalizePath(path);
		const parent = this.ensureFolders(pathParts(normalized).parentPath, false);
		const file = new TFile(this, normalized, parent, { ctime: mtime, mtime, size: byteLength(data) });
		parent.children.push(file);
		this.items.set(normalized, file);
		this.contents.set(normalized, data);
		return file;
	}

	private ensureFolders(path: string, announce: boolean): TFolder {
		const existing = this.items.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`"${path}" is a file, not a folder.`);
		const parent = this.ensureFolders(pathParts(path).parentPath, announce);
		const folder = new TFolder(this, path, parent);
		parent.children.push(folder);
		this.items.set(path, folder);
		if (announce) this.trigger("create", folder);
		return folder;
	}

	async createFolder(path: string): Promise<TFolder> {
		const normalized = normalizePath(path);
		if (this.items.has(normalized)) throw new Error("Folder already exists.");
		return this.ensureFolders(normalized, true);
	}

	/**
	 * Creates a note. Throws when the path is taken ("File already exists.", as Obsidian says) and when its folder
	 * does not exist: not sure every Obsidian version refuses that, so the double is strict and a plugin should
	 * create the folder first (`createFolder`), which works either way.
	 */
	async create(path: string, data: string, options?: Real.DataWriteOptions): Promise<TFile> {
		const normalized = normalizePath(path);
		if (this.items.has(normalized)) throw new Error("File already exists.");
		const parent = this.getFolderByPath(pathParts(normalized).parentPath);
		if (!parent) throw new Error(`ENOENT: no such file or directory, open '${normalized}' (create its folder first)`);
		const now = Date.now();
		const file = new TFile(this, normalized, parent, { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: byteLength(data) });
		parent.children.push(file);
		this.items.set(normalized, file);
		this.contents.set(normalized, data);
		this.writes.push({ kind: "create", path: normalized });
		this.trigger("create", file);
		for (const o of this.observers) o.created(file, data);
		return file;
	}

	async createBinary(path: string, data: ArrayBuffer, options?: Real.DataWriteOptions): Promise<TFile> {
		return this.create(path, new TextDecoder().decode(data), options);
	}

	private contentOf(file: Real.TFile): string {
		const data = this.contents.get(file.path);
		if (data === undefined || this.items.get(file.path) !== own(file)) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
		return data;
	}

	async read(file: Real.TFile): Promise<string> {
		return this.contentOf(file);
	}

	async cachedRead(file: Real.TFile): Promise<string> {
		return this.contentOf(file);
	}

	async readBinary(file: Real.TFile): Promise<ArrayBuffer> {
		const bytes = new TextEncoder().encode(this.contentOf(file));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	}

	/** Test helper: the text of a note right now, synchronously (undefined when there is none). */
	textOf(path: string): string | undefined {
		return this.contents.get(normalizePath(path));
	}

	getResourcePath(file: Real.TFile): string {
		return this.adapter.getResourcePath(file.path);
	}

	/** Writes a note. 'modify' fires before the returned promise settles; the metadata cache follows later. */
	async modify(realFile: Real.TFile, data: string, options?: Real.DataWriteOptions): Promise<void> {
		this.contentOf(realFile);
		const file = own(realFile) as TFile;
		this.contents.set(file.path, data);
		file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? Math.max(Date.now(), file.stat.mtime + 1), size: byteLength(data) };
		this.writes.push({ kind: "modify", path: file.path });
		this.trigger("modify", file);
		for (const o of this.observers) o.modified(file, data);
	}

	async modifyBinary(file: Real.TFile, data: ArrayBuffer, options?: Real.DataWriteOptions): Promise<void> {
		await this.modify(file, new TextDecoder().decode(data), options);
	}

	async append(file: Real.TFile, data: string, options?: Real.DataWriteOptions): Promise<void> {
		await this.modify(file, this.contentOf(file) + data, options);
	}

	async appendBinary(file: Real.TFile, data: ArrayBuffer, options?: Real.DataWriteOptions): Promise<void> {
		await this.append(file, new TextDecoder().decode(data), options);
	}

	/**
	 * Reads, changes and writes a note in one step. Writes even when `fn` returns the same text (not sure
	 * whether Obsidian skips that write; a plugin should not rely on either).
	 */
	async process(file: Real.TFile, fn: (data: string) => string, options?: Real.DataWriteOptions): Promise<string> {
		const data = fn(this.contentOf(file));
		await this.modify(file, data, options);
		return data;
	}

	async delete(realFile: Real.TAbstractFile, _force?: boolean): Promise<void> {
		const file = own(realFile);
		if (this.items.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, unlink '${file.path}'`);
		if (file instanceof TFolder) {
			for (const child of [...file.children]) await this.delete(child);
		}
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		this.items.delete(file.path);
		this.contents.delete(file.path);
		this.writes.push({ kind: "delete", path: file.path });
		this.trigger("delete", file);
		if (file instanceof TFile) for (const o of this.observers) o.deleted(file);
	}

	async trash(file: Real.TAbstractFile, _system: boolean): Promise<void> {
		await this.delete(file);
	}

	async rename(realFile: Real.TAbstractFile, newPath: string): Promise<void> {
		const file = own(realFile);
		const target = normalizePath(newPath);
		if (this.items.has(target)) throw new Error("Destination file already exists!");
		if (this.items.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, rename '${file.path}'`);
		const newParent = this.getFolderByPath(pathParts(target).parentPath);
		if (!newParent) throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${target}'`);
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		newParent.children.push(file);
		file.parent = newParent;
		this.move(file, target);
	}

	private move(file: TAbstractFile, target: string): void {
		const oldPath = file.path;
		this.items.delete(oldPath);
		const data = this.contents.get(oldPath);
		this.contents.delete(oldPath);
		file.setPath(target);
		this.items.set(target, file);
		if (data !== undefined) this.contents.set(target, data);
		this.writes.push({ kind: "rename", path: target, oldPath });
		// As in Obsidian, a folder's rename is announced for each item inside it too.
		if (file instanceof TFolder) {
			for (const child of file.children) this.move(child, `${target}/${child.name}`);
		}
		this.trigger("rename", file, oldPath);
		if (file instanceof TFile) for (const o of this.observers) o.renamed(file, oldPath);
	}

	async copy<T extends Real.TAbstractFile>(file: T, newPath: string): Promise<T> {
		const original = own(file);
		if (!(original instanceof TFile)) throw new Error("Copying folders is not supported by the test vault.");
		return (await this.create(newPath, this.contentOf(original))) as unknown as T;
	}

	override on(name: "create", callback: (file: TAbstractFile) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: "modify", callback: (file: TAbstractFile) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Real.EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Real.EventRef {
		return super.on(name, callback, ctx);
	}
}
