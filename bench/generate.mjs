// Synthetic vaults for the benchmark: a job seeker's vault at 1,000, 10,000 and 50,000 notes (a fifth of them
// interview notes) and one of 10,000 interview notes only. Seeded, so the same size always gives the same files.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the notes change, so cached vaults made by an older generator are made again. */
export const GENERATOR_VERSION = 3;

export const VAULT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "vaults");

/** The moment every figure is taken at: the notes are spread around it (months before, a fortnight after). */
export const BENCH_NOW = "2026-11-20T16:00";

/** A small, fast, seeded generator (mulberry32): the same seed gives the same vault on every machine. */
function randomFrom(seed) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (below) => Math.floor(next() * below),
		pick: (list) => list[Math.floor(next() * list.length)],
		chance: (p) => next() < p,
	};
}

const COMPANIES = [
	"Northwind Health",
	"Brightline Logistics",
	"Cedar & Vale",
	"Halcyon Games",
	"Osprey Outdoor",
	"Fernleaf Energy",
	"Quayside Bank",
	"Pinecrest Library",
	"Tidewater Hotels",
	"Ashford Insurance",
	"Marlow Publishing",
	"Kestrel Robotics",
	"Bluebird Credit Union",
	"Saltmarsh Studio",
	"Ridgeway Foods",
	"Copperline Telecom",
	"Meridian Health",
	"Vantage Cloud",
	"Larkspur Education",
	"Harbourview Transit",
	"Granite Peak Software",
	"Silverleaf Pharmacy",
	"Orchard Lane Retail",
	"Blue Heron Media",
	"Foxglove Analytics",
	"Windmill Energy Co-op",
	"Juniper Legal",
	"Lantern Health Records",
];
const ROLES = [
	"Product Designer",
	"UX Designer",
	"Service Designer",
	"UX Researcher",
	"Senior Product Designer",
	"Content Designer",
	"Design Systems Lead",
	"Interaction Designer",
	"Product Manager",
	"Frontend Engineer",
];
const FIRST = [
	"Jane",
	"Priya",
	"Marcus",
	"Tom",
	"Dan",
	"Sofia",
	"Ben",
	"Helen",
	"Chloe",
	"Omar",
	"Aisha",
	"Lukas",
	"Mei",
	"Rafael",
	"Grace",
	"Tariq",
	"Ingrid",
	"Kofi",
];
const LAST = [
	"Doe",
	"Raman",
	"Lee",
	"Okafor",
	"Kim",
	"Alvarez",
	"Carter",
	"Brooks",
	"Martin",
	"Haddad",
	"Bello",
	"Becker",
	"Chen",
	"Costa",
	"Nakamura",
	"Iqbal",
	"Larsen",
	"Mensah",
];
const TOPICS = [
	"design systems",
	"accessibility audits",
	"the onboarding funnel",
	"diary studies",
	"the mobile checkout",
	"warehouse dashboards",
	"usability testing with carers",
	"the payments redesign",
	"service blueprints",
	"recruiting rural participants",
	"dark mode",
	"the handheld scanner app",
	"peak-season shift planning",
	"content strategy",
	"research operations",
	"the claims journey",
	"offline-first forms",
];
const WORDS = (
	"the team asked about how I would approach a project with tight deadlines and unclear requirements we talked " +
	"through research plans stakeholders trade-offs prototypes metrics roadmap users interviews testing " +
	"accessibility handoff engineering collaboration feedback iteration launch retrospective budget scope hiring " +
	"culture remote office commute salary benefits growth mentoring portfolio case study whiteboard exercise"
).split(" ");
const DAILY_TAGS = ["daily", "journal", "job-search", "reading", "meeting", "project", "person", "idea"];
const CHANNELS = ["email", "phone", "linkedin"];

function pad(n) {
	return String(n).padStart(2, "0");
}

