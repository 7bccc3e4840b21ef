// The template placeholder syntax, shared by the drafts that fill placeholders and the check that finds leftovers.

/**
 * `{{name}}`: a placeholder in a template or a draft. The capture is the name, trimmed (undefined for `{{ }}`).
 * Written so that no two parts can match the same spaces: the obvious `\{\{\s*([^{}]*?)\s*\}\}` backtracks
 * cubically, and a note holding `{{` and a few thousand spaces stalled every evaluation for seconds to minutes.
 */
export const PLACEHOLDER_PATTERN = /\{\{\s*(?:([^{}\s]+(?:\s+[^{}\s]+)*)\s*)?\}\}/g;

// The same pattern without the g flag, made once: `test` then keeps no position between calls.
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERN.source);

/** Whether a text still holds a placeholder (a template value not filled in, or a prompt to personalise). */
export function holdsPlaceholder(text: string): boolean {
	return ANY_PLACEHOLDER.test(text);
}

// The words that open a prompt, written once for both patterns below.
const PROMPT_WORDS = String.raw`(?:personalise|personalize|fill in)\s*:`;

/**
 * A prompt a draft leaves for the user to write in their own words: `{{personalise: …}}`, `{{fill in: …}}`. Prompts
 * are meant to stay visible, so rule 3 flags the draft until they are replaced, and they are never reported as unknown.
 */
export const PROMPT_PATTERN = new RegExp(String.raw`\{\{\s*${PROMPT_WORDS}`, "i");

const PROMPT_NAME = new RegExp(`^${PROMPT_WORDS}`, "i");

/** Whether a placeholder's name (what is inside the braces) is such a prompt. */
export function isPromptName(name: string): boolean {
	return PROMPT_NAME.test(name);
}
