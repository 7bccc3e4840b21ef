// Which notes are interview notes, and how an interview note's frontmatter is read, in every form a user writes it.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { FIELDS, interviewerSubject, isInterviewNote, readInterviewNote } from "../../src/engine/note";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, type InterviewNote, type NoteTime, type Problem } from "../../src/engine/types";

const SAMPLES_DIR = "/work/shared/obsidian-metadata-samples";

/** What Obsidian's metadata cache returned for one sample note. */
interface ObsidianSample {
	name: string;
	frontmatter: unknown;
	obsidianTags: string[] | null;
}

function loadSamples(): ObsidianSample[] {
	return readdirSync(SAMPLES_DIR)
		.filter((file) => file.endsWith(".json"))
		.sort()
		.map((file) => {
			const raw: unknown = JSON.parse(readFileSync(join(SAMPLES_DIR, file), "utf8"));
			const sample = raw as { cachedMetadata?: { frontmatter?: unknown }; parseFrontMatterTags?: string[] | null };
			return { name: file, frontmatter: sample.cachedMetadata?.frontmatter, obsidianTags: sample.parseFrontMatterTags ?? null };
		});
}

const SAMPLES = loadSamples();

function sample(name: string): unknown {
	const found = SAMPLES.find((each) => each.name === name);
	if (found === undefined) throw new Error(`no sample ${name}`);
	return found.frontmatter;
}

function settingsWith(changes: Partial<EngineSettings>): EngineSettings {
	return { ...DEFAULT_ENGINE_SETTINGS, ...changes };
}

/** A complete, correct interview note's frontmatter, as Obsidian hands it over; tests change one thing at a time. */
function goodFrontmatter(): Record<string, unknown> {
	return {
		tags: ["interview"],
		company: "Acme",
		role: "Platform engineer",
		interview_date: "2026-11-20T14:00",
		interviewers: ["Jane Doe"],
	};
}

function read(changes: Record<string, unknown>, without: string[] = []): { note: InterviewNote; problems: Problem[] } {
	const frontmatter = { ...goodFrontmatter(), ...changes };
	for (const key of without) delete frontmatter[key];
	return readInterviewNote("Interviews/Acme.md", frontmatter);
}

function problemsOn(problems: Problem[], field: string): Problem[] {
	return problems.filter((problem) => problem.field === field);
}

function instantOf(time: NoteTime | null): number | null {
	return time === null ? null : time.instant.getTime();
}

