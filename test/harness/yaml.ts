// YAML as Obsidian reads and writes it: js-yaml 3 with the core schema (dates stay strings) to read,
// and a small writer in Obsidian's style (plain when safe, double quotes otherwise, `key:` for empty).
import jsYaml from "js-yaml";

/**
 * Obsidian's `parseYaml`. The core schema has no timestamp type, so `2026-11-20` stays the string it is in the
 * note, exactly as the metadata cache hands it over. Throws on invalid YAML, as Obsidian's does (the exact
 * error type and message Obsidian throws are not known here: this is js-yaml's `YAMLException`).
 */
export function parseYaml(yaml: string): unknown {
	return jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });
}

/** Obsidian's `stringifyYaml`: a YAML document ending with a newline ("" for an empty object). */
export function stringifyYaml(obj: unknown): string {
	if (isPlainObject(obj)) return writeMapping(obj, 0);
	if (Array.isArray(obj)) return writeSequence(obj, 0);
	return `${writeScalar(obj)}\n`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Whether a text can be written without quotes and read back as the same text under the core schema. */
function isPlainSafe(text: string): boolean {
	if (text.length === 0 || text !== text.trim() || /[\n\r\t]/.test(text)) return false;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return false;
	try {
		const back = jsYaml.load(`k: ${text}`, { schema: jsYaml.CORE_SCHEMA });
		return isPlainObject(back) && back.k === text;
	} catch {
		return false;
	}
}

function writeString(text: string): string {
	// A JSON string is a valid YAML double-quoted scalar; Obsidian writes links as "[[Jane Doe]]" this way.
	return isPlainSafe(text) ? text : JSON.stringify(text);
}

function writeScalar(value: unknown): string {
	if (value === null || value === undefined) return "";
	if (typeof value === "string") return writeString(value);
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : value > 0 ? ".inf" : value < 0 ? "-.inf" : ".nan";
	if (typeof value === "boolean") return value ? "true" : "false";
	// Not sure what Obsidian writes for a Date put into frontmatter; YAML writers give its ISO form.
	if (value instanceof Date) return value.toISOString();
	// Anything else (a function, a symbol) is not data; write it as text rather than fail.
	return JSON.stringify(typeof value === "object" ? JSON.stringify(value) : String(value));
}

function pad(indent: number): string {
	return " ".repeat(indent);
}

function writeMapping(obj: Record<string, unknown>, indent: number): string {
	let out = "";
	for (const [key, value] of Object.entries(obj)) {
		// A key set to undefined is left out, as JSON would: not sure Obsidian does the same.
		if (value === undefined) continue;
		out += `${pad(indent)}${writeString(key)}:${writeValueAfterKey(value, indent)}`;
	}
	return out;
}

function writeValueAfterKey(value: unknown, indent: number): string {
	if (Array.isArray(value)) return value.length === 0 ? " []\n" : `\n${writeSequence(value, indent + 2)}`;
	if (isPlainObject(value)) return Object.keys(value).length === 0 ? " {}\n" : `\n${writeMapping(value, indent + 2)}`;
	// An empty value is written as `key:` with nothing after it, the way Obsidian leaves an emptied property.
	const scalar = writeScalar(value);
	return scalar === "" ? "\n" : ` ${scalar}\n`;
}

function writeSequence(items: unknown[], indent: number): string {
	let out = "";
	for (const item of items) {
		if (Array.isArray(item)) {
			out += item.length === 0 ? `${pad(indent)}- []\n` : `${pad(indent)}-\n${writeSequence(item, indent + 2)}`;
		} else if (isPlainObject(item) && Object.keys(item).length > 0) {
			// The first key sits after the dash; the others line up under it.
			const nested = writeMapping(item, indent + 2);
			out += `${pad(indent)}- ${nested.slice(indent + 2)}`;
		} else if (isPlainObject(item)) {
			out += `${pad(indent)}- {}\n`;
		} else {
			const scalar = writeScalar(item);
			out += scalar === "" ? `${pad(indent)}-\n` : `${pad(indent)}- ${scalar}\n`;
		}
	}
	return out;
}
