// The test double's metadata without its walk over frontmatter links, for notes whose YAML holds aliases. The double
// collects frontmatter links by walking every value without a bound, which never ends on an alias bomb; Obsidian's own
// cache is outside this project's reach. The YAML block is read on its own, the body's metadata from the note with
// the block replaced by a harmless one. Imports nothing, so a vi.mock factory can use it.
import type { CachedMetadata } from "obsidian";

interface MetadataModule {
	computeMetadata: (text: string) => CachedMetadata;
	findFrontMatter: (text: string) => { yaml: string; yamlStart: number; yamlEnd: number } | null;
	readFrontMatter: (yaml: string) => { ok: true; frontmatter: unknown } | { ok: false; error: unknown };
}

/** An anchor (`&name`) in the frontmatter: only then can aliases make a small text a huge tree. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s,[\]{}]+/m;

export function holdsAnchors(text: string, metadata: Pick<MetadataModule, "findFrontMatter">): boolean {
	const block = metadata.findFrontMatter(text);
	return block !== null && ANCHOR.test(block.yaml);
}

export function metadataWithoutLinkWalk(text: string, metadata: MetadataModule): CachedMetadata {
	const block = metadata.findFrontMatter(text);
	if (block === null) return metadata.computeMetadata(text);
	const cache = metadata.computeMetadata(`${text.slice(0, block.yamlStart)}x: 1\n${text.slice(block.yamlEnd)}`);
	delete cache.frontmatter;
	delete cache.frontmatterLinks;
	const read = metadata.readFrontMatter(block.yaml);
	if (read.ok && typeof read.frontmatter === "object" && read.frontmatter !== null) cache.frontmatter = read.frontmatter;
	return cache;
}
