// The frontmatter keys of an interview note, version 1: the one place that spells them, so the reader, the
// near-miss check and the frontmatter edits all agree.

/** The note's frontmatter keys, version 1. */
export const FIELDS = {
	company: "company",
	role: "role",
	interviewDate: "interview_date",
	duration: "duration",
	interviewers: "interviewers",
	thankYouSent: "thank_you_sent",
	nextStepsDate: "next_steps_date",
	heardBack: "heard_back",
	followUps: "follow_ups",
	followUpInvited: "follow_up_invited",
	outcome: "outcome",
	graciousNoteSent: "gracious_note_sent",
	topics: "topics",
	tags: "tags",
	type: "type",
} as const;

/** The keys of one interviewer given as an object in `interviewers`. */
export const INTERVIEWER_FIELDS = {
	name: "name",
	email: "email",
	linkedinUrl: "linkedin_url",
	linkedin: "linkedin",
	thanked: "thanked",
	oldFashioned: "old_fashioned",
} as const;

/** The keys of one follow-up given as an object in `follow_ups`. */
export const FOLLOW_UP_FIELDS = { date: "date", channel: "channel" } as const;

/** Obsidian's older name for `tags`, which Obsidian itself still reads. */
export const OLDER_TAGS_FIELD = "tag";

/**
 * Whether a key is one Obsidian reads tags from: `tags` in any capitalisation (`Tags`, `TAGS`: a property name is
 * not case-sensitive in Obsidian), and the older `tag` as written (a capitalised `TAG` Obsidian ignores, as
 * yaml_complex_example.json shows).
 */
export function isTagsKey(key: string): boolean {
	return key === OLDER_TAGS_FIELD || (key.length === 4 && key.toLowerCase() === FIELDS.tags);
}
