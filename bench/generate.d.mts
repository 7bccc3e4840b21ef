// Types for bench/generate.mjs, so TypeScript tests and benchmark parts can use the seeded vault generator.

export const GENERATOR_VERSION: number;
export const VAULT_ROOT: string;
/** The moment every figure is taken at, as a note writes it. */
export const BENCH_NOW: string;
export function vaultFolder(kind: "mixed" | "interviews", count: number): string;
export function vaultNotes(kind: "mixed" | "interviews", count: number): Generator<{ path: string; text: string }>;
export function ensureVault(kind: "mixed" | "interviews", count: number): string;
