// The template placeholder syntax, shared by the drafts that fill placeholders and the check that finds leftovers.

/** `{{name}}`: a placeholder in a template or a draft. The capture is the name, trimmed. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Whether a text still holds a placeholder (a template value not filled in, or a prompt to personalise). */
export function holdsPlaceholder(text: string): boolean {
	return new RegExp(PLACEHOLDER_PATTERN.source).test(text);
}
