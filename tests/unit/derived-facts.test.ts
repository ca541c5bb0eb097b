/**
 * Derived facts of the profile layer, with expected values worked out from policy/SOURCES.md:
 * HNTE ratios (§1, §10), TSME scoring (§2), HNTE certificate and tax rates (§1, §4),
 * enterprise age (§1 condition 1) and "today" in Asia/Shanghai (DESIGN.md "Conventions").
 */
import { describe, expect, it } from "vitest";
import { todayInShanghai } from "../../src/profile/dates.js";
import {
  highTechRevenueShare, rdDomesticShare3y, rdIntensity3y, techStaffShare,
} from "../../src/profile/derived/ratios.js";
import { hnteCertified, hnteCertifiedForLastYear, rdSuperDeductionRate } from "../../src/profile/derived/tax.js";
import { tsmeIpScore, tsmeRdScore, tsmeScore, tsmeStaffScore } from "../../src/profile/derived/tsme-score.js";
import { resolveFacts } from "../../src/profile/registry.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";

/** A validated profile (the schema refuses anything a real request could not send). */
const profile = (p: Record<string, unknown>): EnterpriseProfile => EnterpriseProfile.parse(p);
/** Fiscal years from [year, revenue, rdExpense, extra?] rows. */
const years = (...rows: [number, number, number, Record<string, number>?][]) =>
  rows.map(([year, revenue, rdExpense, extra]) => ({ year, revenue, rdExpense, ...extra }));

describe("rdIntensity3y (国科发火〔2016〕32号 第十一条(五): 3-year R&D ÷ 3-year sales)", () => {
  it("is the ratio of the sums, not the mean of yearly ratios", () => {
    // R&D 400,000 + 600,000 + 1,000,000 = 2,000,000; sales 10,000,000 + 12,000,000 + 18,000,000 = 40,000,000
    // → 2,000,000 ÷ 40,000,000 = 0.05 (the mean of 4 %, 5 %, 5.56 % would be 4.85 %)
    const p = profile({
      registrationDate: "2015-05-01",
      financials: years([2022, 10_000_000, 400_000], [2023, 12_000_000, 600_000], [2024, 18_000_000, 1_000_000]),
    });
    expect(rdIntensity3y(p)).toBe(0.05);
  });

  it("takes only the last three fiscal years", () => {
    const p = profile({
      registrationDate: "2015-05-01",
      financials: years([2021, 1_000_000, 900_000], [2022, 10_000_000, 400_000], [2023, 12_000_000, 600_000], [2024, 18_000_000, 1_000_000]),
    });
    expect(rdIntensity3y(p)).toBe(0.05);
  });

  it("uses the actual operating period of a firm registered in 2023 (2023–2024 only)", () => {
    // (300,000 + 500,000) ÷ (2,000,000 + 8,000,000) = 0.08
    const p = profile({
      registrationDate: "2023-03-15",
      financials: years([2023, 2_000_000, 300_000], [2024, 8_000_000, 500_000]),
    });
    expect(rdIntensity3y(p)).toBe(0.08);
  });

  it("is unknown for a firm registered in 2015 that gives only two years", () => {
    const p = profile({
      registrationDate: "2015-05-01",
      financials: years([2023, 2_000_000, 300_000], [2024, 8_000_000, 500_000]),
    });
    expect(rdIntensity3y(p)).toBeUndefined();
  });

  it("is unknown with two years and no registration date, or a year missing in the middle", () => {
    expect(rdIntensity3y(profile({ financials: years([2023, 2_000_000, 300_000], [2024, 8_000_000, 500_000]) }))).toBeUndefined();
    expect(rdIntensity3y(profile({
      registrationDate: "2015-05-01",
      financials: years([2022, 2_000_000, 300_000], [2024, 8_000_000, 500_000]),
    }))).toBeUndefined();
  });

  it("is unknown when sales revenue over the window is zero", () => {
    const p = profile({
      registrationDate: "2015-05-01",
      financials: years([2022, 0, 100_000], [2023, 0, 100_000], [2024, 0, 100_000]),
    });
    expect(rdIntensity3y(p)).toBeUndefined();
  });

  it("is unknown without financials", () => {
    expect(rdIntensity3y(profile({ registrationDate: "2015-05-01" }))).toBeUndefined();
  });

  it("is exactly 5 % when R&D in fen sums exactly to 5 % of sales", () => {
    // 2,000,000.13 + 2,250,000.07 + 2,499,999.80 = 6,750,000.00 exactly;
    // 40,000,000 + 45,000,000 + 50,000,000 = 135,000,000; 6,750,000 ÷ 135,000,000 = 0.05 exactly.
    // DESIGN.md "Money": computed exactly (integer fen inside).
    const p = profile({
      registrationDate: "2015-05-01",
      financials: years([2022, 40_000_000, 2_000_000.13], [2023, 45_000_000, 2_250_000.07], [2024, 50_000_000, 2_499_999.8]),
    });
    expect(rdIntensity3y(p)).toBe(0.05);
  });
});

