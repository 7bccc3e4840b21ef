// Rule 3's reading of a note's body: the thank-you drafts it holds, whose each one is, and why one reads as generic.
// Pure text work, no dates: the rule itself lives in rules.ts. Every reading here takes time in proportion to the
// note: each heading and each draft is read once, whatever the number of interviewers, drafts and topics.
import { MOST_ITEMS_READ } from "./frontmatter-values";
import { withoutFrontmatter } from "./frontmatter-block";
import { isThankYouHeading, namedInThankYouHeading } from "./headings";
import { holdsPlaceholder } from "./placeholders";
import type { GenericReason, Interviewer, InterviewNote, ThankYouDraft } from "./types";
import { work } from "./work";

// The text is taken whole and its trailing spaces and closing #s counted off by hand (see `headingText`): the lazy
// `(.*?)[ \t]*$` this replaced retried at every space of a long run, and a heading of 50,000 spaces took 25 seconds.
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

interface Heading {
	level: number;
	text: string;
}

/**
 * Sections whose heading starts with "Thank-you" or "Thank you" (any case, any level). A thank-you heading always
 * starts a new draft, and a draft runs up to the next heading of the same or a higher level, or the next thank-you
 * heading, whichever comes first: so `### Thank-you: Carl` after `## Thank-you: Bea` is Carl's own draft, and a
 * parent `## Thank-you notes` holds one draft per `### Thank-you: …` below it (its own text, if any, is a draft that
 * names nobody). Headings inside fenced code are not headings. Only ATX headings (`## …`) count: the templates write
 * those, and a setext underline is too easy to mistake for a rule.
 */
export function findThankYouDrafts(body: string): ThankYouDraft[] {
	// A body handed over with its frontmatter still on top: skip it, so a YAML comment is never read as a heading.
	const lines = withoutFrontmatter(body).split(/\r?\n/);
	const sections: { heading: Heading; lines: string[] }[] = [];
	let current: { heading: Heading; lines: string[] } | undefined;
	let fence: string | null = null;
	for (const line of lines) {
		work.steps++;
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			current?.lines.push(line);
			continue;
		}
		const fenceStart = FENCE_OPEN.exec(line)?.[1];
		if (fenceStart !== undefined) {
			fence = fenceStart;
			current?.lines.push(line);
			continue;
		}
		const heading = headingOf(line);
		if (heading !== null && isThankYouHeading(heading.text)) {
			current = { heading, lines: [] };
			sections.push(current);
			continue;
		}
		if (heading !== null && current !== undefined && heading.level <= current.heading.level) current = undefined;
		current?.lines.push(line);
	}
	return sections.map((section) => ({ heading: section.heading.text, text: trimBlankLines(section.lines).join("\n") }));
}

/** One interviewer's draft, and why it reads as generic (null: it is personal). */
export interface DraftAssessment {
	interviewer: Interviewer;
	draft: ThankYouDraft;
	reason: GenericReason | null;
}

/**
 * Rule 3's reading of a whole note in one go: per interviewer that has a draft, in the note's order, the draft and
 * why it is generic. Costs nothing for a note without drafts.
 */
export function assessDrafts(note: InterviewNote, drafts: readonly ThankYouDraft[]): DraftAssessment[] {
	if (drafts.length === 0 || note.interviewers.length === 0) return [];
	const reader = new DraftReader(note, drafts);
	const assessments: DraftAssessment[] = [];
	note.interviewers.forEach((interviewer, position) => {
		const draft = reader.owned[position] ?? null;
		if (draft !== null) assessments.push({ interviewer, draft, reason: reader.reasonFor(draft) });
	});
	return assessments;
}

/**
 * The draft whose heading names the interviewer: by their display name or the base name of the note they link to
 * (so "Thank-you — Jane Doe" is found for `[[people/Jane Doe|Jane]]` too), else by their first name when no other
 * interviewer of the note shares it. Case-insensitive, whole words only, so a heading for "Jane" is not taken for
 * "Jan". The first such draft wins. For every interviewer at once, use `assessDrafts`.
 */
export function draftFor(interviewer: Interviewer, note: InterviewNote, drafts: readonly ThankYouDraft[]): ThankYouDraft | null {
	if (drafts.length === 0) return null;
	const position = note.interviewers.findIndex((person) => person.index === interviewer.index);
	return position === -1 ? null : (new DraftReader(note, drafts).owned[position] ?? null);
}

