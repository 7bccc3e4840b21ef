// Installs the built plugin into the example vault, so that `examples/vault` opens in Obsidian with the plugin
// ready: copies main.js, manifest.json and styles.css into its plugin folder (those copies are git-ignored).
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pluginFolder = join(root, "examples", "vault", ".obsidian", "plugins", "interview-follow-up");
const files = ["main.js", "manifest.json", "styles.css"];

const missing = files.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
	console.error(`Cannot install the plugin into the example vault: ${missing.join(", ")} not found. Run "npm run build" first.`);
	process.exit(1);
}
mkdirSync(pluginFolder, { recursive: true });
for (const file of files) copyFileSync(join(root, file), join(pluginFolder, file));
console.log(`Installed ${files.join(", ")} into examples/vault/.obsidian/plugins/interview-follow-up/`);
