/**
 * The amount language on hand-made formulas: every type, operand, cap, floor and band edge,
 * with values worked out by hand (integer fen, one half-up rounding).
 */
import { describe, expect, it } from "vitest";
import { evaluateAmount } from "../../src/engine/amount.js";
import { compileAmountFen } from "../../src/engine/amount-fen.js";
import type { StandaloneAmount } from "../../src/ruleset/amount.js";
import { RuleSet } from "../../src/ruleset/schema.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";

const ruleset = RuleSet.parse(BUNDLED_FILES.at(-1)); // 2025.2.0: LPR rows to 2025-05-20
const run = (a: unknown, facts: Record<string, unknown>, asOf = "2025-06-30") => evaluateAmount(a as StandaloneAmount, facts, ruleset, asOf);
const value = (a: unknown, facts: Record<string, unknown>, asOf?: string) => {
  const o = run(a, facts, asOf);
  if ("missing" in o) throw new Error(`missing ${o.missing}`);
  return "pastLimit" in o ? null : o.amount.value;
};

describe("fixed", () => {
  it("pays the sum, or the sum looked up by a categorical fact", () => {
    expect(value({ type: "fixed", kind: "payment", value: 50000 }, {})).toBe(50000);
    const award = { type: "fixed", kind: "payment", value: { lookup: "rareEarthFirm", table: { true: 500000, false: 300000 } } };
    expect(value(award, { rareEarthFirm: true })).toBe(500000);
    expect(value(award, { rareEarthFirm: false })).toBe(300000);
    expect(run(award, {})).toEqual({ missing: ["rareEarthFirm"] });
  });
});

describe("percentOf", () => {
  const postSubsidy = {
    type: "percentOf", kind: "payment", base: { fact: "lastYear.rdExpense" },
    rate: { lookup: "sizeClass", table: { micro: 0.05, small: 0.05, medium: 0.03, large: 0.03 } }, cap: 2000000,
  };
  it.each([
    ["small, below the cap: 1,000,000 × 5 %", "small", 1_000_000, 50_000],
    ["small, exactly at the cap: 40,000,000 × 5 % = 2,000,000", "small", 40_000_000, 2_000_000],
    ["small, one fen over: 40,000,000.01 × 5 % = 2,000,000.0005 → capped 2,000,000", "small", 40_000_000.01, 2_000_000],
    ["medium: 40,000,000 × 3 % = 1,200,000", "medium", 40_000_000, 1_200_000],
    ["large, far over: 100,000,000 × 3 % = 3,000,000 → 2,000,000", "large", 100_000_000, 2_000_000],
    ["half a fen rounds up: 0.1 × 5 % = 0.005 → 0.01", "micro", 0.1, 0.01],
  ])("%s", (_n, sizeClass, rd, want) => {
    expect(value(postSubsidy, { sizeClass, "lastYear.rdExpense": rd })).toBe(want);
  });

  it("says when the cap applies", () => {
    const o = run(postSubsidy, { sizeClass: "large", "lastYear.rdExpense": 100_000_000 });
    expect("amount" in o && o.amount.basis.en).toMatch(/capped at 2,000,000.00 yuan$/);
  });

  it("a floor lifts a negative product (a loss) to 0", () => {
    const slpe = { type: "percentOf", kind: "tax-saving", base: { fact: "lastYear.taxableIncome" }, rate: 0.2, floor: 0 };
    expect(value(slpe, { "lastYear.taxableIncome": -500_000 })).toBe(0);
    expect(value(slpe, { "lastYear.taxableIncome": 3_000_000 })).toBe(600_000);
  });

  it("interest subsidy: loan × LPR in force × 80 % × months ÷ 12, exactly (no 0.4166… rounding)", () => {
    const a = { type: "percentOf", kind: "interest-subsidy", base: { fact: "loanRequest.amount" }, rate: [{ parameter: "lpr1y" }, 0.8, { fact: "loanRequest.termMonths", divideBy: 12 }] };
    // 2025-05-20 LPR 3.00 %: 10,000,000 × 3 % × 80 % × 5/12 = 100,000 exactly
    expect(value(a, { "loanRequest.amount": 10_000_000, "loanRequest.termMonths": 5 }, "2025-05-20")).toBe(100_000);
    // 2025-05-19 LPR 3.10 %: 10,000,000 × 3.1 % × 80 % × 5/12 = 103,333.333… → 103,333.33
    expect(value(a, { "loanRequest.amount": 10_000_000, "loanRequest.termMonths": 5 }, "2025-05-19")).toBe(103_333.33);
    // 1,000,000.01 × 3 % × 80 % × 7/12 = 14,000.00014 → 14,000.00
    expect(value(a, { "loanRequest.amount": 1_000_000.01, "loanRequest.termMonths": 7 }, "2025-06-30")).toBe(14_000);
    expect(run(a, { "loanRequest.amount": 1, "loanRequest.termMonths": 1 }, "2023-06-19")).toEqual({ missing: ["parameter:lpr1y"] });
  });
});

