/**
 * Why, why not and what it would take (issue 4): near-misses in the profile's own terms, dates
 * from and until which a measure holds, next questions, brief explanations. Every expected
 * value is worked out by hand from the thresholds of policy/SOURCES.md.
 */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import type { MatchResult } from "../../src/engine/result.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

const ASOF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: ASOF });
const FLAGS = {
  majorAccidentLastYear: false, seriousEnvironmentalViolation: false, seriousFraud: false, researchMisconduct: false,
  abnormalOperationList: false, seriousIllegalityList: false, restrictedIndustry: false, icEnterprise: false,
  machineToolEnterprise: false, pendingLitigation: false,
};
/**
 * Passes every HNTE condition: registered 2018; S&T 30/100; sales 20 + 25 + 30 = 75 M, R&D 4.5 M = 6 % (band ≤ 5,000万 needs 5 %);
 * all R&D in China; high-tech 24 M of 30 M = 80 %; score 80; IP 1 + 3.
 */
const base = (over: Record<string, unknown> = {}) => ({
  registrationDate: "2018-03-15", industryCode: "3985", zone: "baotou-rare-earth-hi-tech-zone", sectorTags: ["rare-earth"],
  taxCollection: "actual", employees: 100, techStaff: 30, averageEmployees: 100, totalAssets: 40_000_000, averageTotalAssets: 40_000_000,
  financials: [
    { year: 2022, revenue: 20_000_000, rdExpense: 1_200_000, rdExpenseDomestic: 1_200_000 },
    { year: 2023, revenue: 25_000_000, rdExpense: 1_500_000, rdExpenseDomestic: 1_500_000 },
    { year: 2024, revenue: 30_000_000, rdExpense: 1_800_000, rdExpenseDomestic: 1_800_000, highTechRevenue: 24_000_000, totalRevenue: 30_000_000, totalCosts: 28_000_000, taxableIncome: 2_000_000 },
  ] as Record<string, number>[],
  hnteAssessmentScore: 80, intellectualProperty: { classI: 1, classII: 3 }, certifications: [], flags: FLAGS, innovationPoints: 75,
  ...over,
});
const run = (p: Record<string, unknown>, explain: "full" | "brief" = "full", asOf = ASOF) => match(EnterpriseProfile.parse(p), loaded, { asOf, explain });
const nearMiss = (r: MatchResult, id: string) => r.nearMisses.find((n) => n.measureId === id);
const measure = (r: MatchResult, id: string) => r.measures.find((m) => m.id === id)!;

describe("near-misses: the change needed, in the profile's terms", () => {
  it("S&T staff 9 of 91 (9.89 %): 1 more S&T hire makes 10 of 92 = 10.87 % ≥ 10 %", async () => {
    const r = await run(base({ employees: 91, techStaff: 9 }));
    expect(measure(r, "hnte-recognition").status).toBe("ineligible");
    expect(nearMiss(r, "hnte-recognition")!.gaps).toEqual([
      expect.objectContaining({ fact: "techStaffShare", field: "techStaff", by: 1, change: { "zh-CN": "增加 1 名科技人员", en: "1 more S&T staff member" } }),
    ]);
  });

  it("S&T staff 9 of 100: (10 − 9) ÷ 0.9 = 1.11 → 2 hires (10 of 101 = 9.90 % is still short)", async () => {
    expect(nearMiss(await run(base({ techStaff: 9 })), "hnte-recognition")!.gaps[0]!.by).toBe(2);
  });

  it("R&D one fen short of 5 % over three years: +0.01 yuan", async () => {
    const f = base().financials;
    f[1] = { ...f[1]!, rdExpense: 1_200_000, rdExpenseDomestic: 1_200_000 };
    f[2] = { ...f[2]!, rdExpense: 1_349_999.99, rdExpenseDomestic: 1_349_999.99 };
    // R&D 1,200,000 + 1,200,000 + 1,349,999.99 = 3,749,999.99 < 3,750,000 (5 % of 75,000,000)
    const r = await run(base({ financials: f }));
    expect(nearMiss(r, "hnte-recognition")!.gaps).toEqual([
      expect.objectContaining({ fact: "rdIntensity3y", by: 0.01, unit: "yuan", change: { "zh-CN": "近三年研发费用合计增加 0.01 元", en: "+0.01 yuan of R&D over the last three years" } }),
    ]);
  });

  it("R&D 60,000 short: 3,690,000 of 75,000,000 needs 3,750,000", async () => {
    const f = base().financials.map((y) => ({ ...y, rdExpense: 1_230_000, rdExpenseDomestic: 1_230_000 }));
    expect(nearMiss(await run(base({ financials: f })), "hnte-recognition")!.gaps[0]!.change.en).toBe("+60,000.00 yuan of R&D over the last three years");
  });

  it("an expert score of exactly 70 is not above 70: the gap says so", async () => {
    const g = nearMiss(await run(base({ hnteAssessmentScore: 70 })), "hnte-recognition")!.gaps;
    expect(g.map((x) => x.change.en)).toEqual(["HNTE innovation-capability score above 70 points (now 70 points)"]);
  });

  it("SLPE one fen over 3,000,000: down by 0.01 yuan, and it would then be worth 3,000,000 × 20 % = 600,000", async () => {
    const f = base().financials;
    f[2] = { ...f[2]!, taxableIncome: 3_000_000.01 };
    const n = nearMiss(await run(base({ financials: f })), "slpe-income-tax-relief")!;
    expect(n.gaps.map((g) => [g.fact, g.by, g.change.en])).toEqual([["lastYear.taxableIncome", -0.01, "last year's taxable income down by 0.01 yuan, to 3,000,000.00 yuan"]]);
    expect(n.valueUnlocked).toBe(600_000);
    expect(n.kind).toBe("tax-saving");
  });

  it("TSME with 501 employees: 1 fewer", async () => {
    const n = nearMiss(await run(base({ employees: 501, techStaff: 160, averageEmployees: 501 })), "tsme-evaluation")!;
    expect(n.gaps.map((g) => g.change["zh-CN"])).toEqual(["职工总数减少 1 人，降至 500 人"]);
  });

  it("no near-miss where the failing fact cannot be changed: a sector on the negative list, a violation", async () => {
    const r = await run(base({ industryCode: "5164" }));
    expect(measure(r, "tsme-evaluation").status).toBe("ineligible");
    expect(nearMiss(r, "tsme-evaluation")).toBeUndefined();
    const v = await run(base({ flags: { ...FLAGS, majorAccidentLastYear: true } }));
    expect(nearMiss(v, "hnte-recognition")).toBeUndefined();
  });

  it("ranks by the value unlocked", async () => {
    const f = base().financials;
    f[2] = { ...f[2]!, taxableIncome: 3_000_000.01 };
    const r = await run(base({ financials: f, hnteAssessmentScore: 70, innovationPoints: 69 }));
    const values = r.nearMisses.map((n) => n.valueUnlocked);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(r.nearMisses[0]!.measureId).toBe("slpe-income-tax-relief");
  });
});

