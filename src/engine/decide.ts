/**
 * `decide(profile, ruleset, { asOf })`: only what screening needs — each measure's status and
 * amount, and the totals — with the compiled evaluator, synchronously, without condition
 * texts or explanations. The same statuses, amounts, exclusions and totals as `match`
 * (tests/unit/decide.test.ts). `traceFacts` adds every condition's result.
 */
import { datedProblems, type EnterpriseProfile, type FactValues, ProfileDateError, resolveFacts, type SupportRecord } from "../profile/index.js";
import type { AmountKind } from "../ruleset/amount.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { RuleSet } from "../ruleset/schema.js";
import { compile, compiledTruth, type CompiledRuleSet, type Memo, type TruthTable } from "./compiled.js";
import type { Truth } from "./evaluate.js";
import { markReceived, type Received } from "./received.js";
import { type Status, statusOf, totalsOf, type Totals } from "./result.js";
import { excludedBy } from "./stacking.js";

/** One measure's decision. `amount` in yuan (null when none or not eligible). */
export interface Decision {
  measureId: string;
  status: Status;
  amount: number | null;
  kind: AmountKind | null;
  indicative: boolean;
  excludedBy: string | null;
  /** present when the measure's support was already received for the decision's period (received.ts): not counted */
  received?: Received;
}

/** The decisions for one enterprise, with totals as in the MatchResult (amounts of deductions and rate regimes: their shares of the income-tax package). */
export interface Decided {
  decisions: Decision[];
  totals: Totals;
}


/**
 * @param profile a validated EnterpriseProfile; @param loaded the rule-set version
 * @param opts.asOf evaluation date (ISO, Asia/Shanghai); @param opts.received support applied for, granted or paid (received.ts)
 * @throws ProfileDateError as `match` does
 */
export function decide(profile: EnterpriseProfile, loaded: LoadedRuleSet, { asOf, received }: { asOf: string; received?: readonly SupportRecord[] | undefined }): Decided {
  const problems = datedProblems(profile, asOf);
  if (problems.length > 0) throw new ProfileDateError(problems);
  return decideFacts(resolveFacts({ profile, asOf }), loaded.ruleset, asOf, received);
}

/**
 * The decisions on fact values already computed (the evaluator's own cost, as the benchmark
 * measures it): each measure decided by its short-circuiting compiled condition.
 * @param facts from `resolveFacts`; @param ruleset a parsed version; @param asOf ISO date; @param received support received (received.ts)
 */
export function decideFacts(facts: FactValues, ruleset: RuleSet, asOf: string, received?: readonly SupportRecord[]): Decided {
  const compiled = compile(ruleset);
  const memo: Memo = []; // the shared conditions, decided once for all measures
  return finish(compiled, ruleset, facts, asOf, compiled.deciders.map((d) => d(facts, memo)), received);
}

/**
 * The decisions and every condition's result: each leaf is evaluated once, and the measures'
 * statuses are read from those results.
 */
export function traceFacts(facts: FactValues, ruleset: RuleSet, asOf: string): Decided & { truth: TruthTable } {
  const compiled = compile(ruleset);
  const truth = compiledTruth(compiled, facts);
  return { ...finish(compiled, ruleset, facts, asOf, compiled.combiners.map((c) => c(truth.values, truth.memo))), truth };
}

function finish(compiled: CompiledRuleSet, ruleset: RuleSet, facts: FactValues, asOf: string, results: Truth[], received?: readonly SupportRecord[]): Decided {
  const { measures } = ruleset;
  const decisions: Decision[] = new Array(measures.length);
  for (let i = 0; i < measures.length; i++) {
    const r = results[i]!;
    const fen = r === true ? compiled.amounts[i]?.(facts, asOf) : undefined;
    decisions[i] = {
      measureId: measures[i]!.id, status: statusOf(r), amount: typeof fen === "number" ? fen / 100 : null,
      kind: typeof fen === "number" ? measures[i]!.amount!.kind : null, indicative: compiled.indicative[i]!, excludedBy: null,
    };
  }
  markReceived(measures, decisions, received, facts, asOf);
  const tax = compiled.incomeTax?.(facts, results, asOf, received?.length ? (i) => decisions[i]!.received !== undefined : undefined);
  if (tax) {
    for (const s of tax.shares) {
      const d = decisions[s.index]!;
      if (d.status !== "eligible" || s.amount === undefined) continue;
      d.amount = s.amount / 100;
      d.kind = "tax-saving";
      if (s.excludedBy >= 0) d.excludedBy = measures[s.excludedBy]!.id;
    }
  }
  if (compiled.rivalled) stack(ruleset, decisions);
  return { decisions, totals: totalsOf(decisions) };
}

/** Stacking on decisions, through the one stacking rule of stacking.ts. */
function stack(ruleset: RuleSet, decisions: Decision[]): void {
  const by = excludedBy(ruleset.measures, decisions.map((d) => ({ id: d.measureId, status: d.status, indicative: d.indicative, amount: d.amount === null ? null : { value: d.amount }, received: d.received })));
  decisions.forEach((d, i) => { if (by[i]) d.excludedBy = by[i]!; }); // the income-tax package may have excluded a regime already
}
