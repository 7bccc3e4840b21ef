// The cost of one recorded value on a note with a long frontmatter: the text edit, the parse that checks it and the
// comparison with the intended data, for each command, on a 1,000-line frontmatter in mixed YAML styles.
import { CORE_SCHEMA, safeLoad } from "js-yaml";
import { editNote, logFollowUp, markThanked, setOutcome, type Plan } from "../../src/engine/edits";
import { timeSync } from "./common";

const WHEN = "2026-11-21T09:30";

/** The YAML reader Obsidian's parseYaml stands for (the command line's own). */
const parse = (yaml: string): unknown => safeLoad(yaml, { schema: CORE_SCHEMA });

/** A note whose frontmatter has `lines` lines: interviewers, follow-ups, comments, block text and many keys of its own. */
export function longNote(lines: number): string {
	const yaml = [
		"# A long note",
		"tags: [interview]",
		"company: 'Acme'",
		"interview_date: 2026-11-20T14:00",
		"interviewers:",
		"  - Jane Doe",
		"  - name: Sam Lee",
		"    email: sam@acme.example",
		"follow_ups:",
		"  - 2026-11-27",
	];
	for (let i = 0; yaml.length < lines - 4; i++) {
		if (i % 10 === 0) yaml.push(`# section ${i}`);
		else if (i % 10 === 1) yaml.push(`notes_${i}: |`, "  A line of block text", "  and another");
		else if (i % 10 === 2) yaml.push(`list_${i}: [a, 'b', "c"]`);
		else yaml.push(`key_${i}: value ${i} # why`);
	}
	yaml.push("outcome: pending", "zip: 02134", "version: 1.10");
	return `---\n${yaml.slice(0, lines).join("\n")}\n---\n# Acme\n\nBody text.\n`;
}

export interface WriteResult {
	frontmatterLines: number;
	/** Milliseconds per command, per run. */
	commands: Record<string, number[]>;
}

export function benchWrite(lines: number, runs: number): WriteResult {
	const text = longNote(lines);
	const frontmatterLines = (text.split("\n---\n")[0]?.split("\n").length ?? 1) - 1;
	const plans: Record<string, Plan> = {
		"mark thank-you sent (one interviewer)": (fm) => markThanked(fm, { subject: "Jane Doe" }, WHEN),
		"mark thank-you sent (everyone)": (fm) => markThanked(fm, "all", WHEN),
		"log a follow-up": (fm) => logFollowUp(fm, WHEN),
		"set outcome": (fm) => setOutcome(fm, "offer"),
	};
	const commands: Record<string, number[]> = {};
	for (const [name, plan] of Object.entries(plans)) {
		// One run before the clock starts, so the JIT has compiled the edit for every run that is timed.
		if (editNote(text, plan, parse).outcome !== "changed") throw new Error(`${name} did not change the note`);
		commands[name] = Array.from({ length: runs }, () => timeSync(() => editNote(text, plan, parse)));
	}
	// For comparison: one parse of the block, of which every write makes two (before and after the edit).
	const yaml = text.slice(4, text.indexOf("\n---\n") + 1);
	parse(yaml);
	commands["(one parse of the block, for comparison)"] = Array.from({ length: runs }, () => timeSync(() => parse(yaml)));
	return { frontmatterLines, commands };
}