/**
 * Why `draft`, as the interviewer's, reads as generic, or null when it is personal. In order: a placeholder left in
 * it; the same text as another interviewer's draft once every interviewer's name is set aside; none of the note's
 * topics mentioned (only when topics are listed). For every interviewer at once, use `assessDrafts`.
 */
export function genericReason(draft: ThankYouDraft, interviewer: Interviewer, note: InterviewNote, drafts: readonly ThankYouDraft[]): GenericReason | null {
	return new DraftReader(note, drafts).reasonFor(draft);
}

/** Whether any of the note's topics occurs in a draft's lower-cased text. */
interface TopicSearch {
	occursIn(lower: string): boolean;
}

/** A note's drafts as rule 3 reads them: who owns which, and each draft's text made comparable, each made once. */
class DraftReader {
	/** Per interviewer (by position in the note), the draft that names them, or null. */
	readonly owned: (ThankYouDraft | null)[];
	private readonly note: InterviewNote;
	/** The drafts some interviewer owns, each once. */
	private readonly ownedDrafts: ReadonlySet<ThankYouDraft>;
	private readonly placeholders = new Map<ThankYouDraft, boolean>();
	private readonly lowered = new Map<ThankYouDraft, string>();
	private readonly fingerprints = new Map<ThankYouDraft, string>();
	private byFingerprint: Map<string, ThankYouDraft[]> | null = null;
	private nameWordSet: ReadonlySet<string> | null = null;
	private topicSearch: TopicSearch | null | undefined;

	constructor(note: InterviewNote, drafts: readonly ThankYouDraft[]) {
		this.note = note;
		this.owned = ownersOf(note.interviewers, drafts);
		this.ownedDrafts = new Set(this.owned.filter((draft): draft is ThankYouDraft => draft !== null));
	}

	reasonFor(draft: ThankYouDraft): GenericReason | null {
		if (this.holdsPlaceholder(draft)) return "placeholder";
		if (this.hasTwin(draft)) return "same-as-another";
		const topics = this.topics();
		if (topics !== null && !topics.occursIn(this.lowerCaseOf(draft))) return "no-topics";
		return null;
	}

	private holdsPlaceholder(draft: ThankYouDraft): boolean {
		let holds = this.placeholders.get(draft);
		if (holds === undefined) {
			holds = holdsPlaceholder(draft.text) || holdsPlaceholder(draft.heading);
			this.placeholders.set(draft, holds);
		}
		return holds;
	}

	/** A draft's text in lower case, made once for both the comparison and the search for topics. */
	private lowerCaseOf(draft: ThankYouDraft): string {
		let lower = this.lowered.get(draft);
		if (lower === undefined) {
			lower = draft.text.toLowerCase();
			this.lowered.set(draft, lower);
		}
		return lower;
	}

	/**
	 * Whether another interviewer's draft reads the same once names are set aside. Drafts are grouped by that
	 * comparable text (a map, so each text is hashed once) rather than compared two by two. One draft addressed to
	 * two people is the same section, not a copy of another one. Nothing is compared while no other draft exists.
	 */
	private hasTwin(draft: ThankYouDraft): boolean {
		const others = this.ownedDrafts.size - (this.ownedDrafts.has(draft) ? 1 : 0);
		if (others === 0) return false;
		if (this.byFingerprint === null) {
			const groups = new Map<string, ThankYouDraft[]>();
			for (const owned of this.ownedDrafts) {
				const fingerprint = this.fingerprintOf(owned);
				const group = groups.get(fingerprint);
				if (group === undefined) groups.set(fingerprint, [owned]);
				else group.push(owned);
			}
			this.byFingerprint = groups;
		}
		// A group holds each draft once, so a second member, or a first that is another draft, is a twin.
		const group = this.byFingerprint.get(this.fingerprintOf(draft)) ?? [];
		return (group[0] !== undefined && group[0] !== draft) || group[1] !== undefined;
	}

	private fingerprintOf(draft: ThankYouDraft): string {
		let fingerprint = this.fingerprints.get(draft);
		if (fingerprint === undefined) {
			fingerprint = comparableText(this.lowerCaseOf(draft), this.nameWords());
			this.fingerprints.set(draft, fingerprint);
		}
		return fingerprint;
	}

