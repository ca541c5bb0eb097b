/** What lint may know beyond the posted JSON: other versions, the date, the cases. Plain data: lint does no I/O. */

import type { VersionInfo } from "../resolution.js";

export type { VersionInfo } from "../resolution.js";

/** The context of `lintRuleSet`; every field is optional and enables the checks that need it. */
export interface LintContext {
  /** the other versions (bundled and published), for duplicate, unreachable and shadowed versions and for a version's period */
  others?: readonly VersionInfo[];
  /** today in Asia/Shanghai (ISO), for lapsed measures */
  today?: string;
  /** ids of the measures some case tests (cases of this rule set), for measures without cases */
  measuresWithCases?: ReadonlySet<string>;
}
