/**
 * Stacking declarations (DESIGN.md "Amounts"; src/engine/stacking.ts). Two measures are
 * rivals when one `excludes` the other or they share a `stackingGroup`; of eligible rivals the
 * larger amount is kept. What lint calls contradictory:
 * - a measure that excludes itself (error), or one that names no measure of the rule set (error);
 * - A excludes B while B does not exclude A (warning): the engine applies every exclusion both
 *   ways, so B's list reads as if B could be combined with A — write the exclusion on both;
 * - A excludes B while both share a stackingGroup (warning): redundant, one of the two is stale;
 * - rivals whose amounts are of different kinds (a payment against a credit line) or where one
 *   has no amount (warning): "keep the larger" then compares unlike numbers, or always drops
 *   the measure without an amount.
 */
import type { Collector } from "./finding.js";
import { asArray, asObject, asString, type Obj } from "./json.js";
import { didYouMean } from "./suggest.js";

interface Rival {
  index: number;
  id: string;
  kind: string | undefined;
  /** `excludes` as written (entries of any type, for pointers) */
  written: unknown[];
  excludes: string[];
  group: string | undefined;
}

/**
 * Lints `excludes` and `stackingGroup` of a raw rule set.
 * @param root the posted JSON object
 */
export function lintStacking(root: Obj, c: Collector): void {
  const measures: Rival[] = asArray(root.measures).flatMap((raw, index) => {
    const m = asObject(raw), id = asString(m?.id);
    if (!m || id === undefined) return [];
    const written = asArray(m.excludes);
    return [{ index, id, kind: asString(asObject(m.amount)?.kind), written, excludes: written.filter((x): x is string => typeof x === "string"), group: asString(m.stackingGroup) }];
  });
  const byId = new Map(measures.map((m) => [m.id, m]));
  const excludedBy = new Map<string, Rival[]>(), groups = new Map<string, Rival[]>();
  for (const m of measures) {
    const add = (map: Map<string, Rival[]>, key: string) => (map.get(key) ?? map.set(key, []).get(key)!).push(m);
    m.excludes.forEach((x) => add(excludedBy, x));
    if (m.group !== undefined) add(groups, m.group);
  }
  for (const a of measures) {
    a.written.forEach((x, j) => {
      if (typeof x !== "string") return;
      const path = ["measures", a.index, "excludes", j];
      const b = byId.get(x);
      if (x === a.id) c.report("excludes-self", path, `"${a.id}" excludes itself: a measure cannot be its own rival — remove it from "excludes"`);
      else if (!b) c.report("excludes-unknown", path, `excludes "${x}", which is not a measure of this rule set${didYouMean(x, byId.keys())}`);
      else if (a.group !== undefined && a.group === b.group) {
        c.report("excludes-redundant", path, `"${a.id}" and "${x}" share stackingGroup "${a.group}", so they cannot be combined anyway: keep one of the two declarations`);
      } else if (!b.excludes.includes(a.id)) {
        c.report("excludes-one-sided", path, `"${a.id}" excludes "${x}" but "${x}" does not exclude "${a.id}": stacking applies exclusions both ways — add "${a.id}" to the excludes of "${x}" (or give both one stackingGroup)`);
      }
    });
    const rivals = new Set([...a.excludes.flatMap((x) => byId.get(x) ?? []), ...(excludedBy.get(a.id) ?? []), ...(a.group === undefined ? [] : groups.get(a.group)!)]);
    for (const b of rivals) {
      if (b.index <= a.index || a.kind === b.kind) continue; // each pair once, reported at the later measure
      const what = (m: Rival) => (m.kind ? `a ${m.kind} amount` : "no amount");
      c.report("stacking-incomparable", ["measures", b.index, b.group !== undefined && b.group === a.group ? "stackingGroup" : "id"],
        `"${b.id}" (${what(b)}) and "${a.id}" (${what(a)}) are stacking rivals; the larger amount is kept, which ${a.kind && b.kind ? "compares unlike kinds of money" : "always drops the one without an amount"} — make them the same kind, or drop the rivalry`);
    }
  }
}
