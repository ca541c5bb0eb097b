/** The short human summary of a screen, printed on stderr. */
import Table from "cli-table3";
import { formatYuan, toFen } from "../../engine/money.js";
import type { Totals } from "../../engine/result.js";
import type { SummaryRecord } from "../../screen/records.js";

const n = (x: number) => x.toLocaleString("en-US");
const money = (t: Totals) =>
  `payments ${formatYuan(toFen(t.payment))} · tax savings ${formatYuan(toFen(t.taxSaving))} · credit lines ${formatYuan(toFen(t.creditLine))} · interest subsidies ${formatYuan(toFen(t.interestSubsidy))} yuan`;
const signed = (v: number) => (v > 0 ? "+" : "") + formatYuan(toFen(v));

/**
 * @param s the summary record; @param seconds wall time; @param files the files written
 * @returns a few lines and a table of measures (eligible, undetermined, counted money; with
 *          `--compare`, gains, losses and the budget difference)
 */
export function renderReport(s: SummaryRecord, seconds: number, files: readonly string[]): string {
  const c = s.compare;
  const table = new Table({
    head: ["measure", "eligible", "undetermined", "counted (yuan)", ...(c ? [`gain → ${c.ruleset.version}`, "lose", "Δ (yuan)"] : [])],
    style: { head: [], border: [] },
  });
  const diff = new Map((c?.measures ?? []).map((m) => [m.measureId, m]));
  for (const m of s.measures) {
    const counted = m.amounts.payment + m.amounts.taxSaving + m.amounts.creditLine + m.amounts.interestSubsidy;
    const d = diff.get(m.measureId);
    const delta = d ? d.delta.payment + d.delta.taxSaving + d.delta.creditLine + d.delta.interestSubsidy : 0;
    table.push([m.measureId + (m.indicative ? " *" : ""), n(m.eligible), n(m.undetermined), counted ? formatYuan(toFen(counted)) : "",
      ...(c ? [n(d?.gained ?? 0), n(d?.lost ?? 0), delta ? signed(delta) : ""] : [])]);
  }
  const reasons = Object.entries(s.errorsByReason).filter(([, k]) => k > 0).map(([r, k]) => `${n(k)} ${r}`).join(", ");
  return [
    `screened ${n(s.rows)} rows of ${s.input} against ${s.ruleset.id} ${s.ruleset.version} on ${s.asOf} in ${seconds.toFixed(1)} s`,
    `  ${n(s.enterprises)} enterprises, ${n(s.errors)} bad rows${reasons ? ` (${reasons})` : ""}`,
    table.toString(),
    "  * indicative: shown, not counted",
    `budget: ${money(s.budget)}`,
    ...(c ? [
      `under ${c.ruleset.version}: ${n(c.gaining)} enterprises gain a measure, ${n(c.losing)} lose one, ${n(c.changed)} change`,
      `budget under ${c.ruleset.version}: ${money(c.budget)}`,
      `difference: payments ${signed(c.delta.payment)} · tax savings ${signed(c.delta.taxSaving)} · credit lines ${signed(c.delta.creditLine)} · interest subsidies ${signed(c.delta.interestSubsidy)} yuan`,
    ] : []),
    `written: ${files.join(", ")}`,
  ].join("\n");
}
