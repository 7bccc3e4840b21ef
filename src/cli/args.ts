// Reads the command line into a command to run, or a message that says plainly what was misused.
// The one place that knows the flags; the clock is passed in, so `--now` is the only way a run sees a time.
import { isAbsolute } from "node:path";
import { parseNoteTime } from "../engine/dates";
import type { DraftKind } from "../engine/drafts";
import { editDistance } from "../engine/near-miss-keys";
import { checkTag, checkWaitDays, checkWindowHours, DEFAULT_ENGINE_SETTINGS, type Checked, type EngineSettings } from "../engine/settings";

export type HelpTopic = "main" | "status" | "draft" | "remind";

export interface StatusCommand {
	command: "status";
	vault: string;
	json: boolean;
	now: Date;
	settings: EngineSettings;
	/**
	 * `--folder` when it was given as a full path (`/home/sam/Vault/Interviews`): which vault folder it is can only be
	 * told once the vault is found on disk, so `settings.folder` is set from it then. Null otherwise.
	 */
	folderFullPath: string | null;
}

export interface DraftCommand {
	command: "draft";
	kind: DraftKind;
	note: string;
	/** The interviewer to thank, as written in the note; null: every interviewer. */
	to: string | null;
	myName: string;
	signature: string;
	/** A template file that replaces the built-in template for this kind of draft. */
	template: string | null;
	/**
	 * The moment the follow-up is written at (it says how long it has been): `--now`, else the clock. Null for the
	 * other drafts without `--now`, which do not depend on the time, so they never read the clock.
	 */
	now: Date | null;
}

/** `remind` reads the vault and the clock as `status` does, and takes the same flags. */
export interface RemindCommand extends Omit<StatusCommand, "command"> {
	command: "remind";
}

export type ParsedCommand =
	| StatusCommand
	| RemindCommand
	| DraftCommand
	| { command: "help"; topic: HelpTopic }
	| { command: "version" }
	| { command: "misuse"; message: string; topic: HelpTopic };

export const DRAFT_KINDS: readonly DraftKind[] = ["thank-you", "follow-up", "gracious"];

interface FlagSpec {
	name: string;
	takesValue: boolean;
}

const STATUS_FLAGS: readonly FlagSpec[] = [
	{ name: "json", takesValue: false },
	{ name: "now", takesValue: true },
	{ name: "tag", takesValue: true },
	{ name: "folder", takesValue: true },
	{ name: "window-hours", takesValue: true },
	{ name: "wait-days", takesValue: true },
	{ name: "help", takesValue: false },
];

const DRAFT_FLAGS: readonly FlagSpec[] = [
	{ name: "to", takesValue: true },
	{ name: "my-name", takesValue: true },
	{ name: "signature", takesValue: true },
	{ name: "template", takesValue: true },
	{ name: "now", takesValue: true },
	{ name: "help", takesValue: false },
];

type FlagValues = Map<string, string | true>;

class Misuse extends Error {}

/** Reads `argv` (without `node` and the script). `clock` is read only when `--now` is not given. */
export function parseCommandLine(argv: readonly string[], clock: () => Date): ParsedCommand {
	const [first, ...rest] = argv;
	if (first === undefined) return { command: "misuse", message: "say which command to run: status or draft", topic: "main" };
	if (first === "--help" || first === "-h" || first === "help") return { command: "help", topic: helpTopicOf(rest[0]) };
	if (first === "--version" || first === "-V") return { command: "version" };
	const topic: HelpTopic = first === "status" || first === "draft" || first === "remind" ? first : "main";
	try {
		if (first === "status") return parseStatus(rest, clock);
		if (first === "remind") return asRemind(parseStatus(rest, clock));
		if (first === "draft") return parseDraft(rest, clock);
		if (first.startsWith("-")) throw new Misuse(`${first} must come after a command (status or draft)`);
		throw new Misuse(`unknown command "${first}"${suggestion(first, ["status", "draft", "help"], "")}`);
	} catch (error) {
		if (error instanceof Misuse) return { command: "misuse", message: error.message, topic };
		throw error;
	}
}

function helpTopicOf(word: string | undefined): HelpTopic {
	return word === "status" || word === "draft" || word === "remind" ? word : "main";
}

function asRemind(parsed: ParsedCommand): ParsedCommand {
	if (parsed.command === "status") return { ...parsed, command: "remind" };
	return parsed.command === "help" ? { command: "help", topic: "remind" } : parsed;
}

function parseStatus(args: readonly string[], clock: () => Date): ParsedCommand {
	const { flags, positionals } = readFlags(args, STATUS_FLAGS);
	if (flags.has("help")) return { command: "help", topic: "status" };
	if (positionals.length > 1) throw new Misuse(`status reads one vault folder, but was given ${positionals.length}: ${positionals.join(", ")}`);
	const settings: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS };
	const tag = stringFlag(flags, "tag");
	if (tag !== null) settings.tag = checked("--tag", tag, checkTag);
	const folder = stringFlag(flags, "folder");
	const folderFullPath = folder !== null && isAbsolute(folder) ? folder : null;
	if (folder !== null && folderFullPath === null) settings.folder = readFolder(folder);
	const windowHours = stringFlag(flags, "window-hours");
	if (windowHours !== null) settings.windowHours = checked("--window-hours", windowHours, checkWindowHours);
	const waitDays = stringFlag(flags, "wait-days");
	if (waitDays !== null) settings.waitDays = checked("--wait-days", waitDays, checkWaitDays);
	const nowText = stringFlag(flags, "now");
	return {
		command: "status",
		vault: positionals[0] ?? ".",
		json: flags.has("json"),
		now: nowText === null ? clock() : readNow(nowText),
		settings,
		folderFullPath,
	};
}

