/**
 * `npm run receipt:verify -- <receipt.json> --keys <keys.json> [--result <result.json>]`:
 * checks a decision receipt offline, with the service's public keys alone (docs/dossiers.md,
 * "Receipts"). `receipt.json` is the receipt, or an answer that carries one (`{ …, receipt }`,
 * as `POST /v1/dossiers/{creditCode}/match` answers); `keys.json` the JWK set of
 * `/.well-known/policy-match/receipt-keys.json` (or a list of JWKs, or one). `--result` (or a
 * `result` beside the receipt) is also checked against the receipt's `resultHash`.
 * Exit codes: 0 the receipt is valid (and the result is the one it states); 1 it is not; 2 bad
 * arguments or a file that cannot be read as JSON.
 */
import { readFileSync } from "node:fs";
import { verifyReceipt } from "../../dossier/receipt.js";
import { canonicalHash } from "../../ruleset/hash.js";
import { type CommandHelp, parseCommand, usageLine } from "../args.js";
import type { CliIO } from "../rules/io.js";

const HELP: CommandHelp = {
  usage: "npm run receipt:verify -- <receipt.json> --keys <keys.json> [--result <result.json>]",
  about: "Checks a decision receipt offline with the service's public keys alone (docs/dossiers.md, \"Receipts\"): its Ed25519 signature, and, with --result, that the result is the one it states.",
  options: [
    ["<receipt.json>", "the receipt, or an answer that carries one ({ …, receipt }, as POST /v1/dossiers/{creditCode}/match answers)"],
    ["--keys <keys.json>", "the JWK set of /.well-known/policy-match/receipt-keys.json (or a list of JWKs, or one)"],
    ["--result <result.json>", "the result the firm was shown, checked against the receipt's resultHash"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 the receipt is valid; 1 it is not; 2 bad arguments or a file that cannot be read as JSON",
};

type Json = Record<string, unknown>;

/** Reads a JSON file, or says why not. */
function readJson(root: string, path: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(readFileSync(path.startsWith("/") ? path : `${root}/${path}`, "utf8")) };
  } catch (e) {
    return { error: `${path}: ${(e as Error).message}` };
  }
}

/** The public keys of a JWK set, a list of JWKs, or one JWK. */
const keysOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : Array.isArray((v as Json | null)?.keys) ? ((v as Json).keys as unknown[]) : [v]);

/** The command (see the file comment). @returns the exit code */
export async function receiptVerify(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(args, { keys: { type: "string" }, result: { type: "string" } }, HELP);
  if (!parsed.ok) {
    (parsed.code === 0 ? io.out : io.err)(parsed.text);
    return parsed.code;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.keys) {
    io.err(`${positionals.length === 0 ? "name the receipt file" : positionals.length > 1 ? "one receipt file at a time" : "--keys <keys.json> is required"}\n${usageLine(HELP)}`);
    return 2;
  }
  const files = [positionals[0]!, values.keys, ...(values.result ? [values.result] : [])].map((f) => readJson(io.root, f));
  const failed = files.find((f) => "error" in f);
  if (failed && "error" in failed) {
    io.err(failed.error);
    return 2;
  }
  const [doc, keys, given] = files.map((f) => (f as { value: unknown }).value) as [Json, unknown, unknown];
  const receipt = (doc?.receipt ?? doc) as Json;
  const outcome = await verifyReceipt(receipt, keysOf(keys));
  if (!outcome.ok) {
    io.out(`INVALID: ${outcome.reason}`);
    return 1;
  }
  const payload = receipt.payload as Json;
  io.out(`valid: decision ${payload.decisionId} for ${payload.creditCode}, rule set ${(payload.ruleset as Json).id} ${(payload.ruleset as Json).version}, as of ${payload.asOf}; signed ${payload.issuedAt} by key ${outcome.keyId}`);
  const found = (given ?? doc?.result) as Json | undefined;
  if (found === undefined) return 0;
  // the result itself, or a decision document { decisionId, …, result } as GET …/decisions/{decisionId} answers it
  const result = found?.measures === undefined && found?.result !== undefined ? found.result : found;
  const hash = canonicalHash(result);
  if (hash !== payload.resultHash) {
    io.out(`INVALID: the result given is not the one the receipt states (its hash is ${hash}, the receipt says ${payload.resultHash})`);
    return 1;
  }
  io.out("the result given is the one the receipt states");
  return 0;
}
