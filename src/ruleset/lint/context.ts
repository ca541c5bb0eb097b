/** What lint may know beyond the posted JSON: other versions, the date, the cases. Plain data: lint does no I/O. */

import type { VersionInfo, VersionQuery } from "../resolution.js";

export type { VersionInfo, VersionQuery } from "../resolution.js";

/** The context of `lintRuleSet`; every field is optional and enables the checks that need it. */
export interface LintContext {
  /** the other versions (bundled and published), for duplicate, unreachable and shadowed versions and for a version's period */
  others?: readonly VersionInfo[];
  /** today in Asia/Shanghai (ISO), for lapsed measures */
  today?: string;
  /** ids of the measures some case tests (cases of this rule set), for measures without cases */
  measuresWithCases?: ReadonlySet<string>;
  /**
   * the cases (their rule set, date and pinned version), for a version no case is answered by:
   * one pinned to it, or dated in its period (resolution.ts `answeredBy`, among `others`)
   */
  cases?: readonly VersionQuery[];
  /**
   * report `version-without-cases` as an error, not a warning: for the publish path, where a
   * version no case tests must not go live (rules:check --require-cases does the same)
   */
  requireCases?: boolean;
}