function parseDraft(args: readonly string[], clock: () => Date): ParsedCommand {
	const { flags, positionals } = readFlags(args, DRAFT_FLAGS);
	if (flags.has("help")) return { command: "help", topic: "draft" };
	const [kindWord, note, ...extra] = positionals;
	if (kindWord === undefined) throw new Misuse(`say which draft to write: ${DRAFT_KINDS.join(", ")}`);
	const kind = DRAFT_KINDS.find((k) => k === kindWord);
	if (kind === undefined) throw new Misuse(`unknown draft "${kindWord}"${suggestion(kindWord, DRAFT_KINDS, "")}; choose ${DRAFT_KINDS.join(", ")}`);
	if (note === undefined) throw new Misuse(`say which note to draft from: draft ${kind} NOTE`);
	if (extra.length > 0) throw new Misuse(`draft reads one note, but was also given ${extra.join(", ")}`);
	const to = stringFlag(flags, "to");
	if (to !== null && kind !== "thank-you") throw new Misuse(`--to picks an interviewer to thank; it goes with draft thank-you only`);
	if (to !== null && to.trim() === "") throw new Misuse("--to needs an interviewer's name");
	return {
		command: "draft",
		kind,
		note,
		to: to === null ? null : to.trim(),
		myName: stringFlag(flags, "my-name") ?? "",
		// The shell cannot easily pass a line break, so "\n" written out in a signature means one.
		signature: (stringFlag(flags, "signature") ?? "").replace(/\\n/g, "\n"),
		template: stringFlag(flags, "template"),
		now: nowOf(stringFlag(flags, "now"), kind === "follow-up" ? clock : null),
	};
}

function nowOf(text: string | null, clock: (() => Date) | null): Date | null {
	if (text !== null) return readNow(text);
	return clock === null ? null : clock();
}

/** `--flag value` and `--flag=value`; `--` ends the flags. Unknown, repeated or valueless flags are misuse. */
function readFlags(args: readonly string[], specs: readonly FlagSpec[]): { flags: FlagValues; positionals: string[] } {
	const flags: FlagValues = new Map();
	const positionals: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--") {
			positionals.push(...args.slice(i + 1));
			break;
		}
		if (arg === "-h") {
			flags.set("help", true);
			continue;
		}
		if (!arg.startsWith("-") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		const equals = arg.indexOf("=");
		const name = (equals === -1 ? arg : arg.slice(0, equals)).replace(/^--?/, "");
		const spec = specs.find((s) => s.name === name);
		if (!spec) {
			const written = equals === -1 ? arg : arg.slice(0, equals);
			throw new Misuse(
				`unknown flag ${written}${suggestion(
					name,
					specs.map((s) => s.name),
					"--",
				)}`,
			);
		}
		if (flags.has(name)) throw new Misuse(`--${name} was given twice`);
		if (!spec.takesValue) {
			if (equals !== -1) throw new Misuse(`--${name} takes no value`);
			flags.set(name, true);
			continue;
		}
		let value: string | undefined;
		if (equals !== -1) value = arg.slice(equals + 1);
		else {
			value = args[i + 1];
			// A following flag is not a value: `--tag --json` forgot the tag.
			if (value !== undefined && value.startsWith("--")) value = undefined;
			else i++;
		}
		if (value === undefined) throw new Misuse(`--${name} needs a value`);
		flags.set(name, value);
	}
	return { flags, positionals };
}

function stringFlag(flags: FlagValues, name: string): string | null {
	const value = flags.get(name);
	return typeof value === "string" ? value : null;
}

/** `--now` takes what a note's date field takes; without an offset it is local time, like every date in a note. */
function readNow(text: string): Date {
	const parsed = parseNoteTime(text);
	if (!parsed.ok) throw new Misuse(`--now: ${parsed.reason}`);
	return parsed.time.instant;
}

/** A folder inside the vault, `/`-separated and without leading or trailing slashes; '' is the whole vault. */
function readFolder(text: string): string {
	const parts = text
		.replace(/\\/g, "/")
		.split("/")
		.filter((part) => part !== "" && part !== ".");
	if (parts.includes("..")) throw new Misuse(`--folder "${text}" must name a folder inside the vault`);
	return parts.join("/");
}

/** A flag's value through the same check as the plugin's settings field, so both accept and refuse alike. */
function checked<T>(flag: string, text: string, check: (text: string) => Checked<T>): T {
	const result = check(text);
	if (!result.ok) throw new Misuse(`${flag} "${text}": ${result.message}`);
	return result.value;
}

/** " (did you mean --folder?)" when a close spelling exists, else "". */
function suggestion(written: string, choices: readonly string[], prefix: string): string {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const choice of choices) {
		const distance = editDistance(written.toLowerCase(), choice);
		if (distance < bestDistance) {
			best = choice;
			bestDistance = distance;
		}
	}
	return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean ${prefix}${best}?)` : "";
}
