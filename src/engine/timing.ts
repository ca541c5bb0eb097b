/**
 * Until when a condition that holds now keeps holding: the end of a measure's validity, of
 * an HNTE certificate, of the "newly recognised" year. Conditions that time will make hold
 * say from when (levers.ts, `heldFrom`).
 */
import { addDays } from "../profile/index.js";
import { type Condition, type Leaf, leaves } from "../ruleset/condition.js";
import type { Evaluation } from "./context.js";
import { decisiveLeaves } from "./decisive.js";

/** The last day on which a true leaf still holds, when time alone will end it. */
export function heldUntil(leaf: Leaf, ev: Evaluation): string | undefined {
  if (leaf.fact === "asOf" && leaf.operator === "lessThanInclusive" && typeof leaf.value === "string") return leaf.value;
  if (leaf.fact === "hnteCertified" && leaf.value === true) return ev.facts.hnteValidUntil as string | undefined;
  if (leaf.fact === "hnteNewlyRecognised" && leaf.value === true) {
    const first = (ev.profile.certifications ?? []).filter((c) => c.type === "hnte").map((c) => c.issuedOn).sort()[0];
    return first && addDays(first, 365);
  }
  return undefined;
}

/** Whether time alone can end a leaf that holds (the cases `heldUntil` dates). */
const mayEnd = (leaf: Leaf) =>
  (leaf.fact === "asOf" && leaf.operator === "lessThanInclusive" && typeof leaf.value === "string") ||
  ((leaf.fact === "hnteCertified" || leaf.fact === "hnteNewlyRecognised") && leaf.value === true);

const timedCache = new WeakMap<Condition, Leaf[]>();

/** The leaves of a tree that time can end, computed once per tree. */
function timedLeaves(tree: Condition): Leaf[] {
  let timed = timedCache.get(tree);
  if (!timed) timedCache.set(tree, (timed = leaves(tree).filter(mayEnd)));
  return timed;
}

/**
 * An eligible measure's `eligibleUntil`: the earliest day on which one of its decisive
 * conditions stops holding by time alone (ISO), or undefined when none will.
 * @param tree the measure's condition (true on `ev`); @param decisive its decisive leaves, when already known
 */
export function eligibleUntil(tree: Condition, ev: Evaluation, decisive?: ReadonlySet<Leaf>): string | undefined {
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
