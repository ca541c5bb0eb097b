/**
 * Condition evaluation with json-rules-engine (the reference evaluator) under DESIGN.md's
 * three-valued logic. Every leaf is evaluated, each as its own json-rules-engine rule, so
 * the trace has a result for leaves json-rules-engine would skip by short-circuit; `all`,
 * `any` and `not` then combine true / false / unknown. On a complete profile the result is
 * exactly json-rules-engine's own (tests/unit/engine.test.ts).
 */
import { Engine } from "json-rules-engine";
import { ABSENT, type FactValues } from "../profile/index.js";
import { children, isLeaf, type Leaf, leafFacts, type Shared, type Tree } from "../ruleset/condition.js";

/** true, false, or null for unknown (a fact the leaf needs is missing). */
export type Truth = boolean | null;

/** Each leaf's truth, as the evaluators record it (a Map, or the compiled TruthTable). */
export interface Truths {
  get(leaf: Leaf): Truth | undefined;
}

/**
 * Evaluates every leaf against `facts` with a fresh json-rules-engine Engine (no run state
 * is shared between calls, so concurrent requests cannot cut each other short).
 * @returns each leaf's truth; a leaf naming an ABSENT fact (the firm has none of the thing) is
 *          false and a leaf naming a missing fact null, and neither reaches the engine
 */
export async function evaluateLeaves(all: readonly Leaf[], facts: FactValues): Promise<Map<Leaf, Truth>> {
  const truth = new Map<Leaf, Truth>();
  const engine = new Engine([], { allowUndefinedFacts: false });
  const runtime: Record<string, unknown> = {};
  all.forEach((leaf, i) => {
    const names = leafFacts(leaf);
    if (names.some((n) => facts[n] === ABSENT)) {
      truth.set(leaf, false);
      return;
    }
    if (names.some((n) => facts[n] === undefined)) {
      truth.set(leaf, null);
      return;
    }
    for (const n of names) runtime[n] = facts[n];
    const { fact, operator, value } = leaf;
    engine.addRule({ name: String(i), conditions: { all: [{ fact, operator, value }] }, event: { type: "leaf" } });
  });
  if (Object.keys(runtime).length === 0) return truth;
  const { results, failureResults } = await engine.run(runtime);
  for (const r of results) truth.set(all[Number(r.name)]!, true);
  for (const r of failureResults) truth.set(all[Number(r.name)]!, false);
  return truth;
}

/** The shared conditions decided so far on each set of truths (complete when combined). */
const decided = new WeakMap<Truths, Map<Shared, Truth>>();

/**
 * Three-valued combination (DESIGN.md "Three-valued logic"): `all` is false if any child is
 * false, else unknown if any is unknown, else true; `any` is true if any child is true, else
 * unknown if any is unknown, else false; `not` keeps unknown. A shared condition is decided
 * once on a set of truths, however often and in however many trees it is used.
 * @param truth every leaf's truth (complete: results are kept with it)
 */
export function combine(c: Tree, truth: Truths): Truth {
  if (isLeaf(c)) return truth.get(c) ?? null;
  if ("use" in c) {
    let memo = decided.get(truth);
    if (!memo) decided.set(truth, (memo = new Map()));
    let r = memo.get(c.use);
    if (r === undefined) memo.set(c.use, (r = combine(c.use.tree, truth)));
    return r;
  }
  if ("not" in c) {
    const r = combine(c.not, truth);
    return r === null ? null : !r;
  }
  const results = ("all" in c ? c.all : c.any).map((x) => combine(x, truth));
  const decisive = "all" in c ? false : true;
  if (results.includes(decisive)) return decisive;
  return results.includes(null) ? null : !decisive;
}

/**
 * The missing facts that leave `c` unknown: only those under unknown subtrees (a decided
 * branch needs nothing), in document order, each shared condition visited once.
 */
export function missingFacts(c: Tree, truth: Truths, facts: FactValues): string[] {
  const missing = new Set<string>();
  const seen = new Set<Shared>();
  const visit = (n: Tree): void => {
    if (combine(n, truth) !== null) return;
    if (isLeaf(n)) {
      for (const f of leafFacts(n)) if (facts[f] === undefined) missing.add(f);
    } else if (!("use" in n)) children(n).forEach(visit);
    else if (!seen.has(n.use)) {
      seen.add(n.use);
      visit(n.use.tree);
    }
  };
  visit(c);
  return [...missing];
}
