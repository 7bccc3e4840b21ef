// The drafts: a thank-you per interviewer, the follow-up and the gracious reply, written from the note itself.
import { describe, expect, it } from "vitest";
import {
	DEFAULT_TEMPLATES,
	PLACEHOLDER_NAMES,
	followUpDraft,
	graciousDraft,
	renderTemplate,
	thankYouDraft,
	type Draft,
	type Profile,
} from "../../src/engine/drafts";
import { findThankYouDrafts, genericReason } from "../../src/engine/personalisation";
import { holdsPlaceholder } from "../../src/engine/placeholders";
import { checkNote } from "../../src/engine/rules";
import { stageOf } from "../../src/engine/status";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, type Evaluation, type InterviewNote, type Interviewer } from "../../src/engine/types";
import { InterviewNoteBuilder } from "../builders/InterviewNoteBuilder";

const profile: Profile = { myName: "Sam Lee", signature: "Sam Lee\n+1 555 0100" };
const noProfile: Profile = { myName: "", signature: "" };
const topics = ["the data pipeline", "the on-call rota", "mentoring"];

function acmeNote(): InterviewNoteBuilder {
	return new InterviewNoteBuilder()
		.company("Acme")
		.role("Data Engineer")
		.interview(new Date(2026, 10, 20, 14, 0))
		.interviewer("Jane Doe", { email: "jane.doe@acme.example" })
		.interviewer("John Roe")
		.topics(...topics);
}

/** Thursday 27 November 2026, 10:00 local: a week after the interview of Friday 20 November. */
const WEEK_LATER = new Date(2026, 10, 27, 10, 0);

/** The note as the engine evaluates it at `now`, as the commands hand it to the follow-up draft. */
function evaluated(note: InterviewNote, now = WEEK_LATER, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): Evaluation {
	const checks = checkNote(note, now, settings);
	return { path: note.path, note, stage: stageOf(note, checks, now), checks, problems: [] };
}

function interviewerOf(note: InterviewNote, index = 0): Interviewer {
	const interviewer = note.interviewers[index];
	if (!interviewer) throw new Error(`the note has no interviewer ${index}`);
	return interviewer;
}

/** The message of a draft: its section without the heading line and the extra lines below the message. */
function messageOf(draft: Draft): string {
	return draft.text.split("\n").slice(1).join("\n");
}

function mailtoParts(mailto: string): { address: string; subject: string; body: string } {
	const match = /^mailto:([^?]*)\?subject=([^&]*)&body=(.*)$/.exec(mailto);
	if (!match) throw new Error(`not a mailto link with subject and body: ${mailto}`);
	return {
		address: decodeURIComponent(match[1] ?? ""),
		subject: decodeURIComponent(match[2] ?? ""),
		body: decodeURIComponent(match[3] ?? ""),
	};
}

describe("renderTemplate", () => {
	it("fills every documented placeholder it is given a value for", () => {
		const values = Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, `<${name}>`]));
		const template = PLACEHOLDER_NAMES.map((name) => `{{${name}}}`).join(" ");
		const { text, unknownPlaceholders } = renderTemplate(template, values);
		expect(text).toBe(PLACEHOLDER_NAMES.map((name) => `<${name}>`).join(" "));
		expect(unknownPlaceholders).toEqual([]);
	});

	it.each(["$&", "$1", "$$", "$`", "$'", "$<name>"])("puts a value holding %s in literally", (special) => {
		const { text } = renderTemplate("Dear {{first_name}}, thanks", { first_name: `Jo${special}` });
		expect(text).toBe(`Dear Jo${special}, thanks`);
	});

	it("never fills a value that itself looks like a placeholder a second time", () => {
		const { text } = renderTemplate("{{company}} {{role}}", { company: "{{role}}", role: "Engineer" });
		expect(text).toBe("{{role}} Engineer");
	});

	it("keeps an unknown placeholder visible and reports it once", () => {
		const { text, unknownPlaceholders } = renderTemplate("Hi {{compnay}} at {{company}}, {{compnay}} and {{ salary }}", {
			company: "Acme",
		});
		expect(text).toBe("Hi {{compnay}} at Acme, {{compnay}} and {{ salary }}");
		expect(unknownPlaceholders).toEqual(["compnay", "salary"]);
	});

	it("keeps a prompt to personalise visible without reporting it as unknown", () => {
		const template = "About {{personalise: the whiteboard exercise}} and {{fill in: the date}}";
		const { text, unknownPlaceholders } = renderTemplate(template, {});
		expect(text).toBe(template);
		expect(unknownPlaceholders).toEqual([]);
	});

	it("does not report a documented placeholder it has no value for", () => {
		const { text, unknownPlaceholders } = renderTemplate("By {{next_steps_date}}", {});
		expect(text).toBe("By {{next_steps_date}}");
		expect(unknownPlaceholders).toEqual([]);
	});

	it("reads placeholder names typed with other capitals, spaces or hyphens", () => {
		const { text } = renderTemplate("{{First name}} {{ COMPANY }} {{first-name}}", { first_name: "Jane", company: "Acme" });
		expect(text).toBe("Jane Acme Jane");
	});

	it("leaves no double space where an empty value was", () => {
		const { text } = renderTemplate("the {{role}} role at {{company}}.", { role: "", company: "Acme" });
		expect(text).toBe("the role at Acme.");
	});
});

