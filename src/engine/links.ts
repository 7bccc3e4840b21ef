// Display names of values written as names or wikilinks: the alias, else the link target's base name, else the
// text; an unquoted `[[Jane Doe]]`, which YAML reads as nested lists, counts as the link the user meant.

/** An interviewer's (or a linked value's) display name, and the link target when it was a wikilink. */
export interface Name {
	subject: string;
	link: string | null;
}

/** A wikilink filling the whole value: `[[target]]`, `[[target|alias]]`, `[[target#heading]]`. */
const WIKILINK = /^!?\[\[([^\]]*)\]\]$/;

/**
 * The display name of a name or link: the link's alias, else the link target's base name, else the text.
 * YAML reads an unquoted `[[Jane Doe]]` as a list holding a list holding "Jane Doe" (one level less when it
 * is an item of a list): both count as the link the user meant.
 */
export function nameOf(value: unknown): Name | null {
	if (typeof value === "number") return Number.isFinite(value) ? { subject: String(value), link: null } : null;
	if (typeof value === "string") return nameOfText(value);
	const linked = unquotedLink(value);
	return linked === null ? null : nameOfLink(linked);
}

/** The text inside an unquoted `[[…]]`, which YAML reads as a list holding a list (or, as a list item, one level more). */
export function unquotedLink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (typeof inner === "string") return inner;
	if (Array.isArray(inner) && inner.length === 1) {
		const innermost: unknown = inner[0];
		if (typeof innermost === "string") return innermost;
	}
	return null;
}

function nameOfText(text: string): Name | null {
	const trimmed = text.trim();
	const link = WIKILINK.exec(trimmed);
	if (link) return nameOfLink(link[1] ?? "");
	return trimmed === "" ? null : { subject: trimmed, link: null };
}

function nameOfLink(inside: string): Name | null {
	const bar = inside.indexOf("|");
	// A link copied out of a table escapes its bar (`[[Jane Doe\|Jane]]`): the backslash is not part of the name.
	const beforeBar = (bar === -1 ? inside : inside.slice(0, bar)).replace(/\\$/, "");
	const target = (beforeBar.split("#")[0] ?? "").trim();
	const alias = bar === -1 ? "" : inside.slice(bar + 1).trim();
	const link = target === "" ? null : target;
	if (alias !== "") return { subject: alias, link };
	const base = baseName(target);
	return base === "" ? null : { subject: base, link };
}

/** `people/Jane Doe.md` -> `Jane Doe`. */
function baseName(target: string): string {
	const last = target.split("/").pop() ?? "";
	return last.replace(/\.md$/i, "").trim();
}
