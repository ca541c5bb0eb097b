/**
 * Near-misses: ineligible measures that the enterprise could turn eligible by moving facts it
 * controls the way it would move them and within plausible bounds (levers.ts: more R&D, more
 * S&T staff, a higher score…), each gap stated in the profile's own terms, ranked by what the
 * measure would be worth. Every failing condition must have such a gap; otherwise the measure
 * stays "not met" with its failing conditions. A measure that only needs time gets
 * `eligibleFrom` instead.
 */
import { FACTS } from "../profile/index.js";
import type { Leaf, Tree } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";
import type { AmountFenFn } from "./amount-fen.js";
import type { Evaluation } from "./context.js";
import { minimalFix } from "./fixes.js";
import { leverFor } from "./levers.js";
import type { Gap, NearMiss } from "./result.js";

/** What fixing an ineligible measure takes: changes (a near-miss), or only waiting (a date), or nothing in reach. */
export type Reach = { nearMiss: NearMiss } | { eligibleFrom: string } | null;

/**
 * @param m the measure; @param tree its conditions with validity; @param ev the evaluation
 * @param amount its compiled amount (fen), when it has one
 * @returns the near-miss or the date time alone makes it eligible, or null when out of reach
 */
export function reach(m: Measure, tree: Tree, ev: Evaluation, amount?: AmountFenFn): Reach {
  const gaps = new Map<Leaf, Gap>();
  const fix = minimalFix(tree, ev.truth, (leaf) => {
    const g = gaps.get(leaf) ?? leverFor(leaf, ev);
    if (g) gaps.set(leaf, g);
    return g !== null;
  });
  if (!fix || fix.length === 0) return null;
  const needed = fix.map((leaf) => gaps.get(leaf)!);
  if (needed.every((g) => g.from)) return { eligibleFrom: needed.map((g) => g.from!).sort().at(-1)! };
  // price the measure as it would be after the change: a changed input takes its threshold value
  const after: Record<string, unknown> = { ...ev.facts };
  fix.forEach((leaf) => {
    if (FACTS.get(leaf.fact)?.derived === false && typeof leaf.value === "number") after[leaf.fact] = leaf.value;
  });
  const fen = amount?.(after, ev.asOf);
  return {
    nearMiss: {
      measureId: m.id,
      title: m.title,
      gaps: needed,
      valueUnlocked: typeof fen === "number" ? fen / 100 : 0,
      kind: m.amount?.kind ?? null,
    },
  };
}

/** Most valuable first; then fewest gaps; then catalogue order (stable). */
export function rankNearMisses(list: NearMiss[]): NearMiss[] {
  return [...list].sort((a, b) => b.valueUnlocked - a.valueUnlocked || a.gaps.length - b.gaps.length);
}
