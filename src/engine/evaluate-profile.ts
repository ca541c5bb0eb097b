/**
 * The first step of every answer, explained or not: the profile checked against `asOf`, its
 * facts resolved, every leaf condition decided by the chosen evaluator, and the head every
 * answer carries (rule-set version, date, decision id, evaluator).
 */
import { datedProblems, derivedValues, type EnterpriseProfile, ProfileDateError, resolveFacts, type SupportRecord, withCurrentAccounts } from "../profile/index.js";
import { type LoadedRuleSet, ruleSetRef, type RuleSetRef } from "../ruleset/catalog.js";
import { canonicalHash } from "../ruleset/hash.js";
import { compile, compiledTruth, type CompiledRuleSet } from "./compiled.js";
import type { Evaluation } from "./context.js";
import { evaluateLeaves } from "./evaluate.js";
import { shortReference } from "./reference.js";

/** Which evaluator decides the conditions; both give the same results. */
export type Evaluator = "compiled" | "reference";

/** The fields every answer starts with (DESIGN.md "MatchResult (output)"). */
export interface AnswerHead {
  /** the version; `withdrawn` when it has been withdrawn, `preview` when it takes effect after asOf (pinned) */
  ruleset: RuleSetRef & { preview?: true };
  /** ISO date, Asia/Shanghai */
  asOf: string;
  /** `sha256:` of the canonical (rule-set hash, asOf, profile, and the support received when any is given) */
  decisionId: string;
  /** the decision as people name it, `PM-XXXX-XXXX`, derived from `decisionId` (reference.ts) */
  reference: string;
  evaluator: Evaluator;
  /** the derived facts (sizeClass, rdIntensity3y, …; fractions, days) */
  derived: Record<string, unknown>;
}

/** A profile evaluated: what the answers are built from. */
export interface ProfileEvaluation {
  head: AnswerHead;
  compiled: CompiledRuleSet;
  ev: Evaluation;
}

/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf evaluation date (ISO, Asia/Shanghai); @param opts.evaluator `compiled` or `reference` (json-rules-engine)
 * @param opts.received support the firm has applied for, been granted or paid (received.ts); part of the decision id when given
 * @throws ProfileDateError when the profile contradicts `asOf` (registered later, a fiscal year not yet ended, a certificate issued later)
 */
export async function evaluateProfile(
  profile: EnterpriseProfile,
  loaded: LoadedRuleSet,
  { asOf, evaluator, received }: { asOf: string; evaluator: Evaluator; received?: readonly SupportRecord[] | undefined },
): Promise<ProfileEvaluation> {
  const problems = datedProblems(profile, asOf);
  if (problems.length > 0) throw new ProfileDateError(problems);
  const { ruleset, hash } = loaded;
  const facts = resolveFacts({ profile, asOf });
  const compiled = compile(ruleset);
  const decisionId = canonicalHash({ ruleset: hash, asOf, profile, ...(received?.length ? { received } : {}) });
  const truth = evaluator === "compiled" ? compiledTruth(compiled, facts) : await evaluateLeaves(compiled.leaves, facts);
  return {
    head: {
      ruleset: { ...ruleSetRef(loaded), ...(asOf < ruleset.effectiveFrom ? { preview: true as const } : {}) },
      asOf,
      decisionId,
      reference: shortReference(decisionId),
      evaluator,
      derived: derivedValues(facts),
    },
    compiled,
    ev: { ruleset, asOf, profile: withCurrentAccounts(profile, asOf), facts, truth },
  };
}
