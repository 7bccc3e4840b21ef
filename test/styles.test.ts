// The plugin's stylesheet: theme colours only, text readable at small sizes, and long names kept to two lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CSS = readFileSync(join(__dirname, "..", "styles.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** The declarations of the rule whose selector list is exactly `selector`, as property -> value. */
function rule(selector: string): Record<string, string> {
	const found = [...CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(
		(match) =>
			(match[1] ?? "")
				.split(",")
				.map((part) => part.trim())
				.join(", ") === selector,
	);
	if (!found) throw new Error(`no rule for ${selector} in styles.css`);
	return Object.fromEntries(
		(found[2] ?? "")
			.split(";")
			.map((declaration) => declaration.split(":"))
			.filter((parts) => parts.length >= 2)
			.map(([property = "", ...value]) => [property.trim(), value.join(":").trim()]),
	);
}

describe("styles.css", () => {
	it("uses the theme's colours only: no colour written out", () => {
		expect(CSS).not.toMatch(/#[0-9a-f]{3,8}\b/i);
		expect(CSS).not.toMatch(/\b(rgb|rgba|hsl|hsla)\(/i);
	});

	it("sets problems and overdue checks in the normal text colour, leaving the warning colour to their bullets", () => {
		// Warning orange is 2.95:1 and red 4.20:1 on white: too faint for small text.
		expect(rule(".ifu-problem").color).toBe("var(--text-normal)");
		expect(rule(".ifu-check--overdue").color).toBe("var(--text-normal)");
		expect(rule(".ifu-check--overdue")["font-weight"]).toBe("var(--font-semibold)");
		expect(rule(".ifu-problem::before").background).toBe("var(--text-warning)");
		expect(rule(".ifu-check--overdue::before").background).toBe("var(--color-red)");
	});

	it("shows a company or role name two lines long at most", () => {
		const clamp = rule(".ifu-card-company, .ifu-card-role");
		expect(clamp).toMatchObject({ display: "-webkit-box", "-webkit-line-clamp": "2", "-webkit-box-orient": "vertical", overflow: "hidden" });
	});
});
