/**
 * The answer to a match request at the explanation level asked: `full` or `brief` → the
 * explained MatchResult (match.ts), `none` → the MatchDecision (match-decision.ts).
 */
import type { EnterpriseProfile, SupportRecord } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { Evaluator } from "./evaluate-profile.js";
import { type Explain, match } from "./match.js";
import { matchDecision } from "./match-decision.js";
import type { MatchAnswer } from "./result.js";

/** `none`: the decision alone; `brief`: the decisive conditions; `full`: every condition. */
export type ExplainLevel = Explain | "none";

/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf ISO date (Asia/Shanghai); @param opts.explain default `full`; @param opts.evaluator default `compiled`
 * @param opts.received support applied for, granted or paid (received.ts)
 * @throws ProfileDateError when the profile contradicts `asOf`
 */
export function answer(
  profile: EnterpriseProfile,
  loaded: LoadedRuleSet,
  { asOf, explain = "full", evaluator = "compiled", received }: { asOf: string; explain?: ExplainLevel; evaluator?: Evaluator; received?: readonly SupportRecord[] | undefined },
): Promise<MatchAnswer> {
  return explain === "none" ? matchDecision(profile, loaded, { asOf, evaluator, received }) : match(profile, loaded, { asOf, explain, evaluator, received });
}
