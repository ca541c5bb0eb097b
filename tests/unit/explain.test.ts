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

  it("no near-miss asks a firm to cut its profit: SLPE one fen over 3,000,000 stays not met, with the failing condition", async () => {
    const f = base().financials;
    f[2] = { ...f[2]!, taxableIncome: 3_000_000.01 };
    const r = await run(base({ financials: f }));
    expect(measure(r, "slpe-income-tax-relief").status).toBe("ineligible");
    expect(nearMiss(r, "slpe-income-tax-relief")).toBeUndefined();
    expect(measure(r, "slpe-income-tax-relief").conditions.filter((c) => c.result === false).map((c) => c.fact)).toEqual(["lastYear.taxableIncome"]);
  });

  it("no near-miss asks a firm to shed staff: TSME with 501 employees stays not met", async () => {
    const r = await run(base({ employees: 501, techStaff: 160, averageEmployees: 501 }));
    expect(measure(r, "tsme-evaluation").status).toBe("ineligible");
    expect(nearMiss(r, "tsme-evaluation")).toBeUndefined();
  });

  it("no near-miss where the failing fact cannot be changed: a sector on the negative list, a violation", async () => {
    const r = await run(base({ industryCode: "5164" }));
    expect(measure(r, "tsme-evaluation").status).toBe("ineligible");
    expect(nearMiss(r, "tsme-evaluation")).toBeUndefined();
    const v = await run(base({ flags: { ...FLAGS, majorAccidentLastYear: true } }));
    expect(nearMiss(v, "hnte-recognition")).toBeUndefined();
  });

  it("no near-miss asks for what the firm does not have: a talent's equity with no talent, R&D from nothing", async () => {
    const f = base().financials.map((y) => ({ ...y, rdExpense: 0, rdExpenseDomestic: 0 }));
    const r = await run(base({ talents: [], financials: f }));
    expect(measure(r, "talent-loan").status).toBe("ineligible");
    expect(nearMiss(r, "talent-loan")).toBeUndefined();
    expect(measure(r, "rd-super-deduction").status).toBe("ineligible"); // R&D 0 is not above 0
    expect(nearMiss(r, "rd-super-deduction")).toBeUndefined();
    expect(nearMiss(r, "hnte-recognition")).toBeUndefined(); // R&D intensity 0 %: +3,750,000 from nothing
  });

  it("ranks by the value unlocked", async () => {
    // equipment 9,500,000 of 10,000,000: +500,000 (5.3 %, within +20 % and 10,000,000) unlocks 10,000,000 × 10 % = 1,000,000
    const project = { fixedAssetInvestment: 20_000_000, equipmentInvestment: 9_500_000, stage: "construction" };
    const r = await run(base({ project, hnteAssessmentScore: 70, innovationPoints: 69 }));
    const values = r.nearMisses.map((n) => n.valueUnlocked);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(r.nearMisses[0]).toMatchObject({ measureId: "equipment-upgrade-subsidy", valueUnlocked: 1_000_000, kind: "payment" });
    expect(r.nearMisses.map((n) => n.measureId)).toEqual(expect.arrayContaining(["hnte-recognition", "innovation-score-loan"]));
  });
});

