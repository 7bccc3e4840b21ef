// The small additions Obsidian makes to JavaScript's built-ins (Array#first, String#contains, Math.clamp, …).
// The plugin type-checks against them, so the double must provide them too. Browser-safe.
import type {} from "obsidian";

function define(target: object, name: string, value: unknown): void {
	if (Object.prototype.hasOwnProperty.call(target, name)) return;
	Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

/** Installs Obsidian's built-in extensions once; safe to call again. */
export function installBuiltinExtensions(): void {
	define(Array.prototype, "first", function <T>(this: T[]): T | undefined {
		return this[0];
	});
	define(Array.prototype, "last", function <T>(this: T[]): T | undefined {
		return this[this.length - 1];
	});
	define(Array.prototype, "contains", function <T>(this: T[], target: T): boolean {
		return this.includes(target);
	});
	define(Array.prototype, "remove", function <T>(this: T[], target: T): void {
		for (let i = this.indexOf(target); i !== -1; i = this.indexOf(target)) this.splice(i, 1);
	});
	define(Array.prototype, "unique", function <T>(this: T[]): T[] {
		return Array.from(new Set(this));
	});
	define(Array.prototype, "shuffle", function <T>(this: T[]): T[] {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			const a = this[i] as T;
			this[i] = this[j] as T;
			this[j] = a;
		}
		return this;
	});
	define(Array, "combine", function <T>(arrays: T[][]): T[] {
		return ([] as T[]).concat(...arrays);
	});
	define(String.prototype, "contains", function (this: string, target: string): boolean {
		return this.includes(target);
	});
	define(String.prototype, "format", function (this: string, ...args: string[]): string {
		return this.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
	});
	define(String, "isString", (obj: unknown): obj is string => typeof obj === "string");
	define(Number, "isNumber", (obj: unknown): obj is number => typeof obj === "number");
	define(Math, "clamp", (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max));
	define(Math, "square", (value: number): number => value * value);
	define(Object, "isEmpty", (object: Record<string, unknown>): boolean => Object.keys(object).length === 0);
	define(Object, "each", <T>(object: Record<string, T>, callback: (value: T, key?: string) => boolean | void): boolean => {
		for (const [key, value] of Object.entries(object)) {
			if (callback(value, key) === false) return false;
		}
		return true;
	});
}