describe("rdDomesticShare3y (第十一条(五): R&D in China ≥ 60 % of all R&D, 3-year sums)", () => {
  const base = (domestic2024: number | undefined) =>
    profile({
      registrationDate: "2015-05-01",
      financials: years(
        [2022, 10_000_000, 400_000, { rdExpenseDomestic: 240_000 }],
        [2023, 12_000_000, 600_000, { rdExpenseDomestic: 360_000 }],
        [2024, 18_000_000, 1_000_000, domestic2024 === undefined ? {} : { rdExpenseDomestic: domestic2024 }],
      ),
    });

  it("is (240,000 + 360,000 + 600,000) ÷ 2,000,000 = 0.6", () => {
    expect(rdDomesticShare3y(base(600_000))).toBe(0.6);
  });
  it("is (240,000 + 360,000 + 1,000,000) ÷ 2,000,000 = 0.8", () => {
    expect(rdDomesticShare3y(base(1_000_000))).toBe(0.8);
  });
  it("is unknown when one year's domestic R&D is missing", () => {
    expect(rdDomesticShare3y(base(undefined))).toBeUndefined();
  });
  it("is unknown when there is no R&D at all", () => {
    const p = profile({
      registrationDate: "2015-05-01",
      financials: years(
        [2022, 1_000_000, 0, { rdExpenseDomestic: 0 }],
        [2023, 1_000_000, 0, { rdExpenseDomestic: 0 }],
        [2024, 1_000_000, 0, { rdExpenseDomestic: 0 }],
      ),
    });
    expect(rdDomesticShare3y(p)).toBeUndefined();
  });
});

describe("highTechRevenueShare (第十一条(六): last year, ÷ total income)", () => {
  it("is last year's high-tech revenue ÷ total income, not ÷ sales revenue", () => {
    // 10,800,000 ÷ 18,000,000 = 0.6 (÷ sales 15,000,000 would be 0.72); 2023 is ignored
    const p = profile({
      financials: years(
        [2023, 10_000_000, 0, { highTechRevenue: 1_000_000, totalRevenue: 10_000_000 }],
        [2024, 15_000_000, 0, { highTechRevenue: 10_800_000, totalRevenue: 18_000_000 }],
      ),
    });
    expect(highTechRevenueShare(p)).toBe(0.6);
  });
  it("is unknown when last year's high-tech revenue or total income is missing, or income is 0", () => {
    expect(highTechRevenueShare(profile({ financials: years([2024, 1, 0, { totalRevenue: 10 }]) }))).toBeUndefined();
    expect(highTechRevenueShare(profile({ financials: years([2024, 1, 0, { highTechRevenue: 10 }]) }))).toBeUndefined();
    expect(highTechRevenueShare(profile({ financials: years([2024, 0, 0, { highTechRevenue: 0, totalRevenue: 0 }]) }))).toBeUndefined();
  });
});

describe("techStaffShare (第十一条(四))", () => {
  it.each([
    [10, 100, 0.1],
    [9, 100, 0.09],
    [47, 200, 0.235],
    [0, 5, 0],
  ])("%i of %i employees → %d", (techStaff, employees, share) => {
    expect(techStaffShare(profile({ techStaff, employees }))).toBe(share);
  });
  it("is unknown with 0 employees or a missing count", () => {
    expect(techStaffShare(profile({ techStaff: 0, employees: 0 }))).toBeUndefined();
    expect(techStaffShare(profile({ employees: 10 }))).toBeUndefined();
    expect(techStaffShare(profile({ techStaff: 1 }))).toBeUndefined();
  });
});

