/**
 * The package's shares handed to the measures' answers: each eligible deduction or regime gets
 * its share as its amount (or, when it cannot be priced, the inputs it lacks), and the regimes
 * the chosen one beats get `excludedBy`. The same walk for every answer shape.
 */
import { type Bilingual, type FactValues, missingInputs } from "../../profile/index.js";
import { type IncomeTaxAmount, isIncomeTaxAmount, operandsOf } from "../../ruleset/amount.js";
import type { RuleSet } from "../../ruleset/schema.js";
import { resolveAll } from "../amount.js";
import type { Evaluation } from "../context.js";
import type { Truth } from "../evaluate.js";
import type { CompiledIncomeTax, ReceivedAt } from "./fen.js";
import type { TaxPackage, TaxShare } from "./package.js";

/** What a deduction or regime lacks to be priced: taxable income, its own operands (facts, `parameter:<name>`). */
function missingFor(a: IncomeTaxAmount, ruleset: RuleSet, facts: FactValues, asOf: string): string[] {
  const resolved = resolveAll(operandsOf(a), facts, ruleset, asOf);
  const own = Array.isArray(resolved) ? [] : resolved.missing;
  const income = ruleset.incomeTax!.taxableIncome;
  return typeof facts[income] === "number" ? own : [income, ...own];
}

/**
 * Visits every eligible measure of the package (for `applyShares`).
 * @param results each measure's result (aligned with `ruleset.measures`)
 * @param pkg the package (undefined when taxable income is unknown)
 * @param visit called with the measure's index and its share, or undefined and what it lacks
 */
function eachShare(
  ruleset: RuleSet, results: readonly Truth[], pkg: TaxPackage | undefined, facts: FactValues, asOf: string,
  visit: (index: number, share: TaxShare | undefined, missing: readonly string[]) => void,
): void {
  ruleset.measures.forEach((m, index) => {
    if (!isIncomeTaxAmount(m.amount) || results[index] !== true) return;
    const share = pkg?.shares.find((s) => s.index === index);
    if (share?.amount !== undefined) visit(index, share, []);
    else visit(index, undefined, missingFor(m.amount, ruleset, facts, asOf));
  });
}

/**
 * What measure `index` would be worth were it eligible, the others as they are (an undetermined
 * measure's money, a near-miss's value): its share of the package in fen; undefined for a measure
 * outside the package, or one the package would exclude.
 */
export function worthIfEligible(tax: CompiledIncomeTax | undefined, index: number, results: readonly Truth[], facts: FactValues, asOf: string, received?: ReceivedAt): number | undefined {
  if (!tax?.indexes.has(index)) return undefined;
  const s = tax(facts, results.map((r, i) => (i === index ? true : r)), asOf, received)?.shares.find((x) => x.index === index);
  return s?.excludedBy === -1 ? s.amount : undefined;
}

/** What `applyShares` sets on a measure's answer (a MeasureResult or a MeasureDecision). */
interface Priced<A> {
  amount: A | null;
  excludedBy: string | null;
  excludedReason?: Bilingual | null;
  missingFacts: string[];
}

/**
 * Sets each eligible deduction's and regime's share as its amount, `excludedBy` (and, explained,
 * `excludedReason`) for the regimes the chosen one beats, and the inputs it lacks when it cannot
 * be priced.
 * @param amountOf the amount to show for a share (with or without its basis)
 * @param reasonOf why a regime is excluded (explained answers only)
 */
export function applyShares<A>(
  measures: Priced<A>[], results: readonly Truth[], pkg: TaxPackage | undefined, ev: Evaluation,
  amountOf: (index: number, share: TaxShare) => A, reasonOf?: (index: number) => Bilingual | undefined,
): void {
  eachShare(ev.ruleset, results, pkg, ev.facts, ev.asOf, (i, share, missing) => {
    const r = measures[i]!;
    if (!share) {
      r.missingFacts = [...new Set([...r.missingFacts, ...missingInputs([...missing], ev.facts, ev.profile)])];
      return;
    }
    r.amount = amountOf(i, share);
    if (share.excludedBy >= 0) {
      r.excludedBy = ev.ruleset.measures[share.excludedBy]!.id;
      if (reasonOf) r.excludedReason = reasonOf(i) ?? null;
    }
  });
}
