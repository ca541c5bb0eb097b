/** What one evaluation knows, passed to the parts that explain it. */
import type { EnterpriseProfile, FactValues } from "../profile/index.js";
import type { RuleSet } from "../ruleset/schema.js";
import type { Truths } from "./evaluate.js";

/** A profile evaluated against a rule-set version on a date. */
export interface Evaluation {
  ruleset: RuleSet;
  /** ISO date, Asia/Shanghai */
  asOf: string;
  /** the profile as the facts saw it (stale accounts left out) */
  profile: EnterpriseProfile;
  facts: FactValues;
  /** every leaf's truth */
  truth: Truths;
}
