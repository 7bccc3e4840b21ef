// Keys that look like known ones (`interviewDate`, `Interview Date`, `thankyou_sent`): each becomes a problem
// naming the key the user surely meant.
import { quote, type Properties } from "./frontmatter-values";
import type { Problem } from "./types";

/** Edit distance within which a key of at least this length counts as a misspelling of a known key. */
const MOST_TYPOS = 2;
const SHORTEST_KEY_FOR_TYPOS = 6;

/**
 * A key the user surely meant as a known one is a problem naming the right key; it is not read in its place,
 * so the user fixes the note once and for all. Keys are compared lower-cased without spaces, `_` and `-`; keys
 * of six or more letters may also be off by two typos. Shorter keys must match exactly, or a user's own short
 * keys would raise false alarms. Only the first `mostKeys` keys are compared: a hostile note may hold millions.
 */
export function reportMisspeltKeys(
	properties: Properties,
	known: readonly string[],
	alsoKnown: (key: string) => boolean,
	prefix: string,
	mostKeys: number,
	problems: Problem[],
): void {
	let checked = 0;
	for (const key in properties) {
		if (checked >= mostKeys) break;
		if (!Object.prototype.hasOwnProperty.call(properties, key)) continue;
		checked += 1;
		if (known.includes(key) || alsoKnown(key)) continue;
		const meant = rememberedMeantKey(key, known);
		if (meant !== null) {
			const detail = `is not read: did you mean "${meant}"?`;
			problems.push({ field: `${prefix}${key}`, message: `${quote(key)} ${detail}`, detail });
		}
	}
}

/**
 * What each key compared so far was taken for, per list of known keys. The same keys come back in note after note
 * (`location`, `source`, `status`), and comparing one costs an edit distance per known key: it was a tenth of the
 * time to evaluate a note. Bounded, since a vault may hold any number of different keys.
 */
const meantKeys = new WeakMap<readonly string[], Map<string, string | null>>();
const MOST_KEYS_REMEMBERED = 1000;

function rememberedMeantKey(key: string, known: readonly string[]): string | null {
	let remembered = meantKeys.get(known);
	if (remembered === undefined) {
		remembered = new Map();
		meantKeys.set(known, remembered);
	}
	const found = remembered.get(key);
	if (found !== undefined) return found;
	const meant = meantKey(key, known);
	if (remembered.size >= MOST_KEYS_REMEMBERED) remembered.clear();
	remembered.set(key, meant);
	return meant;
}

function meantKey(key: string, known: readonly string[]): string | null {
	const squeezed = squeeze(key);
	let best: string | null = null;
	let bestDistance = MOST_TYPOS + 1;
	for (const candidate of known) {
		const target = squeeze(candidate);
		if (squeezed === target) return candidate;
		if (squeezed.length < SHORTEST_KEY_FOR_TYPOS || Math.abs(squeezed.length - target.length) > MOST_TYPOS) continue;
		const distance = editDistance(squeezed, target);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function squeeze(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Edits (insert, delete, replace, swap two neighbours) that turn one word into the other: for keys and flags alike. */
export function editDistance(a: string, b: string): number {
	let beforeLast: number[] = [];
	let last: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, (beforeLast[j - 2] ?? 0) + 1);
			}
			row.push(best);
		}
		beforeLast = last;
		last = row;
	}
	return last[b.length] ?? 0;
}
