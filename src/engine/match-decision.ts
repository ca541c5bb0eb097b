/**
 * `matchDecision(profile, ruleset, { asOf })`: the answer of `explain=none` — each measure's
 * status, amount, missing inputs and channels, the totals and the next questions, without the
 * explanations (condition sentences, near-misses, the version's texts). The same decisions as
 * `match` (tests/unit/match-decision.test.ts), at a fraction of its cost and size: amounts by
 * the compiled integer-fen arithmetic, no sentence rendered.
 */
import { missingInputs, type EnterpriseProfile } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { Measure } from "../ruleset/schema.js";
import type { Condition } from "../ruleset/condition.js";
import { evaluateAmount } from "./amount.js";
import type { AmountFenFn } from "./amount-fen.js";
import type { Evaluation } from "./context.js";
import { evaluateProfile, type Evaluator } from "./evaluate-profile.js";
import { TruthTable } from "./compiled.js";
import { combine, missingFacts, type Truth } from "./evaluate.js";
import { nextQuestions, pricedUndetermined } from "./next-questions.js";
import { openChannels } from "./open-channels.js";
import { countable, type MatchDecision, type MeasureDecision, statusOf, totalsOf } from "./result.js";
import { excludedBy } from "./stacking.js";
import { eligibleUntil } from "./timing.js";

/** One measure decided. */
function measureDecision(m: Measure, tree: Condition, result: Truth, ev: Evaluation, indicative: boolean, fenOf: AmountFenFn | undefined): MeasureDecision {
  const missing = result === null ? missingFacts(tree, ev.truth, ev.facts) : [];
  let amount: MeasureDecision["amount"] = null;
  if (result === true && m.amount) {
    const fen = fenOf?.(ev.facts, ev.asOf);
    if (fen !== undefined) amount = { value: fen / 100, kind: m.amount.kind, ...(m.amount.bound ? { bound: m.amount.bound } : {}) };
    else {
      // an amount fact missing: name it, as match does (the slow path runs only here)
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
  };
}

/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf evaluation date (ISO, Asia/Shanghai); @param opts.evaluator `compiled` (default) or `reference`
 * @returns the MatchDecision (result.ts): amounts in yuan
 * @throws ProfileDateError as `match` does
 */
export async function matchDecision(
  profile: EnterpriseProfile,
  loaded: LoadedRuleSet,
  { asOf, evaluator = "compiled" }: { asOf: string; evaluator?: Evaluator },
): Promise<MatchDecision> {
  const { head, compiled, ev } = await evaluateProfile(profile, loaded, { asOf, evaluator });
  const { ruleset } = loaded;
  const { trees, combiners } = compiled;
  const { truth } = ev;
  // each tree's result from the leaf truths: by its compiled combiner, or (reference evaluator) by walking it
  const result = (i: number) => (truth instanceof TruthTable ? combiners[i]!(truth.values) : combine(trees[i]!, truth));
  const measures = ruleset.measures.map((m, i) => measureDecision(m, trees[i]!, result(i), ev, compiled.indicative[i]!, compiled.amounts[i]));
  if (compiled.rivalled) excludedBy(ruleset.measures, measures).forEach((by, i) => { measures[i]!.excludedBy = by; });
  return {
    ...head,
    explain: "none",
    measures,
    channels: openChannels(ruleset.channels, measures).map(({ id, openedBy }) => ({ id, openedBy })),
    totals: totalsOf(measures.map(countable)),
    nextQuestions: nextQuestions(measures, pricedUndetermined(measures, compiled, ev.facts, asOf)).map(({ label: _, ...q }) => q),
  };
}
