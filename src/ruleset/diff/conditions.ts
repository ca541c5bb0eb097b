/**
 * Condition trees compared leaf by leaf. Leaves (and references to named conditions) are
 * paired in four passes, each in document order: the same leaf in the same kind of group
 * (unchanged); the same leaf under another nesting of all/any/not (moved); the same fact and
 * operator (a threshold, value or clause changed); the same fact (the operator changed). What
 * is left was added or removed. `structureChanged` says the all/any/not skeleton itself differs.
 * Each pass looks leaves up by their key: a diff costs time in proportion to the leaves.
 */
import { type Condition, isLeaf } from "../condition.js";
import { type JsonPath, jsonPointer } from "../pointer.js";
import { deepEqual } from "./json-changes.js";

/** A leaf or a reference, where it stands in its tree (pointer from the tree's root, e.g. `/all/3`). */
export interface LeafAt {
  pointer: string;
  fact?: string;
  operator?: string;
  value?: unknown;
  clause?: string;
  /** a reference to a named condition */
  condition?: string;
}

/** One leaf's change. `fields` lists what differs between `before` and `after`. */
export type LeafChange =
  | { change: "added"; after: LeafAt }
  | { change: "removed"; before: LeafAt }
  | { change: "moved"; before: LeafAt; after: LeafAt }
  | { change: "changed"; before: LeafAt; after: LeafAt; fields: ("operator" | "value" | "clause")[] };

/** How two condition trees differ. */
export interface ConditionDiff {
  /** the all/any/not skeleton (leaves left out) differs */
  structureChanged: boolean;
  /** leaves added, removed, moved or changed, in the order of the newer tree (then removals) */
  leaves: LeafChange[];
}

interface Flat { at: LeafAt; groups: string; key: string; index: number; }

function flatten(c: Condition, path: JsonPath = [], groups: string[] = [], out: Flat[] = []): Flat[] {
  if (isLeaf(c) || "condition" in c) {
    const at: LeafAt = isLeaf(c)
      ? { pointer: jsonPointer(path), fact: c.fact, operator: c.operator, value: c.value, ...(c.clause !== undefined ? { clause: c.clause } : {}) }
      : { pointer: jsonPointer(path), condition: c.condition };
    out.push({ at, groups: groups.join(">"), key: JSON.stringify([at.fact, at.operator, at.value, at.clause, at.condition]), index: out.length });
  } else if ("all" in c) c.all.forEach((x, i) => flatten(x, [...path, "all", i], [...groups, "all"], out));
  else if ("any" in c) c.any.forEach((x, i) => flatten(x, [...path, "any", i], [...groups, "any"], out));
  else flatten(c.not, [...path, "not"], [...groups, "not"], out);
  return out;
}

/** The tree without its leaves and references. */
function skeleton(c: Condition): unknown {
  if (isLeaf(c) || "condition" in c) return null;
  if ("all" in c) return { all: c.all.map(skeleton).filter((x) => x !== null) };
  if ("any" in c) return { any: c.any.map(skeleton).filter((x) => x !== null) };
  return { not: skeleton(c.not) };
}

const fields = (a: LeafAt, b: LeafAt) =>
  (["operator", "value", "clause"] as const).filter((f) => !deepEqual(a[f], b[f]));

/**
 * @param before the older tree; @param after the newer one (references are not expanded)
 * @returns the leaf changes and whether the skeleton changed
 */
export function diffConditions(before: Condition, after: Condition): ConditionDiff {
  const left = flatten(before), right = flatten(after);
  const partner = new Map<Flat, Flat>(); // a leaf of `after` → its leaf of `before`
  const taken = new Set<Flat>();
  /** Pairs each unpaired leaf of `after` with the first unpaired leaf of `before` of the same key (none: not in this pass). */
  const pass = (keyOf: (f: Flat) => string | undefined) => {
    const queues = new Map<string, { leaves: Flat[]; next: number }>();
    for (const a of left) {
      const key = taken.has(a) ? undefined : keyOf(a);
      if (key === undefined) continue;
      const q = queues.get(key);
      if (q) q.leaves.push(a);
      else queues.set(key, { leaves: [a], next: 0 });
    }
    for (const b of right) {
      const key = partner.has(b) ? undefined : keyOf(b);
      const q = key === undefined ? undefined : queues.get(key);
      const a = q?.leaves[q.next++];
      if (a) {
        partner.set(b, a);
        taken.add(a);
      }
    }
  };
  pass((f) => `${f.key}\u0000${f.groups}`);
  pass((f) => f.key);
  pass((f) => JSON.stringify([f.at.condition ?? f.at.fact, f.at.operator]));
  pass((f) => (f.at.fact === undefined ? undefined : f.at.fact));
  const changes: { order: number; change: LeafChange }[] = [];
  for (const [b, a] of partner) {
    if (a.key !== b.key) changes.push({ order: b.index, change: { change: "changed", before: a.at, after: b.at, fields: fields(a.at, b.at) } });
    else if (a.groups !== b.groups) changes.push({ order: b.index, change: { change: "moved", before: a.at, after: b.at } });
  }
  for (const b of right) if (!partner.has(b)) changes.push({ order: b.index, change: { change: "added", after: b.at } });
  for (const a of left) if (!taken.has(a)) changes.push({ order: right.length + a.index, change: { change: "removed", before: a.at } });
  return {
    structureChanged: !deepEqual(skeleton(before), skeleton(after)),
    leaves: changes.sort((x, y) => x.order - y.order).map((x) => x.change),
  };
}
