// A card's timeline: a thin bar from the interview to its last date (the thank-you deadline, the follow-up), with
// "now" on it. Which markers a note gets, and how they are drawn; the dates are the checks' own, never computed here.
import type { Evaluation } from "../engine/types";
import { formatDeadline, formatNoteTime, formatStart } from "../engine/wording";

export interface TimelineMarker {
	kind: "interview" | "thank-you" | "follow-up" | "now";
	/** Percent of the bar's width, whole numbers so the card is redrawn only when a marker visibly moves. */
	position: number;
	label: string;
}

/**
 * The timeline runs from the interview to the last date on it (the thank-you deadline or the follow-up); "now" sits
 * at either end once time is outside that span. A note with no date after the interview (an upcoming interview,
 * which has no checks yet, or one with no date at all) gets no timeline: a bar with nothing on it says nothing.
 */
export function timelineOf(evaluation: Evaluation, now: Date): TimelineMarker[] {
	const interview = evaluation.note.interviewDate;
	if (interview === null) return [];
	const thankYou = evaluation.checks.find((check) => check.rule === 2)?.due ?? null;
	const followUp = evaluation.checks.find((check) => check.rule === 4 && check.state !== "done")?.due ?? null;
	const start = interview.instant.getTime();
	const end = Math.max(start, thankYou?.getTime() ?? start, followUp?.getTime() ?? start);
	if (end === start) return [];
	const at = (time: number): number => Math.round(Math.min(Math.max((time - start) / (end - start), 0), 1) * 100);
	const markers: TimelineMarker[] = [{ kind: "interview", position: 0, label: `Interview ${formatNoteTime(interview, now)}` }];
	if (thankYou) markers.push({ kind: "thank-you", position: at(thankYou.getTime()), label: `Thank-you by ${formatDeadline(thankYou, now)}` });
	if (followUp) markers.push({ kind: "follow-up", position: at(followUp.getTime()), label: `Follow up from ${formatStart(followUp, now)}` });
	markers.push({ kind: "now", position: at(now.getTime()), label: "Now" });
	return markers;
}

/** Draws the markers on a bar; a screen reader hears them as one sentence, and each marker names itself on hover. */
export function drawTimeline(parent: HTMLElement, markers: TimelineMarker[]): void {
	const timeline = parent.createDiv({ cls: "ifu-timeline", attr: { role: "img", "aria-label": markers.map((m) => m.label).join("; ") } });
	timeline.createDiv({ cls: "ifu-timeline-bar" });
	for (const marker of markers) {
		const el = timeline.createDiv({ cls: ["ifu-timeline-marker", `ifu-timeline-marker--${marker.kind}`], attr: { title: marker.label } });
		el.setCssProps({ "--ifu-position": `${marker.position}%` });
	}
}
