/**
 * The summary stored beside each decision: per measure its status, amount (yuan), kind,
 * whether it is indicative or excluded, and the totals — the shape `decide()` gives screening
 * (engine/decide.ts), so that two decisions compare with `diffDecisions` (engine/compare.ts)
 * without reading their explained results.
 */
import type { Decided } from "../engine/decide.js";
import type { MatchResult } from "../engine/result.js";

/** The explained result's decisions and totals. */
export function summaryOf(result: MatchResult): Decided {
  return {
    decisions: result.measures.map((m) => ({
      measureId: m.id, status: m.status, amount: m.amount?.value ?? null, kind: m.amount?.kind ?? null, indicative: m.indicative, excludedBy: m.excludedBy,
      ...(m.received ? { received: m.received } : {}),
    })),
    totals: result.totals,
  };
}
