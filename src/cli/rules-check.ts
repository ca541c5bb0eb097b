/**
 * `npm run rules:check -- [file…] [--json]`: lint rule files (default: every rules/<id>/*.json).
 * Exit codes: 0 no error (warnings allowed); 1 an error; 2 bad arguments or an unreadable file.
 * The command is src/cli/rules/check.ts.
 */
import { rulesCheck } from "./rules/check.js";
import { runMain } from "./rules/io.js";

await runMain(rulesCheck);
