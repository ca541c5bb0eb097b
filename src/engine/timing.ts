/**
 * Until when a condition that holds now keeps holding: the end of a measure's validity, of
 * an HNTE certificate, of the "newly recognised" year. Conditions that time will make hold
 * say from when (levers.ts, `heldFrom`).
 */
import { addDays } from "../profile/index.js";
import type { Leaf } from "../ruleset/condition.js";
import type { Evaluation } from "./context.js";

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
