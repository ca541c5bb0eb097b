/**
 * References to named conditions (`{ "condition": "name" }`, json-rules-engine's shared
 * conditions): each must name an entry of the rule set's `conditions`, and named conditions must
 * not refer to each other in a cycle (found by a loop: a chain of any length costs no stack).
 */
import type { JsonPath } from "../pointer.js";
import { referenceOrder } from "../reference-order.js";
import type { Collector } from "./finding.js";
import { asArray, asObject, has, type Obj } from "./json.js";
import { PROTOTYPE_KEYS } from "./shape.js";
import { didYouMean } from "./suggest.js";

/** Every reference in a raw tree, with its path. */
function refs(node: unknown, path: JsonPath): { name: string; path: JsonPath }[] {
  const n = asObject(node);
  if (!n) return [];
  const own = typeof n.condition === "string" ? [{ name: n.condition, path: [...path, "condition"] }] : [];
  return [
    ...own,
    ...(["all", "any"] as const).flatMap((k) => asArray(n[k]).flatMap((child, i) => refs(child, [...path, k, i]))),
    ...(has(n, "not") ? refs(n.not, [...path, "not"]) : []),
  ];
}

/**
 * Lints the references of a raw rule set.
 * @param root the posted JSON object
 */
export function lintReferences(root: Obj, c: Collector): void {
  const shared = asObject(root.conditions) ?? {};
  const names = Object.keys(shared);
  const check = (tree: unknown, path: JsonPath) => {
    for (const r of refs(tree, path)) {
      if (!has(shared, r.name)) c.report("unknown-condition", r.path, `refers to condition "${r.name}", which the rule set's "conditions" does not define${didYouMean(r.name, names)}`);
      else if (PROTOTYPE_KEYS.has(r.name)) c.silence(path); // the definition is refused (prototype-key), not the reference
    }
  };
  asArray(root.measures).forEach((m, i) => check(asObject(m)?.conditions, ["measures", i, "conditions"]));
  for (const name of names) check(shared[name], ["conditions", name]);

  for (const cycle of referenceOrder(names, (name) => refs(shared[name], []).map((r) => r.name)).cycles) {
    c.report("condition-cycle", ["conditions", cycle[0]!], `named conditions refer to each other in a cycle: ${cycle.join(" → ")}`);
  }
}