describe("time", () => {
  it("registered 364 days ago: HNTE is eligible from the 365th day, 2025-07-01, and that is no near-miss", async () => {
    const r = await run(base({ registrationDate: "2024-07-01", financials: base().financials.slice(2) }));
    const m = measure(r, "hnte-recognition");
    expect(m.status).toBe("ineligible");
    expect(m.eligibleFrom).toBe("2025-07-01"); // 2024-07-01 + 365 days
    const age = m.conditions.find((c) => c.fact === "enterpriseAgeDays")!;
    expect(age).toMatchObject({ actual: 364, result: false, from: "2025-07-01" });
    expect(age.text.en).toBe("days since registration 364 days is below 365 days (met from 2025-07-01)");
    expect(nearMiss(r, "hnte-recognition")).toBeUndefined();
  });

  it("a certified HNTE keeps its 15 % rate until its certificate ends; the SLPE relief until 2027-12-31", async () => {
    const f = base().financials;
    f[2] = { ...f[2]!, taxableIncome: 8_000_000 };
    const r = await run(base({ certifications: [{ type: "hnte", issuedOn: "2023-11-20" }], financials: f }));
    expect(measure(r, "hnte-income-tax-rate").eligibleUntil).toBe("2026-11-20");
    const s = await run(base());
    expect(measure(s, "slpe-income-tax-relief").eligibleUntil).toBe("2027-12-31");
  });
});

describe("next questions", () => {
  it("ask first for what settles most measures", async () => {
    const r = await run({ zone: "baotou-rare-earth-hi-tech-zone", sectorTags: ["rare-earth"] });
    const counts = r.nextQuestions.map((q) => q.settles.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const first = r.nextQuestions[0]!;
    for (const id of first.settles) expect(measure(r, id).missingFacts).toContain(first.fact);
    expect(first.label["zh-CN"]).toMatch(/\p{Script=Han}/u);
  });

  it("nothing to ask when nothing is undetermined", async () => {
    const r = await run(base({ project: { fixedAssetInvestment: 0, stage: "operating", landTenure: "leased", landAreaMu: 0, floorAreaM2: 0, equipmentInvestment: 0, foreignInvestmentUsd: 0 }, loanRequest: { amount: 0, termMonths: 12 }, talents: [], annualTaxPaid: 0 }));
    expect(r.measures.filter((m) => m.status === "undetermined").map((m) => m.id)).toEqual([]);
    expect(r.nextQuestions).toEqual([]);
  });
});

describe("explain=brief", () => {
  it("an HNTE failing only its score lists that condition alone", async () => {
    const m = measure(await run(base({ hnteAssessmentScore: 70 }), "brief"), "hnte-recognition");
    expect(m.conditions.map((c) => c.fact)).toEqual(["hnteAssessmentScore"]);
  });

  it("an eligible HNTE lists every condition but only the R&D band that applies", async () => {
    const full = measure(await run(base()), "hnte-recognition").conditions;
    const brief = measure(await run(base(), "brief"), "hnte-recognition").conditions;
    // full: 8 leaves outside the bands (age, IP, staff, domestic, high-tech, score, 2 flags) + 2 + 3 + 2 band leaves;
    // brief keeps the 2 leaves of the band that applies (sales ≤ 5,000万)
    expect(full).toHaveLength(15);
    expect(brief).toHaveLength(10);
    expect(brief.filter((c) => c.fact === "rdIntensity3y").map((c) => c.required)).toEqual([0.05]);
  });

  it("an undetermined measure lists the unknown conditions", async () => {
    const m = measure(await run(base({ flags: { ...FLAGS, seriousFraud: undefined } }), "brief"), "tsme-evaluation");
    expect(m.status).toBe("undetermined");
    expect(m.conditions.map((c) => [c.fact, c.result])).toEqual([["flags.seriousFraud", null]]);
  });
});
