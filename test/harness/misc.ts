// Small pieces of Obsidian's API: Platform (settable by tests), debounce, Scope, Keymap, link text helpers.
// Browser-safe.
import type * as Real from "obsidian";

/** Which platform the plugin believes it runs on; a test may change any flag (and should put it back). */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
} satisfies typeof Real.Platform;

/** Test helper: makes Platform look like a phone (`mobile`) or like the desktop app again. */
export function setPlatform(kind: "desktop" | "mobile"): void {
	const mobile = kind === "mobile";
	Object.assign(Platform, {
		isDesktop: !mobile,
		isDesktopApp: !mobile,
		isMobile: mobile,
		isMobileApp: mobile,
		isPhone: mobile,
		isLinux: !mobile,
		isAndroidApp: mobile,
	});
}

/**
 * Obsidian's `debounce`: `cb` runs `timeout` ms after the first call (after the last one with `resetTimer`),
 * with the latest arguments. Uses the window's timers, so a test's fake timers drive it.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Real.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: [...T] | null = null;
	const run = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (!lastArgs) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = function (...args: [...T]) {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(run, timeout);
		return debounced;
	} as Real.Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = run;
	return debounced;
}

export class Scope {
	readonly handlers: Real.KeymapEventHandler[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: Real.Modifier[] | null, key: string | null, func: Real.KeymapEventListener): Real.KeymapEventHandler {
		const handler = { scope: this as unknown as Real.Scope, modifiers: modifiers?.join(",") ?? null, key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: Real.KeymapEventHandler): void {
		const index = this.handlers.indexOf(handler);
		if (index !== -1) this.handlers.splice(index, 1);
	}
}

export class Keymap {
	readonly scopes: Scope[] = [];

	pushScope(scope: Scope): void {
		this.scopes.push(scope);
	}

	popScope(scope: Scope): void {
		const index = this.scopes.indexOf(scope);
		if (index !== -1) this.scopes.splice(index, 1);
	}

	/** "Mod" is Ctrl here (the double's platform is Linux unless a test says otherwise). */
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Real.Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** Whether a click asks for a new tab ("tab"), a split ("split") or a window ("window"). */
	static isModEvent(evt?: Real.UserEvent | null): Real.PaneType | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || (evt instanceof MouseEvent && evt.button === 1)) return "tab";
		return false;
	}
}

export const apiVersion = "1.13.1";

/** The version `requireApiVersion` answers for; a test may pretend to be an older Obsidian (and should put it back). */
let pretendVersion = apiVersion;

/** Test helper: makes `requireApiVersion` answer as Obsidian `version` would; no argument puts it back. */
export function setApiVersion(version: string = apiVersion): void {
	pretendVersion = version;
}

/** As in Obsidian: whether the running version is `version` or later, comparing the numbers part by part. */
export function requireApiVersion(version: string): boolean {
	const wanted = version.split(".").map(Number);
	const running = pretendVersion.split(".").map(Number);
	for (let i = 0; i < Math.max(wanted.length, running.length); i++) {
		const difference = (running[i] ?? 0) - (wanted[i] ?? 0);
		if (difference !== 0) return difference > 0;
	}
	return true;
}

/** The path part of a link text (`people/Jane Doe#Notes` → `people/Jane Doe`). */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function stripHeading(heading: string): string {
	return heading
		.replace(/[#|^\\%[\]]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

export function stripHeadingForLink(heading: string): string {
	return stripHeading(heading.replace(/:/g, " "));
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
	if (typeof frontmatter !== "object" || frontmatter === null) return null;
	for (const [k, v] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? k === key : key.test(k)) return v ?? null;
	}
	return null;
}

/** A string or list value as a list of strings (a single string is split on commas, as far as known). */
export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [value];
	return items
		.filter((v): v is string => typeof v === "string")
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
	return parseFrontMatterStringArray(frontmatter, "aliases");
}

const icons = new Map<string, string>();

/** Registers an icon by id. The double keeps only the id (it never parses the SVG text). */
export function addIcon(iconId: string, svgContent: string): void {
	icons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	icons.delete(iconId);
}

export function getIconIds(): Real.IconName[] {
	return [...icons.keys()];
}
