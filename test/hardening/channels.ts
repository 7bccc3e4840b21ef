// How a hostile note reaches the engine in Obsidian: the frontmatter the metadata cache (the test double) gives, and
// the thank-you drafts the index reads from the body when a heading asks for them. Plus the guards every channel shares.
import { expect } from "vitest";
import { isThankYouHeading } from "../../src/engine/headings";
import { findThankYouDrafts } from "../../src/engine/personalisation";
import type { NoteSource } from "../../src/engine/types";
import { computeMetadata, findFrontMatter, readFrontMatter } from "../harness/metadata";
import { holdsAnchors, metadataWithoutLinkWalk } from "./alias-safe-metadata";

/** The double's metadata for a note; without the frontmatter link walk when the YAML holds aliases (see alias-safe-metadata.ts). */
export function metadataOf(text: string, aliases = false): ReturnType<typeof computeMetadata> {
	const metadata = { computeMetadata, findFrontMatter, readFrontMatter };
	return aliases || holdsAnchors(text, metadata) ? metadataWithoutLinkWalk(text, metadata) : computeMetadata(text);
}

/** The note as the plugin's index hands it to the engine. */
export function sourceInObsidian(path: string, text: string, aliases = false): NoteSource {
	return sourceFrom(path, text, metadataOf(text, aliases));
}

/** The note as the index hands it to the engine, from metadata already computed. */
export function sourceFrom(path: string, text: string, cache: ReturnType<typeof computeMetadata>): NoteSource {
	const hasDrafts = cache.headings?.some((heading) => isThankYouHeading(heading.heading)) ?? false;
	return { path, frontmatter: cache.frontmatter, drafts: hasDrafts ? findThankYouDrafts(text) : [] };
}

/** What the built-in prototypes hold before any hostile note is read, to prove afterwards that none was polluted. */
export interface PrototypeSnapshot {
	names: Map<string, string[]>;
}

const PROTOTYPES: Record<string, object> = {
	Object: Object.prototype,
	Array: Array.prototype,
	Function: Function.prototype,
	String: String.prototype,
	Date: Date.prototype,
};

export function snapshotPrototypes(): PrototypeSnapshot {
	const names = new Map<string, string[]>();
	for (const [name, prototype] of Object.entries(PROTOTYPES)) names.set(name, Reflect.ownKeys(prototype).map(String).sort());
	return { names };
}

/** Fails when any prototype gained or lost a key, when a fresh object inherits a hostile value, or when code ran. */
export function expectUnpolluted(before: PrototypeSnapshot): void {
	expect(snapshotPrototypes().names).toEqual(before.names);
	const fresh: Record<string, unknown> = {};
	expect(fresh.polluted).toBeUndefined();
	expect(fresh.interview_date).toBeUndefined();
	expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
	expect(Reflect.get(globalThis, "__hostileCodeRan")).toBeUndefined();
}
