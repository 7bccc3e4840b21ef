// The engine's answers over the benchmark's generated vaults, pinned by a digest: a change made for speed must leave
// every evaluation exactly as it was. The vaults are written by bench/generate.mjs at small fixed sizes (its seeds
// follow from the size) and read with the report's own reader, then evaluated at the benchmark's moment.
//
// Dates are local time, so the same notes give other instants in another zone: a digest is kept per zone the tests
// run in. A change that means to change the answers records the new digests here, and says why in its commit.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_NOW, vaultNotes } from "../../bench/generate.mjs";
import { scanVault } from "../../src/cli/vault";
import { parseNoteTime } from "../../src/engine/dates";
import { evaluateAll } from "../../src/engine/index";
import { DEFAULT_ENGINE_SETTINGS, type NoteSource } from "../../src/engine/types";

/** The vaults pinned: a job seeker's mixed vault (a fifth interview notes) and one of interview notes only. */
const VAULTS = [
	{ kind: "mixed", count: 1000 },
	{ kind: "interviews", count: 500 },
] as const;

/**
 * SHA-256 of the JSON of every evaluation of both vaults, per time zone. `withoutData` leaves out the check and problem
 * data added since it was recorded, on the code before them (`recorded`, `detail`, rule 3's `reason`): it shows that
 * adding them, and making the engine faster, changed nothing else. `full` holds everything, rule 3's `reason` included.
 */
const DIGESTS: Record<string, { full: string; withoutData: string }> = {
	"America/Los_Angeles": {
		full: "776c6871d395be54908b2cce3fbb4f28b4065fd45e9ec3e8da61f922d00cdb7c",
		withoutData: "2d57f95c906c51ecfcb97bc09d8c57b83ec898e11cbe4ab11ad8c974a810496c",
	},
	UTC: {
		full: "750567297a7e43437ca75ec536c036801fa14d41ac1866e6fff0c1836d67502f",
		withoutData: "6e96c99a7078871a8b85f918e3580bbd0aba8ad475d1abaecac0a9899d02e5db",
	},
	"Pacific/Auckland": {
		full: "f65b83b0cc8f6b4812b8ebf5fca6333cc2ad2fc14cc8a66814e2dee509cbfa46",
		withoutData: "5010a82fe93dd2cb0ff519204ac291b4114ec8cb3b6ca3d3d8d8ed6da54f3097",
	},
};

/** The check and problem data that `withoutData` leaves out. */
const DATA_KEYS = new Set<string>(["detail", "recorded", "reason"]);

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const root = mkdtempSync(join(tmpdir(), "engine-digest-"));
const sources = new Map<string, NoteSource[]>();

beforeAll(() => {
	for (const { kind, count } of VAULTS) {
		const folder = join(root, `${kind}-${count}`);
		for (const { path, text } of vaultNotes(kind, count)) {
			const full = join(folder, path);
			mkdirSync(dirname(full), { recursive: true });
			writeFileSync(full, text);
		}
		sources.set(kind, scanVault(folder).sources);
	}
});

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

function digestOfEvaluations(leftOut: ReadonlySet<string>): string {
	const replacer = (key: string, value: unknown): unknown => (leftOut.has(key) ? undefined : value);
	const now = parseNoteTime(BENCH_NOW);
	if (!now.ok) throw new Error(now.reason);
	const hash = createHash("sha256");
	for (const { kind } of VAULTS) {
		hash.update(JSON.stringify(evaluateAll(sources.get(kind) ?? [], now.time.instant, DEFAULT_ENGINE_SETTINGS), replacer));
	}
	return hash.digest("hex");
}

describe("the engine over the benchmark's vaults", () => {
	it.skipIf(!(zone in DIGESTS))("says exactly what it said before, in this time zone", () => {
		expect(sources.get("mixed")?.length).toBe(1000);
		expect(digestOfEvaluations(DATA_KEYS)).toBe(DIGESTS[zone]?.withoutData);
		expect(digestOfEvaluations(new Set())).toBe(DIGESTS[zone]?.full);
	});
});
