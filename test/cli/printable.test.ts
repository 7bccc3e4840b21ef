// Text printed in a terminal: escape codes and bidirectional controls never reach it, line breaks only where text
// may span lines, and the JSON stays valid JSON that carries every character back.
import { describe, expect, it } from "vitest";
import { NO_COLOUR, ANSI_COLOUR } from "../../src/cli/colour";
import { printable, printableJson, screenOf } from "../../src/cli/printable";

/** Every bidirectional control Unicode lists (Bidi_Control), and the C1 control a terminal reads as an escape. */
const BIDI_CONTROLS = ["\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];

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

	it.each(BIDI_CONTROLS.map((char) => [char.charCodeAt(0).toString(16).toUpperCase(), char]))(
		"replaces the bidirectional control U+%s visibly, so it cannot reorder a line",
		(_, char) => {
			expect(printable(`thank-you to ${char}enod overdue`)).toBe("thank-you to \ufffdenod overdue");
			expect(printable(`Dear ${char}Jane`, true)).toBe("Dear \ufffdJane");
		},
	);

	it("replaces DEL and the C1 controls, among them the one-byte escape U+009B", () => {
		expect(printable("a\u007fb\u0080c\u009b2Jd\u009fe")).toBe("a\ufffdb\ufffdc\ufffd2Jd\ufffde");
	});
});

describe("printableJson", () => {
	const hostile = { company: "Acme\u202e enod \u001b]0;title\u0007", role: "a\u009bb\u2028c\u2066d", plain: "Café 👩🏽‍💻 مريم" };

	it("is valid JSON that gives back every character of the data", () => {
		expect(JSON.parse(printableJson(hostile))).toEqual(hostile);
	});

	it("holds no control or bidirectional character a terminal would act on", () => {
		const json = printableJson(hostile);
		for (const char of [...BIDI_CONTROLS, "\u001b", "\u0007", "\u009b", "\u2028"]) expect(json).not.toContain(char);
		expect(json).toContain("\\u202e");
		expect(json).toContain("Café 👩🏽‍💻 مريم");
	});
});

describe("the screen, the one way out", () => {
	function capture(colour: boolean): { out: string[]; err: string[]; screen: ReturnType<typeof screenOf> } {
		const out: string[] = [];
		const err: string[] = [];
		return { out, err, screen: screenOf({ stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, colour ? ANSI_COLOUR : NO_COLOUR) };
	}

	it("filters messages on stderr, one line each", () => {
		const { err, screen } = capture(false);
		screen.messages(["no interviewer \u001b[2JEve\u202e in the note", "second\nline"]);
		expect(err.join("")).toBe("no interviewer \ufffd[2JEve\ufffd in the note\nsecond line\n");
	});

	it("colours only after filtering, so the only escape codes are the palette's own", () => {
		const { out, screen } = capture(true);
		screen.lines([["  ", { style: "note", text: "Acme\u001b[31m" }]]);
		expect(out.join("")).toBe("  \u001b[1mAcme\ufffd[31m\u001b[22m\n");
	});
});
