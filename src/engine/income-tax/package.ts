/**
 * The firm's income tax, computed once for the package of its incentives (DESIGN.md "Amounts":
 * "Income-tax savings are computed once, for the package"), and each incentive's share of the
 * saving. Pure arithmetic on integer fen; both answer paths (explained: explain.ts, decision:
 * fen.ts) feed it, so they agree by construction on everything but the products they feed in.
 *
 * With I1 the taxable income as filed (应纳税所得额, after the deductions: DESIGN.md data
 * dictionary), Dₖ the counted deductions (eligible, computable, not indicative unless received) and g(x) the tax
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
 * - A measure already received for the fiscal year (received.ts: the firm has taken it) is part
 *   of the package even when indicative — the tax computed is the one the firm pays — and a
 *   received regime is the one chosen, whatever its tax (as stacking keeps what was taken); its
 *   share adds to `saving` but, being received, not to `totals.taxSaving`.
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
  /** already received for the fiscal year (received.ts) */
  received: boolean;
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
  /** part of the counted package (`saving`; totals unless received) */
  counted: boolean;
  /** already received for the fiscal year: in `saving`, not in totals */
  received: boolean;
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
  /** the chosen regime was chosen because it was received (not for its lower tax) */
  regimeReceived: boolean;
  /** every measure of the package that is not ineligible, in catalogue order */
  shares: TaxShare[];
}

/**
 * @returns the package, or undefined when an eligible counted regime's tax cannot be computed
 *          (no regime can then be chosen)
 */
export function taxPackage({ income, general, measures }: PackageInput): TaxPackage | undefined {
  // plain loops over a handful of measures, no intermediate arrays: decide() runs this for every firm screened
  const n = measures.length;
  let deducted = 0;
  for (let k = 0; k < n; k++) {
    const m = measures[k]!;
    if (m.role === "regime" && m.status === true && (!m.indicative || m.received) && m.fen === undefined) return undefined;
    if (m.role === "deduction" && counts(m)) deducted += m.fen!;
  }
  const before = income + deducted;
  const atGeneral = general(income);
  // the counted regime (received, else the lowest tax, first listed on a tie), then an indicative one that would beat it
  let chosen: TaxMeasure | undefined, better: TaxMeasure | undefined;
  for (let k = 0; k < n; k++) {
    const r = measures[k]!;
    if (r.role !== "regime" || !counts(r)) continue;
    if (r.received) { if (!chosen?.received) chosen = r; } // what the firm has taken wins (the first listed)
    else if (!chosen?.received && r.fen! <= atGeneral && (chosen === undefined || r.fen! < chosen.fen!)) chosen = r;
  }
  const taxWith = chosen?.fen ?? atGeneral;
  for (let k = 0; k < n; k++) {
    const r = measures[k]!;
    if (r.role === "regime" && !chosen?.received && !counts(r) && r.status === true && r.fen !== undefined && r.fen < (better?.fen ?? taxWith)) better = r;
  }
  const winner = (chosen ?? better)?.index ?? -1;

  const shares: TaxShare[] = [];
  let level = before; // deductions apply in catalogue order, from I0 down to I1
  for (let k = 0; k < n; k++) {
    const m = measures[k]!;
    if (m.status === false) continue;
    const s: TaxShare = { index: m.index, role: m.role, amount: undefined, counted: false, received: m.received, excludedBy: -1 };
    if (m.role === "deduction") {
      if (counts(m)) {
        s.amount = general(level) - general(level - m.fen!);
        s.counted = true;
        s.from = level;
        s.to = level -= m.fen!;
      } else if (m.status === true && m.fen !== undefined) {
        s.amount = general(before + m.fen) - general(before);
        s.from = before + m.fen;
        s.to = before;
      }
    } else if (m === chosen) {
      s.amount = atGeneral - taxWith;
      s.counted = true;
      s.tax = taxWith;
      s.against = atGeneral;
    } else if (m === better) {
      s.amount = taxWith - m.fen!;
      s.tax = m.fen!;
      s.against = taxWith;
    } else if (m.status === true && m.fen !== undefined) {
      s.amount = atGeneral - m.fen;
      s.tax = m.fen;
      s.against = atGeneral;
      s.excludedBy = winner;
    }
    shares.push(s);
  }

  const taxWithout = general(before);
  return { income, deducted, before, taxWithout, taxWith, saving: taxWithout - taxWith, regime: chosen?.index ?? -1, regimeReceived: chosen?.received ?? false, shares };
}

/** In the counted package: eligible, computable, and not indicative unless received. */
const counts = (m: TaxMeasure) => m.status === true && m.fen !== undefined && (!m.indicative || m.received);