describe("thank-you draft", () => {
	it("is a section headed with the interviewer's name, ending with a newline", () => {
		const note = acmeNote().build();
		const draft = thankYouDraft(note, interviewerOf(note), profile);
		expect(draft.kind).toBe("thank-you");
		expect(draft.heading).toBe("Thank-you: Jane Doe");
		expect(draft.text.startsWith("## Thank-you: Jane Doe\n")).toBe(true);
		expect(draft.text.endsWith("\n")).toBe(true);
		expect(draft.text.endsWith("\n\n")).toBe(false);
		expect(draft.unknownPlaceholders).toEqual([]);
	});

	it("greets the interviewer by first name and names the company, the role and the day", () => {
		const note = acmeNote().build();
		const text = thankYouDraft(note, interviewerOf(note), profile).text;
		expect(text).toContain("Dear Jane,");
		expect(text).toContain("Acme");
		expect(text).toContain("Data Engineer");
		expect(text).toContain("Friday 20 November");
	});

	it("thanks them for their time and restates interest in the role", () => {
		const note = acmeNote().build();
		const text = thankYouDraft(note, interviewerOf(note), profile).text;
		expect(text).toMatch(/thank you for taking the time/i);
		expect(text).toMatch(/excited about the Data Engineer role at Acme/);
	});

	it("mentions every topic talked about, as an English list", () => {
		const note = acmeNote().build();
		const text = thankYouDraft(note, interviewerOf(note), profile).text;
		expect(text).toContain("the data pipeline, the on-call rota and mentoring");
	});

	it("names a single topic on its own and two joined with 'and'", () => {
		const one = acmeNote().topics("Kafka").build();
		expect(thankYouDraft(one, interviewerOf(one), profile).text).toContain("conversation about Kafka.");
		const two = acmeNote().topics("Kafka", "Spark").build();
		expect(thankYouDraft(two, interviewerOf(two), profile).text).toContain("conversation about Kafka and Spark.");
	});

	it("signs with the signature, or with the name when no signature is set", () => {
		const note = acmeNote().build();
		expect(thankYouDraft(note, interviewerOf(note), profile).text).toContain("Kind regards,\nSam Lee\n+1 555 0100\n");
		const nameOnly = thankYouDraft(note, interviewerOf(note), { myName: "Sam Lee", signature: "" });
		expect(nameOnly.text).toContain("Kind regards,\nSam Lee\n");
	});

	it("ends with the sign-off alone when neither a name nor a signature is set, for the mail client to sign", () => {
		const note = acmeNote().build();
		const draft = thankYouDraft(note, interviewerOf(note, 1), noProfile);
		expect(messageOf(draft).trimEnd().endsWith("Kind regards,")).toBe(true);
		expect(draft.text).not.toMatch(/ {2}|\bundefined\b|\bnull\b/);
	});

	it("reads right without a role", () => {
		const note = acmeNote().role(null).build();
		const text = thankYouDraft(note, interviewerOf(note), profile).text;
		expect(text).toContain("about the role at Acme, and");
		expect(text).not.toMatch(/ {2}|\bnull\b|\bundefined\b/);
	});

	it("reads right without a company", () => {
		const note = acmeNote().company(null).build();
		const text = thankYouDraft(note, interviewerOf(note), profile).text;
		expect(text).toContain("the Data Engineer role at your company,");
		expect(text).not.toMatch(/\bnull\b|\bundefined\b/);
	});

	it("leaves a visible prompt to personalise when the note lists no topics, so rule 3 flags it", () => {
		const note = acmeNote().topics().build();
		const draft = thankYouDraft(note, interviewerOf(note), profile);
		expect(draft.text).toContain("{{personalise: mention one thing you and Jane talked about}}");
		expect(holdsPlaceholder(draft.text)).toBe(true);
		expect(draft.unknownPlaceholders).toEqual([]);
	});

	it("leaves a visible prompt for the day when the note has no usable interview date", () => {
		const note = acmeNote().interview(null).build();
		const draft = thankYouDraft(note, interviewerOf(note), profile);
		expect(draft.text).toContain("{{fill in: the interview date}}");
		expect(draft.unknownPlaceholders).toEqual([]);
	});

	it("uses the alias of a linked interviewer as the name", () => {
		const note = acmeNote().interviewer("Jo", { link: "people/Joanna Smith" }).build();
		const draft = thankYouDraft(note, interviewerOf(note, 2), profile);
		expect(draft.heading).toBe("Thank-you: Jo");
		expect(draft.text).toContain("Dear Jo,");
	});

	it("keeps a name holding $& or $1 as it is", () => {
		const note = acmeNote().interviewer("Jo$& $1 Smith").company("Ac$1me $&").build();
		const draft = thankYouDraft(note, interviewerOf(note, 2), { myName: "Sam $&", signature: "" });
		expect(draft.heading).toBe("Thank-you: Jo$& $1 Smith");
		expect(draft.text).toContain("Dear Jo$&,");
		expect(draft.text).toContain("Ac$1me $&");
		expect(draft.text).toContain("Kind regards,\nSam $&\n");
	});

	it("carries a mailto link with subject and body when the interviewer's email is known", () => {
		const note = acmeNote().build();
		const draft = thankYouDraft(note, interviewerOf(note), profile);
		expect(draft.mailto).not.toBeNull();
		const parts = mailtoParts(draft.mailto ?? "");
		expect(parts.address).toBe("jane.doe@acme.example");
		expect(parts.subject).toBe("Thank you for the Data Engineer interview at Acme");
		expect(parts.body.startsWith("Dear Jane,\r\n\r\nThank you")).toBe(true);
		expect(parts.body).toContain("the data pipeline, the on-call rota and mentoring");
		expect(parts.body).not.toContain("## Thank-you");
		expect(draft.text).toContain(`[Send by email](${draft.mailto ?? ""})`);
	});

	it("keeps the mailto link whole inside the markdown link even with parentheses in the text", () => {
		const note = acmeNote().role("Engineer (Platform)").topics("Go (mostly)").build();
		const draft = thankYouDraft(note, interviewerOf(note), profile);
		const link = /\[Send by email\]\(([^)\s]*)\)/.exec(draft.text)?.[1];
		expect(link).toBe(draft.mailto);
		expect(mailtoParts(link ?? "").body).toContain("Go (mostly)");
	});

	it("has no mailto link when the email is not known", () => {
		const note = acmeNote().build();
		const draft = thankYouDraft(note, interviewerOf(note, 1), profile);
		expect(draft.mailto).toBeNull();
		expect(draft.text).not.toContain("mailto:");
	});

	it("suggests a handwritten card as well for an old-fashioned interviewer", () => {
		const note = acmeNote().interviewer("Grace Hopper", { oldFashioned: true }).build();
		expect(thankYouDraft(note, interviewerOf(note, 2), profile).text).toMatch(/handwritten/);
		expect(thankYouDraft(note, interviewerOf(note, 1), profile).text).not.toMatch(/handwritten/);
	});

	it("is found again in the note body, and two unedited drafts read as the same text", () => {
		const note = new InterviewNoteBuilder()
			.interview(new Date(2026, 10, 20, 14, 0))
			.interviewer("Jane Doe")
			.interviewer("John Roe")
			.topics(...topics)
			.build();
		const body = note.interviewers.map((person) => thankYouDraft(note, person, profile).text).join("\n");
		const found = findThankYouDrafts(body);
		expect(found.map((draft) => draft.heading)).toEqual(["Thank-you: Jane Doe", "Thank-you: John Roe"]);
		const [jane, john] = found;
		if (!jane || !john) throw new Error("both drafts should be found");
		expect(genericReason(jane, interviewerOf(note, 0), note, found)).not.toBeNull(); // same text as John's
		expect(genericReason(john, interviewerOf(note, 1), note, found)).not.toBeNull();
		expect(genericReason(jane, interviewerOf(note, 0), note, [jane])).toBeNull();
	});

	it("is flagged by rule 3 when written without topics", () => {
		const note = acmeNote().topics().build();
		const found = findThankYouDrafts(thankYouDraft(note, interviewerOf(note), profile).text);
		const [draft] = found;
		if (!draft) throw new Error("the draft should be found");
		expect(genericReason(draft, interviewerOf(note), note, found)).not.toBeNull();
	});
});

