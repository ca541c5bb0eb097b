/**
 * One measure's result explained: its decision (measure-decision.ts) with the measure's texts,
 * every condition with its sentence, and the amount's basis.
 */
import { ABSENT, type Bilingual } from "../profile/index.js";
import { isIncomeTaxAmount } from "../ruleset/amount.js";
import { type Leaf, leaves, type Tree, valueFact } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";
import { evaluateAmount } from "./amount.js";
import type { AmountFenFn } from "./amount-fen.js";
import { conditionText, show } from "./condition-text.js";
import type { Evaluation } from "./context.js";
import { type AnyBranch, alternativesOf } from "./alternatives.js";
import { decisiveLeaves } from "./decisive.js";
import { combine } from "./evaluate.js";
import { indicativeReason } from "./indicative.js";
import { heldFrom } from "./levers.js";
import { measureDecision } from "./measure-decision.js";
import { type ConditionResult, type MeasureResult } from "./result.js";
import { heldUntil } from "./timing.js";

/** `full`: every condition; `brief`: the decisive ones only (`none`, the decision alone, is match-decision.ts). */
export type Explain = "brief" | "full";


const withDate = (t: Bilingual, from?: string, until?: string): Bilingual =>
  from ? { "zh-CN": `${t["zh-CN"]}（自 ${from} 起满足）`, en: `${t.en} (met from ${from})` }
  : until ? { "zh-CN": `${t["zh-CN"]}（满足至 ${until}）`, en: `${t.en} (met until ${until})` }
  : t;

/** The required side of each leaf whose value the rule writes (not another fact's), rendered once. */
const writtenRequired = new WeakMap<Leaf, Bilingual>();

function shownWritten(leaf: Leaf): Bilingual {
  let shown = writtenRequired.get(leaf);
  if (!shown) writtenRequired.set(leaf, (shown = show(leaf.value, leaf.fact)));
  return shown;
}

function conditionResult(leaf: Leaf, ev: Evaluation, decisive: boolean, anyOf: readonly AnyBranch[] | undefined): ConditionResult {
  const ref = valueFact(leaf);
  const required = ref ? ev.facts[ref] : leaf.value;
  const actual = ev.facts[leaf.fact];
  const result = ev.truth.get(leaf) ?? null;
  const from = result === false ? heldFrom(leaf, ev) : undefined;
  const until = result === true ? heldUntil(leaf, ev) : undefined;
  return {
    fact: leaf.fact,
    operator: leaf.operator,
    required: required === ABSENT ? null : (required ?? null),
    actual: actual === ABSENT ? null : (actual ?? null),
    result,
    decisive,
    ...(anyOf ? { anyOf: [...anyOf] } : {}),
    ...(leaf.clause ? { clause: leaf.clause } : {}),
    text: withDate(conditionText(leaf.fact, leaf.operator, actual, required, result, ref ? undefined : shownWritten(leaf)), from, until),
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
  };
}

/**
 * @param m the measure, at `index` in `ev.ruleset.measures`; @param tree its conditions preceded by its validity window
 * @param ev the evaluation; @param explain which conditions to list
 * @param fenOf the measure's compiled amount (fen), when it has one
 * @returns the decision (measure-decision.ts) with its explanations: texts, every (or every
 *          decisive) condition with its sentence, whether it decided the status and the
 *          `any` branches it is in, the amount's basis
 */
export function measureResult(m: Measure, index: number, tree: Tree, ev: Evaluation, explain: Explain, fenOf: AmountFenFn | undefined): MeasureResult {
  const result = combine(tree, ev.truth);
  const reason = indicativeReason(m);
  const decision = measureDecision(m, tree, result, ev, reason !== null, fenOf);
  const outcome = decision.amount && m.amount && !isIncomeTaxAmount(m.amount) ? evaluateAmount(m.amount, ev.facts, ev.ruleset, ev.asOf) : undefined;
  const decisive = decisiveLeaves(tree, ev.truth);
  const alternatives = alternativesOf(ev.ruleset, index);
  // field by field, not by spreading `decision`: its shapes vary, and V8 copies those slowly
  return {
    id: decision.id,
    kind: decision.kind,
    title: m.title,
    summary: m.summary,
    status: decision.status,
    indicative: decision.indicative,
    indicativeReason: reason,
    excludedBy: null,
    excludedReason: null,
    amount: outcome && "amount" in outcome ? outcome.amount : null,
    ...(decision.amountWithheld ? { amountWithheld: decision.amountWithheld } : {}),
    conditions: leaves(tree).filter((l) => explain === "full" || decisive.has(l)).map((l) => conditionResult(l, ev, decisive.has(l), alternatives.get(l))),
    missingFacts: decision.missingFacts,
    channels: decision.channels,
    source: m.source,
    evidence: decision.evidence,
    ...(decision.validFrom ? { validFrom: decision.validFrom } : {}),
    ...(decision.validTo ? { validTo: decision.validTo } : {}),
    ...(decision.eligibleUntil ? { eligibleUntil: decision.eligibleUntil } : {}),
    apply: m.apply,
    requiredDocuments: m.requiredDocuments,
    unmodeledConditions: m.unmodeledConditions,
  };
}
