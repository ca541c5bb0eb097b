/**
 * The smallest set of false leaves whose fixing would make a condition tree true, when only
 * some leaves can be fixed (facts the enterprise can change, or time that will pass).
 */
import { assertExpanded, type Condition, isLeaf, type Leaf } from "../ruleset/condition.js";
import type { Truths } from "./evaluate.js";

/**
 * @param c the tree; @param truth each leaf's truth
 * @param fixable whether a false leaf can be made true
 * @returns the leaves to fix (empty when `c` already holds), or null when it cannot be made to
 *          hold this way (an unfixable false leaf, an unknown leaf, or a `not` that would need a flip)
 */
export function minimalFix(c: Condition, truth: Truths, fixable: (leaf: Leaf) => boolean): Leaf[] | null {
  assertExpanded(c);
  if (isLeaf(c)) {
    const t = truth.get(c) ?? null;
    return t === true ? [] : t === false && fixable(c) ? [c] : null;
  }
  if ("not" in c) return minimalFix(c.not, truth, () => false)?.length === 0 ? null : notHolds(c.not, truth);
  const parts = ("all" in c ? c.all : c.any).map((x) => minimalFix(x, truth, fixable));
  if ("all" in c) return parts.includes(null) ? null : [...new Set(parts.flat() as Leaf[])];
  const options = parts.filter((p): p is Leaf[] => p !== null).sort((a, b) => a.length - b.length);
  return options[0] ?? null;
}

/** `not x` holds without changes when x is false; it is never fixed by changing facts. */
function notHolds(x: Condition, truth: Truths): Leaf[] | null {
  return minimalFix(x, truth, () => false) === null && allKnownFalse(x, truth) ? [] : null;
}

function allKnownFalse(x: Condition, truth: Truths): boolean {
  assertExpanded(x);
  if (isLeaf(x)) return truth.get(x) === false;
  if ("not" in x) return false;
  return "all" in x ? x.all.some((y) => allKnownFalse(y, truth)) : x.any.every((y) => allKnownFalse(y, truth));
}