describe("templates from the vault", () => {
	it("puts the built-in heading in front of a template that has none", () => {
		const note = acmeNote().build();
		const draft = thankYouDraft(note, interviewerOf(note), profile, "Hi {{first_name}}, thanks for {{topics}}!\n");
		expect(draft.text).toBe(
			"## Thank-you: Jane Doe\n\nHi Jane, thanks for the data pipeline, the on-call rota and mentoring!\n\n" + `[Send by email](${draft.mailto ?? ""})\n`,
		);
		expect(draft.heading).toBe("Thank-you: Jane Doe");
	});

	it("keeps the heading a template writes itself", () => {
		const note = acmeNote().build();
		const draft = thankYouDraft(note, interviewerOf(note, 1), profile, "### Thank-you to {{interviewer}}\nCheers, {{first_name}}.");
		expect(draft.heading).toBe("Thank-you to John Roe");
		expect(draft.text).toBe("### Thank-you to John Roe\n\nCheers, John.\n");
	});

	it("adds the prompt to personalise to a template without {{topics}} when the note lists no topics", () => {
		const note = acmeNote().topics().build();
		const draft = thankYouDraft(note, interviewerOf(note, 1), profile, "Thanks, {{first_name}}!");
		expect(draft.text).toBe("## Thank-you: John Roe\n\nThanks, John!\n\n{{personalise: mention one thing you and John talked about}}\n");
		const withTopics = acmeNote().build();
		expect(thankYouDraft(withTopics, interviewerOf(withTopics, 1), profile, "Thanks, {{first_name}}!").text).not.toContain("personalise");
	});

	it("reports a misspelt placeholder and keeps it visible", () => {
		const note = acmeNote().build();
		const draft = followUpDraft(evaluated(note), WEEK_LATER, profile, "Hello {{frist_name}} from {{my_name}}");
		expect(draft.unknownPlaceholders).toEqual(["frist_name"]);
		expect(draft.text).toContain("Hello {{frist_name}} from Sam Lee");
	});

	it("leaves out the template note's own properties", () => {
		const note = acmeNote().build();
		const draft = followUpDraft(evaluated(note), WEEK_LATER, profile, "---\ntags: [template]\n---\nDear {{first_name}},\n");
		expect(draft.text).toBe("## Follow-up: Acme\n\nDear Jane,\n");
	});

	it("reads a template written with Windows line endings", () => {
		const note = acmeNote().build();
		const draft = graciousDraft(note, profile, "Dear {{first_name}},\r\n\r\nThank you.\r\n");
		expect(draft.text).toBe("## Gracious reply: Acme\n\nDear Jane,\n\nThank you.\n");
	});
});

