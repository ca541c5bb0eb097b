/**
 * Support already received (issue 15; docs/dossiers.md, "Support received"). A measure
 * granted (or paid) for the period a decision is about is shown as received, not as an
 * opportunity: it keeps its status and amount, carries the record that received it, is left
 * out of totals, of near-misses and of next questions, and wins over the measures it cannot be
 * combined with (the firm has taken it). The period is the measure's (`period` in the rule set):
 * `once` — any grant of the measure; `fiscal-year` — a grant for the fiscal year whose figures
 * the decision reads (the last fiscal year of the accounts, or the year before asOf's when
 * there are none). A measure without `period` is never received; an application alone neither.
 */
import * as z from "zod";
import { type FactValues, isReceived, SupportRecord } from "../profile/index.js";
import type { Measure } from "../ruleset/schema.js";

/** The record that makes a measure received: granted or paid, with its date, amount, reference and fiscal year. */
export const Received = SupportRecord.omit({ measureId: true, status: true }).extend({
  status: z.enum(["granted", "paid"]),
}).meta({ id: "Received" });
export type Received = z.infer<typeof Received>;

/** The fiscal year a decision is about: the last fiscal year of the accounts read, or the year before asOf's. */
export function decisionFiscalYear(facts: FactValues, asOf: string): number {
  const year = facts["lastYear.year"];
  return typeof year === "number" ? year : Number(asOf.slice(0, 4)) - 1;
}

/**
 * The record by which `m` is received for the decision's fiscal year, or undefined: the
 * latest (by date, then as listed) granted or paid record of the measure for its period.
 */
export function receivedFor(m: Measure, records: readonly SupportRecord[], fiscalYear: number): Received | undefined {
  if (!m.period) return undefined;
  let found: SupportRecord | undefined;
  for (const r of records) {
    if (r.measureId !== m.id || !isReceived(r) || (m.period === "fiscal-year" && r.fiscalYear !== fiscalYear)) continue;
    if (!found || r.date >= found.date) found = r;
  }
  if (!found) return undefined;
  const { measureId: _, status, ...rest } = found;
  return { ...rest, status: status as Received["status"] };
}

/**
 * Marks the received measures of an answer, in place (`received`), before stacking and totals.
 * @param measures the version's measures; @param results their results, in the same order
 */
export function markReceived(measures: readonly Measure[], results: { received?: Received }[], records: readonly SupportRecord[] | undefined, facts: FactValues, asOf: string): void {
  if (!records?.length) return;
  const year = decisionFiscalYear(facts, asOf);
  measures.forEach((m, i) => {
    const r = receivedFor(m, records, year);
    if (r) results[i]!.received = r;
  });
}
