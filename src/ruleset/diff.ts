/**
 * The structural difference between two rule-set versions (issue 6: `npm run rules:diff`,
 * `GET /v1/rulesets/{id}/diff`): the rule set's own fields, dated parameters row by row, named
 * conditions and measures' conditions leaf by leaf (diff/conditions.ts), channels, and measures
 * added, removed and changed — amounts, validity, source and evidence, channels, stacking,
 * where to apply, documents — field by field with RFC 6901 pointers.
 * Pure: parsed rule sets in, JSON-ready data out; no files, no engine (the effect on
 * enterprises is src/engine/version-effect.ts).
 */
import type { Bilingual } from "../profile/index.js";
import { type ConditionDiff, diffConditions } from "./diff/conditions.js";
import { type FieldChange, jsonChanges } from "./diff/json-changes.js";
import { diffParameters, type ParameterDiff } from "./diff/parameters.js";
import type { Measure, RuleSet } from "./schema.js";

export type { ConditionDiff, LeafAt, LeafChange } from "./diff/conditions.js";
export type { FieldChange } from "./diff/json-changes.js";
export type { DatedRow, ParameterDiff } from "./diff/parameters.js";

/** Which version a side of the diff is. */
export interface VersionRef { id: string; version: string; effectiveFrom: string; }

/** A measure named in a diff. */
export interface MeasureRef { id: string; title: Bilingual; }

/** How one measure differs. Pointers are relative to the measure (`/validTo`, `/amount/cap`, `/source/number`). */
export interface MeasureDiff extends MeasureRef {
  /** every changed field except `conditions` and `amount` */
  fields: FieldChange[];
  /** the amount's changed fields (`/amount` alone when it was added or removed) */
  amount: FieldChange[];
  /** the conditions, leaf by leaf; null when they are the same */
  conditions: ConditionDiff | null;
}

/** Named things added, removed and changed. */
export interface Changes<T> { added: string[]; removed: string[]; changed: T[]; }

/** The structural difference from `from` to `to`. */
export interface RuleSetDiff {
  from: VersionRef;
  to: VersionRef;
  /** the rule set's own fields: `/id`, `/title/…`, `/effectiveFrom`, `/changelog/…`, `/incomeTax/…` (the general rate, taxable income) */
  header: FieldChange[];
  parameters: ParameterDiff[];
  /** the named conditions (`conditions` of the rule set) */
  conditions: Changes<{ name: string; diff: ConditionDiff }>;
  channels: Changes<{ id: string; fields: FieldChange[] }>;
  measures: {
    added: MeasureRef[];
    removed: MeasureRef[];
    changed: MeasureDiff[];
    /** the measures both versions have are listed in another order (stacking ties and output follow the order) */
    reordered: boolean;
  };
}

const ref = (r: RuleSet): VersionRef => ({ id: r.id, version: r.version, effectiveFrom: r.effectiveFrom });
const header = (r: RuleSet) => ({ id: r.id, title: r.title, effectiveFrom: r.effectiveFrom, changelog: r.changelog, incomeTax: r.incomeTax });

/** Things keyed by name: added and removed names, and the changes of those both have (in `after`'s order). */
function byKey<V, T>(before: ReadonlyMap<string, V>, after: ReadonlyMap<string, V>, diff: (name: string, a: V, b: V) => T | null): Changes<T> {
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
    changed: [...after.keys()].flatMap((k) => {
      const a = before.get(k);
      const d = a === undefined ? null : diff(k, a, after.get(k)!);
      return d === null ? [] : [d];
    }),
  };
}

/** How one measure differs; null when it does not. */
export function diffMeasure(a: Measure, b: Measure): MeasureDiff | null {
  const { conditions: ca, amount: aa, ...restA } = a;
  const { conditions: cb, amount: ab, ...restB } = b;
  const fields = jsonChanges(restA, restB);
  const amount = jsonChanges(aa, ab, ["amount"]);
  const cond = diffConditions(ca, cb);
  const conditions = cond.structureChanged || cond.leaves.length > 0 ? cond : null;
  if (!fields.length && !amount.length && !conditions) return null;
  return { id: b.id, title: b.title, fields, amount, conditions };
}

/**
 * @param from the older (or baseline) version; @param to the version compared with it
 * @returns what changed from `from` to `to`
 */
export function diffRuleSets(from: RuleSet, to: RuleSet): RuleSetDiff {
  const measuresA = new Map(from.measures.map((m) => [m.id, m]));
  const measuresB = new Map(to.measures.map((m) => [m.id, m]));
  const measures = byKey(measuresA, measuresB, (_, a, b) => diffMeasure(a, b));
  const common = (list: Measure[], other: ReadonlyMap<string, Measure>) => list.filter((m) => other.has(m.id)).map((m) => m.id);
  const named = (r: RuleSet) => new Map(Object.entries(r.conditions));
  const conditions = byKey(named(from), named(to), (name, a, b) => {
    const diff = diffConditions(a, b);
    return diff.structureChanged || diff.leaves.length ? { name, diff } : null;
  });
  const channel = (r: RuleSet) => new Map(r.channels.map((c) => [c.id, c]));
  const channels = byKey(channel(from), channel(to), (id, a, b) => {
    const fields = jsonChanges(a, b);
    return fields.length ? { id, fields } : null;
  });
  const title = (id: string, m: ReadonlyMap<string, Measure>): MeasureRef => ({ id, title: m.get(id)!.title });
  return {
    from: ref(from),
    to: ref(to),
    header: jsonChanges(header(from), header(to)),
    parameters: diffParameters(from.parameters, to.parameters),
    conditions,
    channels,
    measures: {
      added: measures.added.map((id) => title(id, measuresB)),
      removed: measures.removed.map((id) => title(id, measuresA)),
      changed: measures.changed,
      reordered: common(from.measures, measuresB).join() !== common(to.measures, measuresA).join(),
    },
  };
}
