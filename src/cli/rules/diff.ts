/**
 * `npm run rules:diff -- <from> <to> [--json] [--as-of YYYY-MM-DD] [--id <ruleset-id>]`:
 * what changed between two rule-set versions — each a version of the rule files on disk
 * (`--id`, default the bundled rule set), a rule file (a draft, or a version exported from the
 * API) or the API's URL of a version (source.ts) — structurally (src/ruleset/diff.ts), and the
 * effect on every fixture profile (fixtures/profiles/*.json), both versions decided on one date:
 * `--as-of`, default the later of the two effectiveFrom dates (the day the change takes effect).
 * Text by default; `--json` prints `{ diff, effect }`.
 * Exit codes: 0 done; 2 bad arguments, an unreadable or invalid file; 3 no such version.
 */
import { versionEffect } from "../../engine/version-effect.js";
import { EnterpriseProfile, IsoDate } from "../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import type { Catalog } from "../../ruleset/catalog.js";
import { diffRuleSets } from "../../ruleset/diff.js";
import type { RuleSet } from "../../ruleset/schema.js";
import { effectText, structureText } from "./diff-text.js";
import { diskCatalog, loadProfiles } from "./files.js";
import { type CommandHelp, parseCommand, usageLine } from "../args.js";
import { type CliIO, endEarly } from "./io.js";
import { ruleSource } from "./source.js";

const HELP: CommandHelp = {
  usage: "npm run rules:diff -- <from> <to> [--json] [--as-of YYYY-MM-DD] [--id <ruleset-id>]",
  about: "Shows what changed between two rule-set versions, field by field and condition by condition, then decides every fixture profile under both on one date and lists who gains or loses which measure and how much.",
  options: [
    ["<from> <to>", "each a version of the rule files (e.g. 2025.1.0), a rule file (drafts/2026.1.0.json) or the API's URL of a version"],
    ["--json", "print { diff, effect }"],
    ["--as-of YYYY-MM-DD", "the date both are decided on (default: the later effectiveFrom)"],
    ["--id <ruleset-id>", "the rule set of the versions named (default: the bundled one)"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 done; 2 bad arguments, an unreadable or invalid file; 3 no such version",
};
const USAGE = usageLine(HELP);

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
  const sides: RuleSet[] = [];
  for (const arg of positionals) {
    const s = await ruleSource(arg, { root: io.root, id, catalog });
    if ("code" in s) {
      io.err(s.code === 2 && !s.message.includes("\n") ? `${s.message}\n${USAGE}` : s.message);
      return s.code;
    }
    sides.push(s.loaded.ruleset);
  }
  const [from, to] = sides as [RuleSet, RuleSet];
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