describe("near-misses: only within a lever's bounds (src/profile/levers.ts)", () => {
  /** Three years of sales `s` each, R&D spread so the window's total is `rd` (fen exact), all in China. */
  const years = (s: number, rd: number) => {
    const third = Math.floor((rd * 100) / 3) / 100;
    const last = Math.round((rd - 2 * third) * 100) / 100;
    return base().financials.map((y, i) => ({ ...y, revenue: s, totalRevenue: s, highTechRevenue: s * 0.8, rdExpense: i < 2 ? third : last, rdExpenseDomestic: i < 2 ? third : last }));
  };
  const rdGap = async (s: number, rd: number) => nearMiss(await run(base({ financials: years(s, rd) })), "hnte-recognition")?.gaps;

  it("R&D, absolute bound 5,000,000: sales 3 × 300,000,000 need 3 % = 27,000,000; from 22,000,000 the gap is exactly 5,000,000 (22.7 % ≤ 25 %): offered", async () => {
    expect(await rdGap(300_000_000, 22_000_000)).toEqual([expect.objectContaining({ fact: "rdIntensity3y", by: 5_000_000, unit: "yuan" })]);
  });

  it("R&D, one fen beyond the absolute bound: from 21,999,999.99 the gap is 5,000,000.01: not offered", async () => {
    expect(await rdGap(300_000_000, 21_999_999.99)).toBeUndefined();
  });

  it("R&D, relative bound 25 %: sales 75,000,000 need 5 % = 3,750,000; from 3,000,000 the gap 750,000 is exactly 25 %: offered", async () => {
    expect(await rdGap(25_000_000, 3_000_000)).toEqual([expect.objectContaining({ fact: "rdIntensity3y", by: 750_000 })]);
  });

  it("R&D, one fen beyond the relative bound: from 2,999,999.99 the gap 750,000.01 exceeds 25 % (749,999.9975): not offered", async () => {
    expect(await rdGap(25_000_000, 2_999_999.99)).toBeUndefined();
  });

  it.each([
    // S&T staff: x ≥ (10 % × employees − S&T) ÷ 90 %, at most +50 % of the S&T staff and 10 people
    [8, 100, 3], // (10 − 8) ÷ 0.9 = 2.2 → 3 ≤ 4 (50 % of 8) and ≤ 10
    [4, 100, undefined], // (10 − 4) ÷ 0.9 = 6.7 → 7 > 2 (50 % of 4)
    [41, 500, 10], // (50 − 41) ÷ 0.9 = 10 → 10 ≤ 10 and ≤ 20.5: exactly at the absolute bound
    [40, 500, undefined], // (50 − 40) ÷ 0.9 = 11.1 → 12 > 10
  ])("S&T staff %i of %i: %s more", async (techStaff, employees, want) => {
    const n = nearMiss(await run(base({ techStaff, employees, averageEmployees: employees })), "hnte-recognition");
    expect(n?.gaps.map((g) => g.by)).toEqual(want === undefined ? undefined : [want]);
  });

  it.each([
    [65, 5], // +5 points: ≤ 5 and ≤ 6.5 (10 % of 65)
    [64.99, undefined], // +5.01 points > 5
    [69.99, 0.01],
  ])("innovation points %d → 70: %s", async (innovationPoints, want) => {
    const n = nearMiss(await run(base({ innovationPoints })), "innovation-score-loan");
    expect(n?.gaps.map((g) => g.by)).toEqual(want === undefined ? undefined : [want]);
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

  it("a certified HNTE can re-apply until its certificate ends; its 15 % on the 2024 accounts ends with no date; the SLPE relief until 2027-12-31", async () => {
    const f = base().financials;
    f[2] = { ...f[2]!, taxableIncome: 8_000_000 };
    const r = await run(base({ certifications: [{ type: "hnte", issuedOn: "2023-11-20" }], financials: f }));
    expect(measure(r, "hnte-re-recognition").eligibleUntil).toBe("2026-11-20");
    // the rate is decided for fiscal 2024, which the certificate covered (公告2017年第24号 第一条): no later date undoes it
    expect(measure(r, "hnte-income-tax-rate").status).toBe("eligible");
    expect(measure(r, "hnte-income-tax-rate").eligibleUntil).toBeUndefined();
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
    // full: no valid certificate (32号 第九条) + 8 leaves outside the bands (age, IP, staff, domestic, high-tech, score, 2 flags)
    // + 2 + 3 + 2 band leaves; brief keeps the 2 leaves of the band that applies (sales ≤ 5,000万)
    expect(full).toHaveLength(16);
    expect(brief).toHaveLength(11);
    expect(brief.filter((c) => c.fact === "rdIntensity3y").map((c) => c.required)).toEqual([0.05]);
  });

  it("an undetermined measure lists the unknown conditions", async () => {
    const m = measure(await run(base({ flags: { ...FLAGS, seriousFraud: undefined } }), "brief"), "tsme-evaluation");
    expect(m.status).toBe("undetermined");
    expect(m.conditions.map((c) => [c.fact, c.result])).toEqual([["flags.seriousFraud", null]]);
  });
});
