/**
 * `decide(profile, ruleset, { asOf })`: only what screening needs — each measure's status and
 * amount, and the totals — with the compiled evaluator, synchronously, without condition
 * traces or explanations. The same statuses, amounts, exclusions and totals as `match`.
 */
import { datedProblems, type EnterpriseProfile, ProfileDateError, resolveFacts } from "../profile/index.js";
import type { AmountKind } from "../ruleset/amount.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { evaluateAmount } from "./amount.js";
import { compile } from "./compiled.js";
import { indicativeReason } from "./indicative.js";
import { toFen, fenToYuan } from "./money.js";
import type { Status, Totals } from "./result.js";
import { applyStacking, type Stackable } from "./stacking.js";

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

const STATUS = { true: "eligible", false: "ineligible", null: "undetermined" } as const;
const TOTAL_KEY = { payment: "payment", "tax-saving": "taxSaving", "credit-line": "creditLine", "interest-subsidy": "interestSubsidy" } as const;

/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf evaluation date (ISO, Asia/Shanghai)
 * @throws ProfileDateError as `match` does
 */
export function decide(profile: EnterpriseProfile, loaded: LoadedRuleSet, { asOf }: { asOf: string }): Decided {
  const problems = datedProblems(profile, asOf);
  if (problems.length > 0) throw new ProfileDateError(problems);
  const { ruleset } = loaded;
  const facts = resolveFacts({ profile, asOf });
  const compiled = compile(ruleset);
  const items: (Stackable & { kind: AmountKind | null })[] = ruleset.measures.map((m, i) => {
    const r = compiled.deciders[i]!(facts);
    const outcome = r === true && m.amount ? evaluateAmount(m.amount, facts, ruleset, asOf) : undefined;
    const amount = outcome && "amount" in outcome ? { value: outcome.amount.value } : null;
    return {
      id: m.id, title: m.title, status: STATUS[String(r) as "true"], indicative: indicativeReason(m) !== null,
      excludedBy: null, excludedReason: null, amount, kind: amount ? m.amount!.kind : null,
    };
  });
  applyStacking(ruleset.measures, items);
  const sums: Record<keyof Totals, bigint> = { payment: 0n, taxSaving: 0n, creditLine: 0n, interestSubsidy: 0n };
  for (const d of items) {
    if (d.status === "eligible" && d.amount && d.kind && !d.indicative && d.excludedBy === null) sums[TOTAL_KEY[d.kind]] += toFen(d.amount.value);
  }
  return {
    decisions: items.map((d) => ({
      measureId: d.id, status: d.status, amount: d.amount?.value ?? null, kind: d.kind, indicative: d.indicative, excludedBy: d.excludedBy,
    })),
    totals: { payment: fenToYuan(sums.payment), taxSaving: fenToYuan(sums.taxSaving), creditLine: fenToYuan(sums.creditLine), interestSubsidy: fenToYuan(sums.interestSubsidy) },
  };
}
