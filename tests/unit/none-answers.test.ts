/**
 * "None" is an answer (DESIGN.md "EnterpriseProfile", (none)): `project: null`,
 * `loanRequest: null`, `talents: []` make the measures that need them ineligible — not
 * undetermined — with a sentence a person understands, and keep them out of missingFacts and
 * nextQuestions; a field left out stays unknown. Both evaluators agree.
 */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import type { MatchResult } from "../../src/engine/result.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

const ASOF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: ASOF });
const firm = { zone: "baotou-rare-earth-hi-tech-zone", sectorTags: ["rare-earth"], industryCode: "3985", annualTaxPaid: 1_000_000 };
const PROJECT_MEASURES = ["land-purchase-reward", "factory-construction-subsidy", "equipment-upgrade-subsidy", "major-project-joint-approval"];
const byId = (r: MatchResult, id: string) => r.measures.find((m) => m.id === id)!;

describe("project: null, loanRequest: null, talents: []", () => {
  const none = EnterpriseProfile.parse({ ...firm, project: null, loanRequest: null, talents: [] });
  const unknown = EnterpriseProfile.parse(firm);

  it("the schema takes null for project and loanRequest", () => {
    expect(none.project).toBeNull();
    expect(none.loanRequest).toBeNull();
  });

  it.each(["compiled", "reference"] as const)("makes the measures that need them ineligible, not undetermined (%s evaluator)", async (evaluator) => {
    const r = await match(none, loaded, { asOf: ASOF, evaluator });
    for (const id of [...PROJECT_MEASURES, "working-capital-loan-interest-subsidy", "talent-loan", "one-enterprise-one-policy"]) {
      expect(byId(r, id).status, id).toBe("ineligible");
      expect(byId(r, id).missingFacts, id).toEqual([]);
    }
    const asked = r.nextQuestions.map((q) => q.fact);
    for (const fact of asked) expect(fact).not.toMatch(/^(project|loanRequest|talents)/);
    // left out, they stay unknown
    const u = await match(unknown, loaded, { asOf: ASOF, evaluator });
    for (const id of [...PROJECT_MEASURES, "working-capital-loan-interest-subsidy", "talent-loan"]) expect(byId(u, id).status, id).toBe("undetermined");
    expect(u.nextQuestions.map((q) => q.fact)).toEqual(expect.arrayContaining(["project.fixedAssetInvestment", "loanRequest.amount", "talents"]));
  });

  it("says why in words, with null as the actual value", async () => {
    const r = await match(none, loaded, { asOf: ASOF });
    const failed = (id: string) => byId(r, id).conditions.filter((c) => c.result === false);
    expect(failed("equipment-upgrade-subsidy")[0]).toMatchObject({
      fact: "project.fixedAssetInvestment", actual: null, result: false,
      text: { "zh-CN": "未申报投资项目（要求项目固定资产投资不低于 20,000,000.00 元）", en: "no investment project declared (required: fixed-asset investment of the project at least 20,000,000.00 yuan)" },
    });
    expect(failed("working-capital-loan-interest-subsidy")[0]!.text.en).toBe("no loan needed (required: loan amount above 0.00 yuan)");
    expect(failed("talent-loan")[0]!.text.en).toBe("no recognised talent declared (required: largest equity share of one recognised talent at least 30.00%)");
    expect(JSON.stringify(r)).not.toMatch(/Symbol/);
  });

  it("the decision alone says the same", async () => {
    const d = await matchDecision(none, loaded, { asOf: ASOF });
    for (const id of [...PROJECT_MEASURES, "working-capital-loan-interest-subsidy", "talent-loan"]) {
      expect(d.measures.find((m) => m.id === id)!.status, id).toBe("ineligible");
    }
  });
});
