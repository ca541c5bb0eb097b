/**
 * The firm's income tax, computed once for the package of its incentives (DESIGN.md "Amounts":
 * "Income-tax savings are computed once, for the package"), and each incentive's share of the
 * saving. Pure arithmetic on integer fen; both answer paths (explained: explain.ts, decision:
 * fen.ts) feed it, so they agree by construction on everything but the products they feed in.
 *
 * With I1 the taxable income as filed (应纳税所得额, after the deductions: DESIGN.md data
 * dictionary), Dₖ the counted deductions (eligible, not indicative, computable) and g(x) the tax
 * at the general rate on max(x, 0) (企业所得税法 第四条: 25 %):
 * - I0 = I1 + Σ Dₖ, the taxable income before incentives; tax without incentives T0 = g(I0).
 * - Deductions apply in catalogue order from I0; the k-th one's share is g(before it) − g(after
 *   it): priced at the general rate, never more than the income it absorbs (a loss-making firm
 *   saves nothing this year).
 * - Rate regimes act on I1 and cannot be combined (policy/SOURCES.md §4 "Interactions"): of the
 *   eligible counted regimes the lowest tax wins (a tie: the one listed first); none: the general
 *   rate. The chosen regime's share is g(I1) − its tax. The other eligible regimes are excluded
 *   by it, each shown with its own saving over the general rate.
 * - Shares add up: T0 − tax with incentives = the counted shares (`totals.taxSaving`).
 * - Indicative measures (evidence M/U, model policies) are left out of the counted package and
 *   shown with the further saving they would bring over it if confirmed: a regime whose tax is
 *   lower than the counted one's, by the difference (otherwise it is excluded like any other);
 *   a deduction, by g(I0 + D) − g(I0).
 * A deduction that is undetermined, or whose amount cannot be computed, is left out of the
 * package (its share undetermined); the regimes are still priced on I1 as filed.
 */
import type { Truth } from "../evaluate.js";

/** What the package reads of one deduction or regime measure. */
export interface TaxMeasure {
  /** its index among the rule set's measures */
  index: number;
  role: "deduction" | "regime";
  /** its conditions' result: eligible (true), ineligible (false), undetermined (null) */
  status: Truth;
  indicative: boolean;
  /** fen: a deduction's amount D, or a regime's tax on max(I1, 0); undefined when it cannot be computed */
  fen: number | undefined;
}

/** The package's inputs, in fen. */
export interface PackageInput {
  /** I1: taxable income as filed (negative for a loss) */
  income: number;
  /** g: the tax at the general rate on max(x, 0), rounded half-up to the fen */
  general: (fen: number) => number;
  /** the rule set's deduction and regime measures, in catalogue order */
  measures: readonly TaxMeasure[];
}

/** One measure's part in the package, in fen. */
export interface TaxShare {
  index: number;
  role: "deduction" | "regime";
  /** its share of the saving (counted), the further saving if confirmed (indicative), or its own saving over the general rate (excluded); undefined when it cannot be priced */
  amount: number | undefined;
  /** part of the counted package (`saving`, totals) */
  counted: boolean;
  /** the regime chosen instead of it, or -1 */
  excludedBy: number;
  /** a deduction: the taxable income before and after it */
  from?: number;
  to?: number;
  /** a regime: its tax, and the tax it is compared with (the general rate's, or the counted package's) */
  tax?: number;
  against?: number;
}

/** The package, in fen. */
export interface TaxPackage {
  /** I1 */
  income: number;
  /** Σ of the counted deductions */
  deducted: number;
  /** I0 = I1 + deducted */
  before: number;
  /** T0 = g(I0) */
  taxWithout: number;
  /** the chosen regime's tax on I1, or g(I1) */
  taxWith: number;
  /** T0 − taxWith = the counted shares */
  saving: number;
  /** the chosen regime's index, or -1 (the general rate) */
  regime: number;
  /** every measure of the package that is not ineligible, in catalogue order */
  shares: TaxShare[];
}

/**
 * @returns the package, or undefined when an eligible counted regime's tax cannot be computed
 *          (no regime can then be chosen)
 */
export function taxPackage({ income, general, measures }: PackageInput): TaxPackage | undefined {
  const live = measures.filter((m) => m.status !== false);
  const regimes = live.filter((m) => m.role === "regime" && m.status === true);
  if (regimes.some((r) => !r.indicative && r.fen === undefined)) return undefined;
  const counts = (m: TaxMeasure) => m.status === true && !m.indicative && m.fen !== undefined;
  const shares = new Map<number, TaxShare>();
  const share = (m: TaxMeasure, s: Omit<TaxShare, "index" | "role" | "excludedBy"> & { excludedBy?: number }) =>
    shares.set(m.index, { index: m.index, role: m.role, excludedBy: -1, ...s });

  // deductions, in catalogue order, from I0 down to I1
  const deductions = live.filter((m) => m.role === "deduction");
  const deducted = deductions.filter(counts).reduce((sum, d) => sum + d.fen!, 0);
  const before = income + deducted;
  let level = before;
  for (const d of deductions) {
    if (counts(d)) {
      share(d, { amount: general(level) - general(level - d.fen!), counted: true, from: level, to: level - d.fen! });
      level -= d.fen!;
    } else if (d.status === true && d.fen !== undefined) {
      share(d, { amount: general(before + d.fen) - general(before), counted: false, from: before + d.fen, to: before });
    } else {
      share(d, { amount: undefined, counted: false });
    }
  }

  // rate regimes on I1: the counted choice, then an indicative one that would beat it
  const atGeneral = general(income);
  const counted = regimes.filter((r) => !r.indicative && r.fen! <= atGeneral);
  const chosen = counted.reduce<TaxMeasure | undefined>((best, r) => (best === undefined || r.fen! < best.fen! ? r : best), undefined);
  const taxWith = chosen?.fen ?? atGeneral;
  const better = regimes.filter((r) => r.indicative && r.fen !== undefined && r.fen < taxWith)
    .reduce<TaxMeasure | undefined>((best, r) => (best === undefined || r.fen! < best.fen! ? r : best), undefined);
  const winner = chosen ?? better;
  for (const r of live.filter((m) => m.role === "regime")) {
    if (r === chosen) share(r, { amount: atGeneral - taxWith, counted: true, tax: taxWith, against: atGeneral });
    else if (r === better) share(r, { amount: taxWith - better.fen!, counted: false, tax: better.fen!, against: taxWith });
    else if (r.status === true && r.fen !== undefined) {
      share(r, { amount: atGeneral - r.fen, counted: false, tax: r.fen, against: atGeneral, excludedBy: winner?.index ?? -1 });
    } else share(r, { amount: undefined, counted: false });
  }

  const taxWithout = general(before);
  return {
    income, deducted, before, taxWithout, taxWith, saving: taxWithout - taxWith,
    regime: chosen?.index ?? -1,
    shares: live.map((m) => shares.get(m.index)!),
  };
}
