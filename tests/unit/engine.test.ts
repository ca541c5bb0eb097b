/**
 * The engine: three-valued logic, equality with json-rules-engine's own verdict on complete
 * profiles, and isolation of concurrent evaluations.
 */
import fc from "fast-check";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { combine, type Truth } from "../../src/engine/evaluate.js";
import { match } from "../../src/engine/match.js";
import { validityCondition } from "../../src/engine/validity.js";
import { ABSENT, resolveFacts } from "../../src/profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { type Leaf, shareConditions, type Tree } from "../../src/ruleset/condition.js";
import { completeProfile } from "../support/complete-profile.js";

const loaded = await (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, asOf: "2025-06-30" });
const ASOF = "2025-06-30";

describe("three-valued logic (DESIGN.md)", () => {
  const leaf = (name: string): Leaf => ({ fact: "employees", operator: "equal", value: name });
  const T = leaf("T"), F = leaf("F"), U = leaf("U");
  const truth = new Map<Leaf, Truth>([[T, true], [F, false], [U, null]]);
  const eva = (c: Tree) => combine(c, truth);

  it.each([
    ["all T T", { all: [T, T] }, true], ["all T F", { all: [T, F] }, false], ["all T U", { all: [T, U] }, null],
    ["all F U", { all: [F, U] }, false], ["any F F", { any: [F, F] }, false], ["any F T", { any: [F, T] }, true],
    ["any F U", { any: [F, U] }, null], ["any T U", { any: [T, U] }, true], ["not T", { not: T }, false],
    ["not F", { not: F }, true], ["not U", { not: U }, null], ["nested", { all: [{ any: [U, T] }, { not: F }] }, true],
  ] as [string, Tree, Truth][])("%s → %s", (_n, c, want) => {
    expect(eva(c)).toBe(want);
  });
});

/** json-rules-engine's own verdict on a whole measure, every fact supplied. */
async function referenceVerdicts(facts: Record<string, unknown>): Promise<Record<string, boolean>> {
  const strip = (c: Tree): unknown =>
    "use" in c ? strip(c.use.tree) : "fact" in c ? { fact: c.fact, operator: c.operator, value: c.value }
    : "all" in c ? { all: c.all.map(strip) } : "any" in c ? { any: c.any.map(strip) } : { not: strip(c.not) };
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const m of loaded.ruleset.measures) {
    engine.addRule({ name: m.id, conditions: strip(validityCondition(m, shareConditions(loaded.ruleset.conditions).resolve)) as never, event: { type: m.id } });
  }
  const { results, failureResults } = await engine.run(facts);
  return Object.fromEntries([...results.map((r) => [r.name, true]), ...failureResults.map((r) => [r.name, false])]);
}

describe("equality with json-rules-engine on complete profiles", () => {
  it("every measure's status is json-rules-engine's verdict on the whole rule", async () => {
    await fc.assert(
      fc.asyncProperty(completeProfile, async (profile) => {
        const facts = resolveFacts({ profile, asOf: ASOF });
        const result = await match(profile, loaded, { asOf: ASOF });
        // a known-absent fact (talents: []) goes to json-rules-engine as null, on which every bundled condition on it is false too
        const verdicts = await referenceVerdicts(Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v === ABSENT ? null : v])));
        for (const m of result.measures) {
          expect(m.status, m.id).not.toBe("undetermined");
          expect(m.status === "eligible", m.id).toBe(verdicts[m.id]);
        }
      }),
      { numRuns: 300, seed: 20251129 },
    );
  });

  it("the generator reaches both verdicts of every measure", async () => {
    const seen = new Map<string, Set<string>>();
    for (const profile of fc.sample(completeProfile, { numRuns: 400, seed: 7 })) {
      for (const m of (await match(profile, loaded, { asOf: ASOF })).measures) {
        seen.set(m.id, (seen.get(m.id) ?? new Set()).add(m.status));
      }
    }
    for (const [id, statuses] of seen) expect([id, [...statuses].sort()]).toEqual([id, ["eligible", "ineligible"]]);
  });
});

describe("concurrency", () => {
  it("many different profiles evaluated at once answer as they do one by one", async () => {
    const profiles = fc.sample(completeProfile, { numRuns: 60, seed: 42 });
    const sequential = [];
    for (const p of profiles) sequential.push(await match(p, loaded, { asOf: ASOF }));
    const concurrent = await Promise.all(profiles.map((p) => match(p, loaded, { asOf: ASOF })));
    expect(concurrent).toEqual(sequential);
  });
});

describe("missing data", () => {
  it("an empty profile is never eligible: every measure is undetermined and names what it needs", async () => {
    const r = await match({}, loaded, { asOf: ASOF });
    for (const m of r.measures) {
      expect(m.status, m.id).toBe("undetermined");
      expect(m.missingFacts.length, m.id).toBeGreaterThan(0);
    }
    expect(r.totals).toEqual({ payment: 0, taxSaving: 0, creditLine: 0, interestSubsidy: 0 });
  });

  it("the same input gives the same decisionId; another date another", async () => {
    const a = await match({ employees: 10 }, loaded, { asOf: ASOF });
    const b = await match({ employees: 10 }, loaded, { asOf: ASOF });
    const c = await match({ employees: 10 }, loaded, { asOf: "2025-07-01" });
    expect(a.decisionId).toBe(b.decisionId);
    expect(a.decisionId).not.toBe(c.decisionId);
  });
});
