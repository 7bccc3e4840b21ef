// Many interview notes for timing the sidebar: a job search at scale, spread over every stage and check, with
// interviews in the weeks around `now`. The same count always gives the same notes.
import { addDays, addHours } from "date-fns";
import { toNoteDateTime } from "../../src/engine/dates";
import type { NoteFiles } from "./page-contract";

const COMPANIES = [
	"Northwind Health",
	"Brightline Logistics",
	"Cedar & Vale",
	"Halcyon Games",
	"Osprey Outdoor",
	"Fernleaf Energy",
	"Quayside Bank",
	"Pinecrest Library",
];
const ROLES = ["Product Designer", "UX Designer", "Service Designer", "UX Researcher"];
const PEOPLE = ["Priya Raman", "Marcus Lee", "Tom Okafor", "Dan Kim", "Sofia Alvarez", "Ben Carter", "Helen Brooks"];
const OUTCOMES = ["pending", "pending", "pending", "next-round", "rejected", "offer"];

/** `count` interview notes, by path, with interviews from five weeks before `now` to a week after it. */
export function interviewNotes(count: number, now: Date): NoteFiles {
	const notes: NoteFiles = {};
	for (let i = 0; i < count; i++) {
		const company = `${COMPANIES[i % COMPANIES.length] ?? "Acme"} ${Math.floor(i / COMPANIES.length) + 1}`;
		const role = ROLES[i % ROLES.length] ?? "Designer";
		const interview = addHours(addDays(now, (i % 42) - 35), (i % 5) - 6);
		const people = PEOPLE.slice(i % PEOPLE.length, (i % PEOPLE.length) + 1 + (i % 3));
		const lines = [
			"---",
			"tags: [interview]",
			`company: ${company}`,
			`role: ${role}`,
			`interview_date: ${toNoteDateTime(interview)}`,
			"interviewers:",
			...people.map((name, n) => (n === 0 && i % 4 === 0 ? `  - name: ${name}\n    linkedin: requested` : `  - ${name}`)),
			`outcome: ${OUTCOMES[i % OUTCOMES.length] ?? "pending"}`,
		];
		if (i % 3 !== 0) lines.push(`thank_you_sent: ${toNoteDateTime(addHours(interview, 3 + (i % 30)))}`);
		if (i % 7 === 0) lines.push(`follow_ups: [${toNoteDateTime(addDays(interview, 8)).slice(0, 10)}]`);
		if (i % 11 === 0) lines.push(`gracious_note_sent: ${toNoteDateTime(addDays(interview, 10)).slice(0, 10)}`);
		lines.push("topics: [design systems, accessibility]", "---", "", `Notes from the interview with ${company}.`, "");
		notes[`Interviews/${String(i).padStart(4, "0")} ${company.replace(/&/g, "and")}.md`] = lines.join("\n");
	}
	return notes;
}