describe("perUnit", () => {
  it("units × yuan per unit, with a floor bound kept", () => {
    const land = { type: "perUnit", kind: "payment", bound: "floor", units: { fact: "project.landAreaMu" }, rate: 80000 };
    const o = run(land, { "project.landAreaMu": 12.5 });
    expect("amount" in o && o.amount).toMatchObject({ value: 1_000_000, bound: "floor", kind: "payment" });
    expect(value(land, { "project.landAreaMu": 0.01 })).toBe(800);
  });
});

describe("tiers (from inclusive, to exclusive)", () => {
  const factory = {
    type: "tiers", kind: "payment", base: { fact: "project.fixedAssetInvestment" }, bands: [
      { from: 30_000_000, to: 200_000_000, amount: { type: "perUnit", units: { fact: "project.floorAreaM2" }, rate: 100 } },
      { from: 200_000_000, to: 500_000_000, amount: { type: "perUnit", units: { fact: "project.floorAreaM2" }, rate: 200 } },
      { from: 500_000_000, amount: { type: "perUnit", units: { fact: "project.floorAreaM2" }, rate: 300 } },
    ],
  };
  it.each([
    [29_999_999.99, 0], [30_000_000, 1_000_000], [199_999_999.99, 1_000_000], [200_000_000, 2_000_000],
    [499_999_999.99, 2_000_000], [500_000_000, 3_000_000], [5_000_000_000, 3_000_000],
  ])("FAI %d on 10,000 m² → %d", (fai, want) => {
    expect(value(factory, { "project.fixedAssetInvestment": fai, "project.floorAreaM2": 10_000 })).toBe(want);
  });

  it("names the band in the basis", () => {
    const o = run(factory, { "project.fixedAssetInvestment": 250_000_000, "project.floorAreaM2": 12_000.5 });
    expect("amount" in o && o.amount.value).toBe(2_400_100);
    expect("amount" in o && o.amount.basis["zh-CN"]).toContain("200,000,000.00 元（含）至500,000,000.00 元（不含）档");
  });
});

describe("the screening path (compileAmountFen) = evaluateAmount", () => {
  it("on random formulas and values, small and huge, positive and negative, at band edges", async () => {
    const fc = (await import("fast-check")).default;
    const yuanV = fc.oneof(fc.integer({ min: -1e12, max: 1e14 }).map((f) => f / 100), fc.constantFrom(0, 0.01, 30_000_000, 199_999_999.99, 200_000_000));
    const rate = fc.oneof(fc.constantFrom(0.05, 0.03, 0.2, 0.1, 0.8, 1.2, 0.0355, 80000, 300, 1e-7), fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000));
    const formula = fc.record({ rates: fc.array(rate, { minLength: 1, maxLength: 3 }), div: fc.constantFrom(1, 12), cap: fc.option(fc.constantFrom(2_000_000, 0.5)), floor: fc.option(fc.constantFrom(0, -5)) })
      .map(({ rates, div, cap, floor }) => ({
        type: "percentOf", kind: "payment", base: { fact: "lastYear.rdExpense" },
        rate: [...rates, { fact: "loanRequest.termMonths", divideBy: div }], ...(cap === null ? {} : { cap }), ...(floor === null ? {} : { floor }),
      }));
    const tiered = formula.map((inner) => ({ type: "tiers", kind: "payment", base: { fact: "lastYear.rdExpense" }, bands: [{ to: 200_000_000, amount: { ...inner, kind: undefined, type: "percentOf" } }, { from: 200_000_000, amount: { type: "fixed", value: 7 } }] }));
    fc.assert(
      fc.property(fc.oneof(formula, tiered), yuanV, fc.integer({ min: 1, max: 120 }), (a, rd, months) => {
        const amount = JSON.parse(JSON.stringify(a)) as StandaloneAmount;
        const facts = { "lastYear.rdExpense": rd, "loanRequest.termMonths": months };
        const fen = compileAmountFen(amount, ruleset)(facts, "2025-06-30");
        expect(fen === null ? null : fen! / 100).toBe(value(amount, facts));
      }),
      { numRuns: 5000, seed: 12 },
    );
  });
});

