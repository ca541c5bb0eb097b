/**
 * A case's expectations against a MatchResult: the date, each expected measure's status and
 * amount, the income-tax computation and `totals.taxSaving` when given, and each expected derived fact (numbers equal to 10 decimal places, as the worker
 * test's `toBeCloseTo(x, 10)`). Used by `npm run rules:test`.
 */
import type { Case } from "./case.js";
import type { MatchResult } from "./result.js";

/** One difference between what a case expects and what the engine answered. */
export type CaseMismatch =
  | { what: "asOf"; expected: string; actual: string }
  | { what: "missing-measure"; measureId: string }
  | { what: "status"; measureId: string; expected: string; actual: string }
  | { what: "amount"; measureId: string; expected: number; actual: number | null }
  | { what: "derived"; fact: string; expected: unknown; actual: unknown }
  | { what: "incomeTax"; field: string; expected: unknown; actual: unknown };

const same = (a: unknown, b: unknown): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 5e-11 : JSON.stringify(a) === JSON.stringify(b);

/**
 * @param c the case; @param result the MatchResult of its profile on its date (and version)
 * @returns every difference, in the case's order; empty when the case passes
 */
export function checkCase(c: Case, result: MatchResult): CaseMismatch[] {
  const out: CaseMismatch[] = [];
  if (result.asOf !== c.asOf) out.push({ what: "asOf", expected: c.asOf, actual: result.asOf });
  for (const [measureId, want] of Object.entries(c.expect)) {
    const got = result.measures.find((m) => m.id === measureId);
    if (!got) {
      out.push({ what: "missing-measure", measureId });
      continue;
    }
    if (got.status !== want.status) out.push({ what: "status", measureId, expected: want.status, actual: got.status });
    if (want.amount !== undefined && got.amount?.value !== want.amount) out.push({ what: "amount", measureId, expected: want.amount, actual: got.amount?.value ?? null });
  }
  for (const [fact, want] of Object.entries(c.derived ?? {})) {
    if (!same(result.derived[fact], want)) out.push({ what: "derived", fact, expected: want, actual: result.derived[fact] ?? null });
  }
  if (c.incomeTax === null && result.incomeTax !== null) out.push({ what: "incomeTax", field: "(block)", expected: null, actual: "a computation" });
  for (const [field, want] of Object.entries(c.incomeTax ?? {})) {
    const got = result.incomeTax?.[field as keyof typeof c.incomeTax];
    if (got !== want) out.push({ what: "incomeTax", field, expected: want, actual: got ?? null });
  }
  if (c.taxSaving !== undefined && result.totals.taxSaving !== c.taxSaving) out.push({ what: "incomeTax", field: "totals.taxSaving", expected: c.taxSaving, actual: result.totals.taxSaving });
  return out;
}