describe("isInterviewNote: which notes count", () => {
	const settings = DEFAULT_ENGINE_SETTINGS;

	it.each([
		["a list holding the tag", { tags: ["interview"] }, true],
		["a list holding the tag among others", { tags: ["job-search", "interview", "2026"] }, true],
		["the tag in capitals", { tags: ["Interview"] }, true],
		["the tag with its #", { tags: ["#interview"] }, true],
		["a single tag as text", { tags: "interview" }, true],
		["a single #tag as text", { tags: "#INTERVIEW" }, true],
		["tags separated by commas", { tags: "job-search, interview" }, true],
		["tags separated by spaces", { tags: "job-search interview" }, true],
		["a nested tag", { tags: ["interview/onsite"] }, true],
		["a deeper nested tag as text", { tags: "#interview/phone/screen" }, true],
		["Obsidian's older tag key", { tag: "interview" }, true],
		["Obsidian's older tag key as a list", { tag: ["interview"] }, true],
		["a tag that merely starts with it", { tags: ["interviewing"] }, false],
		["a tag that merely starts with it, as text", { tags: "interviews" }, false],
		["the tag nested below another", { tags: ["job/interview"] }, false],
		["other tags only", { tags: ["journal"] }, false],
		["an emptied tags property", { tags: null }, false],
		["an empty list", { tags: [] }, false],
		["empty text", { tags: "" }, false],
		["a number", { tags: 2026 }, false],
		["tags as an object", { tags: { interview: true } }, false],
		["type interview", { type: "interview" }, true],
		["type Interview with spaces", { type: " Interview " }, true],
		["type interviews", { type: "interviews" }, false],
		["type as a list", { type: ["interview"] }, false],
		["no tags and no type", { company: "Acme" }, false],
		// Obsidian reads the `tags` key in any capitalisation, as a property name, but not a capitalised older `tag`
		// (see yaml_complex_example.json, whose `TAG` it ignored).
		["a Tags key", { Tags: ["interview"] }, true],
		["a TAGS key", { TAGS: "interview" }, true],
		["a tAgS key", { tAgS: ["#Interview/onsite"] }, true],
		["a Tags key among other keys", { company: "Acme", role: "Engineer", Tags: ["job-search", "interview"] }, true],
		["a Tags key holding other tags", { Tags: ["journal"] }, false],
		["a TAG key in capitals", { TAG: ["interview"] }, false],
	])("with %s: %s", (_what, frontmatter, expected) => {
		expect(isInterviewNote("Acme.md", frontmatter, settings)).toBe(expected);
	});

	it.each([
		["nothing (no frontmatter)", undefined],
		["null", null],
		["text", "tags: interview"],
		["a number", 42],
		["a list", ["interview"]],
		["a date", new Date(Date.UTC(2026, 10, 20))],
		["true", true],
	])("is never an interview note when the frontmatter is %s", (_what, frontmatter) => {
		expect(isInterviewNote("Acme.md", frontmatter, settings)).toBe(false);
	});

	it.each([
		["the tag setting", "job-interview", { tags: ["job-interview"] }, true],
		["the tag setting written with # and capitals", "#Job-Interview", { tags: "job-interview" }, true],
		["the tag setting, nested below", "job", { tags: ["job/interview"] }, true],
		["the tag setting, not the default tag", "job-interview", { tags: ["interview"] }, false],
		["type interview, whatever the tag setting", "job-interview", { type: "interview" }, true],
		["an emptied tag setting, which falls back to the default tag", "", { tags: ["interview"] }, true],
	])("follows %s", (_what, tag, frontmatter, expected) => {
		expect(isInterviewNote("Acme.md", frontmatter, settingsWith({ tag }))).toBe(expected);
	});

	it.each([
		["a note in the folder", "Interviews", "Interviews/Acme.md", true],
		["a note in a folder below it", "Interviews", "Interviews/2026/Acme.md", true],
		["a note outside it", "Interviews", "Acme.md", false],
		["a note in a folder whose name only starts the same", "Interviews", "Interviews archive/Acme.md", false],
		["a note in a sibling folder sharing a prefix", "Interviews", "InterviewsOld/Acme.md", false],
		["a folder setting with a trailing slash", "Interviews/", "Interviews/Acme.md", true],
		["a folder setting with a leading slash", "/Interviews", "Interviews/Acme.md", true],
		["a nested folder setting", "Jobs/Interviews", "Jobs/Interviews/Acme.md", true],
		["a nested folder setting, note in the parent", "Jobs/Interviews", "Jobs/Acme.md", false],
		["a folder setting in other capitals", "interviews", "Interviews/Acme.md", true],
		["a Windows path from the command line", "Interviews", "Interviews\\Acme.md", true],
		["the whole vault", "", "Anywhere/deep/Acme.md", true],
		["the whole vault written as /", "/", "Acme.md", true],
	])("restricted to a folder: %s", (_what, folder, path, expected) => {
		expect(isInterviewNote(path, { tags: ["interview"] }, settingsWith({ folder }))).toBe(expected);
	});

	describe("the real shapes Obsidian's metadata cache returns", () => {
		// Every tag Obsidian itself found in a sample makes that sample an interview note when it is the tag setting.
		const tagged = SAMPLES.flatMap((each) => (each.obsidianTags ?? []).map((tag) => [each.name, tag] as const));

		it("has samples with tags to check against", () => {
			expect(tagged.length).toBeGreaterThanOrEqual(4);
		});

		it.each(tagged)("agrees with Obsidian that %s holds %s", (name, tag) => {
			expect(isInterviewNote(name, sample(name), settingsWith({ tag }))).toBe(true);
		});

		it.each(SAMPLES.map((each) => [each.name, each.frontmatter] as const))("does not take %s for an interview note", (name, frontmatter) => {
			expect(isInterviewNote(name, frontmatter, settings)).toBe(false);
		});

		it.each([
			["a tag nested in the sample", "yaml_all_property_types_populated.json", "sample", true],
			["a nested tag's middle", "yaml_all_property_types_populated.json", "sample/tag", true],
			["a nested tag's last part alone", "yaml_all_property_types_populated.json", "value", false],
			// Obsidian's captured version found no tags here; a job seeker who typed two tags on one line means both.
			["the second of two tags on one line", "yaml_tags_with_two_values_on_one_line.json", "value-2-of-2-on-one-line", true],
			["a tag in JSON frontmatter", "jason_properties.json", "journal", true],
			["an emptied tags property", "yaml_tags_is_empty.json", "interview", false],
			["an empty tags list", "yaml_tags_is_empty_list.json", "interview", false],
			["a TAG key in capitals, which Obsidian ignores", "yaml_complex_example.json", "value1", false],
			["a note with no frontmatter", "no_yaml.json", "task", false],
		])("reads %s (%s) as tagged %s: %s", (_what, name, tag, expected) => {
			expect(isInterviewNote(name, sample(name), settingsWith({ tag }))).toBe(expected);
		});
	});

	describe("hostile frontmatter", () => {
		it("does not read tags hidden behind a __proto__ key", () => {
			const frontmatter: unknown = JSON.parse('{"__proto__": {"tags": ["interview"], "type": "interview"}}');
			expect(isInterviewNote("Acme.md", frontmatter, settings)).toBe(false);
		});

		it("does not read inherited tags", () => {
			const frontmatter: unknown = Object.create({ tags: ["interview"] });
			expect(isInterviewNote("Acme.md", frontmatter, settings)).toBe(false);
		});

		it("reads a mapping without a prototype", () => {
			const frontmatter = Object.assign(Object.create(null) as Record<string, unknown>, { tags: "interview" });
			expect(isInterviewNote("Acme.md", frontmatter, settings)).toBe(true);
		});

		it("reads only the first thousand tags of a huge list", () => {
			const tags = Array.from({ length: 5000 }, (_, i) => `tag-${i}`);
			expect(isInterviewNote("Acme.md", { tags: [...tags.slice(0, 10), "interview"] }, settings)).toBe(true);
			expect(isInterviewNote("Acme.md", { tags: [...tags, "interview"] }, settings)).toBe(false);
		});

		it.each([
			["a path that is not text", 42, settings],
			["settings whose tag and folder are not text", "Acme.md", { ...settings, tag: 7, folder: null }],
		])("never throws with %s", (_what, path, weird) => {
			const call = (): boolean => isInterviewNote(path as unknown as string, { tags: ["interview"] }, weird as unknown as EngineSettings);
			expect(call).not.toThrow();
		});
	});
});

describe("readInterviewNote: a complete note", () => {
	it("reads a correct note without a single problem", () => {
		const { note, problems } = read({});
		expect(problems).toEqual([]);
		expect(note.path).toBe("Interviews/Acme.md");
		expect(note.company).toBe("Acme");
		expect(note.role).toBe("Platform engineer");
		expect(instantOf(note.interviewDate)).toBe(new Date(2026, 10, 20, 14, 0).getTime());
		expect(note.interviewers.map((each) => each.subject)).toEqual(["Jane Doe"]);
	});

	it("gives every field its default when only the required ones are there", () => {
		const { note } = read({});
		expect(note.durationMinutes).toBe(60);
		expect(note.thankYouSent).toBeNull();
		expect(note.nextStepsDate).toBeNull();
		expect(note.heardBack).toBeNull();
		expect(note.followUps).toEqual([]);
		expect(note.followUpInvited).toBe(false);
		expect(note.outcome).toBe("pending");
		expect(note.graciousNoteSent).toBeNull();
		expect(note.topics).toEqual([]);
	});

	const NOTE_TEXT = [
		"tags: [interview]",
		"company: Acme",
		"role: Platform engineer",
		"interview_date: 2026-11-20",
		"duration: 45",
		"interviewers:",
		"  - [[Jane Doe]]",
		'  - "[[people/John Smith|John]]"',
		"  - name: Priya Patel",
		"    email: priya@acme.example",
		"    linkedin_url: https://www.linkedin.com/in/priya",
		"    linkedin: requested",
		"    thanked: 2026-11-21",
		"    old_fashioned: true",
		"thank_you_sent: 2026-11-20",
		"next_steps_date: 2026-11-27",
		"heard_back: 2026-12-01",
		"follow_ups:",
		"  - 2026-11-30",
		"  - date: 2026-11-28",
		"    channel: phone",
		"follow_up_invited: yes",
		"outcome: rejected",
		"gracious_note_sent: 2026-12-02",
		"topics: [event sourcing, Kafka]",
	].join("\n");

	// A YAML parser gives Date objects (UTC midnight for a date); Obsidian gives the same values as text.
	it.each([
		["as a YAML parser gives it, with Date objects", yaml.load(NOTE_TEXT)],
		["as Obsidian gives it, with dates as text", yaml.load(NOTE_TEXT, { schema: yaml.CORE_SCHEMA })],
	])("reads a full note %s", (_what, frontmatter) => {
		const { note, problems } = readInterviewNote("Acme.md", frontmatter);
		expect(problems).toEqual([]);
		expect(note.company).toBe("Acme");
		expect(note.interviewDate).toEqual({ instant: new Date(2026, 10, 20), dateOnly: true, day: "2026-11-20" });
		expect(note.durationMinutes).toBe(45);
		expect(note.interviewers).toEqual([
			{
				subject: "Jane Doe",
				link: "Jane Doe",
				email: null,
				linkedinUrl: null,
				linkedin: null,
				thanked: note.thankYouSent,
				oldFashioned: false,
				index: 0,
			},
			{
				subject: "John",
				link: "people/John Smith",
				email: null,
				linkedinUrl: null,
				linkedin: null,
				thanked: note.thankYouSent,
				oldFashioned: false,
				index: 1,
			},
			{
				subject: "Priya Patel",
				link: null,
				email: "priya@acme.example",
				linkedinUrl: "https://www.linkedin.com/in/priya",
				linkedin: "requested",
				thanked: { instant: new Date(2026, 10, 21), dateOnly: true, day: "2026-11-21" },
				oldFashioned: true,
				index: 2,
			},
		]);
		expect(note.thankYouSent?.day).toBe("2026-11-20");
		expect(note.nextStepsDate?.day).toBe("2026-11-27");
		expect(note.heardBack?.day).toBe("2026-12-01");
		expect(note.followUps.map((each) => [each.at.day, each.channel])).toEqual([
			["2026-11-28", "phone"],
			["2026-11-30", null],
		]);
		expect(note.followUpInvited).toBe(true);
		expect(note.outcome).toBe("rejected");
		expect(note.graciousNoteSent?.day).toBe("2026-12-02");
		expect(note.topics).toEqual(["event sourcing", "Kafka"]);
	});
});

