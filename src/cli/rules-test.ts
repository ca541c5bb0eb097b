/**
 * `npm run rules:test -- [case-file-or-dir…]`: run the rule authors' cases and report each as pass/fail.
 * Exit codes: 0 all pass; 1 a failure; 2 bad arguments or rule files that do not load.
 * The command is src/cli/rules/test.ts.
 */
import { rulesTest } from "./rules/test.js";
import { runMain } from "./rules/io.js";

await runMain(rulesTest);
