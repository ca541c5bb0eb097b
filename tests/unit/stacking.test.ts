/**
 * Stacking on the bundled rules: the HNTE 15 % rate and the SLPE relief cannot be combined
 * (stackingGroup "income-tax-rate"); the better is chosen and the other reported as excluded.
 */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: "2025-06-30" });

/** A certified HNTE (issued 2024-03-01) with last year's taxable income `ti`, small enough in staff and assets for SLPE. */
const firm = (ti: number) =>
  EnterpriseProfile.parse({
    averageEmployees: 80, averageTotalAssets: 30_000_000, taxCollection: "actual", industryCode: "3985",
    flags: { restrictedIndustry: false, icEnterprise: false, machineToolEnterprise: false },
    certifications: [{ type: "hnte", issuedOn: "2024-03-01" }],
    financials: [{ year: 2024, revenue: 40_000_000, rdExpense: 2_000_000, taxableIncome: ti }],
  });
const byId = async (ti: number) => Object.fromEntries((await match(firm(ti), loaded, { asOf: "2025-06-30" })).measures.map((m) => [m.id, m]));

describe("HNTE 15 % rate vs SLPE relief", () => {
  it("both eligible: SLPE (2,000,000 × 20 % = 400,000) beats HNTE (× 10 % = 200,000); HNTE is excluded with the reason", async () => {
    const r = await match(firm(2_000_000), loaded, { asOf: "2025-06-30" });
    const m = Object.fromEntries(r.measures.map((x) => [x.id, x]));
    expect(m["slpe-income-tax-relief"]!.amount!.value).toBe(400_000);
    expect(m["slpe-income-tax-relief"]!.excludedBy).toBeNull();
    expect(m["hnte-income-tax-rate"]!.status).toBe("eligible");
    expect(m["hnte-income-tax-rate"]!.amount!.value).toBe(200_000);
    expect(m["hnte-income-tax-rate"]!.excludedBy).toBe("slpe-income-tax-relief");
    expect(m["hnte-income-tax-rate"]!.excludedReason!.en).toMatch(/cannot be combined with "Small low-profit enterprise \(SLPE\) income-tax relief"; the better option was chosen \(400,000.00 yuan ≥ 200,000.00 yuan\)/);
    // totals: SLPE 400,000 + super-deduction 2,000,000 × 100 % × 15 % = 300,000; the excluded (and indicative) HNTE rate is not counted
    expect(r.totals.taxSaving).toBe(700_000);
  });

  it("SLPE out of reach (taxable income 3,000,000.01): nothing excluded", async () => {
    const m = await byId(3_000_000.01);
    expect(m["slpe-income-tax-relief"]!.status).toBe("ineligible");
    expect(m["hnte-income-tax-rate"]!.excludedBy).toBeNull();
  });

  it("a loss: both save 0; the measure counted in totals (SLPE, evidence V) is kept, HNTE (evidence M) excluded", async () => {
    const m = await byId(-100_000);
    expect(m["slpe-income-tax-relief"]!.excludedBy).toBeNull();
    expect(m["hnte-income-tax-rate"]!.excludedBy).toBe("slpe-income-tax-relief");
  });

  it("the HNTE rate is indicative (evidence M) and says why", async () => {
    const m = await byId(5_000_000);
    expect(m["hnte-income-tax-rate"]!.indicative).toBe(true);
    expect(m["hnte-income-tax-rate"]!.indicativeReason!.en).toMatch(/not been checked against the official text: the amount is an estimate to confirm with the department/);
    expect(m["slpe-income-tax-relief"]!.indicativeReason).toBeNull();
  });
});