	/** Every word of every interviewer's names, in lower case. */
	private nameWords(): ReadonlySet<string> {
		if (this.nameWordSet === null) {
			const words = new Set<string>();
			for (const person of this.note.interviewers) {
				for (const name of namesOf(person)) {
					for (const tokens = new Tokens(name.toLowerCase()); tokens.next();) if (tokens.kind === WORD) words.add(tokens.token);
				}
			}
			this.nameWordSet = words;
		}
		return this.nameWordSet;
	}

	/** The note's topics as one index, made once; null when the note lists none. */
	private topics(): TopicSearch | null {
		if (this.topicSearch === undefined) {
			// A list is read up to MOST_ITEMS_READ items, and so is a comma-separated text of topics.
			const topics = this.note.topics.slice(0, MOST_ITEMS_READ);
			const index = new PhraseIndex();
			for (const topic of topics) index.add(topic, 0);
			this.topicSearch = index.isEmpty() ? null : index.built();
		}
		return this.topicSearch;
	}
}

/**
 * Per interviewer, the first draft whose heading names them by display name or linked note, else the first that
 * names them by a first name no other interviewer shares. Each heading is read once, against all names at once.
 */
function ownersOf(interviewers: readonly Interviewer[], drafts: readonly ThankYouDraft[]): (ThankYouDraft | null)[] {
	const firstNames = new Map<string, number>();
	const firstNameOf = interviewers.map((person) => {
		const first = person.subject.trim().split(/\s+/)[0] ?? "";
		const key = tokenKey(first);
		if (key !== "") firstNames.set(key, (firstNames.get(key) ?? 0) + 1);
		return { first, key };
	});
	if (interviewers.length * drafts.length <= FEW) {
		// A few names and headings, as most notes have: each heading searched for each name, without building an index.
		const headings = drafts.map((draft) => tokenised(namedInThankYouHeading(draft.heading).toLowerCase()));
		const firstNaming = (names: readonly string[]): ThankYouDraft | null => {
			const keys = names.map((name) => tokenised(name.trim().toLowerCase())).filter((key) => key !== TOKEN_SEPARATOR);
			const at = headings.findIndex((heading) => keys.some((key) => heading.includes(key)));
			return drafts[at] ?? null;
		};
		return interviewers.map((person, position) => {
			const byName = firstNaming(namesOf(person));
			if (byName !== null) return byName;
			const { first, key } = firstNameOf[position] ?? { first: "", key: "" };
			return key !== "" && firstNames.get(key) === 1 ? firstNaming([first]) : null;
		});
	}
	const index = new PhraseIndex();
	// Phrase ids: 2 × position for a full name, 2 × position + 1 for a first name.
	interviewers.forEach((person, position) => {
		for (const name of namesOf(person)) index.add(name, 2 * position);
		const { first, key } = firstNameOf[position] ?? { first: "", key: "" };
		if (key !== "" && firstNames.get(key) === 1) index.add(first, 2 * position + 1);
	});
	const byName: (ThankYouDraft | null)[] = interviewers.map(() => null);
	const byFirstName: (ThankYouDraft | null)[] = interviewers.map(() => null);
	const built = index.built();
	for (const draft of drafts) {
		// The words "Thank-you" themselves name nobody: an interviewer called "You" is not in every heading.
		built.find(namedInThankYouHeading(draft.heading).toLowerCase(), (id) => {
			const position = id >> 1;
			const found = id % 2 === 0 ? byName : byFirstName;
			if (found[position] === null) found[position] = draft;
			return false;
		});
	}
	return byName.map((draft, position) => draft ?? byFirstName[position] ?? null);
}

/** The names a heading may use for an interviewer: the display name and the linked note's base name. */
function namesOf(interviewer: Interviewer): string[] {
	const names = [interviewer.subject];
	if (interviewer.link !== null) {
		const base = interviewer.link.split("/").pop()?.replace(/\.md$/i, "") ?? "";
		names.push(base);
	}
	return names;
}

/**
 * A draft's text as two drafts are compared: in lower case, without links, URLs or any interviewer's name words,
 * its words and marks one space apart. Links go because a "send by email" line differs per interviewer even when
 * the words do not.
 */
