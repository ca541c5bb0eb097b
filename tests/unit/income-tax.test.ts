/**
 * The income tax computed once, for the package (DESIGN.md "Amounts"; src/engine/income-tax/):
 * the super-deduction priced at the general rate, the rate regimes (HNTE 15 %, the SLPE relief)
 * as alternatives on taxable income as filed, shares that add up to the saving and to
 * `totals.taxSaving`, and the same package on the exact and the integer-fen paths. Values worked
 * out by hand from 企业所得税法 第四条 (25 %), 第二十八条 (15 %), 公告2023年第12号 (25 % × 20 %).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "../../src/engine/decide.js";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { completeProfile } from "../support/complete-profile.js";

const ASOF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: ASOF });

/** A certified HNTE (issued 2024-03-01) with last year's taxable income `ti` as filed and R&D `rd`, small enough in staff and assets for SLPE. */
const firm = (ti: number, rd = 2_000_000, over: Record<string, unknown> = {}) =>
  EnterpriseProfile.parse({
    averageEmployees: 80, averageTotalAssets: 30_000_000, taxCollection: "actual", industryCode: "3985",
    flags: { restrictedIndustry: false, icEnterprise: false, machineToolEnterprise: false },
    certifications: [{ type: "hnte", issuedOn: "2024-03-01" }],
    financials: [{ year: 2024, revenue: 40_000_000, rdExpense: rd, taxableIncome: ti }],
    ...over,
  });
const run = (ti: number, rd?: number, over?: Record<string, unknown>) => match(firm(ti, rd, over), loaded, { asOf: ASOF });
const byId = async (ti: number, rd?: number, over?: Record<string, unknown>) => Object.fromEntries((await run(ti, rd, over)).measures.map((m) => [m.id, m]));

