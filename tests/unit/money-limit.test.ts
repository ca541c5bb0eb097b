/**
 * Amounts obey the money limit of profiles, ±10^13 yuan (issue 12, "Absurd amounts";
 * docs/decisions.md): an amount computed past it is withheld with its reason — the measure
 * stays eligible, the amount is null and is counted nowhere — in every answer; totals are
 * exact sums. (The formulas at, below and above the limit: tests/unit/amount.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { PAST_LIMIT } from "../../src/engine/amount.js";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import { totalsOf } from "../../src/engine/result.js";
import type { EnterpriseProfile } from "../../src/profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES } from "../support/cases.js";

const ASOF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: ASOF });
/** The case of the 61-month loan (eligible for the interest subsidy), with another loan. */
const withLoan = (amount: number, termMonths: number): EnterpriseProfile => {
  const c = CASES.find((x) => x.file.endsWith("working-capital-loan-interest-subsidy/term-61-months-5y-lpr.json"))!;
  return { ...c.profile, loanRequest: { amount, termMonths } };
};
const SUBSIDY = "working-capital-loan-interest-subsidy";

describe("an eligible measure whose amount passes the limit", () => {
  // loan × 3.50 % × 80 % × 600 ÷ 12 = loan × 1.4: 7,142,857,142,857.15 gives 10,000,000,000,000.01
  it("explained: eligible, amount null with the reason, not in totals", async () => {
    const result = await match(withLoan(7_142_857_142_857.15, 600), loaded, { asOf: ASOF });
    const m = result.measures.find((x) => x.id === SUBSIDY)!;
    expect(m).toMatchObject({ status: "eligible", amount: null, amountWithheld: PAST_LIMIT, missingFacts: [] });
    expect(result.totals.interestSubsidy).toBe(0);
    expect(JSON.stringify(result)).not.toMatch(/null,"kind"|Infinity|NaN/);
  });

  it("the decision alone says the same; one fen lower is stated and counted", async () => {
    const over = await matchDecision(withLoan(7_142_857_142_857.15, 600), loaded, { asOf: ASOF });
    expect(over.measures.find((x) => x.id === SUBSIDY)).toMatchObject({ status: "eligible", amount: null, amountWithheld: PAST_LIMIT });
    const at = await matchDecision(withLoan(7_142_857_142_857.14, 600), loaded, { asOf: ASOF });
    const m = at.measures.find((x) => x.id === SUBSIDY)!;
    expect([m.amount?.value, "amountWithheld" in m, at.totals.interestSubsidy]).toEqual([10_000_000_000_000, false, 10_000_000_000_000]);
  });
});

describe("totals", () => {
  it("are exact sums in fen, also when the running sum passes 2^53 fen (a double sum was 1 fen off here)", () => {
    const amounts = [9307051206016.56, 9220729591724.59, 9467015624783.41, 9486620092584.29, 9175960439298.81, 9397565389223.78, 9083327098563.46,
      9239016807467.51, 9713605597051.51, 9053238812018.47, -9054084266928.83, -9322795548876.01, -9923325622057.64, -9842750955961.38];
    const totals = totalsOf(amounts.map((amount) => ({ status: "eligible", amount, kind: "payment", indicative: false, excludedBy: null })));
    expect(totals).toEqual({ payment: 55_001_174_264_908.53, taxSaving: 0, creditLine: 0, interestSubsidy: 0 });
  });
});
