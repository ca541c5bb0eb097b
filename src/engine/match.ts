/**
 * `match(profile, ruleset, { asOf, explain })`: evaluates every measure of a rule-set version
 * for one enterprise and returns the MatchResult of DESIGN.md. Pure: no HTTP, no I/O, no clock
 * (the caller passes `asOf`). The decision alone (`explain=none`) is match-decision.ts.
 */
import type { EnterpriseProfile, SupportRecord } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { AmountFenFn } from "./amount-fen.js";
import { evaluateProfile, type Evaluator } from "./evaluate-profile.js";
import { explainIncomeTax } from "./income-tax/explain.js";
import { applyShares, worthIfEligible } from "./income-tax/shares.js";
import { type Explain, measureResult } from "./measure-result.js";
import { rankNearMisses, reach } from "./near-miss.js";
import { labelled, nextQuestions, pricedUndetermined } from "./next-questions.js";
import { openChannels } from "./open-channels.js";
import { markReceived } from "./received.js";
import { countable, type MatchResult, type NearMiss, totalsOf, truthOf } from "./result.js";
import { applyStacking } from "./stacking.js";

export { indicativeReason } from "./indicative.js";
export type { Explain } from "./measure-result.js";

/** Options of a match. */
export interface MatchOptions {
  /** evaluation date, ISO `YYYY-MM-DD` in Asia/Shanghai */
  asOf: string;
  /** `full` (default): every condition of every measure; `brief`: the decisive ones */
  explain?: Explain;
  /** `compiled` (default): closures compiled once per version; `reference`: json-rules-engine itself */
  evaluator?: Evaluator;
  /** support the firm has applied for, been granted or paid: a measure received for the decision's period is shown as received, not counted (received.ts) */
  received?: readonly SupportRecord[] | undefined;
}

/**
 * @param profile a validated EnterpriseProfile
 * @param loaded the rule-set version to apply (from `Catalog.resolve`)
 * @returns the MatchResult: a status, amount and condition trace per measure, open channels,
 *          totals, the income tax of the package, near-misses and next questions
 * @throws ProfileDateError when the profile contradicts `asOf` (registered later, a fiscal year not yet ended, a certificate issued later)
 */
export async function match(
  profile: EnterpriseProfile,
  loaded: LoadedRuleSet,
  { asOf, explain = "full", evaluator = "compiled", received }: MatchOptions,
): Promise<MatchResult> {
  const { head, compiled, ev } = await evaluateProfile(profile, loaded, { asOf, evaluator, received });
  const { ruleset } = loaded;
  const trees = compiled.trees;

  const measures = ruleset.measures.map((m, i) => measureResult(m, i, trees[i]!, ev, explain, compiled.amounts[i]));
  markReceived(ruleset.measures, measures, received, ev.facts, asOf);
  const results = measures.map((m) => truthOf(m.status));
  const isReceived = (i: number) => measures[i]!.received !== undefined;
  const tax = explainIncomeTax(ruleset, ev.facts, results, asOf, isReceived);
  applyShares(measures, results, tax?.pkg, ev, (i) => tax!.amounts.get(i)!, (i) => tax!.reasons.get(i));
  applyStacking(ruleset.measures, measures);

  const nearMisses: NearMiss[] = [];
  // what a near-miss would be worth: its own amount, or its share of the income-tax package
  const worth = (i: number): AmountFenFn | undefined => compiled.amounts[i] ?? (compiled.incomeTax?.indexes.has(i) ? (facts, on) => worthIfEligible(compiled.incomeTax, i, results, facts, on, isReceived) : undefined);
  ruleset.measures.forEach((m, i) => {
    const r = measures[i]!;
    if (r.status !== "ineligible" || r.received) return;
    const within = reach(m, trees[i]!, ev, worth(i));
    if (within && "nearMiss" in within) nearMisses.push(within.nearMiss);
    if (within && "eligibleFrom" in within) r.eligibleFrom = within.eligibleFrom;
  });

  return {
    ...head,
    explain,
    measures,
    channels: openChannels(ruleset.channels, measures),
    totals: totalsOf(measures.map(countable)),
    incomeTax: tax?.block ?? null,
    nearMisses: rankNearMisses(nearMisses),
    nextQuestions: labelled(nextQuestions(measures.filter((m) => !m.received), pricedUndetermined(measures, compiled, ev.facts, asOf))),
  };
}
