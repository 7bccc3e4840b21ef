// What makes a heading a thank-you heading, in one place: rule 3's draft reader, the plugin's index (which reads a
// note's body only when its cached headings hold one) and the CLI (which skips the draft reader otherwise) all ask
// this, so a heading counts the same everywhere.

// "Thank-you", "Thank you", and the hyphens some keyboards type instead (U+2010, U+2011).
const THANK_YOU_HEADING = /^thank[-\u2010\u2011 ]you\b/i;

/** Whether a heading's text (without its #s) starts a thank-you draft: "Thank-you: Jane Doe", "Thank you — Jane". */
export function isThankYouHeading(text: string): boolean {
	return THANK_YOU_HEADING.test(text.trim());
}

/**
 * The words of a thank-you heading after "Thank-you", where it names whom it thanks ("note for Carl Dietrich",
 * ": Jane Doe"). The thank-you words themselves name nobody, so an interviewer called "You" is not in every heading.
 */
export function namedInThankYouHeading(text: string): string {
	const trimmed = text.trim();
	const words = THANK_YOU_HEADING.exec(trimmed);
	return words === null ? trimmed : trimmed.slice(words[0].length);
}

/**
 * A cheap test on a whole body: whether any line could be a thank-you heading. It may say yes for a line the draft
 * reader then rejects (inside a code fence, say), never no for one it accepts.
 */
export function mayHoldThankYouHeading(body: string): boolean {
	return /^ {0,3}#{1,6}[ \t]+thank[-\u2010\u2011 ]you/im.test(body);
}
