/** The JSON Schema of a rule-set file, for rule authors' editors (`rules/ruleset.schema.json`). */
import * as z from "zod";
import { RuleSet } from "./schema.js";

/** The JSON Schema (draft 2020-12) text, as committed: 2-space indent, final newline. */
export function ruleSetJsonSchema(): string {
  const schema = z.toJSONSchema(RuleSet, { io: "input", unrepresentable: "any" });
  return JSON.stringify(
    { ...schema, $id: "https://policy-match.example/rules/ruleset.schema.json", title: "policy-match rule set" },
    null,
    2,
  ) + "\n";
}
