/**
 * Drafts for the analysis tests (issue 14): copies of the bundled 2025.2.0 with the changes a
 * policy officer might propose, each in force from 2026-01-01 (so 2025.2.0 is the version it
 * replaces). Plain JSON, as a draft is uploaded.
 */
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

/** A copy of 2025.2.0 renumbered `version`, in force from 2026-01-01. */
export function draftOf(version = "2026.1.0"): Json {
  const d = structuredClone(BUNDLED_FILES[2]) as Json;
  d.version = version;
  d.effectiveFrom = "2026-01-01";
  return d;
}

/** The measure `id` of a draft. */
export const measure = (d: Json, id: string): Json => d.measures.find((m: Json) => m.id === id);

/**
 * Draft A: the R&D post-subsidy at 6 % for small and micro firms and 4 % for the others, capped
 * at 1,000,000 (was 5 % / 3 %, cap 2,000,000); the factory subsidy from 50,000,000 of
 * fixed-asset investment (was 30,000,000), its first band 50M–200M.
 */
export function draftA(): Json {
  const d = draftOf("2026.1.0");
  const rd = measure(d, "rd-post-subsidy").amount;
  rd.rate.table = { micro: 0.06, small: 0.06, medium: 0.04, large: 0.04 };
  rd.cap = 1_000_000;
  const factory = measure(d, "factory-construction-subsidy");
  factory.conditions.all.find((l: Json) => l.fact === "project.fixedAssetInvestment").value = 50_000_000;
  factory.amount.bands[0].from = 50_000_000;
  return d;
}

/** Draft B: the factory subsidy from 20,000,000 of investment, with a new band 20M–30M at 50 yuan per m². */
export function draftB(): Json {
  const d = draftOf("2026.2.0");
  const factory = measure(d, "factory-construction-subsidy");
  factory.conditions.all.find((l: Json) => l.fact === "project.fixedAssetInvestment").value = 20_000_000;
  const first = factory.amount.bands[0];
  factory.amount.bands.unshift({ from: 20_000_000, to: 30_000_000, amount: { ...structuredClone(first.amount), rate: { ...first.amount.rate, value: 50 } } });
  return d;
}

/**
 * A copy of a bundled version with its named conditions written out where they are used and
 * none left, as the versions were before hnte-article-11 was shared (issue 13): for tests that
 * set a rule set's `conditions` of their own.
 */
export function inlined(version: Json): Json {
  const d = structuredClone(version);
  const named = d.conditions ?? {};
  const write = (c: Json): Json => (c && typeof c === "object" && typeof c.condition === "string" ? write(named[c.condition]) : c);
  for (const m of d.measures) if (Array.isArray(m.conditions.all)) m.conditions.all = m.conditions.all.map(write);
  d.conditions = {};
  return d;
}
