/**
 * `match(profile, ruleset, { asOf, explain })`: evaluates every measure of a rule-set version
 * for one enterprise and returns the MatchResult of DESIGN.md. Pure: no HTTP, no I/O, no clock
 * (the caller passes `asOf`).
 */
import { datedProblems, derivedValues, type EnterpriseProfile, ProfileDateError, resolveFacts, withCurrentAccounts } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { canonicalHash } from "../ruleset/hash.js";
import type { Evaluation } from "./context.js";
import { compile, compiledTruth } from "./compiled.js";
import { evaluateLeaves } from "./evaluate.js";
import { type Explain, measureResult } from "./measure-result.js";
import { rankNearMisses, reach } from "./near-miss.js";
import { nextQuestions } from "./next-questions.js";
import { type MatchResult, type NearMiss, totalsOf } from "./result.js";
import { applyStacking } from "./stacking.js";

export { indicativeReason } from "./indicative.js";
export type { Explain } from "./measure-result.js";

/** Options of a match. */
export interface MatchOptions {
  /** evaluation date, ISO `YYYY-MM-DD` in Asia/Shanghai */
  asOf: string;
  /** `full` (default): every condition of every measure; `brief`: the decisive ones; `none`: none, and no near-misses */
  explain?: Explain;
  /** `compiled` (default): closures compiled once per version; `reference`: json-rules-engine itself */
  evaluator?: Evaluator;
}

/** Which evaluator decides the conditions; both give the same results. */
export type Evaluator = "compiled" | "reference";


/**
 * @param profile a validated EnterpriseProfile
 * @param loaded the rule-set version to apply (from `Catalog.resolve`)
 * @returns the MatchResult: a status, amount and condition trace per measure, open channels,
 *          totals, near-misses and next questions
 * @throws ProfileDateError when the profile contradicts `asOf` (registered later, a fiscal year not yet ended, a certificate issued later)
 */
export async function match(
  profile: EnterpriseProfile,
  loaded: LoadedRuleSet,
  { asOf, explain = "full", evaluator = "compiled" }: MatchOptions,
): Promise<MatchResult> {
  const problems = datedProblems(profile, asOf);
  if (problems.length > 0) throw new ProfileDateError(problems);
  const { ruleset, hash } = loaded;
  const facts = resolveFacts({ profile, asOf });
  const compiled = compile(ruleset);
  const trees = compiled.trees;
  const truth = evaluator === "compiled" ? compiledTruth(compiled, facts) : await evaluateLeaves(compiled.leaves, facts);
  const ev: Evaluation = { ruleset, asOf, profile: withCurrentAccounts(profile, asOf), facts, truth };

  const measures = ruleset.measures.map((m, i) => measureResult(m, trees[i]!, ev, explain));
  applyStacking(ruleset.measures, measures);

  const nearMisses: NearMiss[] = [];
  const priced = new Map<string, number>();
  ruleset.measures.forEach((m, i) => {
    const r = measures[i]!;
    if (r.status === "ineligible" && explain !== "none") {
      const within = reach(m, trees[i]!, ev, compiled.amounts[i]);
      if (within && "nearMiss" in within) nearMisses.push(within.nearMiss);
      if (within && "eligibleFrom" in within) r.eligibleFrom = within.eligibleFrom;
    }
    const fen = r.status === "undetermined" && !r.indicative ? compiled.amounts[i]?.(facts, asOf) : undefined;
    if (fen !== undefined) priced.set(m.id, fen / 100);
  });

  return {
    ruleset: { id: ruleset.id, version: ruleset.version, hash, effectiveFrom: ruleset.effectiveFrom },
    asOf,
    decisionId: canonicalHash({ ruleset: hash, asOf, profile }),
    evaluator,
    derived: derivedValues(facts),
    measures,
    channels: ruleset.channels
      .map((c) => ({ ...c, openedBy: measures.filter((m) => m.channels.includes(c.id)).map((m) => m.id) }))
      .filter((c) => c.openedBy.length > 0),
    totals: totalsOf(measures.map((m) => ({ ...m, amount: m.amount?.value ?? null, kind: m.amount?.kind ?? null }))),
    nearMisses: rankNearMisses(nearMisses),
    nextQuestions: nextQuestions(measures, priced),
  };
}
