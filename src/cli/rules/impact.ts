/**
 * `npm run rules:impact -- <draft> [--register <file.jsonl|file.csv> | --seed N --count N] [--replaces <v>] [--as-of YYYY-MM-DD] [--out <file.json|file.csv>] [--json]`:
 * a draft's impact on an enterprise register (src/engine/impact.ts): every firm decided under
 * the version the draft replaces (the one in force on its effectiveFrom without it, from the
 * rule files on disk; `--replaces` names another) and under the draft, on the draft's
 * effectiveFrom (`--as-of` another date). The draft and `--replaces` are a rule file, a
 * version number or a version's URL (source.ts). The register is a file, or the synthetic
 * register generated in memory (default seed 1, 24,800 firms: what `register:generate` writes).
 * Prints a table by measure; `--json` prints the report instead; `--out x.json` writes the
 * report, `--out x.csv` the firms behind the numbers and `x.measures.csv` the table (UTF-8 with
 * a BOM). Exit codes: 0 done; 2 bad arguments, an unreadable or invalid file; 3 no such version.
 */
import { writeFileSync } from "node:fs";
import { impactFirmsCsv, impactMeasuresCsv } from "../../engine/impact-csv.js";
import { registerImpact } from "../../engine/impact.js";
import { jsonlRow } from "../../engine/register-jsonl.js";
import type { RegisterRow } from "../../engine/register-row.js";
import { IsoDate } from "../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import type { Catalog, LoadedRuleSet } from "../../ruleset/catalog.js";
import { generateRegister, jsonlLine } from "../../register/generate.js";
import { RegisterFileError } from "../screen/input-row.js";
import { readCsv } from "../screen/read-csv.js";
import { readJsonl } from "../screen/read-jsonl.js";
import { formatOf } from "../screen/run.js";
import { diskCatalog } from "./files.js";
import { impactText } from "./impact-text.js";
import { type CommandHelp, parseCommand, usageLine } from "../args.js";
import { type CliIO, endEarly } from "./io.js";
import { ruleSource } from "./source.js";

const HELP: CommandHelp = {
  usage: "npm run rules:impact -- <draft> [--register <file.jsonl|file.csv> | --seed N --count N] [--replaces <v>] [--as-of YYYY-MM-DD] [--out <file.json|file.csv>] [--json]",
  about: "A draft's impact on an enterprise register: every firm decided under the version the draft replaces and under the draft, on the draft's effectiveFrom; who gains and loses each measure, and the budget under both. Prints a table by measure.",
  options: [
    ["<draft>", "a rule file, a version number or a version's URL"],
    ["--register <file>", "the register (JSONL or CSV); default the synthetic one, generated in memory"],
    ["--seed N --count N", "the synthetic register's seed and size (default 1 and 24800)"],
    ["--replaces <v>", "the version compared with (default: the one the draft replaces), as a file, number or URL"],
    ["--as-of YYYY-MM-DD", "the date both are decided on (default: the draft's effectiveFrom)"],
    ["--out <file>", ".json writes the report; .csv the firms behind the numbers and <file>.measures.csv the table (UTF-8 with a BOM)"],
    ["--json", "print the report as JSON instead of the table"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 done; 2 bad arguments, an unreadable or invalid file; 3 no such version",
};
const USAGE = usageLine(HELP);

/** The synthetic register's rows, as writing it to JSONL and reading it back would give them. */
function* synthetic(seed: number, count: number): Generator<RegisterRow> {
  for (const row of generateRegister({ seed, count })) yield jsonlRow(jsonlLine(row).trimEnd(), row.index + 1)!;
}

const whole = (s: string | undefined, max: number) => (s !== undefined && /^\d+$/.test(s) && Number(s) <= max ? Number(s) : undefined);

/**
 * @param args command-line arguments; @param io root, output
 * @returns the exit code
 */
export async function rulesImpact(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(args, {
    register: { type: "string" }, seed: { type: "string" }, count: { type: "string" }, replaces: { type: "string" },
    "as-of": { type: "string" }, out: { type: "string" }, json: { type: "boolean", default: false },
  }, HELP);
  if (!parsed.ok) return endEarly(io, parsed);
  const { values, positionals } = parsed;
  const seed = whole(values.seed ?? "1", 0xffff_ffff), count = whole(values.count ?? "24800", 10_000_000);
  const bad = positionals.length !== 1 ? "give one draft"
    : values["as-of"] !== undefined && !IsoDate.safeParse(values["as-of"]).success ? `--as-of must be a date YYYY-MM-DD, got "${values["as-of"]}"`
      : seed === undefined ? `--seed must be a whole number 0–4294967295, got "${values.seed}"`
        : count === undefined ? `--count must be a whole number 0–10000000, got "${values.count}"`
          : values.register !== undefined && (values.seed !== undefined || values.count !== undefined) ? "--register and --seed/--count exclude each other"
            : undefined;
  if (bad) {
    io.err(`${bad}\n${USAGE}`);
    return 2;
  }
  let loading: Promise<Catalog> | undefined;
  const ctx = { root: io.root, id: DEFAULT_RULESET_ID, catalog: () => (loading ??= diskCatalog(io.root)) };
  const draft = await ruleSource(positionals[0]!, ctx);
  if ("code" in draft) return failed(io, draft);
  const after = draft.loaded;
  let before: LoadedRuleSet | undefined;
  if (values.replaces !== undefined) {
    const r = await ruleSource(values.replaces, { ...ctx, id: after.ruleset.id });
    if ("code" in r) return failed(io, r);
    before = r.loaded;
  } else {
    try {
      before = (await ctx.catalog()).replacedBy(after.ruleset);
    } catch (e) {
      return failed(io, { code: 2, message: `the rule files do not load (run npm run rules:check): ${(e as Error).message}` });
    }
  }
  const asOf = values["as-of"] ?? after.ruleset.effectiveFrom;
  const file = values.register;
  const rows = file === undefined ? synthetic(seed!, count!) : formatOf(file) === "csv" ? readCsv(file) : readJsonl(file);
  let report;
  try {
    report = await registerImpact(rows, { before, after, asOf });
  } catch (e) {
    if (e instanceof RegisterFileError || typeof (e as NodeJS.ErrnoException).code === "string") return failed(io, { code: 2, message: (e as Error).message });
    throw e;
  }
  const out = values.out;
  if (out?.toLowerCase().endsWith(".csv")) {
    writeFileSync(out, impactFirmsCsv(report));
    writeFileSync(out.replace(/\.csv$/i, ".measures.csv"), impactMeasuresCsv(report));
  } else if (out !== undefined) writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(impactText(report, file ?? `synthetic (seed ${seed}, ${count} rows)`).join("\n"));
  return 0;
}

function failed(io: CliIO, f: { code: 2 | 3; message: string }): number {
  io.err(f.message);
  return f.code;
}
