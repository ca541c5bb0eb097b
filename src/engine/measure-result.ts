/**
 * One measure's result: status, amount, every condition with its sentence, the inputs it
 * still needs, and when time changes the answer.
 */
import { type Bilingual, missingInputs } from "../profile/index.js";
import { type Condition, type Leaf, leaves, valueFact } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";
import { evaluateAmount } from "./amount.js";
import { conditionText } from "./condition-text.js";
import type { Evaluation } from "./context.js";
import { decisiveLeaves } from "./decisive.js";
import { combine, missingFacts } from "./evaluate.js";
import { indicativeReason } from "./indicative.js";
import { heldFrom } from "./levers.js";
import { type ConditionResult, type MeasureResult, statusOf } from "./result.js";
import { eligibleUntil, heldUntil } from "./timing.js";

/** `full`: every condition; `brief`: the decisive ones only (`none`, the decision alone, is match-decision.ts). */
export type Explain = "brief" | "full";


const withDate = (t: Bilingual, from?: string, until?: string): Bilingual =>
  from ? { "zh-CN": `${t["zh-CN"]}（自 ${from} 起满足）`, en: `${t.en} (met from ${from})` }
  : until ? { "zh-CN": `${t["zh-CN"]}（满足至 ${until}）`, en: `${t.en} (met until ${until})` }
  : t;

function conditionResult(leaf: Leaf, ev: Evaluation): ConditionResult {
  const ref = valueFact(leaf);
  const required = ref ? ev.facts[ref] : leaf.value;
  const actual = ev.facts[leaf.fact];
  const result = ev.truth.get(leaf) ?? null;
  const from = result === false ? heldFrom(leaf, ev) : undefined;
  const until = result === true ? heldUntil(leaf, ev) : undefined;
  return {
    fact: leaf.fact,
    operator: leaf.operator,
    required: required ?? null,
    actual: actual ?? null,
    result,
    ...(leaf.clause ? { clause: leaf.clause } : {}),
    text: withDate(conditionText(leaf.fact, leaf.operator, actual, required, result), from, until),
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
  };
}

/**
 * @param m the measure; @param tree its conditions preceded by its validity window
 * @param ev the evaluation; @param explain which conditions to list
 */
export function measureResult(m: Measure, tree: Condition, ev: Evaluation, explain: Explain): MeasureResult {
  const result = combine(tree, ev.truth);
  const missing = result === null ? missingFacts(tree, ev.truth, ev.facts) : [];
  let amount: MeasureResult["amount"] = null;
  if (result === true && m.amount) {
    const outcome = evaluateAmount(m.amount, ev.facts, ev.ruleset, ev.asOf);
    if ("missing" in outcome) missing.push(...outcome.missing);
    else amount = outcome.amount;
  }
  const shown = explain === "brief" ? decisiveLeaves(tree, ev.truth) : undefined;
  const conditions = leaves(tree).filter((l) => !shown || shown.has(l)).map((l) => conditionResult(l, ev));
  const until = result === true ? eligibleUntil(tree, ev, shown) : undefined;
  const reason = indicativeReason(m);
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    summary: m.summary,
    status: statusOf(result),
    indicative: reason !== null,
    indicativeReason: reason,
    excludedBy: null,
    excludedReason: null,
    amount,
    conditions,
    missingFacts: missingInputs(missing, ev.facts, ev.profile),
    channels: result === true ? m.channels : [],
    source: m.source,
    evidence: m.evidence,
    ...(m.validFrom ? { validFrom: m.validFrom } : {}),
    ...(m.validTo ? { validTo: m.validTo } : {}),
    ...(until ? { eligibleUntil: until } : {}),
    apply: m.apply,
    requiredDocuments: m.requiredDocuments,
    unmodeledConditions: m.unmodeledConditions,
  };
}
