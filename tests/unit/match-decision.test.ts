/**
 * matchDecision (`explain=none`) is exactly the decision part of match: for every case and for
 * generated profiles, complete and with inputs left out, it equals the MatchResult with the
 * explanations taken away — statuses, amounts, missing inputs, exclusions, channels, dates,
 * totals, next questions, decision id — under both evaluators.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import { MatchDecision, type MatchResult } from "../../src/engine/result.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES } from "../support/cases.js";
import { completeProfile } from "../support/complete-profile.js";

const catalog = await bundledCatalog();

/** The MatchResult without its explanations, field by field as DESIGN.md's MatchResult names them. */
function decisionPart(m: MatchResult): MatchDecision {
  return {
    ruleset: m.ruleset, asOf: m.asOf, decisionId: m.decisionId, reference: m.reference, evaluator: m.evaluator, derived: m.derived,
    explain: "none",
    measures: m.measures.map((x) => ({
      id: x.id, kind: x.kind, status: x.status, indicative: x.indicative, excludedBy: x.excludedBy,
      amount: x.amount && { value: x.amount.value, kind: x.amount.kind, ...(x.amount.bound ? { bound: x.amount.bound } : {}) },
      missingFacts: x.missingFacts, channels: x.channels, evidence: x.evidence,
      ...(x.validFrom ? { validFrom: x.validFrom } : {}),
      ...(x.validTo ? { validTo: x.validTo } : {}),
      ...(x.eligibleUntil ? { eligibleUntil: x.eligibleUntil } : {}),
    })),
    channels: m.channels.map((c) => ({ id: c.id, openedBy: c.openedBy })),
    totals: m.totals,
    nextQuestions: m.nextQuestions.map((q) => ({ fact: q.fact, settles: q.settles, value: q.value })),
    incomeTax: m.incomeTax && (({ basis: _basis, ...rest }) => rest)(m.incomeTax),
  };
}

async function same(profile: EnterpriseProfile, asOf: string, version?: string, evaluator: "compiled" | "reference" = "compiled") {
  const loaded = catalog.resolve({ id: DEFAULT_RULESET_ID, version, asOf });
  const decision = await matchDecision(profile, loaded, { asOf, evaluator });
  expect(decision).toEqual(decisionPart(await match(profile, loaded, { asOf, evaluator })));
  expect(MatchDecision.strict().parse(decision)).toEqual(decision);
}

/** Optional inputs a generated profile may leave out (a left-out input is unknown). */
const OPTIONAL = ["financials", "certifications", "flags", "intellectualProperty", "techStaff", "talents", "project", "loanRequest", "hnteAssessmentScore", "innovationPoints", "totalAssets", "averageTotalAssets", "averageEmployees", "annualTaxPaid", "sectorTags"] as const;

describe("matchDecision = match without its explanations", () => {
  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (_f, c) => {
    await same(EnterpriseProfile.parse(c.profile), c.asOf, c.version);
  });

  it("on generated complete profiles", async () => {
    await fc.assert(fc.asyncProperty(completeProfile, (p) => same(p, "2025-06-30")), { numRuns: 150, seed: 7 });
  });

  it("on generated profiles with inputs left out (undetermined measures, next questions)", async () => {
    const partial = fc.tuple(completeProfile, fc.subarray([...OPTIONAL])).map(([p, drop]) => {
      const copy: Record<string, unknown> = { ...p };
      for (const k of drop) delete copy[k];
      return EnterpriseProfile.safeParse(copy);
    });
    await fc.assert(fc.asyncProperty(partial, async (parsed) => {
      fc.pre(parsed.success);
      await same(parsed.data!, "2025-06-30");
    }), { numRuns: 150, seed: 11 });
  });

  it("under the reference evaluator (json-rules-engine)", async () => {
    for (const c of CASES.slice(0, 40)) await same(EnterpriseProfile.parse(c.profile), c.asOf, c.version, "reference");
  });

  it("is a small fraction of the explained answer", async () => {
    const c = CASES.find((x) => x.file.includes("hnte"))!;
    const loaded = catalog.resolve({ id: DEFAULT_RULESET_ID, version: c.version, asOf: c.asOf });
    const profile = EnterpriseProfile.parse(c.profile);
    const lean = JSON.stringify(await matchDecision(profile, loaded, { asOf: c.asOf }));
    const full = JSON.stringify(await match(profile, loaded, { asOf: c.asOf }));
    expect(lean.length).toBeLessThan(8 * 1024);
    expect(lean.length * 5).toBeLessThan(full.length);
  });
});