describe("HNTE 15 % rate vs SLPE relief: the lowest tax on income as filed", () => {
  it("both eligible: SLPE (tax 100,000) beats HNTE (300,000); HNTE is excluded with the reason; the super-deduction is priced at 25 %", async () => {
    const r = await run(2_000_000);
    const m = Object.fromEntries(r.measures.map((x) => [x.id, x]));
    // general 2,000,000 × 25 % = 500,000; SLPE 2,000,000 × 25 % × 20 % = 100,000 → its share 400,000
    expect(m["slpe-income-tax-relief"]!.amount!.value).toBe(400_000);
    expect(m["slpe-income-tax-relief"]!.excludedBy).toBeNull();
    // HNTE 2,000,000 × 15 % = 300,000: its own saving over the general rate 200,000, excluded
    expect(m["hnte-income-tax-rate"]!.status).toBe("eligible");
    expect(m["hnte-income-tax-rate"]!.amount!.value).toBe(200_000);
    expect(m["hnte-income-tax-rate"]!.excludedBy).toBe("slpe-income-tax-relief");
    expect(m["hnte-income-tax-rate"]!.excludedReason!.en).toBe('cannot be combined with "Small low-profit enterprise (SLPE) income-tax relief"; the one with the lower tax was chosen (100,000.00 yuan ≤ 300,000.00 yuan)');
    // the super-deduction: before it 2,000,000 + 2,000,000 = 4,000,000 × 25 % = 1,000,000 − 500,000 = 500,000 (not × 15 %)
    expect(m["rd-super-deduction"]!.amount!.value).toBe(500_000);
    expect(r.incomeTax).toMatchObject({
      fiscalYear: 2024, taxableIncomeBeforeIncentives: 4_000_000, deductions: 2_000_000, taxableIncome: 2_000_000, generalRate: 0.25,
      regime: "slpe-income-tax-relief", taxWithoutIncentives: 1_000_000, taxWithIncentives: 100_000, saving: 900_000,
      shares: [
        { measureId: "rd-super-deduction", role: "deduction", amount: 500_000, counted: true },
        { measureId: "slpe-income-tax-relief", role: "regime", amount: 400_000, counted: true },
      ],
    });
    expect(r.totals.taxSaving).toBe(900_000);
  });

  it("says how, with the numbers filled in", async () => {
    const r = await run(2_000_000);
    const m = Object.fromEntries(r.measures.map((x) => [x.id, x]));
    expect(m["rd-super-deduction"]!.amount!.basis.en).toBe(
      "last year's R&D expense 2,000,000.00 yuan × R&D super-deduction rate 100.00% = 2,000,000.00 yuan; at the general rate, before it 4,000,000.00 yuan × 25.00% = 1,000,000.00 yuan, after it 2,000,000.00 yuan × 25.00% = 500,000.00 yuan: 500,000.00 yuan less",
    );
    expect(m["slpe-income-tax-relief"]!.amount!.basis["zh-CN"]).toBe(
      "按一般税率 2,000,000.00 元 × 25.00% = 500,000.00 元; 上年度应纳税所得额 2,000,000.00 元 × 计入应纳税所得额的比例 25.00% = 500,000.00 元; 500,000.00 元 × 税率 20.00% = 100,000.00 元; 少缴 400,000.00 元",
    );
    expect(r.incomeTax!.basis.en).toBe(
      `Fiscal 2024: taxable income as filed 2,000,000.00 yuan + R&D super-deduction 2,000,000.00 yuan = taxable income before incentives 4,000,000.00 yuan; without incentives 4,000,000.00 yuan × 25.00% = 1,000,000.00 yuan; "Small low-profit enterprise (SLPE) income-tax relief": last year's taxable income 2,000,000.00 yuan × share counted as taxable income 25.00% = 500,000.00 yuan; 500,000.00 yuan × rate 20.00% = 100,000.00 yuan; saving 900,000.00 yuan`,
    );
  });

  it("SLPE out of reach (taxable income 3,000,000.01): the 15 % rate, indicative, is shown as the further saving over the general rate", async () => {
    const m = await byId(3_000_000.01);
    expect(m["slpe-income-tax-relief"]!.status).toBe("ineligible");
    expect(m["hnte-income-tax-rate"]!.excludedBy).toBeNull();
    // 3,000,000.01 × 25 % = 750,000.0025 → 750,000.00; × 15 % = 450,000.0015 → 450,000.00; further 300,000.00
    expect(m["hnte-income-tax-rate"]!.amount!.value).toBe(300_000);
    expect(m["hnte-income-tax-rate"]!.amount!.basis.en).toMatch(/^if confirmed: .*300,000.00 yuan less than under the general rate \(750,000.00 yuan\), which the totals count$/);
  });

  it("a loss: no tax under any regime; the counted SLPE is chosen on the tie, HNTE (evidence M) excluded; the deduction saves only the income it absorbs", async () => {
    const r = await run(-100_000, 300_000);
    const m = Object.fromEntries(r.measures.map((x) => [x.id, x]));
    expect(m["slpe-income-tax-relief"]!.excludedBy).toBeNull();
    expect(m["slpe-income-tax-relief"]!.amount!.value).toBe(0);
    expect(m["hnte-income-tax-rate"]!.excludedBy).toBe("slpe-income-tax-relief");
    // before the deduction −100,000 + 300,000 = 200,000 × 25 % = 50,000; after it, a loss: 0
    expect(m["rd-super-deduction"]!.amount!.value).toBe(50_000);
    expect(m["rd-super-deduction"]!.amount!.basis.en).toMatch(/the part of it that makes a loss saves no tax this year$/);
    expect(r.totals.taxSaving).toBe(50_000);
  });

  it("the HNTE rate is indicative (evidence M) and says why", async () => {
    const m = await byId(5_000_000);
    expect(m["hnte-income-tax-rate"]!.indicative).toBe(true);
    expect(m["hnte-income-tax-rate"]!.indicativeReason!.en).toMatch(/not been checked against the official text: the amount is an estimate to confirm with the department/);
    expect(m["slpe-income-tax-relief"]!.indicativeReason).toBeNull();
  });

  it("an undetermined relief is priced in the next questions as its share were it eligible: 2,000,000 × 25 % − 2,000,000 × 5 % = 400,000", async () => {
    const r = await match(firm(2_000_000, 2_000_000, { averageEmployees: undefined }), loaded, { asOf: ASOF });
    expect(r.measures.find((m) => m.id === "slpe-income-tax-relief")!.status).toBe("undetermined");
    expect(r.nextQuestions.find((q) => q.fact === "averageEmployees")).toMatchObject({ settles: ["slpe-income-tax-relief"], value: 400_000 });
    // meanwhile the counted package is the general rate: the deduction alone, 500,000
    expect(r.incomeTax).toMatchObject({ regime: null, saving: 500_000 });
  });

  it("taxable income unknown: no computation; the eligible measures ask for it", async () => {
    const r = await match(firm(0, 500_000, { financials: [{ year: 2024, revenue: 40_000_000, rdExpense: 500_000 }] }), loaded, { asOf: ASOF });
    expect(r.incomeTax).toBeNull();
    const rd = r.measures.find((m) => m.id === "rd-super-deduction")!;
    expect([rd.status, rd.amount, rd.missingFacts]).toEqual(["eligible", null, ["lastYear.taxableIncome"]]);
    expect(r.measures.find((m) => m.id === "slpe-income-tax-relief")!.status).toBe("undetermined");
  });
});

