/**
 * `decide(profile, ruleset, { asOf })`: only what screening needs — each measure's status and
 * amount, and the totals — without condition traces or explanations.
 */
import type { EnterpriseProfile } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { AmountKind } from "../ruleset/amount.js";
import { match } from "./match.js";
import type { Status, Totals } from "./result.js";

/** One measure's decision. `amount` in yuan (null when none or not eligible). */
export interface Decision {
  measureId: string;
  status: Status;
  amount: number | null;
  kind: AmountKind | null;
  indicative: boolean;
  excludedBy: string | null;
}

/** The decisions for one enterprise, with totals as in the MatchResult. */
export interface Decided {
  decisions: Decision[];
  totals: Totals;
}

/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf evaluation date (ISO, Asia/Shanghai)
 * @throws ProfileDateError as `match` does
 */
export async function decide(profile: EnterpriseProfile, loaded: LoadedRuleSet, opts: { asOf: string }): Promise<Decided> {
  const r = await match(profile, loaded, { asOf: opts.asOf, explain: "brief" });
  return {
    decisions: r.measures.map((m) => ({
      measureId: m.id, status: m.status, amount: m.amount?.value ?? null, kind: m.amount?.kind ?? null,
      indicative: m.indicative, excludedBy: m.excludedBy,
    })),
    totals: r.totals,
  };
}
