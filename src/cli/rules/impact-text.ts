/** A register impact (src/engine/impact.ts) as a terminal table (cli-table3) and a few lines. */
import Table from "cli-table3";
import type { RegisterImpact } from "../../engine/impact.js";
import { formatYuan, toFen } from "../../engine/money.js";
import type { Totals } from "../../engine/result.js";

const KIND: Record<keyof Totals, string> = { payment: "payments", taxSaving: "tax savings", creditLine: "credit lines", interestSubsidy: "interest subsidies" };
const yuan = (v: number) => formatYuan(toFen(v));
const signed = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "±") + yuan(Math.abs(v));
/** A measure's money (one kind per measure; the sum if ever more). */
const sum = (t: Totals) => t.payment + t.taxSaving + t.creditLine + t.interestSubsidy;
const count = (n: number) => n.toLocaleString("en-US");

/**
 * @param r the report; @param register how the register is named (a file, or the synthetic one)
 * @returns the lines to print
 */
export function impactText(r: RegisterImpact, register: string): string[] {
  const head = `impact of ${r.after.id} ${r.after.version} (${r.after.hash.slice(0, 19)}…, effective ${r.after.effectiveFrom})`
    + (r.before ? ` replacing ${r.before.version} (${r.before.hash.slice(0, 19)}…), both decided on ${r.asOf}` : `: no version answers on ${r.asOf} without it, so every eligible decision is a gain`);
  const refused = Object.entries(r.refusedByReason).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${count(n)}`).join(", ");
  const table = new Table({ head: ["measure", "gain", "lose", "other", "amount", "budget before (yuan)", "budget after (yuan)", "difference"], style: { head: [], border: [] } });
  for (const m of r.measures) {
    table.push([m.measureId + (m.inBefore ? "" : " (new)") + (m.inAfter ? "" : " (removed)"), count(m.gained), count(m.lost), count(m.statusChanged), count(m.amountChanged), yuan(sum(m.budgetBefore)), yuan(sum(m.budgetAfter)), signed(sum(m.delta))]);
  }
  const kinds = (Object.keys(KIND) as (keyof Totals)[]).filter((k) => r.budget.before[k] !== 0 || r.budget.after[k] !== 0);
  return [
    head,
    `register ${register}: ${count(r.rows)} rows, ${count(r.enterprises)} firms decided${r.refused ? `, ${count(r.refused)} refused (${refused})` : ""}`,
    table.toString(),
    `firms changing: ${count(r.changed)} · gaining a measure: ${count(r.gaining)} · losing one: ${count(r.losing)}`,
    ...kinds.map((k) => `${KIND[k]}: ${yuan(r.budget.before[k])} → ${yuan(r.budget.after[k])} yuan (${signed(r.budget.delta[k])})`),
  ];
}
