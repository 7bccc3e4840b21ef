// FileManager: processFrontMatter rewrites the YAML block and leaves the rest of the note byte for byte.
// Browser-safe.
import type * as Real from "obsidian";
import { findFrontMatter, readFrontMatter } from "./metadata";
import type { TAbstractFile, TFile, TFolder, Vault } from "./vault";
import { stringifyYaml } from "./yaml";

export class FileManager {
	constructor(private readonly vault: Vault) {}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.vault.getRoot();
	}

	/** Renames a file. Obsidian also rewrites links to it in other notes; the double does not. */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	/** Moves a file to the trash; in the double it is simply gone ('delete' fires). */
	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, _sourcePath: string, subpath?: string, alias?: string): string {
		const target = file.extension === "md" ? file.path.slice(0, -3) : file.path;
		return `[[${target}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/**
	 * Reads the note's frontmatter into an object (dates as strings), runs `fn` on it, and writes the block back
	 * with the keys in the same order (new keys last), through one `vault.process` write. A note without a block
	 * gets one at the top, unless `fn` added nothing. The text after the block is kept byte for byte.
	 * Invalid YAML throws and nothing is written, as in Obsidian (not sure of Obsidian's exact error: this is the
	 * YAML reader's). Frontmatter that is a list or a single value also throws (not sure what Obsidian does).
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: Real.DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(text) => {
				const block = findFrontMatter(text);
				let frontmatter: Record<string, unknown> = {};
				if (block && block.yaml.trim() !== "") {
					const read = readFrontMatter(block.yaml);
					if (!read.ok) throw read.error;
					if (read.frontmatter === undefined) throw new Error(`The frontmatter of ${file.path} is not a set of properties.`);
					frontmatter = read.frontmatter;
				}
				fn(frontmatter);
				const yaml = stringifyYaml(frontmatter);
				if (block) return text.slice(0, block.yamlStart) + yaml + text.slice(block.yamlEnd);
				if (yaml === "") return text;
				return `---\n${yaml}---\n${text}`;
			},
			options,
		);
	}

	async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		let candidate = filename;
		const dot = filename.lastIndexOf(".");
		for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) {
			candidate = dot > 0 ? `${filename.slice(0, dot)} ${n}${filename.slice(dot)}` : `${filename} ${n}`;
		}
		return candidate;
	}
}
