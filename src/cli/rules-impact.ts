/**
 * `npm run rules:impact -- <draft> [--register <file> | --seed N --count N] [--replaces <v>] [--as-of YYYY-MM-DD] [--out <file.json|file.csv>] [--json]`:
 * a draft's impact on an enterprise register, by measure and firm.
 * Exit codes: 0 done; 2 bad arguments or an unreadable or invalid file; 3 no such version.
 * The command is src/cli/rules/impact.ts.
 */
import { rulesImpact } from "./rules/impact.js";
import { runMain } from "./rules/io.js";

await runMain(rulesImpact);
