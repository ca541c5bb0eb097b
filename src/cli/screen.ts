/**
 * `npm run screen -- <register.jsonl|register.csv> --out <file> [--as-of YYYY-MM-DD] [--version <v>] [--compare <v>] [--received <ledger>] [--format jsonl|csv] [--shard k/n] [--quiet] [--help]`
 *
 * Screens every enterprise of a register (免申即享: support delivered without an application)
 * against the bundled rule set: one output record per input row (the enterprise's eligible and
 * undetermined measures with amounts and totals, or the row's errors with JSON pointers), then a
 * summary per measure and the overall budget; `--compare` also decides every enterprise under
 * another version and reports who gains and who loses, and the budget difference; `--received`
 * reads a ledger of support already granted or paid, reported apart and left out of the totals
 * (docs/screening.md, "Support received"). A version
 * `<v>` is a number of the bundled rule set, a rule file (a draft, or a version exported from
 * `GET /v1/rulesets/{id}/versions/{v}`) or that route's URL (rules/source.ts). Output: JSONL,
 * or CSV when `--out` ends in `.csv` (docs/screening.md). `--shard k/n` screens only the k-th of n
 * shards of the register (rows k, k+n, …), to JSONL, for `npm run screen:merge` (docs/screening.md,
 * "Shards"). Progress and a short
 * summary go to stderr.
 * Exit codes: 0 done (bad rows included); 2 bad arguments, an unreadable input, a refused CSV
 * header, a ledger with a wrong record, or an unwritable output; 3 no rule-set version for the date or version asked.
 */
import { resolve } from "node:path";
import { IsoDate, todayInShanghai } from "../profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../ruleset/bundled.js";
import { RuleSetNotFoundError, type LoadedRuleSet } from "../ruleset/catalog.js";
import { ruleSource } from "./rules/source.js";
import { RegisterFileError } from "./screen/input-row.js";
import { NO_PROGRESS, progress } from "./screen/progress.js";
import { readReceived } from "./screen/read-received.js";
import { renderReport } from "./screen/report.js";
import { formatOf, parseShard, screenRegister, type RegisterFormat } from "./screen/run.js";
import { type CommandHelp, fail, parseOrFail, usageLine } from "./args.js";

const HELP: CommandHelp = {
  usage: "npm run screen -- <register.jsonl|register.csv> --out <file.jsonl|file.csv> [--as-of YYYY-MM-DD] [--version <v>] [--compare <v>] [--received <ledger>] [--format jsonl|csv] [--shard k/n] [--quiet]",
  about: "Screens every enterprise of a register against the bundled rule set (免申即享): one output record per input row (eligible and undetermined measures with amounts, or the row's errors), then a summary per measure and the budget. docs/screening.md describes the files.",
  options: [
    ["<register>", "the register: JSONL (one EnterpriseProfile a line) or CSV (dotted headers), by its extension"],
    ["--out <file>", "where to write: .csv gives CSV (and <file>.summary.csv), anything else JSONL"],
    ["--as-of YYYY-MM-DD", "the evaluation date (default: today in Asia/Shanghai)"],
    ["--version <v>", "the rule-set version to screen with (default: the one in force on the date): a version YYYY.N.P, a rule file (a draft, or a version exported from the API) or the API's URL of a version"],
    ["--compare <v>", "also decide every enterprise under this version (given the same ways): who gains, who loses, the budget difference"],
    ["--received <ledger>", "support already granted or paid (JSONL or CSV: creditCode, measureId, status, amount, date, reference, fiscalYear): reported apart, left out of the totals"],
    ["--format jsonl|csv", "the register's format when its extension does not say"],
    ["--shard k/n", "screen only shard k of n (the rows at positions k, k+n, k+2n, … of the register), to JSONL; npm run screen:merge joins the n files into the whole run's"],
    ["--quiet", "no progress or summary on stderr"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 done (bad rows included); 2 bad arguments, an unreadable input, a refused CSV header, a ledger with a wrong record or an unwritable output; 3 no rule-set version for the date or version",
};

const { values, positionals } = parseOrFail({
  out: { type: "string" },
  "as-of": { type: "string" },
  version: { type: "string" },
  compare: { type: "string" },
  received: { type: "string" },
  format: { type: "string" },
  shard: { type: "string" },
  quiet: { type: "boolean", default: false },
}, HELP);
const USAGE = usageLine(HELP);
if (positionals.length !== 1) fail(2, `give one register file\n${USAGE}`);
const input = positionals[0]!;
if (!values.out) fail(2, `--out is required\n${USAGE}`);
const out = values.out;
if (resolve(out) === resolve(input)) fail(2, `--out ${out} is the input file: choose another name`);
if (values["as-of"] !== undefined && !IsoDate.safeParse(values["as-of"]).success) fail(2, `--as-of must be a date YYYY-MM-DD, got "${values["as-of"]}"\n${USAGE}`);
if (values.format !== undefined && values.format !== "jsonl" && values.format !== "csv") fail(2, `--format must be jsonl or csv, got "${values.format}"\n${USAGE}`);
const shard = values.shard === undefined ? undefined : parseShard(values.shard) ?? fail(2, `--shard must be k/n with 1 ≤ k ≤ n, e.g. 2/4, got "${values.shard}"\n${USAGE}`);
if (shard && formatOf(out) === "csv") fail(2, `--shard writes JSONL for npm run screen:merge: give --out a .jsonl name (the merge writes CSV if asked)\n${USAGE}`);
const asOf = values["as-of"] ?? todayInShanghai();

/** The version an argument names, or the exit. */
async function version(arg: string): Promise<LoadedRuleSet> {
  const s = await ruleSource(arg, { root: process.cwd(), id: DEFAULT_RULESET_ID, catalog: bundledCatalog });
  return "code" in s ? fail(s.code, s.message) : s.loaded;
}

let loaded: LoadedRuleSet;
try {
  loaded = values.version === undefined ? (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, asOf }) : await version(values.version);
} catch (e) {
  if (e instanceof RuleSetNotFoundError) fail(3, e.message);
  throw e;
}
const other = values.compare === undefined ? undefined : await version(values.compare);

const started = performance.now();
try {
  const received = values.received === undefined ? undefined : readReceived(values.received);
  const { summary, files } = await screenRegister({
    input, out, asOf, loaded, other, received, receivedFile: values.received, format: values.format as RegisterFormat | undefined, shard,
    progress: values.quiet ? () => NO_PROGRESS : (expected) => progress(expected),
  });
  if (!values.quiet) process.stderr.write(renderReport(summary, (performance.now() - started) / 1000, files) + "\n");
} catch (e) {
  if (e instanceof RegisterFileError) fail(2, e.message);
  if (typeof (e as NodeJS.ErrnoException).code === "string") fail(2, (e as Error).message); // an I/O error: Node's message names the file
  throw e;
}
