/**
 * One measure decided: its status, amount (yuan, by the compiled integer-fen arithmetic),
 * the inputs it still needs, the channels it opens and until when it holds — the part of a
 * measure's result that `explain=none` answers and every explained result starts from.
 */
import { missingInputs } from "../profile/index.js";
import { isIncomeTaxAmount } from "../ruleset/amount.js";
import type { Tree } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";
import { evaluateAmount, PAST_LIMIT } from "./amount.js";
import type { AmountFenFn } from "./amount-fen.js";
import type { Evaluation } from "./context.js";
import { missingFacts, type Truth } from "./evaluate.js";
import { type MeasureDecision, statusOf } from "./result.js";
import { eligibleUntil } from "./timing.js";

/**
 * @param m the measure; @param tree its conditions preceded by its validity window
 * @param result the tree's three-valued result on `ev`; @param ev the evaluation
 * @param indicative evidence M/U or a model policy (left out of totals)
 * @param fenOf the measure's compiled amount (fen), when it has one
 * @returns the decision, `excludedBy` null (stacking decides it over all measures); a deduction's
 *          or rate regime's amount is the income-tax package's (income-tax/shares.ts), set afterwards
 */
export function measureDecision(m: Measure, tree: Tree, result: Truth, ev: Evaluation, indicative: boolean, fenOf: AmountFenFn | undefined): MeasureDecision {
  const missing = result === null ? missingFacts(tree, ev.truth, ev.facts) : [];
  let amount: MeasureDecision["amount"] = null;
  let pastLimit = false;
  if (result === true && m.amount && !isIncomeTaxAmount(m.amount)) {
    const fen = fenOf?.(ev.facts, ev.asOf);
    if (typeof fen === "number") amount = { value: fen / 100, kind: m.amount.kind, ...(m.amount.bound ? { bound: m.amount.bound } : {}) };
    else if (fen === null) pastLimit = true;
    else {
      // an amount fact missing: name it (the exact path names what is missing; it runs only here)
      const outcome = evaluateAmount(m.amount, ev.facts, ev.ruleset, ev.asOf);
      if ("missing" in outcome) missing.push(...outcome.missing);
    }
  }
  const until = result === true ? eligibleUntil(tree, ev) : undefined;
  return {
    id: m.id,
    kind: m.kind,
    status: statusOf(result),
    indicative,
    excludedBy: null,
    amount,
    missingFacts: missingInputs(missing, ev.facts, ev.profile),
    channels: result === true ? m.channels : [],
    evidence: m.evidence,
    ...(m.validFrom ? { validFrom: m.validFrom } : {}),
    ...(m.validTo ? { validTo: m.validTo } : {}),
    ...(until ? { eligibleUntil: until } : {}),
    ...(pastLimit ? { amountWithheld: PAST_LIMIT } : {}),
  };
}