describe("readInterviewNote: dates", () => {
	const DATE_FIELDS = [
		[FIELDS.interviewDate, (note: InterviewNote) => note.interviewDate],
		[FIELDS.thankYouSent, (note: InterviewNote) => note.thankYouSent],
		[FIELDS.nextStepsDate, (note: InterviewNote) => note.nextStepsDate],
		[FIELDS.heardBack, (note: InterviewNote) => note.heardBack],
		[FIELDS.graciousNoteSent, (note: InterviewNote) => note.graciousNoteSent],
	] as const;

	const DATE_FORMS = [
		["a date", "2026-11-20", new Date(2026, 10, 20), true],
		["a date and time", "2026-11-20T14:00", new Date(2026, 10, 20, 14, 0), false],
		["a date and time with seconds", "2026-11-20T14:00:45", new Date(2026, 10, 20, 14, 0, 45), false],
		["a date and time with a space", "2026-11-20 14:00", new Date(2026, 10, 20, 14, 0), false],
		["a date and time with an offset", "2026-11-20T14:00Z", new Date(Date.UTC(2026, 10, 20, 14, 0)), false],
		["a YAML date (UTC midnight)", new Date(Date.UTC(2026, 10, 20)), new Date(2026, 10, 20), true],
		["a YAML timestamp", new Date(Date.UTC(2026, 10, 20, 14, 0)), new Date(2026, 10, 20, 14, 0), false],
		["a date on the US DST change", "2026-03-08", new Date(2026, 2, 8), true],
		["a YAML date on the New Zealand DST change", new Date(Date.UTC(2026, 8, 27)), new Date(2026, 8, 27), true],
	] as const;

	const cases = DATE_FIELDS.flatMap(([field, pick]) =>
		DATE_FORMS.map(([form, value, expected, dateOnly]) => [field, form, value, expected, dateOnly, pick] as const),
	);

	it.each(cases)("reads %s given as %s", (field, _form, value, expected, dateOnly, pick) => {
		const { note, problems } = read({ [field]: value });
		expect(problemsOn(problems, field)).toEqual([]);
		const time = pick(note);
		expect(instantOf(time)).toBe(expected.getTime());
		expect(time?.dateOnly).toBe(dateOnly);
	});

	const OPTIONAL = DATE_FIELDS.filter(([field]) => field !== FIELDS.interviewDate);
	const ABSENT = [
		["left out", undefined],
		["emptied (null, as Obsidian writes it)", null],
		["empty text", ""],
		["blank text", "   "],
	] as const;

	it.each(OPTIONAL.flatMap(([field, pick]) => ABSENT.map(([how, value]) => [field, how, value, pick] as const)))(
		"takes %s %s as not recorded, without a problem",
		(field, _how, value, pick) => {
			const { note, problems } = read({ [field]: value });
			expect(pick(note)).toBeNull();
			expect(problemsOn(problems, field)).toEqual([]);
		},
	);

	it.each(ABSENT)("asks for interview_date when it is %s", (_how, value) => {
		const { note, problems } = read({ interview_date: value });
		expect(note.interviewDate).toBeNull();
		const found = problemsOn(problems, "interview_date");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("interview_date is missing");
	});

	const WRONG = [
		["a number", 20261120, "a number"],
		["true", true, "true or false"],
		["a list", ["2026-11-20"], "a list"],
		["an object", { date: "2026-11-20" }, "an object"],
		["a word", "tomorrow", "tomorrow"],
		["a day-first date", "20/11/2026", "20/11/2026"],
		["a day that does not exist", "2026-02-30", "not a real day"],
		["a month that does not exist", "2026-13-01", "not a real day"],
	] as const;

	it.each(DATE_FIELDS.flatMap(([field, pick]) => WRONG.map(([what, value, says]) => [field, what, value, says, pick] as const)))(
		"refuses %s given as %s, with a problem that names the field",
		(field, _what, value, says, pick) => {
			const { note, problems } = read({ [field]: value });
			expect(pick(note)).toBeNull();
			const found = problemsOn(problems, field);
			expect(found).toHaveLength(1);
			expect(found[0]?.message).toContain(field);
			expect(found[0]?.message).toContain(says);
		},
	);
});

