/**
 * Runs one case (case.ts) through `match` on a catalog: validate the profile, resolve the
 * version the case pins or the one in force on its date, match (`explain: "brief"`: each
 * measure's conditions are the decisive ones), compare (check-case.ts).
 * Pure apart from the catalog passed in.
 */
import { EnterpriseProfile, ProfileDateError, readableIssues } from "../profile/index.js";
import { type Catalog, RuleSetNotFoundError } from "../ruleset/catalog.js";
import type { Case } from "./case.js";
import { type CaseMismatch, checkCase } from "./check-case.js";
import { match } from "./match.js";
import type { MatchResult } from "./result.js";

/** What running a case gave: a result and its mismatches, or why it could not run. */
export type CaseOutcome =
  | { ok: boolean; version: string; mismatches: CaseMismatch[]; result: MatchResult }
  | { ok: false; error: string };

/**
 * @param c the case; @param catalog the versions that may answer
 * @returns `ok` when every expectation holds; `error` for an invalid profile, no version, or a
 *          profile the date contradicts
 */
export async function runCase(c: Case, catalog: Catalog): Promise<CaseOutcome> {
  const parsed = EnterpriseProfile.safeParse(c.profile);
  if (!parsed.success) {
    return { ok: false, error: "invalid profile: " + readableIssues(parsed.error.issues).map((i) => `/${i.path.join("/")}: ${i.message}`).join("; ") };
  }
  try {
    const loaded = catalog.resolve({ id: c.rulesetId, version: c.version, asOf: c.asOf });
    const result = await match(parsed.data, loaded, { asOf: c.asOf, explain: "brief" });
    const mismatches = checkCase(c, result);
    return { ok: mismatches.length === 0, version: loaded.ruleset.version, mismatches, result };
  } catch (e) {
    if (e instanceof RuleSetNotFoundError) return { ok: false, error: e.message };
    if (e instanceof ProfileDateError) return { ok: false, error: `profile invalid on ${c.asOf}: ` + e.problems.map((p) => `/${p.path.join("/")}: ${p.message}`).join("; ") };
    throw e;
  }
}
