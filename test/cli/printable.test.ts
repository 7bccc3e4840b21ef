// Text from notes printed in a terminal: escape codes never reach it, line breaks only where text may span lines.
import { describe, expect, it } from "vitest";
import { printable } from "../../src/cli/printable";

describe("printable", () => {
	it("replaces an escape code that would clear the screen", () => {
		expect(printable("Jane\u001b[2JDoe")).toBe("Jane\ufffd[2JDoe");
	});

	it("turns line breaks in a one-line field into spaces, so a name cannot forge a report line", () => {
		expect(printable("Acme\n  thank-you to Jane Doe done")).toBe("Acme   thank-you to Jane Doe done");
	});

	it("keeps a draft's line breaks and tabs but drops carriage returns and escape codes", () => {
		expect(printable("Dear Jane,\r\n\tThanks\u0007!", true)).toBe("Dear Jane,\n\tThanks\ufffd!");
	});

	it("leaves right-to-left text and emoji alone", () => {
		expect(printable("مريم الحسن 👩🏽‍💻")).toBe("مريم الحسن 👩🏽‍💻");
	});
});
