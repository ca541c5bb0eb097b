/**
 * `npm run screen:merge -- <shard.jsonl>… --out <file.jsonl|file.csv> [--version <v>] [--quiet] [--help]`
 *
 * Joins the n shard files of one screening (`npm run screen -- --shard k/n`, each run where the
 * register may be, e.g. on machines of a government cloud) into the file one run over the whole
 * register writes: rows in input order, the summary recomputed (docs/screening.md, "Shards").
 * CSV output needs the screened version: bundled, or given with `--version` as `npm run screen` takes it.
 * Exit codes: 0 merged; 2 bad arguments, a file that is not a shard, shards not 1…n of one screening, or an unwritable output.
 */
import { resolve } from "node:path";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../ruleset/bundled.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { type CommandHelp, fail, parseOrFail, usageLine } from "./args.js";
import { ruleSource } from "./rules/source.js";
import { RegisterFileError } from "./screen/input-row.js";
import { mergeShards } from "./screen/merge.js";
import { renderReport } from "./screen/report.js";
import { formatOf } from "./screen/run.js";

const HELP: CommandHelp = {
  usage: "npm run screen:merge -- <shard.jsonl>… --out <file.jsonl|file.csv> [--version <v>] [--quiet]",
  about: "Joins the shards of one screening (npm run screen -- --shard k/n) into the whole run's file: every row in input order, the summary recomputed. docs/screening.md, \"Shards\".",
  options: [
    ["<shard.jsonl>…", "every shard 1…n of one screening, in any order"],
    ["--out <file>", "where to write: .csv gives CSV (and <file>.summary.csv), anything else JSONL"],
    ["--version <v>", "for CSV, when the screened version is not bundled: the rule file or URL the shards were screened with"],
    ["--quiet", "no summary on stderr"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 merged; 2 bad arguments, a file that is not a shard, shards not 1…n of one screening, or an unwritable output",
};

const { values, positionals } = parseOrFail({ out: { type: "string" }, version: { type: "string" }, quiet: { type: "boolean", default: false } }, HELP);
const USAGE = usageLine(HELP);
if (positionals.length === 0) fail(2, `give the shard files\n${USAGE}`);
if (!values.out) fail(2, `--out is required\n${USAGE}`);
const out = values.out;
if (positionals.some((p) => resolve(p) === resolve(out))) fail(2, `--out ${out} is one of the shards: choose another name`);

/** The screened version for CSV: `--version`, else the bundled version the first shard names (its hash is checked by the merge). */
async function versionForCsv(): Promise<LoadedRuleSet | undefined> {
  if (formatOf(out) !== "csv") return undefined;
  if (values.version !== undefined) {
    const s = await ruleSource(values.version, { root: process.cwd(), id: DEFAULT_RULESET_ID, catalog: bundledCatalog });
    return "code" in s ? fail(2, s.message) : s.loaded;
  }
  const { createReadStream } = await import("node:fs");
  const { createInterface } = await import("node:readline");
  for await (const line of createInterface({ input: createReadStream(positionals[0]!) })) {
    const run = JSON.parse(line) as { ruleset?: { id: string; version: string } };
    const catalog = await bundledCatalog();
    return run.ruleset && catalog.has(run.ruleset.id, run.ruleset.version) ? catalog.resolve({ id: run.ruleset.id, version: run.ruleset.version, asOf: "9999-12-31" }) : undefined;
  }
  return undefined;
}

const started = performance.now();
try {
  const { summary, files } = await mergeShards(positionals, out, await versionForCsv());
  if (!values.quiet) process.stderr.write(renderReport(summary, (performance.now() - started) / 1000, files) + "\n");
} catch (e) {
  if (e instanceof RegisterFileError) fail(2, e.message);
  if (e instanceof SyntaxError || typeof (e as NodeJS.ErrnoException).code === "string") fail(2, (e as Error).message);
  throw e;
}
