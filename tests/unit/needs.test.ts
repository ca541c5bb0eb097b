/** Missing derived facts are reported as the inputs a person can supply. */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { FACTS, NEEDS } from "../../src/profile/index.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: "2025-06-30" });
const run = async (p: unknown) => match(EnterpriseProfile.parse(p), loaded, { asOf: "2025-06-30" });
const missing = async (p: unknown, id: string) => (await run(p)).measures.find((m) => m.id === id)!.missingFacts;

describe("missing inputs", () => {
  it("every derived fact says what it needs, and every need is a fact or a profile field", () => {
    for (const f of FACTS.values()) if (f.derived && f.name !== "asOf") expect(NEEDS[f.name], f.name).toBeDefined();
    const fields = Object.keys(EnterpriseProfile.shape);
    for (const needs of Object.values(NEEDS)) for (const n of needs) expect(FACTS.has(n) || fields.includes(n), n).toBe(true);
  });

  it("the super-deduction's share of the income tax asks for taxable income and the IC flag (its 100 % or 120 %)", async () => {
    const p = {
      taxCollection: "actual", industryCode: "3985",
      financials: [{ year: 2024, revenue: 1_000_000, rdExpense: 100_000 }],
      flags: { machineToolEnterprise: false },
    };
    expect(await missing(p, "rd-super-deduction")).toEqual(["lastYear.taxableIncome", "flags.icEnterprise"]);
  });

  it("the SME size class asks for the industry code before anything else it cannot use", async () => {
    expect(await missing({ zone: "baotou-rare-earth-hi-tech-zone", taxCollection: "actual", financials: [{ year: 2024, revenue: 1, rdExpense: 1 }] }, "rd-post-subsidy"))
      .toEqual(["industryCode"]);
  });

  it("a derived fact unknown although its inputs are given is named itself (zero employees)", async () => {
    const m = await missing({ employees: 0, techStaff: 0 }, "hnte-recognition");
    expect(m).toContain("techStaffShare");
  });

  it("accounts more than two years old count as missing: the answer asks for current financials", async () => {
    const p = { financials: [{ year: 2021, revenue: 1_000_000, rdExpense: 10_000 }], taxCollection: "actual", industryCode: "3985" };
    const r = await run(p);
    expect(r.derived.rdIntensity3y).toBeUndefined();
    expect(r.measures.find((m) => m.id === "rd-super-deduction")!.missingFacts).toContain("lastYear.rdExpense");
    expect(r.measures.find((m) => m.id === "hnte-recognition")!.missingFacts).toContain("financials");
  });
});
