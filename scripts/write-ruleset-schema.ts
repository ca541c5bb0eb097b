/** Writes rules/ruleset.schema.json from the RuleSet zod schema (`npm run schema:write`). */
import { writeFileSync } from "node:fs";
import { parseOrFail } from "../src/cli/args.js";
import { ruleSetJsonSchema } from "../src/ruleset/json-schema.js";

parseOrFail({}, { usage: "npm run schema:write", about: "Writes rules/ruleset.schema.json from the RuleSet zod schema (src/ruleset/schema.ts).", exit: "0 written; 2 bad arguments" });

const file = new URL("../rules/ruleset.schema.json", import.meta.url);
writeFileSync(file, ruleSetJsonSchema());
console.log(`wrote ${file.pathname}`);
