// Reading a vault folder from disk into the double: every note by its vault path, Obsidian's own folders left out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "./app";
import { loadVaultFolder } from "./load-vault";

const made: string[] = [];

function folderWith(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "vault-"));
	made.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

afterEach(() => {
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("loading a vault folder", () => {
	it("reads every note under the folder by its vault path, skipping .obsidian and .trash", () => {
		const root = folderWith({
			"Interviews/2026/Acme.md": "---\ncompany: Acme\n---\n",
			"Start here.md": "# Start",
			".obsidian/app.json": "{}",
			".trash/Old.md": "old",
		});
		expect(loadVaultFolder(root)).toEqual({
			"Interviews/2026/Acme.md": "---\ncompany: Acme\n---\n",
			"Start here.md": "# Start",
		});
	});

	it("gives createTestApp a vault whose notes the metadata cache already knows", () => {
		const app = createTestApp(loadVaultFolder(folderWith({ "Interviews/Acme.md": "---\ninterview_date: 2026-11-20\n---\n" })));
		const file = app.vault.getFileByPath("Interviews/Acme.md");
		expect(file?.parent?.path).toBe("Interviews");
		expect(file && app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ interview_date: "2026-11-20" });
	});
});
