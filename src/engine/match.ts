/**
 * `match(profile, ruleset, { asOf })`: evaluates every measure of a rule-set version for one
 * enterprise and returns the MatchResult of DESIGN.md. Pure: no HTTP, no I/O, no clock
 * (the caller passes `asOf`).
 */
import {
  type Bilingual, datedProblems, derivedValues, type EnterpriseProfile, missingInputs, ProfileDateError, resolveFacts, withCurrentAccounts,
} from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { canonicalHash } from "../ruleset/hash.js";
import { type Leaf, leaves } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";
import { evaluateAmount } from "./amount.js";
import { conditionText } from "./condition-text.js";
import { combine, evaluateLeaves, missingFacts, type Truth } from "./evaluate.js";
import { fenToYuan, toFen } from "./money.js";
import type { MatchResult, MeasureResult, Status, Totals } from "./result.js";
import { applyStacking } from "./stacking.js";
import { validityCondition } from "./validity.js";

/** Options of a match. */
export interface MatchOptions {
  /** evaluation date, ISO `YYYY-MM-DD` in Asia/Shanghai */
  asOf: string;
}

const STATUS: Record<string, Status> = { true: "eligible", false: "ineligible", null: "undetermined" };

const TOTAL_KEY = { payment: "payment", "tax-saving": "taxSaving", "credit-line": "creditLine", "interest-subsidy": "interestSubsidy" } as const;

/**
 * Why a measure is indicative — a model policy, or evidence M or U: shown with its amount,
 * kept out of totals (DESIGN.md "Amounts") — or null when it is not.
 */
export function indicativeReason(m: Measure): Bilingual | null {
  if (m.modelPolicy) {
    return { "zh-CN": "其他地区的示范政策，包头尚无对应文件：仅供参考，不计入合计", en: "a model policy from another region with no Baotou counterpart yet: shown for reference, not counted in totals" };
  }
  if (m.evidence === "M" || m.evidence === "U") {
    return {
      "zh-CN": `政策依据未经原文核实（证据等级 ${m.evidence}）：仅供参考，不计入合计`,
      en: `the source has not been checked against the document (evidence ${m.evidence}): shown for reference, not counted in totals`,
    };
  }
  return null;
}

/**
 * @param profile a validated EnterpriseProfile
 * @param loaded the rule-set version to apply (from `Catalog.resolve`)
 * @returns the MatchResult: a status, amount and condition trace per measure, open channels, totals
 * @throws ProfileDateError when the profile contradicts `asOf` (registered later, a fiscal year not yet ended, a certificate issued later)
 */
export async function match(profile: EnterpriseProfile, loaded: LoadedRuleSet, { asOf }: MatchOptions): Promise<MatchResult> {
  const problems = datedProblems(profile, asOf);
  if (problems.length > 0) throw new ProfileDateError(problems);
  const { ruleset, hash } = loaded;
  const facts = resolveFacts({ profile, asOf });
  const current = withCurrentAccounts(profile, asOf);
  const trees = ruleset.measures.map((m) => validityCondition(m));
  const allLeaves: Leaf[] = trees.flatMap(leaves);
  const truth = await evaluateLeaves(allLeaves, facts);

  const measures = ruleset.measures.map((m, i): MeasureResult => {
    const tree = trees[i]!;
    const result: Truth = combine(tree, truth);
    const missing = missingFacts(tree, truth, facts);
    let amount: MeasureResult["amount"] = null;
    if (result === true && m.amount) {
      const outcome = evaluateAmount(m.amount, facts, ruleset, asOf);
      if ("missing" in outcome) missing.push(...outcome.missing);
      else amount = outcome.amount;
    }
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      summary: m.summary,
      status: STATUS[String(result)]!,
      indicative: indicativeReason(m) !== null,
      indicativeReason: indicativeReason(m),
      excludedBy: null,
      excludedReason: null,
      amount,
      conditions: leaves(tree).map((leaf) => {
        const required = typeof leaf.value === "object" && leaf.value !== null && !Array.isArray(leaf.value)
          ? facts[(leaf.value as { fact: string }).fact]
          : leaf.value;
        const actual = facts[leaf.fact];
        const result = truth.get(leaf) ?? null;
        return {
          fact: leaf.fact,
          operator: leaf.operator,
          required: required ?? null,
          actual: actual ?? null,
          result,
          ...(leaf.clause ? { clause: leaf.clause } : {}),
          text: conditionText(leaf.fact, leaf.operator, actual, required, result),
        };
      }),
      missingFacts: missingInputs(missing, facts, current),
      channels: result === true ? m.channels : [],
      source: m.source,
      evidence: m.evidence,
      ...(m.validFrom ? { validFrom: m.validFrom } : {}),
      ...(m.validTo ? { validTo: m.validTo } : {}),
      apply: m.apply,
      requiredDocuments: m.requiredDocuments,
      unmodeledConditions: m.unmodeledConditions,
    };
  });

  applyStacking(ruleset.measures, measures);

  const totals: Record<keyof Totals, bigint> = { payment: 0n, taxSaving: 0n, creditLine: 0n, interestSubsidy: 0n };
  for (const m of measures) {
    if (m.status === "eligible" && m.amount && !m.indicative && m.excludedBy === null) totals[TOTAL_KEY[m.amount.kind]] += toFen(m.amount.value);
  }

  const channels = ruleset.channels
    .map((c) => ({ ...c, openedBy: measures.filter((m) => m.channels.includes(c.id)).map((m) => m.id) }))
    .filter((c) => c.openedBy.length > 0);

  return {
    ruleset: { id: ruleset.id, version: ruleset.version, hash, effectiveFrom: ruleset.effectiveFrom },
    asOf,
    decisionId: await canonicalHash({ ruleset: hash, asOf, profile }),
    evaluator: "reference",
    derived: derivedValues(facts),
    measures,
    channels,
    totals: {
      payment: fenToYuan(totals.payment),
      taxSaving: fenToYuan(totals.taxSaving),
      creditLine: fenToYuan(totals.creditLine),
      interestSubsidy: fenToYuan(totals.interestSubsidy),
    },
  };
}
