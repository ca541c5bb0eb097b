/**
 * json-rules-engine rule and condition keys that the measure format replaces (TOOLCHAIN.md
 * "json-rules-engine"): `priority` (0 silently becomes 1), `event` (type `error` crashes a run),
 * `name`, `onSuccess`/`onFailure`, fact `params`. The strict schema refuses them anyway; these
 * checks say why and what to write instead.
 */
import type { JsonPath } from "../pointer.js";
import type { Collector } from "./finding.js";
import { asObject, has, type Obj, show } from "./json.js";

/**
 * Reports the json-rules-engine keys of a measure (`where: "measure"`) or a condition node.
 * @param node the raw object; @param path its path in the posted JSON
 */
export function lintEngineKeys(node: Obj, path: JsonPath, c: Collector, where: "measure" | "condition"): void {
  if (has(node, "priority")) {
    const p = node.priority;
    if (typeof p !== "number" || !(p > 0)) {
      c.reportKey("priority-not-positive", [...path, "priority"],
        `"priority": ${show(p)}: json-rules-engine needs a priority above 0 (it silently turns 0 into 1); ${where}s here take no priority at all — remove it (every measure is evaluated; stacking chooses between rivals)`);
    } else {
      c.reportKey("engine-key", [...path, "priority"],
        `"priority" orders json-rules-engine's evaluation; every measure is evaluated here and the order changes no answer — remove it`);
    }
  }
  if (where === "condition") {
    if (has(node, "params")) {
      c.reportKey("engine-key", [...path, "params"], `fact "params" are not accepted: facts are computed from the profile — name the registered fact that means it (src/profile/registry.ts)`);
    }
    if (has(node, "name")) c.reportKey("engine-key", [...path, "name"], `"name" on a condition is not accepted: put the source text in "clause"`);
    return;
  }
  if (has(node, "event")) {
    const type = asObject(node.event)?.type;
    if (type === "error") {
      c.report("event-type-error", [...path, "event", "type"],
        `an event of type "error" makes json-rules-engine abort the whole run; measures take no event (an eligible measure reports its id, title and amount) — remove "event"`);
      c.strip([...path, "event"]);
    } else {
      c.reportKey("engine-key", [...path, "event"],
        `"event" is a json-rules-engine rule key: an eligible measure reports its own id, title and amount — remove it (a sum goes in "amount")`);
    }
  }
  if (has(node, "name")) c.reportKey("engine-key", [...path, "name"], `a measure is named by "id" (kebab-case, stable across versions) and "title" { "zh-CN", "en" }, not "name"`);
  for (const key of ["onSuccess", "onFailure"]) {
    if (has(node, key)) c.reportKey("engine-key", [...path, key], `"${key}" is a json-rules-engine callback (code): rule files are data only — remove it`);
  }
}
