/**
 * `npm run match -- <profile.json> [--as-of YYYY-MM-DD] [--version YYYY.N.P] [--json] [--lang en|zh-CN] [--help]`
 *
 * Evaluates one profile file (a bare EnterpriseProfile, or a request `{ profile, asOf?, version? }`)
 * on the bundled rule set and prints the result as a table, or the MatchResult JSON with `--json`.
 * Exit codes: 0 done; 2 bad arguments, unreadable file or invalid profile (each error with its
 * JSON pointer); 3 no rule-set version for the date or version asked.
 */
import { readFileSync } from "node:fs";
import { match } from "../engine/match.js";
import { fieldErrors } from "../http/problem.js";
import { MatchRequest } from "../http/schemas.js";
import { datedFieldErrors } from "../http/validation.js";
import { ProfileDateError, todayInShanghai } from "../profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../ruleset/bundled.js";
import { RuleSetNotFoundError } from "../ruleset/catalog.js";
import { renderTable } from "./table.js";
import { type CommandHelp, fail, parseOrFail, usageLine } from "./args.js";

const HELP: CommandHelp = {
  usage: "npm run match -- <profile.json> [--as-of YYYY-MM-DD] [--version YYYY.N.P] [--json] [--lang en|zh-CN]",
  about: "Evaluates one enterprise profile on the bundled rule set and prints every measure as a table: status, amount, and why not or what is missing; then the totals.",
  options: [
    ["<profile.json>", "a bare EnterpriseProfile (as in fixtures/profiles/), or a request { profile, asOf?, version? }"],
    ["--as-of YYYY-MM-DD", "the evaluation date (default: today in Asia/Shanghai)"],
    ["--version YYYY.N.P", "pin a rule-set version (default: the one in force on the date)"],
    ["--json", "print the MatchResult JSON instead of the table"],
    ["--lang en|zh-CN", "the table's language (default zh-CN)"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 done; 2 bad arguments, an unreadable file or an invalid profile (every error with its JSON pointer); 3 no rule-set version for the date or version",
};

const { values, positionals } = parseOrFail({
  "as-of": { type: "string" },
  version: { type: "string" },
  json: { type: "boolean", default: false },
  lang: { type: "string", default: "zh-CN" },
}, HELP);
if (positionals.length !== 1) fail(2, `give one profile file\n${usageLine(HELP)}`);
if (values.lang !== "en" && values.lang !== "zh-CN") fail(2, `--lang must be en or zh-CN\n${usageLine(HELP)}`);

const file = positionals[0]!;
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  fail(2, `${file}: ${(e as Error).message}`);
}
const request = json !== null && typeof json === "object" && "profile" in json ? json : { profile: json };
const overrides = { ...(values["as-of"] ? { asOf: values["as-of"] } : {}), ...(values.version ? { version: values.version } : {}) };
const body = { ...request, ...overrides } as { profile?: unknown; asOf?: unknown };
const parsed = MatchRequest.safeParse(body);
if (!parsed.success) {
  const dated = datedFieldErrors(body.profile, body.asOf, todayInShanghai, ["profile"]);
  fail(2, `${file}: invalid\n` + fieldErrors(parsed.error.issues, dated).map((e) => `  ${e.pointer || "/"}: ${e.message}`).join("\n"));
}

const { profile, asOf = todayInShanghai(), version } = parsed.data;
try {
  const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version, asOf });
  const result = await match(profile, loaded, { asOf });
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + "\n" : renderTable(result, values.lang as "en" | "zh-CN") + "\n");
} catch (e) {
  if (e instanceof RuleSetNotFoundError) fail(3, e.message);
  if (e instanceof ProfileDateError) fail(2, `${file}: invalid on ${asOf}\n` + e.problems.map((p) => `  /${p.path.join("/")}: ${p.message}`).join("\n"));
  throw e;
}