/** A calendar day `offset` days from the benchmark's day, as YYYY-MM-DD: the same text in every time zone. */
function dayFrom(offset) {
	const base = Date.UTC(2026, 10, 20);
	const d = new Date(base + offset * 86_400_000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A local date and time as a note writes it: `offsetMinutes` after 00:00 of the benchmark's day. */
function dateTimeFrom(offsetMinutes) {
	const days = Math.floor(offsetMinutes / 1440);
	const minutes = offsetMinutes - days * 1440;
	return `${dayFrom(days)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function sentence(random, words) {
	const parts = [];
	for (let i = 0; i < words; i++) parts.push(random.pick(WORDS));
	const text = parts.join(" ");
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random, sentences) {
	const parts = [];
	for (let i = 0; i < sentences; i++) parts.push(sentence(random, 6 + random.int(14)));
	return parts.join(" ");
}

function person(random) {
	return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

/** The `interviewers` list in the forms people write it: names, links, link with alias, objects. */
function interviewerLines(random, names, interviewMinutes) {
	const lines = ["interviewers:"];
	for (const name of names) {
		const form = random.int(10);
		if (form < 4) lines.push(`  - ${name}`);
		else if (form < 6) lines.push(`  - "[[People/${name}]]"`);
		else if (form < 7) lines.push(`  - "[[People/${name}|${name.split(" ")[0]}]]"`);
		else {
			lines.push(`  - name: ${name}`);
			if (random.chance(0.6)) lines.push(`    email: ${name.toLowerCase().replace(" ", ".")}@example.com`);
			if (random.chance(0.5)) lines.push(`    linkedin: ${random.pick(["requested", "connected", "skip"])}`);
			if (random.chance(0.3)) lines.push(`    thanked: ${dateTimeFrom(interviewMinutes + 60 + random.int(2400))}`);
			if (random.chance(0.1)) lines.push("    old_fashioned: true");
		}
	}
	return lines;
}

function tagLines(random) {
	const form = random.int(20);
	if (form < 10) return ["tags: [interview]"];
	if (form < 13) return ["tags: interview"];
	if (form < 16) return ["tags:", "  - job-search", "  - interview/onsite"];
	if (form < 17) return ['tags: ["#interview"]'];
	if (form < 19) return ["type: interview"];
	return ["tags: [Interview, job-search]"];
}

/** One interview note: realistic frontmatter (every field in its usual forms, a few mistakes) and a body. */
function interviewNote(random, n) {
	const company = `${random.pick(COMPANIES)}${n >= COMPANIES.length ? ` ${1 + (n % 97)}` : ""}`;
	const role = random.pick(ROLES);
	// From about six months before the benchmark's day to a fortnight after it, during working hours.
	const dayOffset = 14 - random.int(195);
	const interviewMinutes = dayOffset * 1440 + 9 * 60 + 30 * random.int(17);
	const names = [];
	for (let i = 1 + random.int(random.chance(0.3) ? 4 : 2); i > 0; i--) names.push(person(random));
	const lines = ["---", ...tagLines(random), `company: ${company.includes("&") ? `"${company}"` : company}`, `role: ${role}`];
	const dateForm = random.int(100);
	if (dateForm < 85) lines.push(`interview_date: ${dateTimeFrom(interviewMinutes)}`);
	else if (dateForm < 95) lines.push(`interview_date: ${dayFrom(dayOffset)}`);
	else if (dateForm < 97) lines.push(`interviewDate: ${dateTimeFrom(interviewMinutes)}`);
	else if (dateForm < 99) lines.push("interview_date: next Tuesday afternoon");
	if (random.chance(0.3)) lines.push(`duration: ${random.pick([30, 45, 60, 90, 120])}`);
	lines.push(...interviewerLines(random, names, interviewMinutes));
	if (dayOffset <= 0) {
		if (random.chance(0.6)) lines.push(`thank_you_sent: ${dateTimeFrom(interviewMinutes + 60 + random.int(3000))}`);
		if (random.chance(0.3)) lines.push(`next_steps_date: ${dayFrom(dayOffset + 5 + random.int(14))}`);
		if (random.chance(0.15)) lines.push(`heard_back: ${dayFrom(dayOffset + 3 + random.int(20))}`);
		const followUps = random.chance(0.2) ? 1 + random.int(2) : 0;
		if (followUps === 1) lines.push(`follow_ups: [${dayFrom(dayOffset + 8)}]`);
		if (followUps === 2)
			lines.push("follow_ups:", `  - ${dayFrom(dayOffset + 8)}`, `  - date: ${dayFrom(dayOffset + 15)}`, `    channel: ${random.pick(CHANNELS)}`);
		if (random.chance(0.05)) lines.push("follow_up_invited: true");
	}
	const outcome = dayOffset > 0 ? "pending" : random.pick(["pending", "pending", "pending", "next-round", "rejected", "offer", "withdrawn"]);
	if (random.chance(0.8)) lines.push(`outcome: ${outcome}`);
	if (outcome === "rejected" && random.chance(0.5)) lines.push(`gracious_note_sent: ${dayFrom(dayOffset + 12)}`);
	const topics = [];
	if (random.chance(0.7)) {
		for (let i = 1 + random.int(3); i > 0; i--) topics.push(random.pick(TOPICS));
		lines.push("topics:", ...topics.map((topic) => `  - ${topic}`));
	}
	// Keys the plugin does not know, kept untouched: every real vault has some.
	if (random.chance(0.4)) lines.push(`location: ${random.pick(["Remote", "On site", "Hybrid, two days"])}`);
	if (random.chance(0.3)) lines.push(`source: ${random.pick(["referral", "LinkedIn", "company site", "recruiter"])}`);
	if (random.chance(0.2)) lines.push(`salary_range: ${50 + random.int(60)}k-${70 + random.int(80)}k`);
	lines.push("---", `# ${company} — ${role}`, "", paragraph(random, 2 + random.int(3)), "", "## Notes");
	for (let i = 4 + random.int(10); i > 0; i--) lines.push(`- ${sentence(random, 5 + random.int(16))}`);
	lines.push("", "## Questions they asked");
	for (let i = 2 + random.int(5); i > 0; i--) lines.push(`- ${sentence(random, 6 + random.int(10))}`);
	if (random.chance(0.3)) {
		for (const name of names) {
			const generic = random.chance(0.3);
			lines.push("", `## Thank-you: ${name}`, `Dear ${name.split(" ")[0]},`, "");
			lines.push(
				generic
					? "Thank you for your time today. I enjoyed learning more about the role and I am very interested in the position."
					: `Thank you for today's conversation about ${topics[0] ?? random.pick(TOPICS)}. ${sentence(random, 12)}`,
			);
			lines.push("", "Best wishes,", "Alex Morgan");
		}
	}
	lines.push("");
	const folder = dayOffset > 0 ? "Interviews/Upcoming" : `Interviews/${dayFrom(dayOffset).slice(0, 7)}`;
	const name = `${dayFrom(dayOffset)} ${company.replace(/&/g, "and")} - ${role} ${n}.md`;
	return { path: `${folder}/${name}`, text: lines.join("\n") };
}

/** One note that is not an interview: a daily note, a person, a project page, reading notes, some without frontmatter. */
function otherNote(random, n) {
	const kind = random.int(10);
	const lines = [];
	let path;
	if (kind < 4) {
		const day = dayFrom(-(n % 1500));
		path = `Daily/${day.slice(0, 4)}/${day.slice(0, 7)}/${day} ${n}.md`;
		if (random.chance(0.7)) lines.push("---", `tags: [${random.pick(DAILY_TAGS)}]`, `created: ${day}`, "---");
		lines.push(`# ${day}`, "", paragraph(random, 2 + random.int(6)));
		for (let i = random.int(8); i > 0; i--) lines.push(`- [ ] ${sentence(random, 4 + random.int(8))}`);
	} else if (kind < 6) {
		const name = person(random);
		path = `People/${name.charAt(0)}/${name} ${n}.md`;
		lines.push("---", "tags: [person]", `aliases: [${name.split(" ")[0]}]`, `company: ${random.pick(COMPANIES).replace(/&/g, "and")}`, "---");
		lines.push(`# ${name}`, "", paragraph(random, 1 + random.int(4)));
	} else if (kind < 8) {
		path = `Projects/Project ${n % 200}/${sentence(random, 3).slice(0, -1)} ${n}.md`;
		if (random.chance(0.5)) lines.push("---", `status: ${random.pick(["active", "done", "someday"])}`, `due: ${dayFrom(random.int(90) - 30)}`, "---");
		lines.push(`# Project ${n % 200}`, "", paragraph(random, 3 + random.int(8)), "", "## Next", `- ${sentence(random, 8)}`);
	} else {
		path = `Reading/${sentence(random, 3).slice(0, -1)} ${n}.md`;
		lines.push(`# Reading ${n}`, "", paragraph(random, 4 + random.int(12)));
		// Notes about the job search that mention interviews but are not interview notes.
		if (random.chance(0.2)) lines.push("", "## Interview prep", `- ${sentence(random, 10)}`);
	}
	lines.push("");
	return { path, text: lines.join("\n") };
}

/** The folder for a vault kind and size (`mixed`: a fifth interview notes; `interviews`: nothing else). */
export function vaultFolder(kind, count) {
	return join(VAULT_ROOT, `g${GENERATOR_VERSION}-${kind}-${count}`);
}

/** The notes of a vault, in a stable order, without touching the disk. */
export function* vaultNotes(kind, count) {
	const random = randomFrom(kind === "mixed" ? 0x1f2e3d + count : 0x4c5b6a + count);
	let interviews = 0;
	for (let i = 0; i < count; i++) {
		// Every fifth note is an interview note in the mixed vault, so the fifth is exact at every size.
		const isInterview = kind === "interviews" || i % 5 === 2;
		yield isInterview ? interviewNote(random, interviews++) : otherNote(random, i);
	}
}

/** Makes the vault unless a complete copy from this generator version is already cached. Returns its folder. */
export function ensureVault(kind, count) {
	const folder = vaultFolder(kind, count);
	const marker = `${folder}.complete`;
	if (existsSync(marker) && readFileSync(marker, "utf8") === `${count}\n`) return folder;
	rmSync(folder, { recursive: true, force: true });
	const made = new Set();
	for (const { path, text } of vaultNotes(kind, count)) {
		const full = join(folder, path);
		const parent = dirname(full);
		if (!made.has(parent)) {
			mkdirSync(parent, { recursive: true });
			made.add(parent);
		}
		writeFileSync(full, text);
	}
	// Obsidian's own folders, which every reader must skip.
	mkdirSync(join(folder, ".obsidian"), { recursive: true });
	writeFileSync(join(folder, ".obsidian", "app.json"), "{}\n");
	mkdirSync(join(folder, ".trash"), { recursive: true });
	writeFileSync(join(folder, ".trash", "Deleted interview.md"), "---\ntags: [interview]\ncompany: Gone\n---\n");
	writeFileSync(marker, `${count}\n`);
	return folder;
}

// `node bench/generate.mjs mixed 10000` makes (or finds) one vault and prints its folder.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [kind = "mixed", count = "1000"] = process.argv.slice(2);
	process.stdout.write(`${ensureVault(kind, Number(count))}\n`);
}
