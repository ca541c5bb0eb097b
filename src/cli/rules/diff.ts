/**
 * `npm run rules:diff -- <from-file-or-version> <to-file-or-version> [--json] [--as-of YYYY-MM-DD] [--id <ruleset-id>]`:
 * what changed between two rule-set versions — a rule file, or a version of the rule files on
 * disk (`--id`, default the bundled rule set) — structurally (src/ruleset/diff.ts), and the
 * effect on every fixture profile (fixtures/profiles/*.json), both versions decided on one date:
 * `--as-of`, default the later of the two effectiveFrom dates (the day the change takes effect).
 * Text by default; `--json` prints `{ diff, effect }`.
 * Exit codes: 0 done; 2 bad arguments, an unreadable or invalid file; 3 no such version.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { versionEffect } from "../../engine/version-effect.js";
import { EnterpriseProfile, IsoDate, readableIssues } from "../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import type { Catalog } from "../../ruleset/catalog.js";
import { diffRuleSets } from "../../ruleset/diff.js";
import { RuleSet, Version } from "../../ruleset/schema.js";
import { effectText, structureText } from "./diff-text.js";
import { display, diskCatalog, loadProfiles, readJson } from "./files.js";
import { type CommandHelp, parseCommand, usageLine } from "../args.js";
import { type CliIO, endEarly } from "./io.js";

const HELP: CommandHelp = {
  usage: "npm run rules:diff -- <from-file-or-version> <to-file-or-version> [--json] [--as-of YYYY-MM-DD] [--id <ruleset-id>]",
  about: "Shows what changed between two rule-set versions, field by field and condition by condition, then decides every fixture profile under both on one date and lists who gains or loses which measure and how much.",
  options: [
    ["<from> <to>", "a version of the rule files (e.g. 2025.1.0) or a rule file (drafts/2026.1.0.json)"],
    ["--json", "print { diff, effect }"],
    ["--as-of YYYY-MM-DD", "the date both are decided on (default: the later effectiveFrom)"],
    ["--id <ruleset-id>", "the rule set of the versions named (default: the bundled one)"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 done; 2 bad arguments, an unreadable or invalid file; 3 no such version",
};
const USAGE = usageLine(HELP);

/** A side of the diff, or the exit code and message of why it cannot be had. */
type Side = { ruleset: RuleSet } | { code: 2 | 3; message: string };

async function side(arg: string, id: string, io: CliIO, catalog: () => Promise<Catalog>): Promise<Side> {
  if (existsSync(resolve(io.root, arg)) || arg.endsWith(".json")) {
    const file = display(io.root, arg);
    const r = readJson(io.root, arg);
    if ("unreadable" in r) return { code: 2, message: `${file}: cannot read: ${r.unreadable}` };
    if ("syntax" in r) return { code: 2, message: `${file}: not JSON: ${r.syntax}` };
    const parsed = RuleSet.safeParse(r.json);
    if (!parsed.success) {
      const issues = readableIssues(parsed.error.issues).map((i) => `  /${i.path.join("/")}: ${i.message}`);
      return { code: 2, message: `${file}: not a valid rule set (npm run rules:check -- ${file} says more)\n${issues.join("\n")}` };
    }
    return { ruleset: parsed.data };
  }
  if (!Version.safeParse(arg).success) return { code: 2, message: `"${arg}" is neither a file nor a version YYYY.N.P\n${USAGE}` };
  let versionsOnDisk: Catalog;
  try {
    versionsOnDisk = await catalog();
  } catch (e) {
    return { code: 2, message: `the rule files do not load (run npm run rules:check): ${(e as Error).message}` };
  }
  const versions = versionsOnDisk.list().find((s) => s.id === id)?.versions.map((v) => v.version) ?? [];
  if (!versions.includes(arg)) return { code: 3, message: `rule set "${id}" has no version "${arg}"${versions.length ? ` (versions: ${versions.join(", ")})` : ""}` };
  return { ruleset: versionsOnDisk.resolve({ id, version: arg, asOf: "1900-01-01" }).ruleset };
}

/**
 * @param args command-line arguments; @param io root, output
 * @returns the exit code
 */
export async function rulesDiff(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(args, { json: { type: "boolean", default: false }, "as-of": { type: "string" }, id: { type: "string" } }, HELP);
  if (!parsed.ok) return endEarly(io, parsed);
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    io.err(`give two versions or files\n${USAGE}`);
    return 2;
  }
  if (values["as-of"] !== undefined && !IsoDate.safeParse(values["as-of"]).success) {
    io.err(`--as-of must be a date YYYY-MM-DD, got "${values["as-of"]}"\n${USAGE}`);
    return 2;
  }
  const id = values.id ?? DEFAULT_RULESET_ID;
  let loading: Promise<Catalog> | undefined;
  const catalog = () => (loading ??= diskCatalog(io.root));
  const [a, b] = [await side(positionals[0]!, id, io, catalog), await side(positionals[1]!, id, io, catalog)];
  for (const s of [a, b]) {
    if ("code" in s) {
      io.err(s.message);
      return s.code;
    }
  }
  const from = (a as { ruleset: RuleSet }).ruleset, to = (b as { ruleset: RuleSet }).ruleset;
  const asOf = values["as-of"] ?? [from.effectiveFrom, to.effectiveFrom].sort().at(-1)!;
  const profiles = Object.entries(loadProfiles(io.root)).flatMap(([file, json]) => {
    const p = EnterpriseProfile.safeParse(json);
    return p.success ? [{ name: file.replace(/^fixtures\/profiles\//, "").replace(/\.json$/, ""), profile: p.data }] : [];
  });
  const diff = diffRuleSets(from, to);
  const effect = versionEffect(profiles, from, to, asOf);
  if (values.json) io.out(JSON.stringify({ diff, effect }, null, 2));
  else io.out([...structureText(diff), "", ...effectText(effect, from.version, to.version)].join("\n"));
  return 0;
}
