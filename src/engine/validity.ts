/**
 * A measure's own validity window as conditions on the evaluation date, so that a measure
 * outside it is `ineligible` and the trace says why (DESIGN.md "Resolution": "A measure outside
 * its own validity on asOf is reported as ineligible with that reason").
 */
import type { Condition, Leaf } from "../ruleset/condition.js";
import type { Measure } from "../ruleset/schema.js";

/** Cache: the tree for each measure object (rule sets are immutable, parsed once). */
const cache = new WeakMap<Measure, Condition>();

/**
 * The measure's conditions, preceded by `asOf ≥ validFrom` and `asOf ≤ validTo` when set.
 */
export function validityCondition(m: Measure): Condition {
  let tree = cache.get(m);
  if (tree) return tree;
  const window: Leaf[] = [];
  if (m.validFrom) {
    window.push({ fact: "asOf", operator: "greaterThanInclusive", value: m.validFrom, clause: `${m.source.number ?? m.source.title}: 自 ${m.validFrom} 起施行 / in force from ${m.validFrom}` });
  }
  if (m.validTo) {
    window.push({ fact: "asOf", operator: "lessThanInclusive", value: m.validTo, clause: `${m.source.number ?? m.source.title}: 执行至 ${m.validTo} / in force until ${m.validTo}` });
  }
  tree = window.length ? { all: [...window, m.conditions] } : m.conditions;
  cache.set(m, tree);
  return tree;
}
