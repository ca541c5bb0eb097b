/**
 * Every threshold of every measure of the bundled rule set 2025.1.0, through `match`, at the
 * line, just below and just above. Expected statuses and amounts are worked out from
 * policy/SOURCES.md (§1 HNTE, §2 TSME, §4 tax, §10 boundary rules), never copied from output.
 *
 * BASE passes everything on 2025-06-30:
 * - HNTE: age 2018-03-15 → 2025-06-30 ≫ 365 days; IP 1 + 3 items; S&T staff 30 ÷ 100 = 30 % ≥ 10 %;
 *   last-year sales 30,000,000 ≤ 5,000万 → R&D (1.2 + 1.5 + 1.8 = 4.5 M) ÷ (20 + 25 + 30 = 75 M) = 6 % ≥ 5 %;
 *   R&D in China 100 % ≥ 60 %; high-tech 24 M ÷ total income 30 M = 80 % ≥ 60 %; score 80 > 70; no accident.
 * - TSME: actual accounts; 100 ≤ 500 staff; sales 30 M and assets 40 M ≤ 2亿; industry 3985, not on the list;
 *   score 20 (30 % staff) + 50 (R&D 1.8 M ÷ 30 M = 6 %) + 30 (1 Class I) = 100 ≥ 60.
 * - Income tax, once for the package (DESIGN.md "Amounts"): taxable income as filed 2,000,000, after a
 *   super-deduction of 1,800,000 × 100 %: 3,800,000 before it. R&D super-deduction: its share at the
 *   general rate, 3,800,000 × 25 % − 2,000,000 × 25 % = 950,000 − 500,000 = 450,000.
 * - SLPE: taxable 2,000,000 ≤ 300万, 100 ≤ 300 average staff, 40 M ≤ 5,000万 average assets:
 *   its share 2,000,000 × 25 % − 2,000,000 × 25 % × 20 % = 500,000 − 100,000 = 400,000.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import type { MatchResult, MeasureResult } from "../../src/engine/result.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import type { LoadedRuleSet } from "../../src/ruleset/catalog.js";

const ASOF = "2025-06-30";
let v2025: LoadedRuleSet;
beforeAll(async () => {
  v2025 = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.1.0", asOf: ASOF });
});

type Year = { year: number; revenue: number; rdExpense: number } & Record<string, number>;
type Profile = Record<string, unknown> & { financials?: Year[]; flags?: Record<string, boolean> };

const FLAGS = {
  majorAccidentLastYear: false, seriousEnvironmentalViolation: false, seriousFraud: false,
  researchMisconduct: false, abnormalOperationList: false, seriousIllegalityList: false,
  restrictedIndustry: false, icEnterprise: false, machineToolEnterprise: false, pendingLitigation: false,
};

const base = (): Profile => ({
  creditCode: "914403001922038216",
  name: "包头稀土磁材测试有限公司",
  registrationDate: "2018-03-15",
  industryCode: "3985",
  zone: "baotou-rare-earth-hi-tech-zone",
  taxCollection: "actual",
  employees: 100,
  techStaff: 30,
  averageEmployees: 100,
  totalAssets: 40_000_000,
  averageTotalAssets: 40_000_000,
  financials: [
    { year: 2022, revenue: 20_000_000, rdExpense: 1_200_000, rdExpenseDomestic: 1_200_000 },
    { year: 2023, revenue: 25_000_000, rdExpense: 1_500_000, rdExpenseDomestic: 1_500_000 },
    {
      year: 2024, revenue: 30_000_000, rdExpense: 1_800_000, rdExpenseDomestic: 1_800_000,
      highTechRevenue: 24_000_000, totalRevenue: 30_000_000, totalCosts: 28_000_000, taxableIncome: 2_000_000,
    },
  ],
  hnteAssessmentScore: 80,
  intellectualProperty: { classI: 1, classII: 3 },
  certifications: [],
  flags: { ...FLAGS },
});

/** BASE with top-level fields replaced, `last` merged into the last fiscal year and `flags` merged. */
function variant(over: Profile = {}, last: Record<string, number> = {}): Profile {
  const b = base();
  const p: Profile = { ...b, ...over, flags: { ...b.flags, ...over.flags } };
  if (!over.financials) p.financials = b.financials!.map((y, i, ys) => (i === ys.length - 1 ? { ...y, ...last } : y));
  // R&D spent in China is part of R&D: keep it consistent when a variant lowers R&D
  p.financials = p.financials?.map((y) => ("rdExpenseDomestic" in last ? y : { ...y, rdExpenseDomestic: Math.min(y.rdExpenseDomestic ?? y.rdExpense, y.rdExpense) }));
  return p;
}