describe("readInterviewNote: company and role", () => {
	it.each([
		["text", "Acme", "Acme"],
		["text with spaces around it", "  Acme Corp  ", "Acme Corp"],
		["a number", 3, "3"],
		["a quoted link", "[[Acme]]", "Acme"],
		["a quoted link in a folder", "[[Companies/Acme Corp]]", "Acme Corp"],
		["a quoted link with an alias", "[[Companies/Acme Corp|Acme]]", "Acme"],
		["an unquoted link, read by YAML as a nested list", [["Acme"]], "Acme"],
	])("reads company and role given as %s", (_what, value, expected) => {
		const { note, problems } = read({ company: value, role: value });
		expect(note.company).toBe(expected);
		expect(note.role).toBe(expected);
		expect(problems).toEqual([]);
	});

	it.each([
		["left out", undefined],
		["emptied", null],
		["empty", ""],
	])("warns when company is %s", (_how, value) => {
		const { note, problems } = read({ company: value });
		expect(note.company).toBeNull();
		const found = problemsOn(problems, "company");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("company is missing");
	});

	it("does not ask for a role, which is optional", () => {
		const { note, problems } = read({}, ["role"]);
		expect(note.role).toBeNull();
		expect(problemsOn(problems, "role")).toEqual([]);
	});

	it.each([
		["company", "true or false", true],
		["company", "an object", { name: "Acme" }],
		["company", "a list", ["Acme", "Beta"]],
		["role", "a list", ["Engineer", "Lead"]],
		["role", "an object", { title: "Engineer" }],
		["role", "true or false", false],
	])("refuses %s given as %s, naming what was expected", (field, found, value) => {
		const { note, problems } = read({ [field]: value });
		expect(field === "company" ? note.company : note.role).toBeNull();
		const about = problemsOn(problems, field);
		expect(about).toHaveLength(1);
		expect(about[0]?.message).toBe(`${field} should be text, not ${found}; it is ignored until fixed.`);
	});
});

describe("readInterviewNote: duration", () => {
	it.each([
		["a number", 45, 45],
		["numeric text", "90", 90],
		["numeric text with spaces", " 30 ", 30],
		["minutes written out", "45 min", 45],
		["minutes written out in full", "45 minutes", 45],
		["a fraction", 52.5, 52.5],
	])("reads a duration given as %s", (_what, value, expected) => {
		const { note, problems } = read({ duration: value });
		expect(note.durationMinutes).toBe(expected);
		expect(problemsOn(problems, "duration")).toEqual([]);
	});

	it.each([
		["left out", undefined],
		["emptied", null],
	])("uses 60 minutes when the duration is %s, without a problem", (_what, value) => {
		const { note, problems } = read({ duration: value });
		expect(note.durationMinutes).toBe(60);
		expect(problemsOn(problems, "duration")).toEqual([]);
	});

	it.each([
		["zero", 0],
		["negative", -30],
		["negative text", "-30"],
		["a word", "an hour"],
		["hours", "1h"],
		["a list", [45]],
		["true", true],
		["an object", { minutes: 45 }],
		["infinite", Number.POSITIVE_INFINITY],
	])("uses 60 minutes when the duration is %s, with a problem", (_what, value) => {
		const { note, problems } = read({ duration: value });
		expect(note.durationMinutes).toBe(60);
		const found = problemsOn(problems, "duration");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("minutes");
	});
});

