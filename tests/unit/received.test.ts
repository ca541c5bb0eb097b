/**
 * Support already received (issue 15): a measure granted or paid for the period a decision is
 * about is shown as received, not as an opportunity, and left out of totals; values worked by
 * hand from the fixtures' figures and the rule set's rates (version 2025.2.0, asOf 2025-06-30).
 */
import { describe, expect, it } from "vitest";
import { decide } from "../../src/engine/decide.js";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import { decisionFiscalYear } from "../../src/engine/received.js";
import type { EnterpriseProfile, SupportRecord } from "../../src/profile/index.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { PROFILES } from "../support/cases.js";

const AS_OF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: "baotou-rare-earth-hi-tech-zone", version: "2025.2.0", asOf: AS_OF });
const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"] as EnterpriseProfile; // small, R&D 2024: 2,500,000
const bonded = PROFILES["fixtures/profiles/bonded-magnet-maker-first-hnte-365-days-and-slpe.json"] as EnterpriseProfile; // first HNTE 2024-06-30, rare-earth
const run = (p: EnterpriseProfile, received?: SupportRecord[]) => match(p, loaded, { asOf: AS_OF, received });
const measure = (r: Awaited<ReturnType<typeof run>>, id: string) => r.measures.find((m) => m.id === id)!;
const grant = (measureId: string, more: Partial<SupportRecord> = {}): SupportRecord => ({ measureId, status: "granted", date: "2025-04-15", ...more });