describe("TSME scores (§2 scoring table, every lower bound inclusive)", () => {
  it.each([
    // techStaff of 100 employees → points: ≥30 % 20; 25–<30 16; 20–<25 12; 15–<20 8; 10–<15 4; <10 0
    [100, 20], [30, 20], [29, 16], [25, 16], [24, 12], [20, 12], [19, 8], [15, 8], [14, 4], [10, 4], [9, 0], [0, 0],
  ])("staff: %i of 100 → %i points", (techStaff, points) => {
    expect(tsmeStaffScore(profile({ techStaff, employees: 100 }))).toBe(points);
  });

  it("staff: unknown without a headcount", () => {
    expect(tsmeStaffScore(profile({ employees: 100 }))).toBeUndefined();
  });

  it.each([
    // option (a): R&D ÷ sales revenue 10,000,000 → ≥6 % 50; 5 % 40; 4 % 30; 3 % 20; 2 % 10; <2 % 0
    [600_000, 50], [599_999.99, 40], [500_000, 40], [499_999.99, 30], [400_000, 30], [399_999.99, 20],
    [300_000, 20], [299_999.99, 10], [200_000, 10], [199_999.99, 0], [0, 0], [10_000_000, 50],
  ])("R&D (a): %d ÷ 10,000,000 → %i points", (rd, points) => {
    expect(tsmeRdScore(profile({ financials: years([2024, 10_000_000, rd]) }))).toBe(points);
  });

  it.each([
    // option (b): R&D ÷ costs and expenses 1,000,000 → ≥30 % 50; 25 % 40; 20 % 30; 15 % 20; 10 % 10; <10 % 0.
    // Sales revenue 1,000,000,000 keeps option (a) at 0 (< 0.03 %).
    [300_000, 50], [299_999.99, 40], [250_000, 40], [249_999.99, 30], [200_000, 30], [199_999.99, 20],
    [150_000, 20], [149_999.99, 10], [100_000, 10], [99_999.99, 0],
  ])("R&D (b): %d ÷ 1,000,000 → %i points", (rd, points) => {
    expect(tsmeRdScore(profile({ financials: years([2024, 1_000_000_000, rd, { totalCosts: 1_000_000 }]) }))).toBe(points);
  });

  it("R&D: the better of (a) and (b) is taken", () => {
    // (a) 500,000 ÷ 10,000,000 = 5 % → 40; (b) 500,000 ÷ 2,500,000 = 20 % → 30 ⇒ 40
    expect(tsmeRdScore(profile({ financials: years([2024, 10_000_000, 500_000, { totalCosts: 2_500_000 }]) }))).toBe(40);
    // (a) 500,000 ÷ 25,000,000 = 2 % → 10; (b) 500,000 ÷ 1,000,000 = 50 % → 50 ⇒ 50
    expect(tsmeRdScore(profile({ financials: years([2024, 25_000_000, 500_000, { totalCosts: 1_000_000 }]) }))).toBe(50);
    // (a) undefined (sales 0); (b) 150,000 ÷ 1,000,000 = 15 % → 20
    expect(tsmeRdScore(profile({ financials: years([2024, 0, 150_000, { totalCosts: 1_000_000 }]) }))).toBe(20);
  });

  it("R&D: uses the last fiscal year only", () => {
    // 2023 at 10 % would score 50; 2024 is 100,000 ÷ 10,000,000 = 1 % → 0
    expect(tsmeRdScore(profile({ financials: years([2023, 10_000_000, 1_000_000], [2024, 10_000_000, 100_000]) }))).toBe(0);
  });

  it("R&D: unknown without financials", () => {
    expect(tsmeRdScore(profile({}))).toBeUndefined();
  });

  it.each([
    // ≥1 Class I → 30; Class II: ≥4 → 24; 3 → 18; 2 → 12; 1 → 6; none → 0
    [1, 0, 30], [3, 7, 30], [0, 4, 24], [0, 12, 24], [0, 3, 18], [0, 2, 12], [0, 1, 6], [0, 0, 0],
  ])("IP: %i Class I, %i Class II → %i points", (classI, classII, points) => {
    expect(tsmeIpScore(profile({ intellectualProperty: { classI, classII } }))).toBe(points);
  });

  it("IP: unknown when intellectualProperty is left out", () => {
    expect(tsmeIpScore(profile({}))).toBeUndefined();
  });

  it("total: 20 (30 % staff) + 40 (R&D 5 %) + 12 (2 Class II) = 72", () => {
    const p = profile({
      employees: 100, techStaff: 30,
      financials: years([2024, 10_000_000, 500_000]),
      intellectualProperty: { classI: 0, classII: 2 },
    });
    expect(tsmeScore(p)).toBe(72);
  });

  it("total: 4 (10 % staff) + 10 (R&D 2 %) + 0 = 14", () => {
    const p = profile({
      employees: 100, techStaff: 10,
      financials: years([2024, 10_000_000, 200_000]),
      intellectualProperty: { classI: 0, classII: 0 },
    });
    expect(tsmeScore(p)).toBe(14);
  });

  it("total: unknown when any part is unknown", () => {
    const full = { employees: 100, techStaff: 30, financials: years([2024, 10_000_000, 500_000]), intellectualProperty: { classI: 1, classII: 0 } };
    expect(tsmeScore(profile(full))).toBe(90);
    expect(tsmeScore(profile({ ...full, intellectualProperty: undefined }))).toBeUndefined();
    expect(tsmeScore(profile({ ...full, techStaff: undefined }))).toBeUndefined();
    expect(tsmeScore(profile({ ...full, financials: undefined }))).toBeUndefined();
  });
});