function comparableText(lower: string, nameWords: ReadonlySet<string>): string {
	// A link's text holds no bracket and its address no parenthesis or space, so each try stops at the next one: the
	// looser `\[[^\]\n]*\]\([^()\s]*\)` ran to the line's end from every "[" of a run, seconds for 50,000 of them.
	// An address with parentheses in it is still taken out by the URL pattern after it.
	// Most drafts hold no link and no address: the patterns are not even tried on those.
	let words = lower.includes("](") ? lower.replace(/\[[^[\]\n]*\]\([^()\s]*\)/g, " ") : lower;
	if (words.includes(":")) words = words.replace(/\b(?:https?|mailto):\S+/g, " ");
	let kept = "";
	for (const tokens = new Tokens(words); tokens.next();) {
		if (tokens.kind === SPACE || (tokens.kind === WORD && nameWords.has(tokens.token))) continue;
		kept = kept === "" ? tokens.token : `${kept} ${tokens.token}`;
	}
	return kept;
}

// ---- Words and phrases ----------------------------------------------------------------------------------------

const WORD = 0;
const SPACE = 1;
const PUNCTUATION = 2;
type TokenKind = typeof WORD | typeof SPACE | typeof PUNCTUATION;

/** The one token every run of whitespace becomes, so "Berlin\n  office" reads as "Berlin office". */
const SPACE_TOKEN = " ";

// A run of letters, digits and combining marks is a word; a run of whitespace is one space; any other character
// (punctuation, an emoji) stands alone. Read one character at a time, each looked at once: ASCII from a table, any
// other character by its Unicode class.
const ASCII_KINDS: readonly TokenKind[] = Array.from({ length: 128 }, (_, code) => kindOfCharacter(String.fromCharCode(code)));

function kindOfCharacter(character: string): TokenKind {
	if (/^[\p{L}\p{N}\p{M}]$/u.test(character)) return WORD;
	return /^\s$/.test(character) ? SPACE : PUNCTUATION;
}

/** The kind of the character at `at`, and (in `width`) how many code units it takes. */
let width = 1;
function kindAt(text: string, at: number): TokenKind {
	const code = text.charCodeAt(at);
	if (code < 128) {
		width = 1;
		return ASCII_KINDS[code] ?? PUNCTUATION;
	}
	const point = text.codePointAt(at) ?? code;
	width = point > 0xffff ? 2 : 1;
	return kindOfCharacter(String.fromCodePoint(point));
}

/**
 * The tokens of `lower` (a text already in lower case: a draft is lower-cased once, whole, for every search in it),
 * one at a time: `next()` moves to the next token and says whether there was one; `token` and `kind` describe it.
 */
class Tokens {
	token = "";
	kind: TokenKind = SPACE;
	private at = 0;

	constructor(private readonly lower: string) {}

	next(): boolean {
		const text = this.lower;
		const end = text.length;
		if (this.at >= end) return false;
		const start = this.at;
		const kind = kindAt(text, start);
		let at = start + width;
		if (kind !== PUNCTUATION) {
			while (at < end && kindAt(text, at) === kind) at += width;
		}
		work.steps++;
		this.at = at;
		this.kind = kind;
		this.token = kind === SPACE ? SPACE_TOKEN : text.slice(start, at);
		return true;
	}
}

/**
 * How many names × headings are searched for one by one. Up to this many, searching each costs less than building
 * an index, and the work is still at most this many times the headings' length.
 */
const FEW = 64;

/** Between tokens in `tokenised`: a character no word, space or mark token holds. */
const TOKEN_SEPARATOR = "\u0000";

/**
 * A text's tokens, each between two separators, so that one tokenised phrase is found in another by `includes`
 * exactly when its tokens occur in a row: the same whole-word match the phrase index makes.
 */
function tokenised(lower: string): string {
	let joined = TOKEN_SEPARATOR;
	for (const tokens = new Tokens(lower); tokens.next();) joined += tokens.token + TOKEN_SEPARATOR;
	return joined;
}

/** A phrase's tokens joined, to tell two spellings of one name apart from two names. */
function tokenKey(phrase: string): string {
	const found: string[] = [];
	for (const tokens = new Tokens(phrase.trim().toLowerCase()); tokens.next();) found.push(tokens.token);
	return found.join("\u0000");
}

interface PhraseNode {
	next: Map<string, PhraseNode>;
	/** The longest proper suffix of this node's tokens that is also a path from the root. */
	fail: PhraseNode | null;
	/** The nearest node along the fail links that ends a phrase. */
	output: PhraseNode | null;
	/** The phrases that end here. */
	ids: number[];
	/** The last search that reported this node's phrases, so a search reports each phrase once. */
	seen: number;
}

function phraseNode(): PhraseNode {
	return { next: new Map(), fail: null, output: null, ids: [], seen: -1 };
}