describe("readInterviewNote: interviewers", () => {
	const FORMS = [
		["a name", "Jane Doe", "Jane Doe", null],
		["a name with spaces around it", "  Jane Doe ", "Jane Doe", null],
		["a quoted link", "[[Jane Doe]]", "Jane Doe", "Jane Doe"],
		["a link with spaces inside", "[[ Jane Doe ]]", "Jane Doe", "Jane Doe"],
		["a link into a folder", "[[people/Jane Doe]]", "Jane Doe", "people/Jane Doe"],
		["a link with an alias", "[[people/Jane Doe|Jane]]", "Jane", "people/Jane Doe"],
		["a link with an escaped bar, copied from a table", "[[people/Jane Doe\\|Jane]]", "Jane", "people/Jane Doe"],
		["a link with .md", "[[people/Jane Doe.md]]", "Jane Doe", "people/Jane Doe.md"],
		["a link to a heading", "[[Jane Doe#Notes]]", "Jane Doe", "Jane Doe"],
		["an unquoted link as an item (a list holding a list)", [["Jane Doe"]], "Jane Doe", "Jane Doe"],
		["an unquoted link in a flow list (a list holding text)", ["Jane Doe"], "Jane Doe", "Jane Doe"],
		["an unquoted link with an alias", [["people/Jane Doe|Jane"]], "Jane", "people/Jane Doe"],
		["an object with a name", { name: "Jane Doe" }, "Jane Doe", null],
		["an object whose name is a link", { name: "[[people/Jane Doe|Jane]]" }, "Jane", "people/Jane Doe"],
		["an object whose name is an unquoted link", { name: [["people/Jane Doe"]] }, "Jane Doe", "people/Jane Doe"],
	] as const;

	it.each(FORMS)("reads an interviewer given as %s", (_what, item, subject, link) => {
		const { note, problems } = read({ interviewers: [item] });
		expect(problems).toEqual([]);
		expect(note.interviewers).toHaveLength(1);
		expect(note.interviewers[0]?.subject).toBe(subject);
		expect(note.interviewers[0]?.link).toBe(link);
		expect(note.interviewers[0]?.index).toBe(0);
	});

	it.each(FORMS)("names the raw item given as %s for the frontmatter edits", (_what, item, subject) => {
		expect(interviewerSubject(item)).toBe(subject);
	});

	it.each([
		["true", true],
		["nothing", null],
		["empty text", ""],
		["a link to nothing", "[[]]"],
		["a link to a heading only", "[[#Notes]]"],
		["a list of two lists", [["a"], ["b"]]],
		["an object with no name", { email: "jane@acme.example" }],
		["an object with an empty name", { name: "" }],
		["an object whose name is not text", { name: true }],
	])("names nobody for a raw item given as %s", (_what, item) => {
		expect(interviewerSubject(item)).toBeNull();
	});

	it.each([
		["a YAML list of unquoted links", "interviewers: [[Jane Doe]]", [["Jane Doe", "Jane Doe"]]],
		[
			"a YAML block list of unquoted links",
			"interviewers:\n  - [[Jane Doe]]\n  - [[people/John Smith|John]]",
			[
				["Jane Doe", "Jane Doe"],
				["John", "people/John Smith"],
			],
		],
		[
			"a YAML block list of quoted links and names",
			'interviewers:\n  - "[[Jane Doe]]"\n  - John Smith',
			[
				["Jane Doe", "Jane Doe"],
				["John Smith", null],
			],
		],
		["a single name", "interviewers: Jane Doe", [["Jane Doe", null]]],
		["a single quoted link", 'interviewers: "[[Jane Doe]]"', [["Jane Doe", "Jane Doe"]]],
		["a single object", "interviewers:\n  name: Jane Doe", [["Jane Doe", null]]],
	])("reads %s as written in YAML", (_what, text, expected) => {
		const frontmatter = { ...goodFrontmatter(), ...(yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>) };
		const { note, problems } = readInterviewNote("Acme.md", frontmatter);
		expect(problemsOn(problems, "interviewers")).toEqual([]);
		expect(note.interviewers.map((each) => [each.subject, each.link])).toEqual(expected);
	});

	it.each([
		["a number", 42, "a number"],
		["true", true, "true or false"],
	])("takes no interviewer from interviewers given as %s alone: a number is not a name", (_what, value, found) => {
		const { note, problems } = read({ interviewers: value });
		expect(note.interviewers).toEqual([]);
		const onField = problemsOn(problems, "interviewers");
		expect(onField.some((problem) => problem.message.startsWith(`interviewers is ${found}`))).toBe(true);
	});

	it("leaves out a number among the interviewers, with a problem saying a number is not a name", () => {
		const { note, problems } = read({ interviewers: ["Jane Doe", 42, { name: 7 }] });
		expect(note.interviewers.map((each) => each.subject)).toEqual(["Jane Doe"]);
		expect(problemsOn(problems, "interviewers[1]")[0]?.message).toContain("a number is not a name");
		expect(problemsOn(problems, "interviewers[2]")[0]?.message).toContain("a number is not a name");
		expect(interviewerSubject(42)).toBeNull();
	});

	it("keeps each interviewer's place in the list, counting the items it could not read", () => {
		const { note, problems } = read({ interviewers: [true, "Jane Doe", null, { name: "John Smith" }] });
		expect(note.interviewers.map((each) => [each.subject, each.index])).toEqual([
			["Jane Doe", 1],
			["John Smith", 3],
		]);
		expect(problemsOn(problems, "interviewers[0]")).toHaveLength(1);
		expect(problemsOn(problems, "interviewers[2]")).toHaveLength(1);
	});

	it.each([
		["true", true, "true or false"],
		["empty", null, "empty"],
		["a list of two lists", [["a"], ["b"]], "a list"],
		["an object without a name", { email: "jane@acme.example" }, "no usable name"],
		["an object whose name is a number list", { name: [1, 2] }, "no usable name"],
	])("leaves out an interviewer given as %s, with a problem on that item", (_what, item, says) => {
		const { note, problems } = read({ interviewers: ["Jane Doe", item] });
		expect(note.interviewers.map((each) => each.subject)).toEqual(["Jane Doe"]);
		const found = problemsOn(problems, "interviewers[1]");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("interviewers[1]");
		expect(found[0]?.message).toContain(says);
	});

	it.each([
		["left out", undefined],
		["emptied", null],
		["an empty list", []],
		["empty text", ""],
		["a list of nothing usable", [true, false]],
	])("asks for the names when the interviewers are %s: each gets their own thank-you", (_what, value) => {
		const { note, problems } = read({ interviewers: value });
		expect(note.interviewers).toEqual([]);
		const found = problemsOn(problems, "interviewers");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("their own thank-you");
	});

	it.each([
		["the same name twice", ["Jane", "Jane"]],
		["a name and a link with that alias", ["Jane", "[[people/Jane Doe|Jane]]"]],
		["names in other capitals", ["jane doe", { name: "Jane Doe" }]],
	])("keeps both interviewers given as %s, and says they cannot be told apart", (_what, items) => {
		const { note, problems } = read({ interviewers: items });
		expect(note.interviewers).toHaveLength(2);
		const found = problemsOn(problems, "interviewers");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("interviewers[0], interviewers[1]");
	});

	it("does not complain about two different people", () => {
		const { problems } = read({ interviewers: ["Jane Doe", "John Smith"] });
		expect(problems).toEqual([]);
	});

	describe("an interviewer's own details", () => {
		function onlyInterviewer(details: Record<string, unknown>, note: Record<string, unknown> = {}) {
			const { note: read_, problems } = read({ ...note, interviewers: [{ name: "Jane Doe", ...details }] });
			return { interviewer: read_.interviewers[0], problems };
		}

		it("reads email and LinkedIn address", () => {
			const { interviewer, problems } = onlyInterviewer({ email: "jane@acme.example", linkedin_url: "https://www.linkedin.com/in/jane" });
			expect(problems).toEqual([]);
			expect(interviewer?.email).toBe("jane@acme.example");
			expect(interviewer?.linkedinUrl).toBe("https://www.linkedin.com/in/jane");
		});

		it.each([
			["requested", "requested"],
			["connected", "connected"],
			["skip", "skip"],
			["Connected", "connected"],
			[" SKIP ", "skip"],
			[null, null],
			["", null],
		])("reads linkedin %j as %j", (value, expected) => {
			const { interviewer, problems } = onlyInterviewer({ linkedin: value });
			expect(interviewer?.linkedin).toBe(expected);
			expect(problems).toEqual([]);
		});

		it.each([
			["a word it does not know", "pending"],
			["true", true],
			["a list", ["connected"]],
		])("refuses linkedin given as %s, naming the accepted values", (_what, value) => {
			const { interviewer, problems } = onlyInterviewer({ linkedin: value });
			expect(interviewer?.linkedin).toBeNull();
			const found = problemsOn(problems, "interviewers[0].linkedin");
			expect(found).toHaveLength(1);
			expect(found[0]?.message).toContain("requested, connected, skip");
		});

		it.each([
			[true, true],
			["yes", true],
			["true", true],
			[false, false],
			["no", false],
			[null, false],
		])("reads old_fashioned %j as %j", (value, expected) => {
			const { interviewer, problems } = onlyInterviewer({ old_fashioned: value });
			expect(interviewer?.oldFashioned).toBe(expected);
			expect(problems).toEqual([]);
		});

		it("refuses old_fashioned given as a word it does not know, and uses false", () => {
			const { interviewer, problems } = onlyInterviewer({ old_fashioned: "very" });
			expect(interviewer?.oldFashioned).toBe(false);
			expect(problemsOn(problems, "interviewers[0].old_fashioned")).toHaveLength(1);
		});

		it.each([
			["an object", "email", { address: "jane@acme.example" }],
			["a list", "linkedin_url", ["https://a", "https://b"]],
		])("refuses an interviewer detail given as %s (%s), keeping the interviewer", (_what, key, value) => {
			const { interviewer, problems } = onlyInterviewer({ [key]: value });
			expect(interviewer?.subject).toBe("Jane Doe");
			expect(problemsOn(problems, `interviewers[0].${key}`)).toHaveLength(1);
		});

		it("takes the interviewer's own thanked time over the note's thank_you_sent", () => {
			const { interviewer } = onlyInterviewer({ thanked: "2026-11-21T09:00" }, { thank_you_sent: "2026-11-20T18:00" });
			expect(instantOf(interviewer?.thanked ?? null)).toBe(new Date(2026, 10, 21, 9, 0).getTime());
		});

		it("takes the note's thank_you_sent for an interviewer with no thanked of their own", () => {
			const { note } = read({ thank_you_sent: "2026-11-20T18:00", interviewers: ["John Smith", { name: "Jane Doe" }] });
			expect(note.interviewers.map((each) => instantOf(each.thanked))).toEqual([
				new Date(2026, 10, 20, 18, 0).getTime(),
				new Date(2026, 10, 20, 18, 0).getTime(),
			]);
		});

		it("leaves an interviewer unthanked when neither is recorded", () => {
			expect(onlyInterviewer({}).interviewer?.thanked).toBeNull();
		});

		it("refuses a thanked that is not a date, and falls back to the note's thank_you_sent", () => {
			const { interviewer, problems } = onlyInterviewer({ thanked: true }, { thank_you_sent: "2026-11-20" });
			expect(interviewer?.thanked?.day).toBe("2026-11-20");
			expect(problemsOn(problems, "interviewers[0].thanked")).toHaveLength(1);
		});

		it.each([
			["linkedIn", "linkedin"],
			["LinkedIn URL", "linkedin_url"],
			["oldFashioned", "old_fashioned"],
			["thankd", "thanked"],
			["Name", "name"],
		])("says that %s inside an interviewer is not read, naming %s", (key, meant) => {
			const { problems } = onlyInterviewer({ [key]: "x" });
			const found = problemsOn(problems, `interviewers[0].${key}`);
			expect(found).toHaveLength(1);
			expect(found[0]?.message).toBe(`"${key}" is not read: did you mean "${meant}"?`);
		});
	});
});