describe("hnteCertifiedForLastYear (国家税务总局公告2017年第24号 第一条 [M]: from the year of issue; in the year it expires, 25 %)", () => {
  // accounts up to 2024: fiscal 2024 qualifies when a certificate was issued in 2024 or before and is valid on 2024-12-31
  const accounts = [{ year: 2023, revenue: 1, rdExpense: 0 }, { year: 2024, revenue: 1, rdExpense: 0 }];
  const certified = (issuedOn: string, validUntil?: string) =>
    hnteCertifiedForLastYear(profile({ financials: accounts, certifications: [{ type: "tsme", issuedOn: "2024-05-01" }, { type: "hnte", issuedOn, ...(validUntil ? { validUntil } : {}) }] }));

  it.each([
    ["2021-12-31", "2024-12-31", true, "valid until 2024-12-31: covers the whole year"],
    ["2021-12-31", "2024-12-30", false, "valid until 2024-12-30: expires within it"],
    ["2024-12-31", undefined, true, "issued on 2024-12-31: from the year of issue"],
    ["2025-01-01", undefined, false, "issued 2025-01-01: from 2025 on"],
    ["2021-12-31", undefined, true, "no validUntil: three years, through 2024-12-31"],
    ["2021-12-30", undefined, false, "no validUntil: through 2024-12-30"],
  ] as [string, string | undefined, boolean, string][])("issued %s, validUntil %s → %s (%s)", (issuedOn, validUntil, expected) => {
    expect(certified(issuedOn, validUntil)).toBe(expected);
  });

  it("is undefined without certifications or accounts, false with no HNTE certificate", () => {
    expect(hnteCertifiedForLastYear(profile({ financials: accounts }))).toBeUndefined();
    expect(hnteCertifiedForLastYear(profile({ certifications: [{ type: "hnte", issuedOn: "2022-01-01" }] }))).toBeUndefined();
    expect(hnteCertifiedForLastYear(profile({ financials: accounts, certifications: [] }))).toBe(false);
  });
});

