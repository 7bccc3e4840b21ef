// The I/O floor the command-line report is measured against: a separate Node process that walks the same folders
// (skipping dot-folders such as .obsidian/ and .trash/, and node_modules/) and reads every `*.md` file as text,
// and does nothing else. `node bench/read-only.mjs VAULT_DIR` prints how many notes and characters it read.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let notes = 0;
let characters = 0;

function walk(folder) {
	// Sorted like the report's walk, so both visit the files in the same order.
	const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (entry.isFile() && entry.name.endsWith(".md")) {
			notes++;
			characters += readFileSync(path, "utf8").length;
		}
	}
}

walk(process.argv[2] ?? ".");
process.stdout.write(`${JSON.stringify({ notes, characters })}\n`);
