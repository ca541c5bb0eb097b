/**
 * The shape of the posted JSON, checked first and by loops alone (src/profile/json-depth.ts):
 * nesting past `MAX_JSON_DEPTH`, which every later check would walk by recursion into a stack
 * overflow, and keys that name JavaScript's object machinery (`__proto__`, `constructor`,
 * `prototype`), which parsers and schemas drop or misread — the version stored (and hashed)
 * would not be the one sent.
 */
import { eachContainer, MAX_JSON_DEPTH, pathOf } from "../../profile/index.js";
import { MAX_CONDITION_DEPTH } from "./expansion.js";
import type { Collector } from "./finding.js";

/** Keys refused anywhere in a rule set. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Reports the rule set's prototype keys, and where it first nests past the limit.
 * @param json the posted JSON, any value
 * @returns true when it nests too deep: no other check may walk it
 */
export function lintShape(json: unknown, c: Collector): boolean {
  let deepest = 0;
  let first: (string | number)[] | undefined;
  eachContainer(json, (place) => {
    deepest = Math.max(deepest, place.depth);
    if (place.depth > MAX_JSON_DEPTH && !first) first = pathOf(place);
    if (Array.isArray(place.value)) return;
    for (const key of Object.keys(place.value)) {
      if (!PROTOTYPE_KEYS.has(key)) continue;
      c.reportWhole("prototype-key", [...pathOf(place), key],
        `the key "${key}" names part of every JavaScript object: parsers and schemas drop or misread it, so the version stored would not be the one sent — rename it`);
    }
  });
  if (first) {
    c.report("nesting-too-deep", first,
      `arrays and objects nest ${deepest.toLocaleString("en-US")} levels deep here; a rule set may nest at most ${MAX_JSON_DEPTH} (its conditions at most ${MAX_CONDITION_DEPTH} levels of all/any/not: docs/rules.md "Limits")`);
  }
  return first !== undefined;
}
