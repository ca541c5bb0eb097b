/**
 * `npm run rules:diff -- <from-file-or-version> <to-file-or-version> [--json] [--as-of YYYY-MM-DD] [--id <ruleset-id>]`:
 * what changed between two versions, and who gains or loses on the fixture profiles.
 * Exit codes: 0 done; 2 bad arguments or an unreadable or invalid file; 3 no such version.
 * The command is src/cli/rules/diff.ts.
 */
import { rulesDiff } from "./rules/diff.js";
import { runMain } from "./rules/io.js";

await runMain(rulesDiff);