describe("readInterviewNote: follow-ups", () => {
	it.each([
		[
			"a list of dates",
			["2026-11-28", "2026-12-05"],
			[
				["2026-11-28", null],
				["2026-12-05", null],
			],
		],
		["a list of YAML dates", [new Date(Date.UTC(2026, 10, 28))], [["2026-11-28", null]]],
		["a list of dates and times", ["2026-11-28T10:00"], [["2026-11-28", null]]],
		[
			"dates with their channel",
			[
				{ date: "2026-11-28", channel: "email" },
				{ date: "2026-12-05T09:30", channel: "phone" },
			],
			[
				["2026-11-28", "email"],
				["2026-12-05", "phone"],
			],
		],
		["a single date", "2026-11-28", [["2026-11-28", null]]],
		["a single YAML date", new Date(Date.UTC(2026, 10, 28)), [["2026-11-28", null]]],
		["a single object", { date: "2026-11-28", channel: "email" }, [["2026-11-28", "email"]]],
		[
			"dates separated by commas",
			"2026-11-28, 2026-12-05",
			[
				["2026-11-28", null],
				["2026-12-05", null],
			],
		],
		[
			"dates out of order, sorted by time",
			["2026-12-05", { date: "2026-11-28T16:00" }, "2026-11-28T09:00"],
			[
				["2026-11-28", null],
				["2026-11-28", null],
				["2026-12-05", null],
			],
		],
		["an emptied list", null, []],
		["an empty list", [], []],
	])("reads follow-ups given as %s", (_what, value, expected) => {
		const { note, problems } = read({ follow_ups: value });
		expect(problems).toEqual([]);
		expect(note.followUps.map((each) => [each.at.day, each.channel])).toEqual(expected);
	});

	it("keeps the time of day of each follow-up and sorts on it", () => {
		const { note } = read({ follow_ups: ["2026-11-28T16:00", "2026-11-28T09:00"] });
		expect(note.followUps.map((each) => each.at.instant.getTime())).toEqual([
			new Date(2026, 10, 28, 9, 0).getTime(),
			new Date(2026, 10, 28, 16, 0).getTime(),
		]);
	});

	it.each([
		["a word", "last week", "last week"],
		["a number", 20261128, "a number"],
		["an object without a date", { channel: "email" }, "no date"],
		["an object with a bad date", { date: "2026-11-31" }, "not a real day"],
		["nothing", null, "no date"],
	])("leaves out a follow-up given as %s, with a problem on that item", (_what, item, says) => {
		const { note, problems } = read({ follow_ups: ["2026-11-28", item] });
		expect(note.followUps.map((each) => each.at.day)).toEqual(["2026-11-28"]);
		const found = problemsOn(problems, "follow_ups[1]");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain(says);
	});

	it("reads a channel given as a number as text, and refuses one given as a list", () => {
		const { note, problems } = read({
			follow_ups: [
				{ date: "2026-11-28", channel: 1 },
				{ date: "2026-12-05", channel: ["a", "b"] },
			],
		});
		expect(note.followUps.map((each) => each.channel)).toEqual(["1", null]);
		expect(problemsOn(problems, "follow_ups[1].channel")).toHaveLength(1);
	});

	it.each([
		["true", true],
		["a number", 3],
	])("refuses follow_ups given as %s", (_what, value) => {
		const { note, problems } = read({ follow_ups: value });
		expect(note.followUps).toEqual([]);
		expect(problemsOn(problems, "follow_ups")).toHaveLength(1);
	});
});

describe("readInterviewNote: follow_up_invited", () => {
	it.each([
		[true, true],
		[false, false],
		["true", true],
		["false", false],
		["yes", true],
		["no", false],
		["Yes", true],
		[" NO ", false],
		[null, false],
		[undefined, false],
	])("reads %j as %j", (value, expected) => {
		const { note, problems } = read({ follow_up_invited: value });
		expect(note.followUpInvited).toBe(expected);
		expect(problems).toEqual([]);
	});

	it.each([
		["a word", "maybe"],
		["a number", 1],
		["a list", [true]],
	])("refuses %s and uses false", (_what, value) => {
		const { note, problems } = read({ follow_up_invited: value });
		expect(note.followUpInvited).toBe(false);
		const found = problemsOn(problems, "follow_up_invited");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("true or false");
	});
});

