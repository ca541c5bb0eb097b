/**
 * The fact registry: every fact a rule may name (DESIGN.md "Facts and conditions"),
 * and the one function that computes their values for a profile on a date.
 */
import { withCurrentAccounts } from "./dated-checks.js";
import { DERIVED_FACTS } from "./derived-facts.js";
import { ABSENT, type FactContext, type FactDef } from "./fact.js";
import { INPUT_FACTS } from "./input-facts.js";

/** All facts by name. */
export const FACTS: ReadonlyMap<string, FactDef> = new Map(
  [...INPUT_FACTS, ...DERIVED_FACTS].map((f) => [f.name, f]),
);

/** Fact values: a name maps to `undefined` when the fact is unknown for this profile. */
export type FactValues = Readonly<Record<string, unknown>>;

/**
 * Computes every registered fact for `ctx.profile` on `ctx.asOf` (accounts older than two years
 * before asOf are left out: see `withCurrentAccounts`).
 * @returns a fresh object (never shared between evaluations)
 */
export function resolveFacts(ctx: FactContext): FactValues {
  const current = { profile: withCurrentAccounts(ctx.profile, ctx.asOf), asOf: ctx.asOf };
  const values: Record<string, unknown> = {};
  for (const fact of FACTS.values()) values[fact.name] = fact.get(current);
  return values;
}

/** The derived facts' values, for the `derived` block of a MatchResult (unknown and ABSENT ones left out). */
export function derivedValues(values: FactValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fact of DERIVED_FACTS) {
    const v = values[fact.name];
    if (fact.name !== "asOf" && v !== undefined && v !== ABSENT) out[fact.name] = v;
  }
  return out;
}
