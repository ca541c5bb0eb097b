/**
 * `matchDecision(profile, ruleset, { asOf })`: the answer of `explain=none` — each measure's
 * status, amount, missing inputs and channels, the totals and the next questions, without the
 * explanations (condition sentences, near-misses, the version's texts). The same decisions as
 * `match` (tests/unit/match-decision.test.ts), at a fraction of its cost and size: amounts by
 * the compiled integer-fen arithmetic, no sentence rendered.
 */
import type { EnterpriseProfile, SupportRecord } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { TruthTable } from "./compiled.js";
import { evaluateProfile, type Evaluator } from "./evaluate-profile.js";
import { combine } from "./evaluate.js";
import { incomeTaxDecision } from "./income-tax/result.js";
import { applyShares } from "./income-tax/shares.js";
import { measureDecision } from "./measure-decision.js";
import { nextQuestions, pricedUndetermined } from "./next-questions.js";
import { openChannels } from "./open-channels.js";
import { markReceived } from "./received.js";
import { countable, type MatchDecision, totalsOf } from "./result.js";
import { excludedBy } from "./stacking.js";

const yearOf = (v: unknown) => (typeof v === "number" ? v : undefined);

/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf evaluation date (ISO, Asia/Shanghai); @param opts.evaluator `compiled` (default) or `reference`
 * @param opts.received support applied for, granted or paid (received.ts), as `match` takes it
 * @returns the MatchDecision (result.ts): amounts in yuan
 * @throws ProfileDateError as `match` does
 */
export async function matchDecision(
  profile: EnterpriseProfile,
  loaded: LoadedRuleSet,
  { asOf, evaluator = "compiled", received }: { asOf: string; evaluator?: Evaluator; received?: readonly SupportRecord[] | undefined },
): Promise<MatchDecision> {
  const { head, compiled, ev } = await evaluateProfile(profile, loaded, { asOf, evaluator, received });
  const { ruleset } = loaded;
  const { trees, combiners } = compiled;
  const { truth } = ev;
  // each tree's result from the leaf truths: by its compiled combiner, or (reference evaluator) by walking it
  const result = (i: number) => (truth instanceof TruthTable ? combiners[i]!(truth.values, truth.memo) : combine(trees[i]!, truth));
  const results = ruleset.measures.map((_, i) => result(i));
  const measures = ruleset.measures.map((m, i) => measureDecision(m, trees[i]!, results[i]!, ev, compiled.indicative[i]!, compiled.amounts[i]));
  markReceived(ruleset.measures, measures, received, ev.facts, asOf);
  const tax = compiled.incomeTax?.(ev.facts, results, asOf, (i) => measures[i]!.received !== undefined);
  applyShares(measures, results, tax, ev, (_, share) => ({ value: share.amount! / 100, kind: "tax-saving" as const }));
  if (compiled.rivalled) excludedBy(ruleset.measures, measures).forEach((by, i) => { if (by) measures[i]!.excludedBy = by; });
  return {
    ...head,
    explain: "none",
    measures,
    channels: openChannels(ruleset.channels, measures).map(({ id, openedBy }) => ({ id, openedBy })),
    totals: totalsOf(measures.map(countable)),
    incomeTax: tax ? incomeTaxDecision(tax, ruleset, yearOf(ev.facts[ruleset.incomeTax!.fiscalYear])) : null,
    nextQuestions: nextQuestions(measures.filter((m) => !m.received), pricedUndetermined(measures, compiled, ev.facts, asOf)),
  };
}
