/**
 * A rule-set version named on the command line (`screen --version/--compare`, `rules:diff`,
 * `rules:impact`), one of:
 * - a version number `YYYY.N.P` of the catalog the command uses;
 * - a rule-set file: a draft as written, or a version saved from
 *   `GET /v1/rulesets/{id}/versions/{version}` (`{ id, version, effectiveFrom, hash, ruleset }`:
 *   the rule set is taken from `ruleset`, and its hash must be the one given — a file changed
 *   after it was exported is refused);
 * - the `http://` or `https://` URL of that route on a running service (fetched once).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Catalog, type LoadedRuleSet, loadRuleSet, RuleSetInvalidError, RuleSetNotFoundError } from "../../ruleset/catalog.js";
import { Version } from "../../ruleset/schema.js";
import { display, readJson } from "./files.js";

/** The version, or the exit code (2 bad argument or file, 3 no such version) and why. */
export type Source = { loaded: LoadedRuleSet } | { code: 2 | 3; message: string };

/** Where to look a version number up, and where files are relative to. */
export interface SourceContext {
  /** the directory relative paths start from */
  root: string;
  /** the rule set a version number belongs to */
  id: string;
  /** the catalog of version numbers (built on first need) */
  catalog: () => Promise<Catalog>;
}

type Envelope = { hash: string; ruleset: unknown };
const isEnvelope = (j: unknown): j is Envelope =>
  j !== null && typeof j === "object" && "ruleset" in j && typeof (j as { hash?: unknown }).hash === "string";

/** The rule set in a file's or a response's JSON, checked. */
function fromJson(json: unknown, where: string): Source {
  const raw = isEnvelope(json) ? json.ruleset : json;
  try {
    const loaded = loadRuleSet(raw);
    if (isEnvelope(json) && json.hash !== loaded.hash) {
      return { code: 2, message: `${where}: the rule set's hash is ${loaded.hash}, not the ${json.hash} it was exported with: it was changed since — export it again` };
    }
    return { loaded };
  } catch (e) {
    if (!(e instanceof RuleSetInvalidError)) throw e;
    return { code: 2, message: `${where}: not a valid rule set (npm run rules:check -- ${where} says more)\n${e.issues.map((i) => `  ${i}`).join("\n")}` };
  }
}

async function fromUrl(url: string): Promise<Source> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: "application/json" } });
  } catch (e) {
    return { code: 2, message: `${url}: cannot fetch: ${(e as Error).cause ?? (e as Error).message}` };
  }
  const body = await res.text();
  if (!res.ok) {
    const detail = (() => { try { return (JSON.parse(body) as { detail?: string }).detail; } catch { return undefined; } })();
    return { code: res.status === 404 ? 3 : 2, message: `${url}: ${res.status} ${res.statusText}${detail ? `: ${detail}` : ""}` };
  }
  try {
    return fromJson(JSON.parse(body), url);
  } catch {
    return { code: 2, message: `${url}: the answer is not JSON` };
  }
}

/**
 * @param arg the argument as typed
 * @returns the loaded version, or the exit code and message
 */
export async function ruleSource(arg: string, ctx: SourceContext): Promise<Source> {
  if (/^https?:\/\//i.test(arg)) return fromUrl(arg);
  if (existsSync(resolve(ctx.root, arg)) || arg.endsWith(".json")) {
    const file = display(ctx.root, arg);
    const r = readJson(ctx.root, arg);
    if ("unreadable" in r) return { code: 2, message: `${file}: cannot read: ${r.unreadable}` };
    if ("syntax" in r) return { code: 2, message: `${file}: not JSON: ${r.syntax}` };
    return fromJson(r.json, file);
  }
  if (!Version.safeParse(arg).success) return { code: 2, message: `"${arg}" is neither a file, a URL nor a version YYYY.N.P` };
  let catalog: Catalog;
  try {
    catalog = await ctx.catalog();
  } catch (e) {
    return { code: 2, message: `the rule files do not load (run npm run rules:check): ${(e as Error).message}` };
  }
  try {
    return { loaded: catalog.resolve({ id: ctx.id, version: arg, asOf: "9999-12-31" }) };
  } catch (e) {
    if (e instanceof RuleSetNotFoundError) return { code: 3, message: e.message };
    throw e;
  }
}