describe("follow-up draft", () => {
	it("names the agreed next-steps day when a timeline was given", () => {
		const note = acmeNote().nextSteps("2026-11-27").build();
		const draft = followUpDraft(evaluated(note, new Date(2026, 10, 30, 9, 0)), new Date(2026, 10, 30, 9, 0), profile);
		expect(draft.heading).toBe("Follow-up: Acme");
		expect(draft.text.startsWith("## Follow-up: Acme\n")).toBe(true);
		expect(draft.text).toContain("You mentioned I would hear back by Friday 27 November");
		expect(draft.text).not.toMatch(/a week/);
	});

	it("says a week has passed since the interview when a week has passed and no timeline was given", () => {
		const note = acmeNote().build();
		const draft = followUpDraft(evaluated(note), WEEK_LATER, profile);
		expect(draft.text).toContain("It has been a week since our interview on Friday 20 November");
		expect(draft.text).not.toMatch(/hear back by/);
	});

	it.each([
		[new Date(2026, 10, 30, 9, 0), "It has been 10 days since our interview on Friday 20 November"],
		[new Date(2026, 11, 4, 9, 0), "It has been 2 weeks since our interview on Friday 20 November"],
		[new Date(2026, 10, 21, 9, 0), "It has been a day since our interview on Friday 20 November"],
		[new Date(2026, 10, 20, 18, 0), "We spoke earlier today"],
	])("says how long it has really been at %s", (now, words) => {
		const note = acmeNote().build();
		const text = followUpDraft(evaluated(note, now), now, profile).text;
		expect(text).toContain(`${words}, so I wanted to check in`);
		if (!words.includes("a week")) expect(text).not.toMatch(/a week/);
	});

	it("counts the days truthfully under a longer wait, when rule 4 falls due after 14 days", () => {
		const note = acmeNote().build();
		const now = new Date(2026, 11, 4, 14, 0);
		const evaluation = evaluated(note, now, { ...DEFAULT_ENGINE_SETTINGS, waitDays: 14 });
		expect(evaluation.checks.find((check) => check.rule === 4)?.state).toBe("due");
		expect(followUpDraft(evaluation, now, profile).text).toContain("It has been 2 weeks since our interview on Friday 20 November");
	});

	it("counts from the last follow-up when they asked you to check in again", () => {
		const note = acmeNote().followUp("2026-11-22").followUpInvited().build();
		const now = new Date(2026, 11, 2, 9, 0);
		const text = followUpDraft(evaluated(note, now), now, profile).text;
		expect(text).toContain("You asked me to check in again, and it has been 10 days since my last message, so I wanted to check in");
		expect(text).not.toMatch(/since our interview/);
	});

	it("restates interest, names the role and mentions the topics", () => {
		const note = acmeNote().build();
		const text = followUpDraft(evaluated(note), WEEK_LATER, profile).text;
		expect(text).toContain("the Data Engineer role at Acme");
		expect(text).toContain("the data pipeline, the on-call rota and mentoring");
		expect(text).toMatch(/interested/);
	});

	it("is addressed to the first interviewer, or to the hiring team when none is listed", () => {
		expect(followUpDraft(evaluated(acmeNote().build()), WEEK_LATER, profile).text).toContain("Dear Jane,");
		const none = new InterviewNoteBuilder()
			.company("Acme")
			.interview(new Date(2026, 10, 20, 14, 0))
			.build();
		const text = followUpDraft(evaluated(none), WEEK_LATER, profile).text;
		expect(text).toContain("Dear hiring team,");
		expect(text).toContain("{{personalise: mention one thing you talked about}}");
	});

	it("reads right without a role, a company, topics or a name", () => {
		const note = new InterviewNoteBuilder().company(null).role(null).interview("2026-11-20").build();
		const draft = followUpDraft(evaluated(note), WEEK_LATER, noProfile);
		expect(draft.heading).toBe("Follow-up: interview");
		expect(draft.text).toContain("with the role at your company.");
		expect(draft.text).not.toMatch(/ {2}|\bnull\b|\bundefined\b/);
		expect(draft.unknownPlaceholders).toEqual([]);
		expect(draft.mailto).toBeNull();
	});
});

