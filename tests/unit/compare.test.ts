/**
 * src/engine/compare.ts on hand-made decision sets: gains, losses, other status changes,
 * amount changes (counted amounts only), totals differences exact to the fen, and the tally.
 */
import { describe, expect, it } from "vitest";
import { addYuan, countedAmount, diffDecisions, emptyDiffTally, tallyDiff, tallyMeasures } from "../../src/engine/compare.js";
import type { Decided, Decision } from "../../src/engine/decide.js";
import type { Totals } from "../../src/engine/result.js";

const d = (measureId: string, status: Decision["status"], amount: number | null = null, kind: Decision["kind"] = null, extra: Partial<Decision> = {}): Decision =>
  ({ measureId, status, amount, kind, indicative: false, excludedBy: null, ...extra });
const totals = (t: Partial<Totals> = {}): Totals => ({ payment: 0, taxSaving: 0, creditLine: 0, interestSubsidy: 0, ...t });
const decided = (decisions: Decision[], t: Partial<Totals> = {}): Decided => ({ decisions, totals: totals(t) });

describe("countedAmount", () => {
  it("counts eligible, non-indicative, non-excluded amounts only", () => {
    expect(countedAmount(d("a", "eligible", 100, "payment"))).toBe(100);
    expect(countedAmount(d("a", "eligible", 100, "payment", { indicative: true }))).toBe(0);
    expect(countedAmount(d("a", "eligible", 100, "payment", { excludedBy: "b" }))).toBe(0);
    expect(countedAmount(d("a", "ineligible"))).toBe(0);
    expect(countedAmount(d("a", "eligible"))).toBe(0);
    expect(countedAmount(undefined)).toBe(0);
  });

  it("adds yuan exactly to the fen", () => {
    expect(addYuan(0.1, 0.2)).toBe(0.3);
    expect(addYuan(1_234_567.57, 0.01)).toBe(1_234_567.58);
  });
});

describe("diffDecisions", () => {
  const before = decided([
    d("slpe", "eligible", 400_000, "tax-saving"),
    d("rd-post", "eligible", 125_000, "payment"),
    d("hnte", "ineligible"),
    d("tsme", "undetermined"),
    d("loan", "eligible", 1_000_000, "credit-line"),
    d("rate", "eligible", 200_000, "tax-saving", { indicative: true }),
    d("removed", "eligible"),
  ], { taxSaving: 400_000, payment: 125_000, creditLine: 1_000_000 });
  const after = decided([
    d("slpe", "ineligible"),
    d("rd-post", "eligible", 75_000.1, "payment"),
    d("hnte", "eligible"),
    d("tsme", "ineligible"),
    d("loan", "eligible", 1_000_000, "credit-line"),
    d("rate", "eligible", 250_000, "tax-saving", { indicative: true }),
    d("added", "eligible", 50_000, "payment"),
  ], { payment: 125_000.1, creditLine: 1_000_000 });
  const diff = diffDecisions(before, after);

  it("names gains and losses in measure order, a new measure after the old ones", () => {
    expect(diff.gains).toEqual(["hnte", "added"]);
    expect(diff.losses).toEqual(["slpe", "removed"]);
  });

  it("lists every change with statuses and counted amounts; an unchanged or indicative-only change is not one", () => {
    expect(diff.changes.map((c) => [c.measureId, c.change, c.before, c.after, c.amountBefore, c.amountAfter])).toEqual([
      ["slpe", "loss", "eligible", "ineligible", 400_000, 0],
      ["rd-post", "amount", "eligible", "eligible", 125_000, 75_000.1],
      ["hnte", "gain", "ineligible", "eligible", 0, 0],
      ["tsme", "status", "undetermined", "ineligible", 0, 0],
      ["removed", "loss", "eligible", null, 0, 0],
      ["added", "gain", null, "eligible", 0, 50_000],
    ]);
    expect(diff.changes.find((c) => c.measureId === "rd-post")!.delta).toEqual(totals({ payment: -49_999.9 }));
    expect(diff.changes.find((c) => c.measureId === "slpe")!.delta).toEqual(totals({ taxSaving: -400_000 }));
  });

  it("gives the totals difference (after − before) by kind, exact to the fen", () => {
    expect(diff.delta).toEqual(totals({ payment: 0.1, taxSaving: -400_000 }));
  });

  it("an amount change through stacking (excluded under one version) is a change", () => {
    const x = diffDecisions(decided([d("a", "eligible", 10, "payment")], { payment: 10 }), decided([d("a", "eligible", 10, "payment", { excludedBy: "b" })]));
    expect(x.changes.map((c) => [c.change, c.amountBefore, c.amountAfter])).toEqual([["amount", 10, 0]]);
    expect(x.delta.payment).toBe(-10);
  });

  it("finds nothing between identical decision sets", () => {
    expect(diffDecisions(before, before)).toEqual({ gains: [], losses: [], changes: [], delta: totals() });
  });
});

describe("tallyDiff", () => {
  const e1 = diffDecisions(decided([d("a", "ineligible"), d("b", "eligible", 100, "payment")], { payment: 100 }), decided([d("a", "eligible", 0.3, "payment"), d("b", "eligible", 100, "payment")], { payment: 100.3 }));
  const e2 = diffDecisions(decided([d("a", "eligible", 0.2, "payment"), d("b", "eligible", 100, "payment")], { payment: 100.2 }), decided([d("a", "ineligible"), d("b", "eligible", 90, "payment")], { payment: 90 }));
  const e3 = diffDecisions(decided([d("a", "ineligible")]), decided([d("a", "ineligible")]));
  const tally = [e1, e2, e3].reduce(tallyDiff, emptyDiffTally());

  it("counts enterprises that change, gain and lose, and per measure who gained and lost", () => {
    expect([tally.enterprises, tally.changed, tally.gaining, tally.losing]).toEqual([3, 2, 1, 1]);
    expect(tallyMeasures(tally, ["a", "b"])).toEqual([
      { measureId: "a", gained: 1, lost: 1, statusChanged: 0, amountChanged: 0, delta: totals({ payment: 0.1 }) },
      { measureId: "b", gained: 0, lost: 0, statusChanged: 0, amountChanged: 1, delta: totals({ payment: -10 }) },
    ]);
  });

  it("sums the budget difference exactly: the measures' deltas add up to the enterprises'", () => {
    expect(tally.delta).toEqual(totals({ payment: -9.9 }));
    const byMeasure = tallyMeasures(tally).reduce((s, m) => addYuan(s, m.delta.payment), 0);
    expect(byMeasure).toBe(tally.delta.payment);
  });

  it("does not modify the tally it is given", () => {
    const empty = emptyDiffTally();
    tallyDiff(empty, e1);
    expect(empty).toEqual(emptyDiffTally());
  });
});
