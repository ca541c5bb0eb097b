/**
 * The next questions to ask: the inputs undetermined measures are waiting on, the one that
 * settles most measures first, then the one with most money behind it.
 */
import { type FactValues, inputLabel } from "../profile/index.js";
import type { CompiledRuleSet } from "./compiled.js";
import { worthIfEligible } from "./income-tax/shares.js";
import { type MeasureResult, type NextQuestion, truthOf } from "./result.js";

/** What the next questions read of a measure's result. */
type Waiting = Pick<MeasureResult, "id" | "status" | "missingFacts" | "indicative" | "received">;

/**
 * The money already computable behind each undetermined measure counted in totals: yuan by
 * measure id, by the compiled amounts (a status unknown does not stop its amount being known);
 * a deduction or rate regime by its share of the income-tax package were it eligible.
 */
export function pricedUndetermined(measures: readonly Waiting[], compiled: CompiledRuleSet, facts: FactValues, asOf: string): Map<string, number> {
  const priced = new Map<string, number>();
  const results = measures.map((m) => truthOf(m.status));
  const received = (i: number) => measures[i]!.received !== undefined;
  measures.forEach((m, i) => {
    if (m.status !== "undetermined" || m.indicative) return;
    const own = compiled.amounts[i];
    const fen = own ? own(facts, asOf) : worthIfEligible(compiled.incomeTax, i, results, facts, asOf, received);
    if (typeof fen === "number") priced.set(m.id, fen / 100);
  });
  return priced;
}

/** A next question as the decision answer gives it: the input, the measures it settles, the money behind them (yuan). */
export type OpenQuestion = Omit<NextQuestion, "label">;

/**
 * @param measures the results, with `missingFacts` filled in
 * @param priced each undetermined measure's amount (yuan) when it can already be computed, counted in totals
 * @returns the questions, the one settling most measures (then most money) first; `labelled` adds their labels
 */
export function nextQuestions(measures: readonly Waiting[], priced: ReadonlyMap<string, number>): OpenQuestion[] {
  const byInput = new Map<string, OpenQuestion>();
  for (const m of measures) {
    if (m.status !== "undetermined") continue;
    for (const name of m.missingFacts) {
      const q = byInput.get(name) ?? { fact: name, settles: [], value: 0 };
      q.settles.push(m.id);
      q.value += priced.get(m.id) ?? 0;
      byInput.set(name, q);
    }
  }
  return [...byInput.values()]
    .map((q) => ({ ...q, value: Math.round(q.value * 100) / 100 }))
    .sort((a, b) => b.settles.length - a.settles.length || b.value - a.value);
}

/** The questions with the label of each input, in zh-CN and en (the explained answer). */
export function labelled(questions: readonly OpenQuestion[]): NextQuestion[] {
  return questions.map((q) => ({ fact: q.fact, label: inputLabel(q.fact) ?? { "zh-CN": q.fact, en: q.fact }, settles: q.settles, value: q.value }));
}