describe("gracious reply", () => {
	it("thanks them for the opportunity and asks to be considered if the chosen candidate does not work out", () => {
		const note = acmeNote().outcome("rejected").build();
		const draft = graciousDraft(note, profile);
		expect(draft.kind).toBe("gracious");
		expect(draft.heading).toBe("Gracious reply: Acme");
		expect(draft.text.startsWith("## Gracious reply: Acme\n")).toBe(true);
		expect(draft.text).toMatch(/thank you .*for the opportunity to interview for the Data Engineer role at Acme/i);
		expect(draft.text).toMatch(/candidate you chose not work out/);
		expect(draft.text).toMatch(/new openings arise/);
		expect(draft.text).toMatch(/glad to be considered/);
	});

	it("mentions the topics talked about, or leaves a prompt when none are listed", () => {
		const withTopics = acmeNote().build();
		expect(graciousDraft(withTopics, profile).text).toContain("the data pipeline, the on-call rota and mentoring");
		const without = acmeNote().topics().build();
		expect(holdsPlaceholder(graciousDraft(without, profile).text)).toBe(true);
	});
});

describe("every draft", () => {
	const kinds = {
		"thank-you": (note: InterviewNote) => thankYouDraft(note, interviewerOf(note), profile),
		"follow-up": (note: InterviewNote) => followUpDraft(evaluated(note), WEEK_LATER, profile),
		gracious: (note: InterviewNote) => graciousDraft(note, profile),
	};

	it.each(Object.entries(kinds))("%s made from a note with topics mentions each of them", (_kind, make) => {
		const list = ["Kafka", "the hiring plan", "remote work"];
		const text = make(
			acmeNote()
				.topics(...list)
				.build(),
		).text;
		for (const topic of list) expect(text).toContain(topic);
		expect(holdsPlaceholder(text)).toBe(false);
	});

	it.each(Object.entries(kinds))("%s made from a note without topics holds a placeholder", (_kind, make) => {
		expect(holdsPlaceholder(make(acmeNote().topics().build()).text)).toBe(true);
	});

	it("has a built-in template for each kind, using only documented placeholders", () => {
		for (const template of Object.values(DEFAULT_TEMPLATES)) {
			expect(renderTemplate(template, {}).unknownPlaceholders).toEqual([]);
			expect(template.trim()).not.toMatch(/^#/);
		}
	});
});