describe("a measure granted for the period decided", () => {
  it("rd-post-subsidy granted for fiscal year 2024: shown eligible with its amount and the record, left out of totals", async () => {
    const before = await run(magnet);
    expect([measure(before, "rd-post-subsidy").amount?.value, before.totals.payment]).toEqual([125000, 125000]); // 2,500,000 × 5 % (small)
    const record = grant("rd-post-subsidy", { amount: 125000, fiscalYear: 2024, reference: "包科发〔2025〕12号" });
    const after = await run(magnet, [record]);
    const rd = measure(after, "rd-post-subsidy");
    expect([rd.status, rd.amount?.value]).toEqual(["eligible", 125000]);
    expect(rd.received).toEqual({ status: "granted", date: "2025-04-15", amount: 125000, fiscalYear: 2024, reference: "包科发〔2025〕12号" });
    expect(after.totals).toEqual({ ...before.totals, payment: 0 }); // 125,000 − 125,000
    expect(after.decisionId).not.toBe(before.decisionId); // the support given is part of the question
  });

  it("granted for another fiscal year, only applied for, or a measure without a period: not received", async () => {
    const before = await run(magnet);
    for (const records of [
      [grant("rd-post-subsidy", { fiscalYear: 2023 })], // the 2024 figures are decided
      [grant("rd-post-subsidy")], // a yearly subsidy granted without saying for which year
      [grant("rd-post-subsidy", { status: "applied", fiscalYear: 2024 })],
      [grant("tsme-evaluation")], // a designation is not support received
      [grant("no-such-measure")],
    ]) {
      const after = await run(magnet, records);
      expect(after.measures.filter((m) => m.received), JSON.stringify(records)).toEqual([]);
      expect(after.totals).toEqual(before.totals);
    }
  });

  it("a one-off award received once is received for good: hnte-recognition-award granted in 2024", async () => {
    const before = await run(bonded);
    expect([measure(before, "hnte-recognition-award").amount?.value, before.totals.payment]).toEqual([500000, 631000]); // 500,000 + 81,000 + 50,000
    const after = await run(bonded, [grant("hnte-recognition-award", { date: "2024-09-01", amount: 500000 })]);
    expect(measure(after, "hnte-recognition-award").received).toMatchObject({ status: "granted", amount: 500000 });
    expect(after.totals.payment).toBe(131000); // 1,620,000 × 5 % = 81,000 (rd-post-subsidy) + 50,000 (tsme-database-award)
  });

  it("the latest record counts: granted, then paid", async () => {
    const after = await run(magnet, [
      grant("rd-post-subsidy", { status: "paid", date: "2025-06-01", amount: 125000, fiscalYear: 2024 }),
      grant("rd-post-subsidy", { date: "2025-04-15", amount: 125000, fiscalYear: 2024 }),
    ]);
    expect(measure(after, "rd-post-subsidy").received).toMatchObject({ status: "paid", date: "2025-06-01" });
  });

  it("wins over the measure it cannot be combined with: the HNTE rate received for 2024 is the regime of the income-tax package", async () => {
    // bonded: 2,400,000 taxable as filed + 1,620,000 super-deduction = 4,020,000 before incentives; 25 % of it = 1,005,000
    const before = await run(bonded);
    expect(measure(before, "hnte-income-tax-rate").excludedBy).toBe("slpe-income-tax-relief"); // 2,400,000 × 5 % = 120,000 < 2,400,000 × 15 % = 360,000
    const after = await run(bonded, [grant("hnte-income-tax-rate", { fiscalYear: 2024, date: "2025-05-31" })]);
    const slpe = measure(after, "slpe-income-tax-relief");
    expect([slpe.excludedBy, measure(after, "hnte-income-tax-rate").excludedBy]).toEqual(["hnte-income-tax-rate", null]);
    expect(slpe.excludedReason?.en).toMatch(/already received for this period/);
    // received: counted in the package although the HNTE rate is indicative, chosen although its tax is higher
    expect(after.incomeTax).toMatchObject({ regime: "hnte-income-tax-rate", taxWithoutIncentives: 1005000, taxWithIncentives: 360000, saving: 645000 });
    expect(after.incomeTax!.shares).toEqual([
      { measureId: "hnte-income-tax-rate", role: "regime", amount: 240000, counted: true, received: true }, // 600,000 − 360,000
      { measureId: "rd-super-deduction", role: "deduction", amount: 405000, counted: true, received: false }, // 1,005,000 − 600,000
    ]);
    // 885,000 before = 405,000 (super-deduction) + 480,000 (SLPE: 600,000 − 120,000); now the HNTE rate is received and not counted
    expect([before.totals.taxSaving, after.totals.taxSaving]).toEqual([885000, 405000]);
  });

  it("is no near-miss and waits for no answer", async () => {
    // 9,000,000 of new equipment against the 10,000,000 of equipment-upgrade-subsidy: within the project-investment lever (+20 %)
    const planning = { ...magnet, project: { fixedAssetInvestment: 20000000, equipmentInvestment: 9000000, stage: "signed" } } as EnterpriseProfile;
    expect((await run(planning)).nearMisses.map((n) => n.measureId)).toContain("equipment-upgrade-subsidy");
    const granted = await run(planning, [grant("equipment-upgrade-subsidy", { date: "2024-03-01" })]);
    expect(granted.nearMisses.map((n) => n.measureId)).not.toContain("equipment-upgrade-subsidy");
    const before = await run(magnet);
    expect(before.nextQuestions.find((q) => q.fact === "project.landAreaMu")?.settles).toEqual(["land-purchase-reward"]);
    const after = await run(magnet, [grant("slpe-income-tax-relief", { fiscalYear: 2024 }), grant("land-purchase-reward", { date: "2023-03-01" })]);
    expect(after.nextQuestions.find((q) => q.fact === "project.landAreaMu")).toBeUndefined();
    expect(after.nextQuestions.find((q) => q.fact === "project.landTenure")?.settles).toEqual(["factory-construction-subsidy"]);
    expect(measure(after, "land-purchase-reward")).toMatchObject({ status: "undetermined", received: { date: "2023-03-01" } });
  });

  it("the decision alone and screening's decide() say the same", async () => {
    const records = [grant("rd-post-subsidy", { fiscalYear: 2024 }), grant("hnte-income-tax-rate", { fiscalYear: 2024 })];
    for (const p of [magnet, bonded]) {
      const full = await run(p, records);
      const none = await matchDecision(p, loaded, { asOf: AS_OF, received: records });
      const screened = decide(p, loaded, { asOf: AS_OF, received: records });
      expect(none.totals).toEqual(full.totals);
      expect(screened.totals).toEqual(full.totals);
      expect(none.measures.map((m) => [m.id, m.received, m.excludedBy])).toEqual(full.measures.map((m) => [m.id, m.received, m.excludedBy]));
      expect(screened.decisions.map((d) => [d.measureId, d.received, d.excludedBy])).toEqual(full.measures.map((m) => [m.id, m.received, m.excludedBy]));
    }
  });
});

describe("the fiscal year a decision is about", () => {
  it("is the last fiscal year of the accounts, else the year before asOf's", () => {
    expect(decisionFiscalYear({ "lastYear.year": 2023 }, "2025-06-30")).toBe(2023);
    expect(decisionFiscalYear({}, "2025-06-30")).toBe(2024);
    expect(decisionFiscalYear({}, "2025-01-01")).toBe(2024);
  });
});
