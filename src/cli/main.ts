// The command-line report's entry point: `interview-follow-up status` and `interview-follow-up draft`.
// The only place the clock is read (when `--now` is not given) and the only place that writes to the terminal.
import process from "node:process";
import { printable } from "./printable";
import { EXIT_FAILED, EXIT_OK, run } from "./run";

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on("error", (error: Error & { code?: string }) => {
	if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
	throw error;
});

try {
	process.exitCode = run(process.argv.slice(2), {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		env: process.env,
		isTerminal: process.stdout.isTTY === true,
		clock: () => new Date(),
	});
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	// Through the same filter as every other line: the message may quote a file name.
	process.stderr.write(`${printable(`interview-follow-up: something went wrong: ${message}`)}\n`);
	process.exitCode = EXIT_FAILED;
}
