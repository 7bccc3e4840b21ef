// Element creation for the parts of the double that draw something; a clear message when a test has no DOM.
// Browser-safe.

/** A new detached div with the given classes; throws a helpful error in a test that runs without a DOM. */
export function newDiv(cls: string): HTMLDivElement {
	if (typeof document === "undefined") {
		throw new Error("This part of the Obsidian double needs a DOM: put `// @vitest-environment happy-dom` at the top of the test file.");
	}
	const el = document.createElement("div");
	el.className = cls;
	return el;
}

export function hasDom(): boolean {
	return typeof document !== "undefined";
}
