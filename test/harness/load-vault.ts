// Node only: reads a folder of notes from disk into the `files` record createTestApp takes.
// Kept apart from the browser-safe files of the double.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `folder` (skipping `.obsidian/`, `.trash/` and `.git/`), by vault path with forward slashes. */
export function loadVaultFolder(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name === ".obsidian" || entry.name === ".trash" || entry.name === ".git") continue;
				walk(full);
			} else if (entry.isFile()) {
				files[relative(folder, full).split(sep).join("/")] = readFileSync(full, "utf8");
			}
		}
	};
	walk(folder);
	return files;
}
