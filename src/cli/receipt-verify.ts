/**
 * `npm run receipt:verify -- <receipt.json> --keys <keys.json> [--result <result.json>]`: checks
 * a decision receipt offline with the public keys alone. The command is src/cli/receipt/verify.ts.
 */
import { receiptVerify } from "./receipt/verify.js";
import { runMain } from "./rules/io.js";

await runMain(receiptVerify);