describe("hnteCertified (valid 3 years from issue; 民法典 arts. 201–202: the issue day is not counted, the period ends on the corresponding day)", () => {
  const issued = (issuedOn: string, validUntil?: string) =>
    profile({ certifications: [{ type: "hnte", issuedOn, ...(validUntil ? { validUntil } : {}) }] });

  it.each([
    ["2022-12-01", "2022-11-30", false, "before issue"],
    ["2022-12-01", "2022-12-01", true, "on the day of issue"],
    ["2022-12-01", "2025-12-01", true, "the third anniversary: the corresponding day is the last day (art. 202)"],
    ["2022-12-01", "2025-12-02", false, "the day after the third anniversary"],
    ["2021-03-01", "2024-03-01", true, "the third anniversary after a leap day"],
    ["2021-03-01", "2024-03-02", false, "the day after it"],
    ["2020-02-29", "2023-02-28", true, "issued on a leap day: no corresponding day, so the month's last day (art. 202)"],
    ["2020-02-29", "2023-03-01", false, "the day after that"],
    ["2022-01-01", "2025-01-01", true, "the third anniversary on New Year"],
    ["2022-01-01", "2025-01-02", false, "the day after"],
  ])("issued %s, no validUntil: on %s → %s (%s)", (issuedOn, asOf, expected) => {
    expect(hnteCertified(issued(issuedOn), asOf)).toBe(expected);
  });

  it.each([
    ["2022-07-01", "2025-06-30", "2025-06-30", true],
    ["2022-07-01", "2025-06-30", "2025-07-01", false],
    ["2023-01-01", "2024-12-31", "2025-06-30", false], // validUntil earlier than 3 years wins
    ["2022-01-01", "2025-01-01", "2025-01-01", true], // validUntil at the end of the term (a later one is refused: tests/worker/errors.test.ts)
  ])("issued %s, validUntil %s: on %s → %s", (issuedOn, validUntil, asOf, expected) => {
    expect(hnteCertified(issued(issuedOn, validUntil), asOf)).toBe(expected);
  });

  it("is undefined when certifications are left out, false for []", () => {
    expect(hnteCertified(profile({}), "2025-06-30")).toBeUndefined();
    expect(hnteCertified(profile({ certifications: [] }), "2025-06-30")).toBe(false);
  });

  it("ignores other certificate types; any valid HNTE entry counts", () => {
    const tsmeOnly = profile({ certifications: [{ type: "tsme", issuedOn: "2025-01-01" }] });
    expect(hnteCertified(tsmeOnly, "2025-06-30")).toBe(false);
    const expiredAndRenewed = profile({
      certifications: [
        { type: "hnte", issuedOn: "2019-11-01" },
        { type: "hnte", issuedOn: "2022-11-01" },
      ],
    });
    expect(hnteCertified(expiredAndRenewed, "2025-06-30")).toBe(true);
  });
});

describe("rdSuperDeductionRate (公告2023年第7号 100 %; 第44号 120 % for IC / machine-tool, 2023–2027)", () => {
  it.each<[number, boolean | undefined, boolean | undefined, number | undefined]>([
    [2024, true, false, 1.2],
    [2024, false, true, 1.2],
    [2024, true, undefined, 1.2],
    [2024, undefined, true, 1.2],
    [2023, true, true, 1.2],
    [2027, true, false, 1.2],
    [2028, true, false, 1.0], // 44号 ends 2027-12-31; 7号 has no end
    [2023, false, false, 1.0],
    [2024, false, false, 1.0],
    [2024, false, undefined, undefined],
    [2024, undefined, false, undefined],
    [2024, undefined, undefined, undefined],
    [2022, false, false, undefined], // §4 gives no rate before 2023
  ])("last year %i, IC %s, machine tool %s → %s", (year, icEnterprise, machineToolEnterprise, rate) => {
    const flags = {
      ...(icEnterprise === undefined ? {} : { icEnterprise }),
      ...(machineToolEnterprise === undefined ? {} : { machineToolEnterprise }),
    };
    expect(rdSuperDeductionRate(profile({ financials: years([year, 1_000_000, 100_000]), flags }))).toBe(rate);
  });

  it("is unknown without financials", () => {
    expect(rdSuperDeductionRate(profile({ flags: { icEnterprise: true } }))).toBeUndefined();
  });
});

describe("enterpriseAgeDays (calendar days from registration to asOf)", () => {
  const age = (registrationDate: string | undefined, asOf: string) =>
    resolveFacts({ profile: profile(registrationDate ? { registrationDate } : {}), asOf }).enterpriseAgeDays;

  it.each([
    ["2024-07-01", "2025-06-30", 364],
    ["2024-06-30", "2025-06-30", 365], // no Feb 29 between: one year is 365 days
    ["2024-06-29", "2025-06-30", 366],
    ["2023-06-30", "2024-06-30", 366], // spans 2024-02-29: one calendar year is 366 days
    ["2023-07-01", "2024-06-30", 365],
    ["2024-02-29", "2025-02-28", 365],
    ["2024-02-29", "2025-03-01", 366],
    ["2024-02-28", "2024-03-01", 2],
    ["2023-02-28", "2023-03-01", 1],
    ["2000-01-01", "2025-06-30", 9312], // 25 × 365 + 7 leap days (2000…2024) + 180 (Jan–May 151 + 29)
    ["2025-06-30", "2025-06-30", 0],
    ["2025-07-01", "2025-06-30", -1],
  ])("registered %s, on %s → %i days", (registrationDate, asOf, days) => {
    expect(age(registrationDate, asOf)).toBe(days);
  });

  it("is unknown without a registration date", () => {
    expect(age(undefined, "2025-06-30")).toBeUndefined();
  });
});

