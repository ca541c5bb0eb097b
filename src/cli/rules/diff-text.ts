/** A rules:diff as text: the structural difference (src/ruleset/diff.ts), then the effect on the profiles (src/engine/version-effect.ts). */
import type { EnterpriseDiff, MeasureChange } from "../../engine/compare.js";
import { formatYuan, toFen } from "../../engine/money.js";
import type { Totals } from "../../engine/result.js";
import type { VersionEffect } from "../../engine/version-effect.js";
import type { FieldChange, LeafAt, LeafChange, RuleSetDiff } from "../../ruleset/diff.js";

const KIND: Record<keyof Totals, string> = { payment: "payment", taxSaving: "tax saving", creditLine: "credit line", interestSubsidy: "interest subsidy" };
const signed = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "±") + formatYuan(toFen(Math.abs(v)));
const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 90 ? s.slice(0, 87) + "…" : s;
};

/** `kind ±x` for each non-zero key of a totals difference. */
function money(t: Totals): string {
  const parts = (Object.keys(KIND) as (keyof Totals)[]).filter((k) => t[k] !== 0).map((k) => `${KIND[k]} ${signed(t[k])}`);
  return parts.length ? parts.join(", ") : "no money";
}

function field(c: FieldChange): string {
  return c.before === undefined ? `+ ${c.pointer}: ${show(c.after)}` : c.after === undefined ? `- ${c.pointer}: ${show(c.before)}` : `~ ${c.pointer}: ${show(c.before)} → ${show(c.after)}`;
}

const leafText = (l: LeafAt) => (l.condition !== undefined ? `{ condition: ${l.condition} }` : `${l.fact} ${l.operator} ${show(l.value)}`);

function leaf(c: LeafChange): string {
  switch (c.change) {
    case "added": return `+ ${c.after.pointer} ${leafText(c.after)}`;
    case "removed": return `- ${c.before.pointer} ${leafText(c.before)}`;
    case "moved": return `~ ${c.before.pointer} → ${c.after.pointer} ${leafText(c.after)} (moved to another group)`;
    case "changed": {
      const what = c.fields.map((f) => f === "clause" ? `clause ${show(c.before.clause)} → ${show(c.after.clause)}` : f === "value" ? `${show(c.before.value)} → ${show(c.after.value)}` : `operator ${c.before.operator} → ${c.after.operator}`);
      return `~ ${c.after.pointer} ${c.after.fact ?? c.after.condition}: ${what.join("; ")}`;
    }
  }
}

/** The structural difference as indented lines. */
export function structureText(d: RuleSetDiff): string[] {
  const out = [`${d.from.id} ${d.from.version} (effective ${d.from.effectiveFrom}) → ${d.to.id} ${d.to.version} (effective ${d.to.effectiveFrom})`];
  const section = (title: string, lines: string[]) => out.push(lines.length ? `${title}:` : `${title}: no change`, ...lines.map((l) => "  " + l));
  section("rule set", d.header.map(field));
  section("parameters", d.parameters.flatMap((p) => [
    `${p.change === "changed" ? "~" : p.change === "added" ? "+" : "-"} ${p.name}`,
    ...p.added.map((r) => `    + from ${r.from}: ${r.value}`),
    ...p.removed.map((r) => `    - from ${r.from}: ${r.value}`),
    ...p.changed.map((r) => `    ~ from ${r.from}: ${r.before} → ${r.after}`),
  ]));
  const named = [...d.conditions.added.map((n) => `+ ${n}`), ...d.conditions.removed.map((n) => `- ${n}`),
    ...d.conditions.changed.flatMap((c) => [`~ ${c.name}${c.diff.structureChanged ? " (all/any/not structure changed)" : ""}`, ...c.diff.leaves.map((l) => "    " + leaf(l))])];
  if (named.length) section("named conditions", named);
  section("channels", [...d.channels.added.map((id) => `+ ${id}`), ...d.channels.removed.map((id) => `- ${id}`),
    ...d.channels.changed.flatMap((c) => [`~ ${c.id}`, ...c.fields.map((f) => "    " + field(f))])]);
  section("measures", [
    ...d.measures.added.map((m) => `+ ${m.id} (${m.title.en})`),
    ...d.measures.removed.map((m) => `- ${m.id} (${m.title.en})`),
    ...d.measures.changed.flatMap((m) => [
      `~ ${m.id}`,
      ...[...m.fields, ...m.amount].map((f) => "    " + field(f)),
      ...(m.conditions ? [`    conditions${m.conditions.structureChanged ? " (all/any/not structure changed)" : ""}:`, ...m.conditions.leaves.map((l) => "      " + leaf(l))] : []),
    ]),
    ...(d.measures.reordered ? ["~ the measures are listed in another order"] : []),
  ]);
  return out;
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
