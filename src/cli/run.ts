// Runs one command line of `interview-follow-up` against a terminal given to it, so tests can run it in-process.
// The clock and the output streams come from main.ts; nothing here reads the real clock.
import { resolve } from "node:path";
import { evaluateAll } from "../engine/index";
import packageJson from "../../package.json";
import { parseCommandLine, type RemindCommand, type StatusCommand } from "./args";
import { ANSI_COLOUR, NO_COLOUR, wantsColour } from "./colour";
import { runDraft } from "./draft";
import { helpText } from "./help";
import { screenOf, type Screen } from "./printable";
import { runRemind } from "./remind";
import { reportJson, reportText } from "./report";
import { checkVaultFolder, folderInVault, scanVault } from "./vault";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_MISUSE = 2;

export interface Terminal {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	env: Readonly<Record<string, string | undefined>>;
	/** Whether stdout is a terminal, where colour helps a person read. */
	isTerminal: boolean;
	clock: () => Date;
}

/** Runs one command line and returns the exit status, by the rule `--help` states (help.ts, EXIT_STATUS). */
export function run(argv: readonly string[], terminal: Terminal): number {
	// Everything printed goes through the screen's filter; colour only for the text report on a terminal.
	const screen = screenOf(terminal, wantsColour(terminal.env, terminal.isTerminal) ? ANSI_COLOUR : NO_COLOUR);
	const parsed = parseCommandLine(argv, terminal.clock);
	switch (parsed.command) {
		case "help":
			screen.text(helpText(parsed.topic));
			return EXIT_OK;
		case "version":
			screen.text(`${packageJson.version}\n`);
			return EXIT_OK;
		case "misuse":
			screen.messages(misuse(parsed.message, parsed.topic === "main" ? "--help" : `${parsed.topic} --help`));
			return EXIT_MISUSE;
		case "status":
			return runStatus(parsed, screen);
		case "remind":
			return runRemindCommand(parsed, screen);
		case "draft": {
			const result = runDraft(parsed);
			if (result.text !== "") screen.text(result.text);
			screen.messages(result.messages);
			return result.exitCode;
		}
	}
}

/**
 * The command's settings with `--folder` made a vault path (a full path inside the vault is accepted), or null when
 * the vault or the folder cannot be used, after saying why.
 */
function settingsIn(command: StatusCommand | RemindCommand, screen: Screen, helpArgs: string): StatusCommand["settings"] | null {
	const settings = { ...command.settings };
	let problem = checkVaultFolder(command.vault, "");
	if (problem === null && command.folderFullPath !== null) {
		const inVault = folderInVault(command.vault, command.folderFullPath);
		if (inVault.ok) settings.folder = inVault.folder;
		else problem = inVault.message;
	}
	problem ??= checkVaultFolder(command.vault, settings.folder);
	if (problem === null) return settings;
	screen.messages(misuse(problem, helpArgs));
	return null;
}

function runStatus(command: StatusCommand, screen: Screen): number {
	const settings = settingsIn(command, screen, "status --help");
	if (settings === null) return EXIT_MISUSE;
	const { sources, skipped } = scanVault(command.vault, settings.folder);
	const evaluations = evaluateAll(sources, command.now, settings);
	if (command.json) {
		screen.json(reportJson(evaluations, skipped, command.now));
		return EXIT_OK;
	}
	screen.lines(
		reportText({
			vault: command.vault === "." ? resolve(command.vault) : command.vault,
			tag: settings.tag,
			evaluations,
			skipped,
			now: command.now,
		}),
	);
	return EXIT_OK;
}

function runRemindCommand(command: RemindCommand, screen: Screen): number {
	const settings = settingsIn(command, screen, "remind --help");
	if (settings === null) return EXIT_MISUSE;
	const output = runRemind({ ...command, command: "status", settings }, command.vault === "." ? resolve(command.vault) : command.vault);
	if ("json" in output) screen.json(output.json);
	else screen.lines(output.lines);
	return EXIT_OK;
}

function misuse(message: string, helpArgs: string): string[] {
	return [`interview-follow-up: ${message}`, `Run "interview-follow-up ${helpArgs}" for usage.`];
}
