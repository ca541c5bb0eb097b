/**
 * The income-tax package on the integer-fen path (decide, screening, the decision alone):
 * compiled once per rule-set version, no texts. The same package as the explained path
 * (explain.ts): the arithmetic is package.ts; only the products differ in how they are computed
 * (tests/unit/income-tax.test.ts shows both agree).
 */
import type { FactValues } from "../../profile/index.js";
import { isIncomeTaxAmount, operandsOf } from "../../ruleset/amount.js";
import type { RuleSet } from "../../ruleset/schema.js";
import { compileProductFen, compileRatesFen, fenTimesFast } from "../amount-fen.js";
import type { Truth } from "../evaluate.js";
import { indicativeReason } from "../indicative.js";
import { type TaxMeasure, type TaxPackage, taxPackage } from "./package.js";

/** Whether measure `index` was already received for the fiscal year (received.ts). */
export type ReceivedAt = (index: number) => boolean;

/** The package of one profile: facts, each measure's result (aligned with the rule set's measures), the date, what was received; `indexes`: its measures. */
export interface CompiledIncomeTax {
  (facts: FactValues, results: readonly Truth[], asOf: string, received?: ReceivedAt): TaxPackage | undefined;
  /** the indexes of the deduction and rate-regime measures */
  readonly indexes: ReadonlySet<number>;
}

/** A measure of the package, compiled: its fen (D, or its tax on `income`) on facts and a date. */
interface Part {
  index: number;
  role: "deduction" | "regime";
  indicative: boolean;
  fen: (f: FactValues, asOf: string, income: number) => number | undefined;
}

/** The fen of a yuan amount (≤ 2 decimals, |v| ≤ 10^13: exact). */
export const yuanToFen = (v: number): number => Math.round(v * 100);

/**
 * @returns the rule set's package, or undefined when it has no deduction or rate regime (or no
 *          `incomeTax`); the package itself is undefined when taxable income is unknown
 */
export function compileIncomeTax(ruleset: RuleSet): CompiledIncomeTax | undefined {
  const tax = ruleset.incomeTax;
  const parts = ruleset.measures.flatMap((m, index): Part[] => {
    const a = m.amount;
    if (!isIncomeTaxAmount(a)) return [];
    const indicative = indicativeReason(m) !== null;
    if (a.type === "deduction") {
      const amount = compileProductFen(operandsOf(a), ruleset);
      return [{ index, role: "deduction", indicative, fen: (f, asOf) => amount(f, asOf) }];
    }
    const rates = compileRatesFen(operandsOf(a), ruleset);
    return [{ index, role: "regime", indicative, fen: (f, asOf, income) => {
      const r = rates(f, asOf);
      return r && fenTimesFast(Math.max(income, 0), r);
    } }];
  });
  if (!tax || parts.length === 0) return undefined;
  const rate = [tax.generalRate];
  const general = (fen: number) => fenTimesFast(Math.max(fen, 0), rate);
  // the package's inputs, filled in afresh on each call (taxPackage keeps none of them)
  const measures: TaxMeasure[] = parts.map((p) => ({ index: p.index, role: p.role, indicative: p.indicative, received: false, status: null, fen: undefined }));
  const price = (facts: FactValues, results: readonly Truth[], asOf: string, received?: ReceivedAt) => {
    const i1 = facts[tax.taxableIncome];
    if (typeof i1 !== "number") return undefined;
    const income = yuanToFen(i1);
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!, m = measures[k]!;
      m.status = results[p.index]!;
      m.received = received?.(p.index) ?? false;
      m.fen = m.status === false ? undefined : p.fen(facts, asOf, income);
    }
    return taxPackage({ income, general, measures });
  };
  return Object.assign(price, { indexes: new Set(parts.map((p) => p.index)) });
}