describe("readInterviewNote: outcome", () => {
	it.each([
		["pending", "pending"],
		["next-round", "next-round"],
		["offer", "offer"],
		["rejected", "rejected"],
		["withdrawn", "withdrawn"],
		["Offer", "offer"],
		["  Rejected ", "rejected"],
		["Next round", "next-round"],
		["next_round", "next-round"],
		[null, "pending"],
		[undefined, "pending"],
		["", "pending"],
	])("reads %j as %s", (value, expected) => {
		const { note, problems } = read({ outcome: value });
		expect(note.outcome).toBe(expected);
		expect(problems).toEqual([]);
	});

	it.each([
		["a word it does not know", "ghosted"],
		["a list", ["offer"]],
		["true", true],
	])("refuses %s, listing the outcomes, and uses pending", (_what, value) => {
		const { note, problems } = read({ outcome: value });
		expect(note.outcome).toBe("pending");
		const found = problemsOn(problems, "outcome");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("pending, next-round, offer, rejected, withdrawn");
	});
});

describe("readInterviewNote: topics", () => {
	it.each([
		["a list", ["event sourcing", "Kafka"], ["event sourcing", "Kafka"]],
		["a list with numbers", ["Kafka", 2026], ["Kafka", "2026"]],
		["a list with empty items", ["Kafka", "", null, "  "], ["Kafka"]],
		["text separated by commas", "event sourcing, Kafka,, ", ["event sourcing", "Kafka"]],
		["a single topic", "Kafka", ["Kafka"]],
		["a list of links", ["[[Kafka]]", [["Event sourcing"]]], ["Kafka", "Event sourcing"]],
		["an emptied list", null, []],
		["an empty list", [], []],
	])("reads topics given as %s", (_what, value, expected) => {
		const { note, problems } = read({ topics: value });
		expect(note.topics).toEqual(expected);
		expect(problems).toEqual([]);
	});

	it.each([
		["an object", { first: "Kafka" }, "topics"],
		["true", true, "topics"],
	])("refuses topics given as %s", (_what, value, field) => {
		const { note, problems } = read({ topics: value });
		expect(note.topics).toEqual([]);
		expect(problemsOn(problems, field)).toHaveLength(1);
	});

	it("leaves out a topic that is not text, with a problem on that item", () => {
		const { note, problems } = read({ topics: ["Kafka", { a: 1 }] });
		expect(note.topics).toEqual(["Kafka"]);
		expect(problemsOn(problems, "topics[1]")).toHaveLength(1);
	});
});

describe("readInterviewNote: the tags key in capitals", () => {
	it("reads Tags and TAGS as the tags key, not as a misspelling of it", () => {
		for (const key of ["Tags", "TAGS"]) {
			const { problems } = read({ [key]: ["interview"] }, ["tags"]);
			expect(problemsOn(problems, key)).toEqual([]);
		}
	});
});

describe("readInterviewNote: keys that look like known ones", () => {
	it.each([
		["interviewDate", "interview_date"],
		["Interview Date", "interview_date"],
		["interview-date", "interview_date"],
		["interveiw_date", "interview_date"],
		["interview_dat", "interview_date"],
		["thankyou_sent", "thank_you_sent"],
		["thankYouSent", "thank_you_sent"],
		["Company", "company"],
		["comapny", "company"],
		["ROLE", "role"],
		["followups", "follow_ups"],
		["follow_up", "follow_ups"],
		["interviewer", "interviewers"],
		["Next Steps Date", "next_steps_date"],
		["heardBack", "heard_back"],
		["followUpInvited", "follow_up_invited"],
		["outcomes", "outcome"],
		["gracious_note_send", "gracious_note_sent"],
		["Topics", "topics"],
		["duraton", "duration"],
	])("says %s is not read and names %s", (key, meant) => {
		const { problems } = read({ [key]: "2026-11-20" });
		const found = problemsOn(problems, key);
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toBe(`"${key}" is not read: did you mean "${meant}"?`);
	});

	it("does not read the known key from a misspelt one", () => {
		const { note, problems } = read({ interviewDate: "2026-11-20T14:00", Company: "Beta" }, ["interview_date", "company"]);
		expect(note.interviewDate).toBeNull();
		expect(note.company).toBeNull();
		expect(problemsOn(problems, "interview_date")).toHaveLength(1);
		expect(problemsOn(problems, "interviewDate")).toHaveLength(1);
	});

	it.each([
		["tag", "Obsidian's older tags key"],
		["aliases", "Obsidian's"],
		["cssclasses", "Obsidian's"],
		["date", "a short key of the user's own"],
		["topic", "a short key, not compared for typos"],
		["roles", "a short key, not compared for typos"],
		["created", "a key of the user's own"],
		["status", "a key of the user's own"],
		["location", "a key of the user's own"],
		["salary", "a key of the user's own"],
		["recruiter", "a key of the user's own"],
		["company_url", "three edits from company"],
		["interview_type", "three edits from interview_date"],
		["next_steps", "a key of the user's own"],
	])("leaves %s alone (%s)", (key) => {
		const { problems } = read({ [key]: "x" });
		expect(problemsOn(problems, key)).toEqual([]);
	});

	it("checks only the first thousand keys of a huge note", () => {
		const many: Record<string, unknown> = {};
		for (let i = 0; i < 1000; i++) many[`key_${i}`] = i;
		expect(problemsOn(read({ interviewDate: "x", ...many }).problems, "interviewDate")).toHaveLength(1);
		const late = readInterviewNote("Acme.md", { ...goodFrontmatter(), ...many, interviewDate: "x" });
		expect(problemsOn(late.problems, "interviewDate")).toEqual([]);
	});

	it("reads a note with a hundred thousand keys", () => {
		const many: Record<string, unknown> = goodFrontmatter();
		for (let i = 0; i < 100_000; i++) many[`interviewDate${i}`] = i;
		const { note, problems } = readInterviewNote("Acme.md", many);
		expect(note.company).toBe("Acme");
		expect(problems.length).toBeLessThanOrEqual(1000);
	});
});

describe("readInterviewNote: frontmatter that is not a set of properties", () => {
	it.each([
		["nothing", undefined, false],
		["null", null, false],
		["text", "company: Acme", true],
		["a number", 42, true],
		["a list", [{ company: "Acme" }], true],
		["a date", new Date(Date.UTC(2026, 10, 20)), true],
	])("reads a note whose frontmatter is %s as a note with nothing in it", (_what, frontmatter, saysSo) => {
		const { note, problems } = readInterviewNote("Acme.md", frontmatter);
		expect(note).toEqual({
			path: "Acme.md",
			company: null,
			role: null,
			interviewDate: null,
			durationMinutes: 60,
			interviewers: [],
			thankYouSent: null,
			nextStepsDate: null,
			heardBack: null,
			followUps: [],
			followUpInvited: false,
			outcome: "pending",
			graciousNoteSent: null,
			topics: [],
		});
		expect(problemsOn(problems, "interview_date")).toHaveLength(1);
		expect(problemsOn(problems, "frontmatter")).toHaveLength(saysSo ? 1 : 0);
	});
});