describe("resolveFacts: sector, size class and negative list from the profile", () => {
  it("3985 with 300 employees and 2,000万 sales is an industry medium firm, off the negative list", () => {
    const f = resolveFacts({
      profile: profile({ industryCode: "3985", employees: 300, financials: years([2024, 20_000_000, 0]) }),
      asOf: "2025-06-30",
    });
    expect(f.asOf).toBe("2025-06-30");
    expect(f.smeSector).toBe("industry");
    expect(f.sizeClass).toBe("medium");
    expect(f.rdNegativeListSector).toBe(false);
  });
  it("5164 metals wholesale is on the negative list; size uses last year's revenue", () => {
    const f = resolveFacts({
      profile: profile({ industryCode: "5164", employees: 5, financials: years([2023, 100_000_000, 0], [2024, 9_999_999.99, 0]) }),
      asOf: "2025-06-30",
    });
    expect(f.smeSector).toBe("wholesale");
    expect(f.sizeClass).toBe("micro"); // revenue < 1,000万 (wholesale small limit)
    expect(f.rdNegativeListSector).toBe(true);
  });
});

describe("todayInShanghai (UTC+8, no DST)", () => {
  it.each([
    ["2025-06-30T16:30:00Z", "2025-07-01"],
    ["2025-06-30T16:00:00Z", "2025-07-01"],
    ["2025-06-30T15:59:59Z", "2025-06-30"],
    ["2025-06-30T15:59:59.999Z", "2025-06-30"],
    ["2024-12-31T16:00:00Z", "2025-01-01"],
    ["2024-02-28T16:00:00Z", "2024-02-29"],
  ])("%s → %s", (instant, date) => {
    expect(todayInShanghai(new Date(instant))).toBe(date);
  });
});

describe("tsmeScore with an R&D option unknown (totalCosts left out)", () => {
  // staff 10 % → 4; IP 3 Class II → 18; R&D option (a) 4 % of sales → 30: total 52 with (a) alone.
  const firm = (totalCosts?: number) =>
    profile({
      employees: 100, techStaff: 10, intellectualProperty: { classI: 0, classII: 3 },
      financials: [{ year: 2024, revenue: 10_000_000, rdExpense: 400_000, ...(totalCosts ? { totalCosts } : {}) }],
    });

  it("is unknown when option (b) could lift the total past 60 (4 + up to 50 + 18 = 72 ≥ 60)", () => {
    expect(tsmeScore(firm())).toBeUndefined();
  });

  it("is decided once totalCosts is given: 400,000 ÷ 2,000,000 = 20 % → 30 points, total 52", () => {
    expect(tsmeScore(firm(2_000_000))).toBe(52);
  });

  it("with costs 1,333,333.33, option (b) is 30 % → 50 points, better than (a): total 4 + 50 + 18 = 72", () => {
    expect(tsmeScore(firm(1_333_333.33))).toBe(72);
  });

  it("is known without (b) when (a) alone already reaches 60 or (b) could not help", () => {
    const rich = profile({ employees: 100, techStaff: 30, intellectualProperty: { classI: 1, classII: 0 }, financials: [{ year: 2024, revenue: 10_000_000, rdExpense: 400_000 }] });
    expect(tsmeScore(rich)).toBe(20 + 30 + 30); // 80 ≥ 60 whatever (b) is
    const poor = profile({ employees: 100, techStaff: 0, intellectualProperty: { classI: 0, classII: 0 }, financials: [{ year: 2024, revenue: 10_000_000, rdExpense: 0 }] });
    expect(tsmeScore(poor)).toBe(0); // 0 + at most 50 + 0 < 60
  });
});
