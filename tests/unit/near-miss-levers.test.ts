/**
 * Near-misses a firm would follow (issue 13): over every bundled version, every fixture and
 * case profile and several dates, no near-miss asks for a decrease, for a fact without a lever,
 * for a change beyond its lever's bounds, or for a fact the profile lacks.
 */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { leaves, shareConditions } from "../../src/ruleset/condition.js";
import { validityCondition } from "../../src/engine/validity.js";
import { ABSENT, EnterpriseProfile, FACTS, ProfileDateError } from "../../src/profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES, PROFILES } from "../support/cases.js";

const catalog = await bundledCatalog();
const versions = catalog.list().find((r) => r.id === DEFAULT_RULESET_ID)!.versions.map((v) => catalog.resolve({ id: DEFAULT_RULESET_ID, version: v.version, asOf: v.effectiveFrom }));
const DATES = ["2023-12-31", "2024-06-30", "2025-06-30", "2026-03-31"];

/** Every distinct profile of fixtures/profiles and of the cases. */
const profiles = [...new Map([...Object.values(PROFILES), ...CASES.map((c) => c.profile)].map((p) => [JSON.stringify(p), p])).values()]
  .flatMap((p) => {
    const parsed = EnterpriseProfile.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });

/** The profile holds a value for the lever's field (the firm has the thing it is asked to raise). */
function has(p: EnterpriseProfile, field: string): boolean {
  if (field.startsWith("financials")) return (p.financials?.length ?? 0) > 0;
  const [head, rest] = field.split(".") as [keyof EnterpriseProfile, string | undefined];
  const v = p[head];
  return rest === undefined ? v !== undefined && v !== null : typeof v === "object" && v !== null && (v as Record<string, unknown>)[rest] !== undefined;
}

describe("every lever of the bundled rule sets", () => {
  it("is an increase, tested by a 'greater' condition (a lever on a 'less' condition could never be offered)", () => {
    const levered = versions.flatMap((l) => l.ruleset.measures.flatMap((m) => leaves(validityCondition(m, shareConditions(l.ruleset.conditions).resolve)))).filter((leaf) => FACTS.get(leaf.fact)?.lever);
    expect(levered.length).toBeGreaterThan(10);
    for (const leaf of levered) {
      expect(FACTS.get(leaf.fact)!.lever!.direction).toBe("increase");
      expect(leaf.operator, `${leaf.fact} ${leaf.operator}`).toMatch(/^greaterThan/);
    }
  });

  it("no near-miss asks for a decrease, for a fact without a lever, beyond its bounds, or for what the profile lacks", async () => {
    let gaps = 0, runs = 0;
    for (const loaded of versions) {
      for (const profile of profiles) {
        for (const asOf of DATES) {
          let r;
          try {
            r = await match(profile, loaded, { asOf });
          } catch (e) {
            if (e instanceof ProfileDateError) continue;
            throw e;
          }
          runs++;
          for (const n of r.nearMisses) {
            const m = r.measures.find((x) => x.id === n.measureId)!;
            expect(m.status).toBe("ineligible");
            for (const g of n.gaps) {
              gaps++;
              if (g.from) continue; // time, not a change
              const lever = FACTS.get(g.fact)?.lever;
              const where = `${loaded.ruleset.version} ${asOf} ${n.measureId}: ${g.change.en}`;
              expect(lever, where).toBeDefined();
              expect(lever!.direction, where).toBe("increase");
              expect(g.by, where).toBeGreaterThanOrEqual(0);
              expect(g.by!, where).toBeLessThanOrEqual(lever!.absolute);
              expect(g.field, where).toBe(lever!.field);
              expect(has(profile, lever!.field), where).toBe(true);
              const condition = m.conditions.find((c) => c.fact === g.fact && c.result === false)!;
              expect(condition.actual, where).not.toBeNull(); // unknown or ABSENT facts are never raised
              expect(condition.actual, where).not.toBe(ABSENT);
            }
          }
        }
      }
    }
    expect(runs).toBeGreaterThan(400);
    expect(gaps).toBeGreaterThan(20);
  }, 120_000); // some 450 explained answers: seconds alone, longer on a shared machine
});
