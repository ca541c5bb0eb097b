/**
 * Which alternatives a leaf belongs to: for each `any` above it (outermost first), the `any`
 * as an RFC 6901 pointer into the rule-set version (`/conditions/hnte-article-11/all/3/any`,
 * `/measures/3/conditions/all/12/any`) and the index of the branch the leaf is in. Read from
 * the conditions as written, whose leaves are the very objects of the resolved trees
 * (condition.ts, `shareConditions`); a named condition is walked at its first use only, as
 * `leaves()` lists it.
 */
import { type Condition, isLeaf, type Leaf } from "../ruleset/condition.js";
import type { Measure, RuleSet } from "../ruleset/schema.js";

/** One `any` a leaf is under, and the branch it is in (0-based). */
export interface AnyBranch {
  /** RFC 6901 pointer to the `any` array in the rule-set version */
  any: string;
  branch: number;
}

const cache = new WeakMap<Measure, Map<Leaf, readonly AnyBranch[]>>();

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * @param ruleset the version; @param index the measure's index in `ruleset.measures`
 * @returns each leaf under at least one `any` with its chain of `any`s, outermost first
 *          (leaves under none are absent); computed once per measure
 */
export function alternativesOf(ruleset: RuleSet, index: number): Map<Leaf, readonly AnyBranch[]> {
  const m = ruleset.measures[index]!;
  let found = cache.get(m);
  if (found) return found;
  const out = new Map<Leaf, readonly AnyBranch[]>();
  const seen = new Set<string>();
  const walk = (c: Condition, at: string, chain: readonly AnyBranch[]): void => {
    if (isLeaf(c)) {
      if (chain.length && !out.has(c)) out.set(c, chain);
    } else if ("condition" in c) {
      if (seen.has(c.condition)) return;
      seen.add(c.condition);
      const named = ruleset.conditions?.[c.condition];
      if (named) walk(named, `/conditions/${escape(c.condition)}`, chain);
    } else if ("not" in c) walk(c.not, `${at}/not`, chain);
    else if ("all" in c) c.all.forEach((x, i) => walk(x, `${at}/all/${i}`, chain));
    else c.any.forEach((x, i) => walk(x, `${at}/any/${i}`, [...chain, { any: `${at}/any`, branch: i }]));
  };
  walk(m.conditions, `/measures/${index}/conditions`, []);
  cache.set(m, (found = out));
  return found;
}
