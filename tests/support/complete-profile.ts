/**
 * fast-check arbitrary of complete EnterpriseProfiles: every fact the bundled rules name is
 * known, and values cluster at the thresholds of policy/SOURCES.md so both sides of each
 * line are exercised.
 */
import fc from "fast-check";
import type { EnterpriseProfile } from "../../src/profile/schema.js";

const near = (lines: number[], lo: number, hi: number) =>
  fc.oneof(
    fc.constantFrom(...lines.flatMap((x) => [x - 0.01, x, x + 0.01])),
    fc.integer({ min: lo, max: hi }),
  );
/** Mostly false (a clean record), sometimes true. */
const rarely = fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 });
const money = (lines: number[], hi: number) => near(lines, 1, hi).map((x) => Math.max(1, Math.round(x * 100) / 100));

const year = (y: number) =>
  fc.record({
    year: fc.constant(y),
    revenue: money([50_000_000, 200_000_000], 400_000_000),
    rdExpense: money([2_500_000, 8_000_000], 20_000_000),
    rdExpenseDomestic: money([1_500_000], 20_000_000),
    highTechRevenue: money([30_000_000], 300_000_000),
    totalRevenue: money([50_000_000], 400_000_000),
    totalCosts: money([10_000_000], 400_000_000),
    taxableIncome: near([3_000_000, 0], -1_000_000, 10_000_000).map((x) => Math.round(x * 100) / 100),
  });

/** A complete profile (all ten flags, financials 2022–2024, certifications given). */
export const completeProfile: fc.Arbitrary<EnterpriseProfile> = fc
  .record({
    registrationDate: fc.constantFrom("2015-03-01", "2023-06-30", "2024-06-30", "2024-07-01", "2024-07-02"),
    industryCode: fc.constantFrom("3985", "3232", "0932", "5164", "6513", "7320", "1610", "6211", "7010"),
    taxCollection: fc.constantFrom("actual", "assessed") as fc.Arbitrary<"actual" | "assessed">,
    employees: fc.constantFrom(10, 100, 299, 300, 301, 500, 501, 1000),
    techShare: fc.constantFrom(0, 0.05, 0.1, 0.15, 0.2, 0.3),
    averageEmployees: near([300], 1, 600),
    totalAssets: money([200_000_000, 50_000_000], 400_000_000),
    averageTotalAssets: money([50_000_000], 100_000_000),
    financials: fc.tuple(year(2022), year(2023), year(2024)),
    hnteAssessmentScore: fc.constantFrom(0, 60, 70, 70.5, 71, 100),
    intellectualProperty: fc.record({ classI: fc.integer({ min: 0, max: 2 }), classII: fc.integer({ min: 0, max: 6 }) }),
    certifications: fc.constantFrom<{ type: "hnte" | "tsme"; issuedOn: string }[][]>(
      [], [{ type: "hnte", issuedOn: "2023-01-10" }], [{ type: "hnte", issuedOn: "2021-01-10" }], [{ type: "hnte", issuedOn: "2024-12-01" }],
      [{ type: "tsme", issuedOn: "2024-05-01" }, { type: "tsme", issuedOn: "2025-05-01" }], [{ type: "tsme", issuedOn: "2023-05-01" }, { type: "tsme", issuedOn: "2025-05-01" }],
    ),
    zone: fc.constantFrom("baotou-rare-earth-hi-tech-zone", "hohhot-jinqiao"),
    sectorTags: fc.constantFrom<string[][]>(["rare-earth"], ["rare-earth", "permanent-magnet"], ["software"], []),
    innovationPoints: fc.constantFrom(0, 69, 69.5, 70, 85),
    annualTaxPaid: money([50_000_000], 80_000_000),
    talents: fc.constantFrom<{ tier: "national" | "provincial" | "municipal"; equityShare: number }[][]>(
      [], [{ tier: "municipal", equityShare: 0.3 }], [{ tier: "national", equityShare: 0.29 }], [{ tier: "provincial", equityShare: 0.1 }, { tier: "municipal", equityShare: 0.5 }],
    ),
    project: fc.record({
      fixedAssetInvestment: money([20_000_000, 30_000_000, 200_000_000, 500_000_000, 1_000_000_000], 1_200_000_000),
      equipmentInvestment: money([10_000_000], 50_000_000),
      landAreaMu: fc.constantFrom(0, 0.5, 12, 140),
      landTenure: fc.constantFrom("purchased", "leased") as fc.Arbitrary<"purchased" | "leased">,
      floorAreaM2: fc.constantFrom(0, 1, 12_000.5, 30_000),
      foreignInvestmentUsd: near([150_000_000], 0, 200_000_000),
      stage: fc.constantFrom("signed", "construction", "commissioning", "operating") as fc.Arbitrary<"signed" | "construction" | "commissioning" | "operating">,
    }),
    loanRequest: fc.record({ amount: money([5_000_000], 20_000_000), termMonths: fc.constantFrom(1, 6, 12, 60, 61, 120) }),
    flags: fc.record({
      majorAccidentLastYear: rarely, seriousEnvironmentalViolation: rarely, seriousFraud: rarely,
      researchMisconduct: rarely, abnormalOperationList: rarely, seriousIllegalityList: rarely,
      restrictedIndustry: rarely, icEnterprise: fc.boolean(), machineToolEnterprise: rarely, pendingLitigation: fc.boolean(),
    }),
  })
  .map(({ techShare, financials, ...p }) => ({
    ...p,
    techStaff: Math.round(p.employees * techShare),
    financials: financials.map((y) => ({ ...y, rdExpenseDomestic: Math.min(y.rdExpenseDomestic, y.rdExpense) })),
  }));
