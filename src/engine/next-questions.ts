/**
 * The next questions to ask: the inputs undetermined measures are waiting on, the one that
 * settles most measures first, then the one with most money behind it.
 */
import { inputLabel } from "../profile/index.js";
import type { MeasureResult, NextQuestion } from "./result.js";

/**
 * @param measures the results, with `missingFacts` filled in
 * @param priced each undetermined measure's amount (yuan) when it can already be computed, counted in totals
 */
export function nextQuestions(measures: readonly MeasureResult[], priced: ReadonlyMap<string, number>): NextQuestion[] {
  const byInput = new Map<string, NextQuestion>();
  for (const m of measures) {
    if (m.status !== "undetermined") continue;
    for (const name of m.missingFacts) {
      const q = byInput.get(name) ?? { fact: name, label: inputLabel(name) ?? { "zh-CN": name, en: name }, settles: [], value: 0 };
      q.settles.push(m.id);
      q.value += priced.get(m.id) ?? 0;
      byInput.set(name, q);
    }
  }
  return [...byInput.values()]
    .map((q) => ({ ...q, value: Math.round(q.value * 100) / 100 }))
    .sort((a, b) => b.settles.length - a.settles.length || b.value - a.value);
}
