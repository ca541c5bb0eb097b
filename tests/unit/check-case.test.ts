/** checkCase (src/engine/check-case.ts): what `npm run rules:test` compares, on a case of fixtures/cases. */
import { describe, expect, it } from "vitest";
import { checkCase } from "../../src/engine/check-case.js";
import { match } from "../../src/engine/match.js";
import { EnterpriseProfile } from "../../src/profile/index.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { CASES } from "../support/cases.js";

/** rd-super-deduction eligible, 950,000.00; derived rdSuperDeductionRate 1 */
const c = CASES.find((x) => x.file === "fixtures/cases/rd-super-deduction/expired-hnte-back-to-25pct.json")!;
const result = await match(EnterpriseProfile.parse(c.profile), (await bundledCatalog()).resolve({ id: c.rulesetId, version: c.version, asOf: c.asOf }), { asOf: c.asOf });

describe("checkCase", () => {
  it("a case as written passes", () => {
    expect(checkCase(c, result)).toEqual([]);
  });

  it("reports a wrong status, a wrong amount, a derived fact off by more than 10 decimals, an unknown measure and another date", () => {
    const [id, want, fact, value] = ["rd-super-deduction", c.expect["rd-super-deduction"]!, "rdSuperDeductionRate", 1] as const;
    const wrong = {
      ...c,
      asOf: "2020-01-01",
      expect: { [id]: { status: "undetermined" as const, amount: want.amount! + 0.01 }, "no-such-measure": { status: "eligible" as const } },
      derived: { [fact]: value + 1e-9 },
    };
    expect(checkCase(wrong, result)).toEqual([
      { what: "asOf", expected: "2020-01-01", actual: c.asOf },
      { what: "status", measureId: id, expected: "undetermined", actual: want.status },
      { what: "amount", measureId: id, expected: want.amount! + 0.01, actual: want.amount },
      { what: "missing-measure", measureId: "no-such-measure" },
      { what: "derived", fact, expected: value + 1e-9, actual: result.derived[fact] },
    ]);
    expect(checkCase({ ...c, derived: { [fact]: value + 1e-12 } }, result)).toEqual([]);
  });

  it("reports an income-tax field and a totals.taxSaving that differ", () => {
    const wrong = { ...c, incomeTax: { regime: "slpe-income-tax-relief", saving: result.incomeTax!.saving }, taxSaving: 1 };
    expect(checkCase(wrong, result)).toEqual([
      { what: "incomeTax", field: "regime", expected: "slpe-income-tax-relief", actual: null },
      { what: "incomeTax", field: "totals.taxSaving", expected: 1, actual: result.totals.taxSaving },
    ]);
    expect(checkCase({ ...c, incomeTax: null }, result)).toEqual([{ what: "incomeTax", field: "(block)", expected: null, actual: "a computation" }]);
  });
});