/**
 * Many phrases (names, topics) looked for in a text in one pass over its tokens, whatever their number: an
 * Aho–Corasick automaton over words. Whole words only, since a word token is a whole run of letters; case and the
 * width of whitespace do not count.
 */
class PhraseIndex {
	private readonly root = phraseNode();
	private searches = 0;
	private phrases = 0;

	/** Adds a phrase under `id`; a phrase without tokens (empty, or only spaces) is never found. */
	add(phrase: string, id: number): void {
		let node = this.root;
		for (const tokens = new Tokens(phrase.trim().toLowerCase()); tokens.next();) {
			let child = node.next.get(tokens.token);
			if (child === undefined) {
				child = phraseNode();
				node.next.set(tokens.token, child);
			}
			node = child;
		}
		if (node === this.root) return;
		node.ids.push(id);
		this.phrases++;
	}

	isEmpty(): boolean {
		return this.phrases === 0;
	}

	/** Links every node to its fail and output nodes, breadth first: time in proportion to the phrases' tokens. */
	built(): this {
		const queue: PhraseNode[] = [];
		for (const child of this.root.next.values()) {
			child.fail = this.root;
			queue.push(child);
		}
		for (let at = 0; at < queue.length; at++) {
			const node = queue[at];
			if (node === undefined) break;
			for (const [token, child] of node.next) {
				work.steps++;
				let fail = node.fail;
				while (fail !== null && !fail.next.has(token)) {
					work.steps++;
					fail = fail.fail;
				}
				const target = fail?.next.get(token) ?? this.root;
				child.fail = target;
				child.output = target.ids.length > 0 ? target : target.output;
				queue.push(child);
			}
		}
		return this;
	}

	/** Whether any phrase occurs in `lower`, a text in lower case. */
	occursIn(lower: string): boolean {
		let found = false;
		this.find(lower, () => {
			found = true;
			return true;
		});
		return found;
	}

	/** Calls `visit` once with the id of each phrase that occurs in `lower` (each once), until it returns true. */
	find(lower: string, visit: (id: number) => boolean): void {
		const search = this.searches++;
		let node = this.root;
		for (const tokens = new Tokens(lower); tokens.next();) {
			const token = tokens.token;
			let next = node.next.get(token);
			while (next === undefined && node !== this.root) {
				work.steps++;
				node = node.fail ?? this.root;
				next = node.next.get(token);
			}
			node = next ?? this.root;
			// Each node's phrases are reported once per search, so a chain already walked is not walked again.
			for (let out: PhraseNode | null = node.ids.length > 0 ? node : node.output; out !== null && out.seen !== search; out = out.output) {
				work.steps++;
				out.seen = search;
				for (const id of out.ids) if (visit(id)) return;
			}
		}
	}
}

// ---- Headings -------------------------------------------------------------------------------------------------

function headingOf(line: string): Heading | null {
	const m = ATX_HEADING.exec(line);
	if (!m?.[1]) return null;
	return { level: m[1].length, text: headingText(m[2] ?? "") };
}

/** A heading's text without its trailing spaces and its closing run of #s, which is decoration. */
function headingText(raw: string): string {
	const isSpaceOrTab = (at: number): boolean => raw.charAt(at) === " " || raw.charAt(at) === "\t";
	let end = raw.length;
	while (end > 0 && isSpaceOrTab(end - 1)) end--;
	let hashes = end;
	while (hashes > 0 && raw.charAt(hashes - 1) === "#") hashes--;
	// Closing #s follow a space or a tab (which go with them), or are the whole text (`## ##` is an empty heading).
	if (hashes < end && (hashes === 0 || isSpaceOrTab(hashes - 1))) {
		end = hashes;
		while (end > 0 && isSpaceOrTab(end - 1)) end--;
	}
	const text = raw.slice(0, end);
	return /^#+$/.test(text) ? "" : text.trim();
}

function closesFence(line: string, fence: string): boolean {
	const trimmed = line.trim();
	const char = fence.charAt(0);
	if (trimmed.length < fence.length) return false;
	for (const c of trimmed) if (c !== char) return false;
	return line.length - line.trimStart().length <= 3;
}

function trimBlankLines(lines: string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && (lines[start] ?? "").trim() === "") start++;
	while (end > start && (lines[end - 1] ?? "").trim() === "") end--;
	return lines.slice(start, end);
}
