/**
 * The smallest set of false leaves whose fixing would make a condition tree true, when only
 * some leaves can be fixed (facts the enterprise can change, or time that will pass).
 */
import { isLeaf, type Leaf, type Shared, type Tree } from "../ruleset/condition.js";
import type { Truths } from "./evaluate.js";

type Fix = Leaf[] | null;

/**
 * @param c the tree; @param truth each leaf's truth
 * @param fixable whether a false leaf can be made true
 * @returns the leaves to fix (empty when `c` already holds), or null when it cannot be made to
 *          hold this way (an unfixable false leaf, an unknown leaf, or a `not` that would need a
 *          flip). A shared condition is worked out once per way of fixing (below a `not`, none).
 */
export function minimalFix(c: Tree, truth: Truths, fixable: (leaf: Leaf) => boolean): Fix {
  /** each shared condition's fix, when its leaves can be fixed (true) and when none can (false) */
  const fixes = { true: new Map<Shared, Fix>(), false: new Map<Shared, Fix>() };
  const falsity = new Map<Shared, boolean>();

  const fix = (n: Tree, canFix: boolean): Fix => {
    if (isLeaf(n)) {
      const t = truth.get(n) ?? null;
      return t === true ? [] : t === false && canFix && fixable(n) ? [n] : null;
    }
    if ("use" in n) {
      const memo = fixes[`${canFix}`];
      if (!memo.has(n.use)) memo.set(n.use, fix(n.use.tree, canFix));
      return memo.get(n.use)!;
    }
    if ("not" in n) {
      // `not x` holds without changes when x is false (known false, no unknown); it is never fixed by changing facts
      return fix(n.not, false) === null && allKnownFalse(n.not) ? [] : null;
    }
    const parts = ("all" in n ? n.all : n.any).map((x) => fix(x, canFix));
    if ("all" in n) return parts.includes(null) ? null : [...new Set(parts.flat() as Leaf[])];
    const options = parts.filter((p): p is Leaf[] => p !== null).sort((a, b) => a.length - b.length);
    return options[0] ?? null;
  };

  const allKnownFalse = (x: Tree): boolean => {
    if (isLeaf(x)) return truth.get(x) === false;
    if ("use" in x) {
      if (!falsity.has(x.use)) falsity.set(x.use, allKnownFalse(x.use.tree));
      return falsity.get(x.use)!;
    }
    if ("not" in x) return false;
    return "all" in x ? x.all.some(allKnownFalse) : x.any.every(allKnownFalse);
  };

  return fix(c, true);
}
