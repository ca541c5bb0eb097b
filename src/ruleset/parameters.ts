/** Dated rule-set parameters (e.g. the LPR): the value in force on a date. */
import type { RuleSet } from "./schema.js";

/**
 * The value of parameter `name` in force on `asOf` (ISO date): the last entry whose
 * `from` ≤ `asOf`. `undefined` when the parameter is unknown or not yet in force.
 */
export function parameterOn(ruleset: RuleSet, name: string, asOf: string): { from: string; value: number } | undefined {
  const rows = ruleset.parameters[name];
  return rows?.findLast((r) => r.from <= asOf);
}
