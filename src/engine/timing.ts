/**
 * Until when a condition that holds now keeps holding: the end of a measure's validity, of
 * an HNTE certificate, of the "newly recognised" year. Conditions that time will make hold
 * say from when (levers.ts, `heldFrom`).
 */
import { addDays } from "../profile/index.js";
import { type Leaf, leaves, type Tree } from "../ruleset/condition.js";
import type { Evaluation } from "./context.js";
import { decisiveLeaves } from "./decisive.js";

/** How to date the end of a leaf that time alone can end, or undefined when time cannot end it. */
function endOf(leaf: Leaf): ((ev: Evaluation) => string | undefined) | undefined {
  const { fact, operator, value } = leaf;
  if (fact === "asOf" && operator === "lessThanInclusive" && typeof value === "string") return () => value;
  if (fact === "hnteCertified" && value === true) return (ev) => ev.facts.hnteValidUntil as string | undefined;
  if (fact === "hnteNewlyRecognised" && value === true) {
    return (ev) => {
      const first = (ev.profile.certifications ?? []).filter((c) => c.type === "hnte").map((c) => c.issuedOn).sort()[0];
      return first && addDays(first, 365);
    };
  }
  return undefined;
}

/** The last day on which a true leaf still holds, when time alone will end it. */
export function heldUntil(leaf: Leaf, ev: Evaluation): string | undefined {
  return endOf(leaf)?.(ev);
}

const timedCache = new WeakMap<Tree, Leaf[]>();

/** The leaves of a tree that time can end, computed once per tree. */
function timedLeaves(tree: Tree): Leaf[] {
  let timed = timedCache.get(tree);
  if (!timed) timedCache.set(tree, (timed = leaves(tree).filter((l) => endOf(l) !== undefined)));
  return timed;
}

/**
 * An eligible measure's `eligibleUntil`: the earliest day on which one of its decisive
 * conditions stops holding by time alone (ISO), or undefined when none will.
 * @param tree the measure's condition (true on `ev`); @param decisive its decisive leaves, when already known
 */
export function eligibleUntil(tree: Tree, ev: Evaluation, decisive?: ReadonlySet<Leaf>): string | undefined {
  const timed = timedLeaves(tree);
  if (timed.length === 0) return undefined;
  const held = decisive ?? decisiveLeaves(tree, ev.truth);
  let first: string | undefined;
  for (const leaf of timed) {
    const until = held.has(leaf) ? heldUntil(leaf, ev) : undefined;
    if (until !== undefined && (first === undefined || until < first)) first = until;
  }
  return first;
}