describe("readInterviewNote: hostile keys", () => {
	it("ignores a __proto__ key and leaves every object alone", () => {
		const frontmatter: unknown = JSON.parse(
			'{"__proto__": {"company": "Evil", "polluted": true}, "interview_date": "2026-11-20T14:00", "interviewers": ["Jane Doe"]}',
		);
		const { note, problems } = readInterviewNote("Acme.md", frontmatter);
		expect(note.company).toBeNull();
		expect(problemsOn(problems, "company")).toHaveLength(1);
		expect(problemsOn(problems, "__proto__")).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it("ignores inherited properties", () => {
		const frontmatter: unknown = Object.create({ company: "Inherited", interview_date: "2026-11-20" });
		const { note } = readInterviewNote("Acme.md", frontmatter);
		expect(note.company).toBeNull();
		expect(note.interviewDate).toBeNull();
	});

	it.each([
		["constructor", "Acme"],
		["toString", "x"],
		["hasOwnProperty", "x"],
		["__proto__", null],
	])("reads a note holding a %s key like any other", (key, value) => {
		const frontmatter: Record<string, unknown> = JSON.parse(JSON.stringify(goodFrontmatter()));
		Object.defineProperty(frontmatter, key, { value, enumerable: true, configurable: true, writable: true });
		const { note, problems } = readInterviewNote("Acme.md", frontmatter);
		expect(note.company).toBe("Acme");
		expect(note.interviewers.map((each) => each.subject)).toEqual(["Jane Doe"]);
		expect(problems).toEqual([]);
	});

	it("reads a mapping without a prototype", () => {
		const frontmatter = Object.assign(Object.create(null) as Record<string, unknown>, goodFrontmatter());
		expect(readInterviewNote("Acme.md", frontmatter).problems).toEqual([]);
	});

	it("reads only the first thousand interviewers of a huge list, and says so", () => {
		const interviewers = Array.from({ length: 3000 }, (_, i) => `Interviewer ${i}`);
		const { note, problems } = read({ interviewers });
		expect(note.interviewers).toHaveLength(1000);
		expect(problemsOn(problems, "interviewers").some((each) => each.message.includes("first 1,000"))).toBe(true);
	});

	it("does not unwrap links nested deeper than YAML writes them", () => {
		let deep: unknown = "Jane Doe";
		for (let i = 0; i < 10_000; i++) deep = [deep];
		const { note, problems } = read({ interviewers: [deep], company: deep, topics: deep });
		expect(note.interviewers).toEqual([]);
		expect(note.company).toBeNull();
		expect(problems.length).toBeGreaterThan(0);
	});

	it("keeps a very long value short in its message", () => {
		const { problems } = read({ outcome: "x".repeat(100_000) });
		const found = problemsOn(problems, "outcome");
		expect(found[0]?.message.length).toBeLessThan(300);
	});
});

describe("problems speak to the user", () => {
	const MESSY: Record<string, unknown> = {
		company: ["a", "b"],
		interview_date: "tomorrow",
		duration: "long",
		interviewers: [true, { name: "Jane", linkedin: "maybe", thanked: "soon", old_fashioned: 3 }, "Jane"],
		thank_you_sent: [],
		follow_ups: ["never"],
		follow_up_invited: "perhaps",
		outcome: "ghosted",
		topics: { a: 1 },
		Interview_Date: "2026-11-20",
	};

	it("names each field in its problem's message", () => {
		const { problems } = readInterviewNote("Acme.md", MESSY);
		expect(problems.length).toBeGreaterThanOrEqual(12);
		for (const problem of problems) {
			expect(problem.field).not.toBe("");
			expect(problem.message).toContain(problem.field);
		}
	});

	it("reads every sample Obsidian returned without throwing, and names every problem's field", () => {
		for (const each of SAMPLES) {
			const { problems } = readInterviewNote(each.name, each.frontmatter);
			for (const problem of problems) {
				expect(problem.field.length).toBeGreaterThan(0);
				expect(problem.message.length).toBeGreaterThan(0);
			}
		}
	});
});

describe("readInterviewNote: every problem says its words after the field", () => {
	it.each([
		["a missing date and company", { tags: ["interview"] }],
		[
			"wrong types everywhere",
			{
				interview_date: 42,
				company: ["a", "b"],
				duration: "long",
				interviewers: [42, true, { email: "x" }],
				follow_ups: [{ channel: "email" }],
				follow_up_invited: "maybe",
				outcome: "hired",
				topics: { a: 1 },
			},
		],
		["keys that look like known ones", { interviewDate: "2026-11-20", Company: "Acme", interviewers: [{ name: "Jane", linkedn: "connected" }] }],
		["two interviewers with one name", { interviewers: ["Jane", "jane"] }],
		["frontmatter that is a list", ["interview"]],
	])("for %s", (_what, frontmatter) => {
		const { problems } = readInterviewNote("Acme.md", frontmatter);
		expect(problems.length).toBeGreaterThan(0);
		for (const problem of problems) {
			expect(problem.detail, problem.message).not.toBe("");
			// The detail is the message after the field (or its quoted last part) and a space, or the whole message.
			const quotedKey = `"${problem.field.split(".").pop() ?? ""}"`;
			const opening = [problem.field, quotedKey].find((start) => problem.message.startsWith(`${start} `));
			expect(problem.message, problem.message).toBe(opening === undefined ? problem.detail : `${opening} ${problem.detail}`);
		}
	});
});

describe("the cap on long lists holds however the list is written", () => {
	it("reads only the first 1,000 topics of a text of 20,000, with a problem on topics", () => {
		const topics = Array.from({ length: 20_000 }, (_, i) => `topic ${i}`).join(", ");
		const { note, problems } = readInterviewNote("x.md", { tags: ["interview"], interview_date: "2026-11-20T14:00", topics });
		expect(note.topics).toHaveLength(1000);
		expect(problems.map((problem) => problem.field)).toContain("topics");
	});

	it("reads only the first 1,000 follow-ups of a text of 5,000 dates, with a problem on follow_ups", () => {
		const follow_ups = Array.from({ length: 5000 }, () => "2026-11-21").join(", ");
		const { note, problems } = readInterviewNote("x.md", { tags: ["interview"], interview_date: "2026-11-20T14:00", follow_ups });
		expect(note.followUps).toHaveLength(1000);
		expect(problems.map((problem) => problem.field)).toContain("follow_ups");
	});
});