describe("shares add up, on both paths", () => {
  /** Complete profiles, and the same with a few inputs left out (taxable income, the IC flag, tax collection, certificates). */
  const profiles = fc.tuple(completeProfile, fc.subarray(["taxCollection", "certifications", "icEnterprise", "averageEmployees"])).map(([p, out]) => {
    const q: Record<string, unknown> = structuredClone(p);
    for (const k of out) {
      if (k === "icEnterprise") delete (q.flags as Record<string, unknown>).icEnterprise;
      else delete q[k];
    }
    return q as EnterpriseProfile; // as the other generated-profile tests: the engine does not rely on the schema's cross-field checks
  });

  it("T0 − tax with incentives = saving = the counted shares = totals.taxSaving; the integer-fen path (explain=none, decide) gives the same package and amounts", async () => {
    let computed = 0;
    await fc.assert(
      fc.asyncProperty(profiles, async (profile) => {
        const r = await match(profile, loaded, { asOf: ASOF });
        const d = decide(profile, loaded, { asOf: ASOF });
        const none = await matchDecision(profile, loaded, { asOf: ASOF });
        const t = r.incomeTax;
        if (t) {
          computed++;
          const fen = (y: number) => Math.round(y * 100);
          expect(fen(t.taxWithoutIncentives) - fen(t.taxWithIncentives)).toBe(fen(t.saving));
          expect(t.shares.filter((s) => s.counted).reduce((sum, s) => sum + fen(s.amount!), 0)).toBe(fen(t.saving));
          expect(fen(t.taxableIncomeBeforeIncentives) - fen(t.deductions)).toBe(fen(t.taxableIncome));
          for (const s of t.shares) {
            const m = r.measures.find((x) => x.id === s.measureId)!;
            expect(m.amount?.value ?? null).toBe(s.amount);
            expect(s.counted).toBe(m.status === "eligible" && !m.indicative && m.excludedBy === null && s.amount !== null);
          }
        }
        expect(r.totals.taxSaving).toBe(t?.saving ?? 0);
        const { basis: _basis, ...block } = t ?? { basis: null };
        expect(none.incomeTax).toEqual(t ? block : null);
        expect(d.totals).toEqual(r.totals);
        for (const x of d.decisions) {
          const m = r.measures.find((y) => y.id === x.measureId)!;
          expect([x.measureId, x.amount, x.excludedBy]).toEqual([m.id, m.amount?.value ?? null, m.excludedBy]);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
    expect(computed).toBeGreaterThan(100);
  }, 120_000);

  it("with incentives already received for the fiscal year: received shares stay in the saving, out of totals.taxSaving; a received regime is the one chosen; all three paths agree", async () => {
    const TAX = ["rd-super-deduction", "slpe-income-tax-relief", "hnte-income-tax-rate"];
    const cases = fc.tuple(profiles, fc.subarray(TAX, { minLength: 1 }));
    let received = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ([profile, ids]) => {
        const year = profile.financials?.at(-1)?.year ?? 2024;
        const records = ids.map((measureId) => ({ measureId, status: "granted" as const, date: "2025-05-31", fiscalYear: year }));
        const r = await match(profile, loaded, { asOf: ASOF, received: records });
        const none = await matchDecision(profile, loaded, { asOf: ASOF, received: records });
        const d = decide(profile, loaded, { asOf: ASOF, received: records });
        const t = r.incomeTax;
        const fen = (y: number) => Math.round(y * 100);
        if (t) {
          expect(t.shares.filter((s) => s.counted).reduce((sum, s) => sum + fen(s.amount!), 0)).toBe(fen(t.saving));
          expect(fen(r.totals.taxSaving)).toBe(t.shares.filter((s) => s.counted && !s.received).reduce((sum, s) => sum + fen(s.amount!), 0));
          const taken = t.shares.find((s) => s.role === "regime" && s.received && s.counted);
          if (taken) {
            received++;
            expect(t.regime).toBe(taken.measureId);
          }
          for (const s of t.shares) expect(s.received).toBe(r.measures.find((m) => m.id === s.measureId)!.received !== undefined);
        } else {
          expect(r.totals.taxSaving).toBe(0);
        }
        const { basis: _basis, ...block } = t ?? { basis: null };
        expect(none.incomeTax).toEqual(t ? block : null);
        expect(none.totals).toEqual(r.totals);
        expect(d.totals).toEqual(r.totals);
        expect(d.decisions.map((x) => [x.measureId, x.amount, x.excludedBy])).toEqual(r.measures.map((m) => [m.id, m.amount?.value ?? null, m.excludedBy]));
      }),
      { numRuns: 200, seed: 15 },
    );
    expect(received).toBeGreaterThan(20);
  }, 120_000);
});
