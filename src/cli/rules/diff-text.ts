/** A rules:diff as text: the structural difference (src/ruleset/diff-text.ts), then the effect on the profiles (src/engine/version-effect.ts). */
import type { EnterpriseDiff, MeasureChange } from "../../engine/compare.js";
import { formatYuan, toFen } from "../../engine/money.js";
import type { Totals } from "../../engine/result.js";
import type { VersionEffect } from "../../engine/version-effect.js";
export { structureText } from "../../ruleset/diff-text.js";

const KIND: Record<keyof Totals, string> = { payment: "payment", taxSaving: "tax saving", creditLine: "credit line", interestSubsidy: "interest subsidy" };
const signed = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "±") + formatYuan(toFen(Math.abs(v)));

/** `kind ±x` for each non-zero key of a totals difference. */
function money(t: Totals): string {
  const parts = (Object.keys(KIND) as (keyof Totals)[]).filter((k) => t[k] !== 0).map((k) => `${KIND[k]} ${signed(t[k])}`);
  return parts.length ? parts.join(", ") : "no money";
}

function change(c: MeasureChange): string {
  const amount = (v: number) => formatYuan(toFen(v));
  switch (c.change) {
    case "gain": return `+ gains ${c.measureId} (${c.before ?? "not in the older version"} → eligible)${c.amountAfter ? `: ${money(c.delta)}` : ""}`;
    case "loss": return `- loses ${c.measureId} (eligible → ${c.after ?? "not in the newer version"})${c.amountBefore ? `: ${money(c.delta)}` : ""}`;
    case "status": return `~ ${c.measureId}: ${c.before ?? "absent"} → ${c.after ?? "absent"}`;
    case "amount": return `~ ${c.measureId}: ${amount(c.amountBefore)} → ${amount(c.amountAfter)} (${money(c.delta)})`;
  }
}

const totals = (t: Totals) => `payments ${formatYuan(toFen(t.payment))} · tax savings ${formatYuan(toFen(t.taxSaving))} · credit lines ${formatYuan(toFen(t.creditLine))} · interest subsidies ${formatYuan(toFen(t.interestSubsidy))} yuan`;

/** The effect on the profiles as lines. */
export function effectText(e: VersionEffect, from: string, to: string): string[] {
  const decided = e.enterprises.filter((x): x is { name: string; diff: EnterpriseDiff } => "diff" in x);
  const changed = decided.filter((x) => x.diff.changes.length > 0);
  const skipped = e.enterprises.filter((x): x is { name: string; skipped: string } => "skipped" in x);
  return [
    `effect on ${e.enterprises.length} fixture profiles, both versions decided on ${e.asOf}:`,
    ...changed.flatMap((x) => [`  ${x.name}`, ...x.diff.changes.map((c) => "    " + change(c))]),
    `  ${decided.length - changed.length} profiles unchanged${skipped.length ? `, ${skipped.length} skipped (the date contradicts them)` : ""}`,
    ...skipped.map((x) => `    skipped ${x.name}: ${x.skipped}`),
    ...(e.measures.length ? ["by measure:", ...e.measures.map((m) =>
      `  ${m.measureId}: ${m.gained} gain, ${m.lost} lose, ${m.statusChanged} other status changes, ${m.amountChanged} amounts changed; ${money(m.delta)}`)] : []),
    `budget over these profiles: ${from} ${totals(e.budget.from)}`,
    `                            ${to} ${totals(e.budget.to)}`,
    `difference: ${money(e.budget.delta)}`,
  ];
}
