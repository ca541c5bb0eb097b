/**
 * The summary of a register screened in parts — the shards of `npm run screen -- --shard k/n`
 * (merged by `npm run screen:merge`), the chunks of an asynchronous screening — from the parts'
 * summaries: every count and amount is a sum (amounts in whole fen, so the sum is exact), a
 * measure is indicative when it is in any part. The result is the summary one run over the
 * whole register writes, key for key (the parts' records are built by summary.ts; the first
 * part gives the order of every object's keys).
 */
import { addTotals } from "../engine/compare.js";
import type { MeasureDiffTally } from "../engine/compare.js";
import type { SummaryRecord } from "./records.js";

/**
 * @param parts the parts' summaries (at least one), each of the same input, date and versions
 * @param changeOrder with a comparison: the measures in the order they first changed over the
 *        whole register (its rows' `compare.changes` read in input order). Needed only when parts
 *        interleave rows (shards) and the compared version has measures the screened one lacks;
 *        parts in input order (chunks) give that order by themselves.
 * @throws Error when the parts are not of one run (another input, date, version or comparison)
 */
export function mergeSummaries(parts: readonly SummaryRecord[], changeOrder: readonly string[] = []): SummaryRecord {
  if (parts.length === 0) throw new Error("no summary to merge");
  const [first, ...rest] = parts as [SummaryRecord, ...SummaryRecord[]];
  const merged = structuredClone(first);
  const byId = new Map(merged.measures.map((m) => [m.measureId, m]));
  const tally = new Map<string, MeasureDiffTally>();
  const addTally = (m: MeasureDiffTally) => {
    const t = tally.get(m.measureId);
    if (!t) return void tally.set(m.measureId, structuredClone(m));
    t.gained += m.gained;
    t.lost += m.lost;
    t.statusChanged += m.statusChanged;
    t.amountChanged += m.amountChanged;
    t.delta = addTotals(t.delta, m.delta);
  };
  for (const m of first.compare?.measures ?? []) addTally(m);
  for (const p of rest) {
    const same = (k: keyof SummaryRecord) => JSON.stringify(p[k]) === JSON.stringify(first[k]);
    if (!same("input") || !same("asOf") || !same("ruleset") || JSON.stringify(p.compare?.ruleset) !== JSON.stringify(first.compare?.ruleset)) {
      throw new Error("the summaries are not of one screening: their input, date, version or comparison differ");
    }
    merged.rows += p.rows;
    merged.enterprises += p.enterprises;
    merged.errors += p.errors;
    for (const [reason, n] of Object.entries(p.errorsByReason)) merged.errorsByReason[reason as keyof typeof merged.errorsByReason] += n;
    for (const m of p.measures) {
      const t = byId.get(m.measureId);
      if (!t) throw new Error(`measure ${m.measureId} is not in the first summary: not one version`);
      t.eligible += m.eligible;
      t.ineligible += m.ineligible;
      t.undetermined += m.undetermined;
      t.excluded += m.excluded;
      if (t.received !== undefined) t.received += m.received ?? 0;
      t.indicative ||= m.indicative;
      t.amounts = addTotals(t.amounts, m.amounts);
    }
    merged.budget = addTotals(merged.budget, p.budget);
    if (merged.compare && p.compare) {
      merged.compare.changed += p.compare.changed;
      merged.compare.gaining += p.compare.gaining;
      merged.compare.losing += p.compare.losing;
      merged.compare.delta = addTotals(merged.compare.delta, p.compare.delta);
      for (const m of p.compare.measures) addTally(m);
    }
  }
  if (merged.compare) {
    const order = merged.measures.map((m) => m.measureId);
    const known = (id: string) => (changeOrder.includes(id) ? changeOrder.indexOf(id) : changeOrder.length);
    const others = [...tally.values()].filter((m) => !order.includes(m.measureId));
    others.sort((a, b) => known(a.measureId) - known(b.measureId)); // stable: parts' order where changeOrder is silent
    merged.compare.measures = [...order.filter((id) => tally.has(id)).map((id) => tally.get(id)!), ...others];
    merged.compare.budget = addTotals(merged.budget, merged.compare.delta);
  }
  return merged;
}
