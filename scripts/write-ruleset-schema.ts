/** Writes rules/ruleset.schema.json from the RuleSet zod schema (`npm run schema:write`). */
import { writeFileSync } from "node:fs";
import { ruleSetJsonSchema } from "../src/ruleset/json-schema.js";

const file = new URL("../rules/ruleset.schema.json", import.meta.url);
writeFileSync(file, ruleSetJsonSchema());
console.log(`wrote ${file.pathname}`);
