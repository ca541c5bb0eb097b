/**
 * The RuleSet schema (src/ruleset/schema.ts) over the posted JSON, its issues as findings
 * (rule `schema`, or `unknown-field` with the closest known field name). Keys a specific rule
 * has already reported (`path`, `priority`, `event`, the `all` of an `any`+`all` node…) are
 * removed from the copy the schema sees, so each problem is reported once, by its clearest rule;
 * schema issues at the pointer of a specific error are dropped for the same reason.
 */
import type * as z from "zod";
import { readableIssues } from "../../profile/index.js";
import { Amount, Band } from "../amount.js";
import { Leaf } from "../condition.js";
import type { JsonPath } from "../pointer.js";
import { Apply, Channel, DatedValue, Measure, RuleSet, Source } from "../schema.js";
import { LINT_RULES, type RuleId } from "./rules.js";
import type { Collector, RawFinding } from "./finding.js";
import { asObject, show } from "./json.js";
import { didYouMean } from "./suggest.js";

/** Every field name the rule-set format knows, for spelling hints. */
const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  ...[RuleSet, Measure, Source, Channel, Apply, DatedValue, Leaf, Band, ...Amount.options].flatMap((s) => Object.keys(s.shape)),
  "all", "any", "not", "condition", "fact", "parameter", "lookup", "table", "divideBy", "value", "label", "zh-CN", "en",
]);

/** The result of the schema pass. */
export interface SchemaPass {
  findings: RawFinding[];
  /** the parsed rule set, when the schema accepts the JSON as posted (nothing stripped) */
  ruleset?: RuleSet;
}

/** A deep copy of `json` without the keys at `strips`. */
function without(json: unknown, strips: readonly JsonPath[]): unknown {
  if (strips.length === 0) return json;
  const copy = structuredClone(json);
  for (const path of strips) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[key];
    const parent = asObject(node);
    if (parent) delete parent[path.at(-1) as string];
  }
  return copy;
}

/** zod's "Invalid input: expected string, received undefined" → `required field "title" is missing`. */
function message(issue: z.core.$ZodIssue): string {
  const key = issue.path.at(-1);
  return /received undefined$/.test(issue.message) && key !== undefined ? `required field ${show(key)} is missing` : issue.message;
}

/**
 * Parses the posted JSON with the RuleSet schema, after removing the keys specific rules reported.
 * @param c the specific rules' collector: its strips, and the paths of its errors and silences
 *        (where the schema's issues are dropped)
 */
export function schemaPass(json: unknown, c: Collector): SchemaPass {
  const parsed = RuleSet.safeParse(without(json, c.strips));
  if (parsed.success) return { findings: [], ...(c.strips.length === 0 ? { ruleset: parsed.data } : {}) };
  const errors = [...c.findings.filter((f) => LINT_RULES[f.rule].severity === "error").map((f) => f.path), ...c.silenced].map((p) => p.join("\u0000"));
  const explained = (path: JsonPath, custom: boolean) => {
    const key = path.join("\u0000");
    return errors.some((e) => e === key || (custom && e.startsWith(key + "\u0000")));
  };
  const findings: RawFinding[] = readableIssues(parsed.error.issues).flatMap((issue): RawFinding[] => {
    const path = issue.path as (string | number)[];
    if (issue.code === "unrecognized_keys") {
      return issue.keys
        .filter((key) => !explained([...path, key], false))
        .map((key) => ({ rule: "unknown-field" as RuleId, path: [...path, key], message: `unknown field ${show(key)}: not part of the rule-set format (rules/ruleset.schema.json)${didYouMean(key, KNOWN_FIELDS)}` }));
    }
    if (explained(path, issue.code === "custom")) return [];
    return [{ rule: "schema", path, message: message(issue) }];
  });
  return { findings };
}
