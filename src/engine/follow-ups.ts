// The `follow_ups` field: each follow-up the user logged (a date, or `date` and `channel`) read into a FollowUp,
// earliest first.
import { FIELDS, FOLLOW_UP_FIELDS } from "./frontmatter-keys";
import { asProperties, fieldProblem, isAbsent, listItems, own, readText, readTime, splitOnCommas } from "./frontmatter-values";
import type { FollowUp, Problem } from "./types";

/** Follow-ups as dates or `{date, channel}`; a single one may stand alone, and one text may list dates separated by commas. */
export function readFollowUps(value: unknown, problems: Problem[]): FollowUp[] {
	const field = FIELDS.followUps;
	if (isAbsent(value)) return [];
	let items: unknown[];
	let single = false;
	if (Array.isArray(value)) {
		items = listItems(value, field, "follow-ups", problems);
	} else if (typeof value === "string") {
		// A text of dates separated by commas is a list too, under the same cap.
		items = listItems(splitOnCommas(value), field, "follow-ups", problems);
		single = items.length === 1;
	} else {
		items = [value];
		single = true;
	}
	const followUps: FollowUp[] = [];
	items.forEach((item, index) => {
		const followUp = readFollowUp(item, single ? field : `${field}[${index}]`, problems);
		if (followUp !== null) followUps.push(followUp);
	});
	return followUps.sort((a, b) => a.at.instant.getTime() - b.at.instant.getTime());
}

function readFollowUp(item: unknown, field: string, problems: Problem[]): FollowUp | null {
	const properties = asProperties(item);
	const date = properties === null ? item : own(properties, FOLLOW_UP_FIELDS.date);
	if (isAbsent(date)) {
		problems.push(
			fieldProblem(
				field,
				`has no date: write the day you followed up (2026-11-27), or ${FOLLOW_UP_FIELDS.date}: and ${FOLLOW_UP_FIELDS.channel}:; it is left out until fixed.`,
			),
		);
		return null;
	}
	const at = readTime(date, field, problems, "it is left out until fixed");
	if (at === null) return null;
	const channel = properties === null ? null : readText(own(properties, FOLLOW_UP_FIELDS.channel), `${field}.${FOLLOW_UP_FIELDS.channel}`, problems);
	return { at, channel };
}
