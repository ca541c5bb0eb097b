/**
 * A measure's own validity window as conditions on the evaluation date, so that a measure
 * outside it is `ineligible` and the trace says why (DESIGN.md "Resolution": "A measure outside
 * its own validity on asOf is reported as ineligible with that reason").
 */
import { type Condition, type Leaf, shareConditions, type Tree } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";

/** The resolver of a version without named conditions. */
const noneShared = shareConditions({}).resolve;

/**
 * The measure's conditions with references resolved to the version's shared named conditions,
 * preceded by `asOf ≥ validFrom` and `asOf ≤ validTo` when set. Built once per version by
 * `compile` (compiled.ts), which keeps it.
 * @param resolve resolves references (`shareConditions(ruleset.conditions).resolve`); the
 *        default knows no named condition
 */
export function validityCondition(m: Measure, resolve: (c: Condition) => Tree = noneShared): Tree {
  const window: Leaf[] = [];
  if (m.validFrom) {
    window.push({ fact: "asOf", operator: "greaterThanInclusive", value: m.validFrom, clause: `${m.source.number ?? m.source.title}: 自 ${m.validFrom} 起施行 / in force from ${m.validFrom}` });
  }
  if (m.validTo) {
    window.push({ fact: "asOf", operator: "lessThanInclusive", value: m.validTo, clause: `${m.source.number ?? m.source.title}: 执行至 ${m.validTo} / in force until ${m.validTo}` });
  }
  const own = resolve(m.conditions);
  return window.length ? { all: [...window, own] } : own;
}