/** Three fiscal years 2022–2024 of [revenue, rdExpense]; all R&D in China; high-tech 80 % of last year's income. */
function threeYears(rows: [number, number][]): Year[] {
  return rows.map(([revenue, rdExpense], i) => ({
    year: 2022 + i, revenue, rdExpense, rdExpenseDomestic: rdExpense,
    ...(i === rows.length - 1 ? { highTechRevenue: 24_000_000, totalRevenue: 30_000_000, taxableIncome: 2_000_000 } : {}),
  }));
}

async function run(p: Profile, asOf = ASOF, loaded?: LoadedRuleSet): Promise<MatchResult> {
  return match(EnterpriseProfile.parse(p), loaded ?? v2025, { asOf });
}
async function measure(p: Profile, id: string, asOf = ASOF): Promise<MeasureResult> {
  const m = (await run(p, asOf)).measures.find((x) => x.id === id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
}
/** The result of the (first) leaf on `fact` with `operator`. */
const leaf = (m: MeasureResult, fact: string, operator?: string) =>
  m.conditions.find((c) => c.fact === fact && (operator === undefined || c.operator === operator));

const FOUR = ["hnte-recognition", "tsme-evaluation", "rd-super-deduction", "slpe-income-tax-relief"];

describe("BASE passes every measure", () => {
  it("is eligible for all four, with the amounts worked out above", async () => {
    const r = await run(base());
    const status = Object.fromEntries(r.measures.filter((m) => FOUR.includes(m.id)).map((m) => [m.id, m.status]));
    expect(status).toEqual({
      "hnte-recognition": "eligible",
      "tsme-evaluation": "eligible",
      "rd-super-deduction": "eligible",
      "slpe-income-tax-relief": "eligible",
    });
    expect(r.derived).toMatchObject({ tsmeScore: 100, rdIntensity3y: 0.06, techStaffShare: 0.3, highTechRevenueShare: 0.8, rdSuperDeductionRate: 1 });
    expect(r.measures.find((m) => m.id === "rd-super-deduction")!.amount!.value).toBe(450_000);
    expect(r.measures.find((m) => m.id === "slpe-income-tax-relief")!.amount!.value).toBe(400_000);
    expect(r.totals.taxSaving).toBe(850_000); // 450,000 + 400,000
  });
});

describe("hnte-recognition (国科发火〔2016〕32号 第十一条)", () => {
  const H = "hnte-recognition";

  it.each([
    // (一) registered more than one year = 365 calendar days (工作指引); financials only 2024 (actual period)
    ["2024-07-01", 364, "ineligible"],
    ["2024-06-30", 365, "eligible"],
    ["2024-06-29", 366, "eligible"],
  ])("(一) registered %s: %i days on 2025-06-30 → %s", async (registrationDate, days, status) => {
    const p = variant({ registrationDate, financials: base().financials!.slice(2) });
    const m = await measure(p, H);
    expect(m.status).toBe(status);
    expect(leaf(m, "enterpriseAgeDays")!.actual).toBe(days);
  });

  it.each([
    // (四) S&T staff ≥ 10 % of employees ("不低于" includes 10 %)
    [999, 10_000, "ineligible"], // 9.99 %
    [1_000, 10_000, "eligible"], // 10 %
    [1_001, 10_000, "eligible"], // 10.01 %
    [9, 90, "eligible"], // 10 %
  ])("(四) %i S&T staff of %i → %s", async (techStaff, employees, status) => {
    expect((await measure(variant({ techStaff, employees }), H)).status).toBe(status);
  });

  it("(二) no IP item → ineligible", async () => {
    expect((await measure(variant({ intellectualProperty: { classI: 0, classII: 0 } }), H)).status).toBe("ineligible");
  });

  describe("(五) R&D intensity: band by last year's sales, ratio over three years", () => {
    it.each<[string, string, [number, number][]]>([
      // sales 40 M + 45 M + 50 M = 135 M; last year 50,000,000 ≤ 5,000万 (含) → ≥ 5 %: 5 % = 6,750,000
      ["≤5,000万: R&D exactly 5 %", "eligible", [[40_000_000, 2_000_000], [45_000_000, 2_250_000], [50_000_000, 2_500_000]]],
      ["≤5,000万: one fen below 5 %", "ineligible", [[40_000_000, 2_000_000], [45_000_000, 2_250_000], [50_000_000, 2_499_999.99]]],
      ["≤5,000万: one fen above 5 %", "eligible", [[40_000_000, 2_000_000], [45_000_000, 2_250_000], [50_000_000, 2_500_000.01]]],
      // same R&D 6,749,999.99 (4.99 %) but last year 50,000,000.01 > 5,000万 → band ≥ 4 %
      ["50,000,000.01: 4.99 % passes the 4 % band", "eligible", [[40_000_000, 2_000_000], [45_000_000, 2_250_000], [50_000_000.01, 2_499_999.99]]],
      // 40 M + 44,999,999.99 + 50,000,000.01 = 135,000,000.00; 4 % = 5,400,000
      ["5,000万–2亿: R&D exactly 4 %", "eligible", [[40_000_000, 1_800_000], [44_999_999.99, 1_800_000], [50_000_000.01, 1_800_000]]],
      ["5,000万–2亿: one fen below 4 %", "ineligible", [[40_000_000, 1_800_000], [44_999_999.99, 1_800_000], [50_000_000.01, 1_799_999.99]]],
      // sales 150 M + 175 M + 200 M = 525 M; last year 200,000,000 ≤ 2亿 (含) → ≥ 4 %: 4 % = 21,000,000
      ["2亿: R&D exactly 4 %", "eligible", [[150_000_000, 7_000_000], [175_000_000, 7_000_000], [200_000_000, 7_000_000]]],
      ["2亿: one fen below 4 % (3.99 %)", "ineligible", [[150_000_000, 7_000_000], [175_000_000, 7_000_000], [200_000_000, 6_999_999.99]]],
      // last year 200,000,000.01 > 2亿 → ≥ 3 %; 150 M + 174,999,999.99 + 200,000,000.01 = 525 M; 3 % = 15,750,000
      ["200,000,000.01: 3.99 % passes the 3 % band", "eligible", [[150_000_000, 7_000_000], [174_999_999.99, 7_000_000], [200_000_000.01, 6_999_999.99]]],
      [">2亿: R&D exactly 3 %", "eligible", [[150_000_000, 5_250_000], [174_999_999.99, 5_250_000], [200_000_000.01, 5_250_000]]],
      [">2亿: one fen below 3 %", "ineligible", [[150_000_000, 5_250_000], [174_999_999.99, 5_250_000], [200_000_000.01, 5_249_999.99]]],
      // fen amounts: 2,000,000.13 + 2,250,000.07 + 2,499,999.80 = 6,750,000.00 = exactly 5 % of 135 M
      ["≤5,000万: R&D in fen summing to exactly 5 %", "eligible", [[40_000_000, 2_000_000.13], [45_000_000, 2_250_000.07], [50_000_000, 2_499_999.8]]],
    ])("%s → %s", async (_label, status, rows) => {
      expect((await measure(variant({ financials: threeYears(rows) }), H)).status).toBe(status);
    });

    it("at 50,000,000 the 5 % band's revenue leaf holds and the 4 % band's does not", async () => {
      const m = await measure(variant({ financials: threeYears([[40_000_000, 2_000_000], [45_000_000, 2_250_000], [50_000_000, 2_500_000]]) }), H);
      expect(leaf(m, "lastYear.revenue", "lessThanInclusive")!.result).toBe(true);
      expect(leaf(m, "lastYear.revenue", "greaterThan")!.result).toBe(false);
      expect(leaf(m, "rdIntensity3y")!.actual).toBe(0.05);
    });
  });

  it.each([
    // (五) R&D in China ≥ 60 % of R&D: 4,500,000 × 60 % = 2,700,000 = 720,000 + 900,000 + 1,080,000
    [1_079_999.99, "ineligible"],
    [1_080_000, "eligible"],
    [1_080_000.01, "eligible"],
  ])("(五) domestic R&D 720,000 + 900,000 + %d of 4,500,000 → %s", async (last, status) => {
    const financials = base().financials!.map((y, i) => ({ ...y, rdExpenseDomestic: [720_000, 900_000, last][i]! }));
    expect((await measure(variant({ financials }), H)).status).toBe(status);
  });

  it.each([
    // (六) high-tech revenue ≥ 60 % of total income 30,000,000 = 18,000,000
    [17_999_999.99, "ineligible"],
    [18_000_000, "eligible"],
    [18_000_000.01, "eligible"],
  ])("(六) high-tech revenue %d of 30,000,000 → %s", async (highTechRevenue, status) => {
    expect((await measure(variant({}, { highTechRevenue }), H)).status).toBe(status);
  });

  it.each([
    // (七) "70分以上（不含70分）": > 70
    [69, "ineligible"],
    [70, "ineligible"],
    [70.5, "eligible"],
    [71, "eligible"],
  ])("(七) assessment score %d → %s", async (hnteAssessmentScore, status) => {
    expect((await measure(variant({ hnteAssessmentScore }), H)).status).toBe(status);
  });

  it.each(["majorAccidentLastYear", "seriousEnvironmentalViolation"])("(八) %s true → ineligible", async (flag) => {
    expect((await measure(variant({ flags: { [flag]: true } }), H)).status).toBe("ineligible");
  });

  it.each(["majorAccidentLastYear", "seriousEnvironmentalViolation"])("(八) %s left out → undetermined, naming it", async (flag) => {
    const p = variant();
    delete p.flags![flag];
    const m = await measure(p, H);
    expect(m.status).toBe("undetermined");
    expect(m.missingFacts).toEqual([`flags.${flag}`]);
  });

  it("a present failing fact decides: score 70 with a flag left out → ineligible", async () => {
    const p = variant({ hnteAssessmentScore: 70 });
    delete p.flags!.majorAccidentLastYear;
    const m = await measure(p, H);
    expect(m.status).toBe("ineligible");
    expect(leaf(m, "hnteAssessmentScore")!.result).toBe(false);
    expect(leaf(m, "flags.majorAccidentLastYear")!.result).toBeNull();
  });

  it("score left out → undetermined, naming it", async () => {
    const p = variant();
    delete p.hnteAssessmentScore;
    const m = await measure(p, H);
    expect(m.status).toBe("undetermined");
    expect(m.missingFacts).toEqual(["hnteAssessmentScore"]);
  });
});

describe("tsme-evaluation (国科火字〔2022〕67号 基本条件; 国科发政〔2017〕115号)", () => {
  const T = "tsme-evaluation";

  it.each([
    // (二) employees ≤ 500 ("不超过" includes 500); techStaff kept at 30 % (staff score 20)
    [500, 150, "eligible"],
    [501, 151, "ineligible"],
  ])("(二) %i employees → %s", async (employees, techStaff, status) => {
    expect((await measure(variant({ employees, techStaff }), T)).status).toBe(status);
  });

  it.each([
    // (二) sales ≤ 2亿; R&D 12,000,000 keeps the R&D score ≥ 40 (5.99… % or 6 %)
    [200_000_000, "eligible"],
    [200_000_000.01, "ineligible"],
  ])("(二) last-year sales %d → %s", async (revenue, status) => {
    const m = await measure(variant({}, { revenue, rdExpense: 12_000_000 }), T);
    expect(m.status).toBe(status);
  });

  it.each([
    [200_000_000, "eligible"],
    [200_000_000.01, "ineligible"],
  ])("(二) total assets %d → %s", async (totalAssets, status) => {
    expect((await measure(variant({ totalAssets }), T)).status).toBe(status);
  });

  it.each<[string, number, string, number, number, number]>([
    // [label, score, status, techStaff of 100, last-year R&D of 30,000,000 sales, Class II items]; no Class I
    ["20 (30 %) + 40 (5 %) + 0", 60, "eligible", 30, 1_500_000, 0],
    ["4 (10 %) + 50 (6 %) + 6 (1 item)", 60, "eligible", 10, 1_800_000, 1],
    ["12 (20 %) + 50 (6 %) + 0", 62, "eligible", 20, 1_800_000, 0],
    // scores move in steps of 2 at best (4a + 10b + 6c): 59 cannot occur, 58 is the highest failing score
    ["8 (15 %) + 50 (6 %) + 0", 58, "ineligible", 15, 1_800_000, 0],
    ["16 (25 %) + 40 (5 %) + 0", 56, "ineligible", 25, 1_500_000, 0],
    ["20 (30 %) + 30 (4.99… %) + 6", 56, "ineligible", 30, 1_499_999.99, 1],
    ["4 (10 %) + 50 (6 %) + 0", 54, "ineligible", 10, 1_800_000, 0],
  ])("(五) score %s = %i → %s", async (_label, score, status, techStaff, rdExpense, classII) => {
    const r = await run(variant({ techStaff, intellectualProperty: { classI: 0, classII } }, { rdExpense, totalCosts: 100_000_000 }));
    expect(r.derived.tsmeScore).toBe(score);
    expect(r.measures.find((m) => m.id === T)!.status).toBe(status);
  });

  it("(五) S&T-staff score 0 vetoes a score of 80 (9 % staff: 0 + 50 + 30)", async () => {
    const r = await run(variant({ techStaff: 9 }));
    expect(r.derived.tsmeScore).toBe(80);
    const m = r.measures.find((x) => x.id === T)!;
    expect(m.status).toBe("ineligible");
    expect(leaf(m, "tsmeStaffScore")!.result).toBe(false);
  });

  it("direct path: a valid HNTE certificate qualifies a firm scoring 10 (4 + 0 + 6)", async () => {
    const low = { techStaff: 10, intellectualProperty: { classI: 0, classII: 1 } };
    const lastYear = { rdExpense: 100_000, totalCosts: 100_000_000 }; // R&D 0.33 % of sales → 0
    const noCert = await run(variant({ ...low, certifications: [] }, lastYear));
    expect(noCert.derived.tsmeScore).toBe(10);
    expect(noCert.measures.find((m) => m.id === T)!.status).toBe("ineligible");
    const valid = await measure(variant({ ...low, certifications: [{ type: "hnte", issuedOn: "2023-11-01" }] }, lastYear), T);
    expect(valid.status).toBe("eligible");
    // issued 2022-06-29: last valid day 2025-06-29 (民法典 arts. 201–202), expired on 2025-06-30
    const expired = await measure(variant({ ...low, certifications: [{ type: "hnte", issuedOn: "2022-06-29" }] }, lastYear), T);
    expect(expired.status).toBe("ineligible");
  });

  it("direct path does not lift the size limits: an HNTE with 501 employees fails", async () => {
    const m = await measure(variant({ employees: 501, techStaff: 151, certifications: [{ type: "hnte", issuedOn: "2023-11-01" }] }), T);
    expect(m.status).toBe("ineligible");
    expect(leaf(m, "employees")!.result).toBe(false);
  });

  it("direct path decides even when the score is unknown (IP left out)", async () => {
    const p = variant({ certifications: [{ type: "hnte", issuedOn: "2023-11-01" }] });
    delete p.intellectualProperty;
    expect((await measure(p, T)).status).toBe("eligible");
    const q = variant({ certifications: [] });
    delete q.intellectualProperty;
    const m = await measure(q, T);
    expect(m.status).toBe("undetermined");
    expect(m.missingFacts).toEqual(["intellectualProperty"]); // the input to supply, not the derived score
  });

  it("(一) assessed taxation (核定征收) → ineligible", async () => {
    const m = await measure(variant({ taxCollection: "assessed" }), T);
    expect(m.status).toBe("ineligible");
    expect(leaf(m, "taxCollection")!.result).toBe(false);
  });

  it.each([
    ["5164", "metals wholesale"],
    ["1610", "tobacco"],
    ["7010", "real-estate development"],
    ["9010", "entertainment"],
  ])("(三) negative-list sector %s (%s) → ineligible", async (industryCode) => {
    const m = await measure(variant({ industryCode }), T);
    expect(m.status).toBe("ineligible");
    expect(leaf(m, "rdNegativeListSector")!.result).toBe(false);
  });

  it.each(["restrictedIndustry", "majorAccidentLastYear", "seriousEnvironmentalViolation", "seriousFraud", "researchMisconduct", "abnormalOperationList", "seriousIllegalityList"])(
    "(三)(四) %s: true → ineligible; left out → undetermined naming it",
    async (flag) => {
      expect((await measure(variant({ flags: { [flag]: true } }), T)).status).toBe("ineligible");
      const p = variant();
      delete p.flags![flag];
      const m = await measure(p, T);
      expect(m.status).toBe("undetermined");
      expect(m.missingFacts).toEqual([`flags.${flag}`]);
    },
  );

  it("a present failing fact decides: 501 employees with seriousFraud left out → ineligible", async () => {
    const p = variant({ employees: 501, techStaff: 151 });
    delete p.flags!.seriousFraud;
    expect((await measure(p, T)).status).toBe("ineligible");
  });
});

describe("rd-super-deduction (公告2023年第7号; 第44号; 财税〔2015〕119号)", () => {
  const R = "rd-super-deduction";

  it.each<[string, number, Profile, Record<string, number>]>([
    ["100 % × 25 %: 1,800,000 × 1.0 × 0.25", 450_000, {}, {}],
    ["120 % × 25 % (IC enterprise): 1,800,000 × 1.2 × 0.25", 540_000, { flags: { icEnterprise: true } }, {}],
    ["120 % × 25 % (machine-tool enterprise)", 540_000, { flags: { machineToolEnterprise: true } }, {}],
    // a certified HNTE: the 15 % rate is indicative (evidence M) and, here, beaten by the SLPE relief: the deduction is priced at 25 %
    ["100 %, certified HNTE, priced at the general rate: 1,800,000 × 1.0 × 0.25", 450_000, { certifications: [{ type: "hnte", issuedOn: "2023-11-01" }] }, {}],
    ["120 %, certified HNTE: 1,800,000 × 1.2 × 0.25", 540_000, { flags: { icEnterprise: true }, certifications: [{ type: "hnte", issuedOn: "2023-11-01" }] }, {}],
    // rounding half-up to the fen, once per tax: the share is (2,000,000 + D) × 25 % rounded − 2,000,000 × 25 % (500,000.00)
    ["D 0.57: 500,000.1425 → 500,000.14, share 0.14", 0.14, {}, { rdExpense: 0.57 }],
    ["D 2,600,000.57 × 1.2 = 3,120,000.684 → 3,120,000.68: 1,280,000.17 − 500,000.00 = 780,000.17", 780_000.17, { flags: { icEnterprise: true } }, { rdExpense: 2_600_000.57 }],
    ["D 0.02: 500,000.005 → 500,000.01 (half up), share 0.01", 0.01, {}, { rdExpense: 0.02 }],
    ["D 0.06: 500,000.015 → 500,000.02 (half up), share 0.02", 0.02, {}, { rdExpense: 0.06 }],
    ["D 0.01: 500,000.0025 → 500,000.00, share 0.00", 0, {}, { rdExpense: 0.01 }],
    ["D 0.1 × 1.2 = 0.12: 500,000.03 exactly, share 0.03", 0.03, { flags: { icEnterprise: true } }, { rdExpense: 0.1 }],
  ])("%s → %d", async (_label, amount, over, last) => {
    const m = await measure(variant(over, last), R);
    expect(m.status).toBe("eligible");
    expect(m.amount).toMatchObject({ value: amount, kind: "tax-saving" });
  });

  it("the amount goes into totals.taxSaving with SLPE's: 540,000 + 400,000", async () => {
    const r = await run(variant({ flags: { icEnterprise: true } }));
    expect(r.totals.taxSaving).toBe(940_000);
  });

  it.each([
    ["5164", "wholesale"], ["5210", "retail"], ["1610", "tobacco"], ["6110", "accommodation"], ["6210", "catering"],
    ["7020", "property management"], ["7110", "leasing"], ["9010", "entertainment"],
  ])("negative list %s (%s) → ineligible, no amount", async (industryCode) => {
    const m = await measure(variant({ industryCode }), R);
    expect(m.status).toBe("ineligible");
    expect(m.amount).toBeNull();
  });

  it("assessed taxation → ineligible, no amount", async () => {
    const m = await measure(variant({ taxCollection: "assessed" }), R);
    expect(m.status).toBe("ineligible");
    expect(m.amount).toBeNull();
  });

  it("no R&D expense → ineligible", async () => {
    expect((await measure(variant({}, { rdExpense: 0 }), R)).status).toBe("ineligible");
  });

  it("taxCollection left out → undetermined, naming it", async () => {
    const p = variant();
    delete p.taxCollection;
    const m = await measure(p, R);
    expect(m.status).toBe("undetermined");
    expect(m.missingFacts).toEqual(["taxCollection"]);
    expect(m.amount).toBeNull();
  });

  it("IC flag unknown and machine-tool false: eligible but the amount cannot be computed", async () => {
    const p = variant();
    delete p.flags!.icEnterprise;
    const r = await run(p);
    const m = r.measures.find((x) => x.id === R)!;
    expect(m.status).toBe("eligible");
    expect(m.amount).toBeNull();
    expect(m.missingFacts.length).toBeGreaterThan(0);
    expect(r.totals.taxSaving).toBe(400_000); // SLPE only
  });
});

describe("slpe-income-tax-relief (公告2023年第6号 definition; 第12号 relief to 2027-12-31)", () => {
  const S = "slpe-income-tax-relief";

  it.each<[string, string, number | null, Profile, Record<string, number>]>([
    // taxable income ≤ 300万 ("不超过"): its share 3,000,000 × 25 % − 3,000,000 × 25 % × 20 % = 750,000 − 150,000 = 600,000
    ["taxable income 3,000,000", "eligible", 600_000, {}, { taxableIncome: 3_000_000 }],
    ["taxable income 3,000,000.01 (the cliff)", "ineligible", null, {}, { taxableIncome: 3_000_000.01 }],
    ["taxable income 2,999,999.99", "eligible", 600_000, {}, { taxableIncome: 2_999_999.99 }], // 749,999.9975 → 750,000.00 less 149,999.9995 → 150,000.00
    ["average employees 300", "eligible", 400_000, { averageEmployees: 300 }, {}],
    ["average employees 301", "ineligible", null, { averageEmployees: 301 }, {}],
    ["average employees 300.25 (a quarterly average)", "ineligible", null, { averageEmployees: 300.25 }, {}],
    ["average assets 50,000,000", "eligible", 400_000, { averageTotalAssets: 50_000_000 }, {}],
    ["average assets 50,000,000.01", "ineligible", null, { averageTotalAssets: 50_000_000.01 }, {}],
    ["a loss of 500,000: eligible, nothing saved", "eligible", 0, {}, { taxableIncome: -500_000 }],
    ["taxable income 0", "eligible", 0, {}, { taxableIncome: 0 }],
    ["restricted industry", "ineligible", null, { flags: { restrictedIndustry: true } }, {}],
  ])("%s → %s, amount %s", async (_label, status, amount, over, last) => {
    const m = await measure(variant(over, last), S);
    expect(m.status).toBe(status);
    expect(m.amount?.value ?? null).toBe(amount);
  });

  it("2,999,999.99: 749,999.9975 → 750,000.00 at 25 %, 149,999.9995 → 150,000.00 under the relief (each rounded half-up once): 600,000.00", async () => {
    const m = await measure(variant({}, { taxableIncome: 2_999_999.99 }), S);
    expect(m.amount!.value).toBe(600_000);
  });

  it("year-end headcount and assets do not count, only the averages", async () => {
    const m = await measure(variant({ employees: 400, techStaff: 120, totalAssets: 60_000_000 }), S);
    expect(m.status).toBe("eligible");
  });

  it("restrictedIndustry left out → undetermined, naming it; a failing fact beside it → ineligible", async () => {
    const p = variant();
    delete p.flags!.restrictedIndustry;
    const m = await measure(p, S);
    expect(m.status).toBe("undetermined");
    expect(m.missingFacts).toEqual(["flags.restrictedIndustry"]);
    expect(m.amount).toBeNull();
    const q = variant({}, { taxableIncome: 3_000_000.01 });
    delete q.flags!.restrictedIndustry;
    expect((await measure(q, S)).status).toBe("ineligible");
  });

  it("averageEmployees left out → undetermined, naming it", async () => {
    const p = variant();
    delete p.averageEmployees;
    const m = await measure(p, S);
    expect(m.status).toBe("undetermined");
    expect(m.missingFacts).toEqual(["averageEmployees"]);
  });

  describe("validity (执行至2027年12月31日), version 2025.1.0 pinned", () => {
    const pinned = async (asOf: string) =>
      (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.1.0", asOf });

    /** BASE with its fiscal years moved by `n` years (accounts must have ended before asOf, and be at most two years old). */
    const shifted = (n: number): Profile => ({ ...base(), financials: base().financials!.map((y) => ({ ...y, year: y.year + n })) });

    it("is eligible on 2027-12-31, the last day", async () => {
      const r = await run(shifted(2), "2027-12-31", await pinned("2027-12-31"));
      const m = r.measures.find((x) => x.id === S)!;
      expect(m.status).toBe("eligible");
      expect(m.amount!.value).toBe(400_000);
    });

    it("is ineligible on 2028-01-01 with the validTo condition false", async () => {
      const loaded = await pinned("2028-01-01");
      expect(loaded.ruleset.version).toBe("2025.1.0");
      const r = await run(shifted(3), "2028-01-01", loaded);
      const m = r.measures.find((x) => x.id === S)!;
      expect(m.status).toBe("ineligible");
      expect(m.amount).toBeNull();
      const validTo = leaf(m, "asOf", "lessThanInclusive")!;
      expect(validTo.required).toBe("2027-12-31");
      expect(validTo.actual).toBe("2028-01-01");
      expect(validTo.result).toBe(false);
      // the measure's own conditions still hold: only the date fails
      expect(m.conditions.filter((c) => c.result === false)).toHaveLength(1);
    });

    it("is ineligible before 2023-01-01 (validFrom), as is the super-deduction", async () => {
      const r = await run(shifted(-3), "2022-12-31", await pinned("2022-12-31"));
      for (const id of [S, "rd-super-deduction"]) {
        const m = r.measures.find((x) => x.id === id)!;
        expect(m.status).toBe("ineligible");
        expect(leaf(m, "asOf", "greaterThanInclusive")!.result).toBe(false);
      }
    });
  });
});

describe("missing data is never eligibility", () => {
  it("with no flags at all, every measure that names a flag is undetermined, none eligible", async () => {
    const p = variant();
    p.flags = {};
    const r = await run(p);
    const status = Object.fromEntries(r.measures.map((m) => [m.id, m.status]));
    expect(status["hnte-recognition"]).toBe("undetermined");
    expect(status["tsme-evaluation"]).toBe("undetermined");
    expect(status["slpe-income-tax-relief"]).toBe("undetermined");
    const hnte = r.measures.find((m) => m.id === "hnte-recognition")!;
    expect(hnte.missingFacts).toEqual(["flags.majorAccidentLastYear", "flags.seriousEnvironmentalViolation"]);
  });

  it("an empty profile is eligible for nothing", async () => {
    const r = await run({});
    for (const m of r.measures) expect(m.status).not.toBe("eligible");
    expect(r.totals.taxSaving).toBe(0);
  });
});
