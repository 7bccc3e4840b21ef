// Runs one command line of `interview-follow-up` against a terminal given to it, so tests can run it in-process.
// The clock and the output streams come from main.ts; nothing here reads the real clock.
import { resolve } from "node:path";
import { evaluateAll } from "../engine/index";
import packageJson from "../../package.json";
import { parseCommandLine, type RemindCommand, type StatusCommand } from "./args";
import { ANSI_COLOUR, NO_COLOUR, wantsColour } from "./colour";
import { runDraft } from "./draft";
import { helpText } from "./help";
import { runRemind } from "./remind";
import { reportJson, reportText } from "./report";
import { checkVaultFolder, scanVault } from "./vault";

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

/** Runs one command line and returns the exit status: 0 done, 1 the note could not be used, 2 misuse. */
export function run(argv: readonly string[], terminal: Terminal): number {
	const parsed = parseCommandLine(argv, terminal.clock);
	switch (parsed.command) {
		case "help":
			terminal.stdout(helpText(parsed.topic));
			return EXIT_OK;
		case "version":
			terminal.stdout(`${packageJson.version}\n`);
			return EXIT_OK;
		case "misuse":
			terminal.stderr(misuse(parsed.message, parsed.topic === "main" ? "--help" : `${parsed.topic} --help`));
			return EXIT_MISUSE;
		case "status":
			return runStatus(parsed, terminal);
		case "remind":
			return runRemindCommand(parsed, terminal);
		case "draft": {
			const result = runDraft(parsed);
			if (result.stdout !== "") terminal.stdout(result.stdout);
			if (result.stderr !== "") terminal.stderr(result.stderr);
			return result.exitCode;
		}
	}
}

function runStatus(command: StatusCommand, terminal: Terminal): number {
	const problem = checkVaultFolder(command.vault, command.settings.folder);
	if (problem !== null) {
		terminal.stderr(misuse(problem, "status --help"));
		return EXIT_MISUSE;
	}
	const { sources, skipped } = scanVault(command.vault, command.settings.folder);
	const evaluations = evaluateAll(sources, command.now, command.settings);
	if (command.json) {
		terminal.stdout(`${JSON.stringify(reportJson(evaluations, skipped, command.now), null, 2)}\n`);
		return EXIT_OK;
	}
	const colour = wantsColour(terminal.env, terminal.isTerminal);
	terminal.stdout(
		reportText({
			vault: command.vault === "." ? resolve(command.vault) : command.vault,
			tag: command.settings.tag,
			evaluations,
			skipped,
			now: command.now,
			palette: colour ? ANSI_COLOUR : NO_COLOUR,
		}),
	);
	return EXIT_OK;
}

function runRemindCommand(command: RemindCommand, terminal: Terminal): number {
	const problem = checkVaultFolder(command.vault, command.settings.folder);
	if (problem !== null) {
		terminal.stderr(misuse(problem, "remind --help"));
		return EXIT_MISUSE;
	}
	const palette = wantsColour(terminal.env, terminal.isTerminal) ? ANSI_COLOUR : NO_COLOUR;
	terminal.stdout(runRemind({ ...command, command: "status" }, command.vault === "." ? resolve(command.vault) : command.vault, palette));
	return EXIT_OK;
}

function misuse(message: string, helpArgs: string): string {
	return `interview-follow-up: ${message}\nRun "interview-follow-up ${helpArgs}" for usage.\n`;
}
