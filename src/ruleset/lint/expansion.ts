/**
 * The size of conditions once references are written out (docs/rules.md "Limits"). A
 * reference `{ "condition": name }` means the named condition in its place: json-rules-engine
 * evaluates it so, and a reader reads it so. Named conditions may use each other, so a few
 * lines can stand for an astronomically large tree (`c1 = all(c0, c0)`, `c2 = all(c1, c1)`…
 * doubles at every step). Our evaluator shares named conditions and is not slowed by it, but
 * nobody can read, check or test such a rule, and any tool that writes references out (a
 * json-rules-engine run, a walk we got wrong) would be brought down by it. So each measure
 * and named condition is measured as written out — sizes and depths computed once per name,
 * names in dependency order (no recursion along chains) — and refused past the limits.
 */
import type { JsonPath } from "../pointer.js";
import { referenceOrder } from "../reference-order.js";
import type { Collector } from "./finding.js";
import { asArray, asObject, has, type Obj } from "./json.js";

/** At most this many nodes (leaves and all/any/not) in one measure's or named condition's conditions, references written out. */
export const MAX_CONDITION_NODES = 1_000;
/** At most this many levels of all/any/not and leaf in one tree, references written out. */
export const MAX_CONDITION_DEPTH = 32;
/** At most this many nodes in all measures' conditions together, references written out. */
export const MAX_RULESET_NODES = 50_000;

/** A tree written out: its nodes and levels. Infinity past what a double counts. */
interface Extent { nodes: number; depth: number; }

const count = (n: number) => (n < 1e15 ? n.toLocaleString("en-US") : "more than 10^15");

/** The names a raw tree refers to. */
function refNames(node: unknown): string[] {
  const n = asObject(node);
  if (!n) return [];
  if (typeof n.condition === "string") return [n.condition];
  return [...asArray(n.all), ...asArray(n.any), ...(has(n, "not") ? [n.not] : [])].flatMap(refNames);
}

/** A raw tree's extent, given the extents of the names it refers to (an unknown name counts as a leaf: another rule reports it). */
function extent(node: unknown, named: ReadonlyMap<string, Extent>): Extent {
  const n = asObject(node);
  if (!n || has(n, "fact")) return { nodes: 1, depth: 1 };
  if (typeof n.condition === "string") return named.get(n.condition) ?? { nodes: 1, depth: 1 };
  const parts = [...asArray(n.all), ...asArray(n.any), ...(has(n, "not") ? [n.not] : [])].map((x) => extent(x, named));
  return { nodes: 1 + parts.reduce((s, p) => s + p.nodes, 0), depth: 1 + Math.max(0, ...parts.map((p) => p.depth)) };
}

/**
 * Reports each tree where a limit is first passed: a named condition or measure past a limit
 * that none of the names it uses passes already (fixing those fixes it), and all measures
 * together past `MAX_RULESET_NODES`. A named condition in a cycle is left to `condition-cycle`.
 * @param root the posted JSON object (nesting already within MAX_JSON_DEPTH)
 */
export function lintExpansion(root: Obj, c: Collector): void {
  const shared = asObject(root.conditions) ?? {};
  const named = new Map<string, Extent>();
  let passed = false;
  const over = new Set<string>();
  /** The tree's extent, reported where a limit is passed first. @param subject how the message names it */
  const check = (tree: unknown, path: JsonPath, subject: string): Extent => {
    const e = extent(tree, named);
    const tooLarge = e.nodes > MAX_CONDITION_NODES, tooDeep = e.depth > MAX_CONDITION_DEPTH;
    if (!tooLarge && !tooDeep) return e;
    passed = true;
    if (refNames(tree).some((r) => over.has(r))) return e; // reported at the named condition it uses
    if (tooLarge) {
      c.report("condition-too-large", path,
        `${subject} stands for ${count(e.nodes)} conditions once every reference is written out in full (as json-rules-engine evaluates it); at most ${count(MAX_CONDITION_NODES)} are accepted — use a named condition fewer times, or split the rule`);
    }
    if (tooDeep) {
      c.report("condition-too-deep", path,
        `${subject} nests ${count(e.depth)} levels of all/any/not deep once every reference is written out; at most ${MAX_CONDITION_DEPTH} are accepted — flatten the nesting`);
    }
    return e;
  };
  const { order } = referenceOrder(Object.keys(shared), (name) => refNames(shared[name]));
  for (const name of order) {
    const e = check(shared[name], ["conditions", name], `the named condition "${name}"`);
    named.set(name, e);
    if (e.nodes > MAX_CONDITION_NODES || e.depth > MAX_CONDITION_DEPTH) over.add(name);
  }
  let total = 0;
  asArray(root.measures).forEach((m, i) => {
    const measure = asObject(m);
    if (!measure || !has(measure, "conditions")) return;
    const id = typeof measure.id === "string" ? measure.id : String(i);
    total += check(measure.conditions, ["measures", i, "conditions"], `measure "${id}"`).nodes;
  });
  if (total > MAX_RULESET_NODES && !passed) {
    c.report("condition-too-large", ["measures"],
      `the measures' conditions stand for ${count(total)} conditions together once every reference is written out; at most ${count(MAX_RULESET_NODES)} are accepted in one rule set — share less, or split the rule set`);
  }
}