describe("the money limit: ±10^13 yuan, at, just below and just above", () => {
  /** Both paths: the exact one (evaluateAmount, with its basis) and the compiled one (fen). */
  const both = (a: unknown, facts: Record<string, unknown>) => {
    const fen = compileAmountFen(a as StandaloneAmount, ruleset)(facts, "2025-06-30");
    const exact = value(a, facts);
    expect(fen === null ? null : fen! / 100).toBe(exact);
    return exact;
  };

  it("fixed: 10,000,000,000,000 and 9,999,999,999,999.99 are paid; 10,000,000,000,000.01 is withheld", () => {
    expect(both({ type: "fixed", kind: "payment", value: 10_000_000_000_000 }, {})).toBe(10_000_000_000_000);
    expect(both({ type: "fixed", kind: "payment", value: 9_999_999_999_999.99 }, {})).toBe(9_999_999_999_999.99);
    expect(both({ type: "fixed", kind: "payment", value: 10_000_000_000_000.01 }, {})).toBeNull();
    expect(both({ type: "fixed", kind: "payment", value: 1e308 }, {})).toBeNull();
  });

  it("perUnit: 100,000,000 m² × 100,000 = 10^13 is paid, × 100,000.01 is withheld; 99,999,999.99 m² × 100,000 = 9,999,999,999,000", () => {
    const perM2 = (rate: number) => ({ type: "perUnit", kind: "payment", units: { fact: "project.floorAreaM2" }, rate });
    expect(both(perM2(100_000), { "project.floorAreaM2": 100_000_000 })).toBe(10_000_000_000_000);
    expect(both(perM2(100_000.01), { "project.floorAreaM2": 100_000_000 })).toBeNull(); // 10,000,001,000,000
    expect(both(perM2(100_000), { "project.floorAreaM2": 99_999_999.99 })).toBe(9_999_999_999_000);
    expect(both({ ...perM2(100_000.01), cap: 2_000_000 }, { "project.floorAreaM2": 100_000_000 })).toBe(2_000_000); // a cap brings it back
  });

  it("percentOf with several rates: the interest subsidy at loan × 3.50 % × 80 % × 600 ÷ 12 = loan × 1.4", () => {
    // 2025.2.0's working-capital-loan-interest-subsidy; 600 months > 60: the 5-year-plus LPR of 2025-05-20, 3.50 %
    const subsidy = ruleset.measures.find((m) => m.id === "working-capital-loan-interest-subsidy")!.amount!;
    const loan = (amount: number) => ({ "loanRequest.amount": amount, "loanRequest.termMonths": 600 });
    expect(both(subsidy, loan(7_142_857_142_857.14))).toBe(10_000_000_000_000); // 9,999,999,999,999.996 → half-up 10^13
    expect(both(subsidy, loan(7_142_857_142_857.13))).toBe(9_999_999_999_999.98); // 9,999,999,999,999.982
    expect(both(subsidy, loan(7_142_857_142_857.15))).toBeNull(); // 10,000,000,000,000.01
    expect(both(subsidy, loan(10_000_000_000_000))).toBeNull(); // 14,000,000,000,000: inputs each within the profile's limit
  });
});
