/**
 * A structural diff (diff.ts) as indented text lines: `+` added, `-` removed, `~` changed, each
 * with its RFC 6901 pointer. What `npm run rules:diff` prints and the console shows.
 */
import type { FieldChange, LeafAt, LeafChange, RuleSetDiff } from "./diff.js";

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 90 ? s.slice(0, 87) + "…" : s;
};

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
