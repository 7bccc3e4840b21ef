// Compile-time checks that the double's objects can stand in for the real ones where tests hand them to the
// plugin (a TFile to a command, the App to a constructor). Nothing here runs. Views cannot be checked this way:
// Obsidian's View has protected members, which TypeScript matches by declaration, so a leaf's `view` is typed as
// Obsidian's View and narrowed with instanceof.
import type * as Real from "obsidian";
import type { App } from "./core";
import type { Editor } from "./editor";
import type { MetadataCache } from "./metadata-cache";
import type { FileManager } from "./file-manager";
import type { TFile, TFolder, Vault } from "./vault";
import type { MarkdownView, Workspace, WorkspaceLeaf } from "./workspace";

export type Assignable<From extends To, To> = [From, To];

export type Checks = [
	Assignable<TFile, Real.TFile>,
	Assignable<TFolder, Real.TFolder>,
	Assignable<Vault, Real.Vault>,
	Assignable<Editor, Real.Editor>,
	Assignable<MetadataCache, Real.MetadataCache>,
	Assignable<FileManager, Real.FileManager>,
	Assignable<Workspace, Real.Workspace>,
	Assignable<WorkspaceLeaf, Real.WorkspaceLeaf>,
	Assignable<App, Real.App>,
	Assignable<MarkdownView, Real.MarkdownFileInfo>,
];
