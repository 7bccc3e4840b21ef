// The template placeholder syntax, shared by the drafts that fill placeholders and the check that finds leftovers.

/**
 * `{{name}}`: a placeholder in a template or a draft. The capture is the name, trimmed (undefined for `{{ }}`).
 * Written so that no two parts can match the same spaces: the obvious `\{\{\s*([^{}]*?)\s*\}\}` backtracks
 * cubically, and a note holding `{{` and a few thousand spaces stalled every evaluation for seconds to minutes.
 */
export const PLACEHOLDER_PATTERN = /\{\{\s*(?:([^{}\s]+(?:\s+[^{}\s]+)*)\s*)?\}\}/g;

/** Whether a text still holds a placeholder (a template value not filled in, or a prompt to personalise). */
export function holdsPlaceholder(text: string): boolean {
	return new RegExp(PLACEHOLDER_PATTERN.source).test(text);
}

/**
 * A prompt a draft leaves for the user to write in their own words: `{{personalise: …}}`, `{{fill in: …}}`. Prompts
 * are meant to stay visible, so rule 3 flags the draft until they are replaced, and they are never reported as unknown.
 */
export const PROMPT_PATTERN = /\{\{\s*(?:personalise|personalize|fill in)\s*:/i;

/** Whether a placeholder's name (what is inside the braces) is such a prompt. */
export function isPromptName(name: string): boolean {
	return /^(?:personalise|personalize|fill in)\s*:/i.test(name);
}
