/** decide() (screening) gives exactly match()'s statuses, amounts, exclusions and totals. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "../../src/engine/decide.js";
import { match } from "../../src/engine/match.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES } from "../support/cases.js";
import { completeProfile } from "../support/complete-profile.js";

const catalog = await bundledCatalog();

async function same(profile: EnterpriseProfile, asOf: string, version?: string) {
  const loaded = catalog.resolve({ id: DEFAULT_RULESET_ID, version, asOf });
  const m = await match(profile, loaded, { asOf, evaluator: "reference" });
  const d = decide(profile, loaded, { asOf });
  expect(d.totals).toEqual(m.totals);
  expect(d.decisions).toEqual(m.measures.map((x) => ({
    measureId: x.id, status: x.status, amount: x.amount?.value ?? null, kind: x.amount?.kind ?? null, indicative: x.indicative, excludedBy: x.excludedBy,
  })));
}

describe("decide = match", () => {
  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (_f, c) => {
    await same(EnterpriseProfile.parse(c.profile), c.asOf, c.version);
  });

  it("on generated complete profiles", async () => {
    await fc.assert(fc.asyncProperty(completeProfile, (p) => same(p, "2025-06-30")), { numRuns: 200, seed: 5 });
  });
});
