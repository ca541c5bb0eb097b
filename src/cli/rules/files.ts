/**
 * Where rule authors' files live, read from disk: rule files `rules/<id>/<version>.json`, cases
 * `fixtures/cases/**` and `rules/<id>/cases/**`, profiles `fixtures/profiles/*.json`. Paths
 * are reported relative to the repository root with `/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { type Case, CaseFileError, resolveCase } from "../../engine/case.js";
import { Catalog } from "../../ruleset/catalog.js";

/** `path` relative to `root`, with `/` separators (or as given when outside root). */
export function display(root: string, path: string): string {
  const rel = relative(root, resolve(root, path));
  return rel.startsWith("..") ? path : rel.split(sep).join("/");
}

/** JSON files under `dir` (relative to root), recursively when asked, sorted. */
function jsonFiles(root: string, dir: string, recursive: boolean): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return (readdirSync(abs, { recursive }) as string[])
    .filter((f) => f.endsWith(".json"))
    .map((f) => `${dir}/${f.split(sep).join("/")}`)
    .sort();
}

/** Every rule file: `rules/<id>/<version>.json` (not `rules/ruleset.schema.json`, not cases). */
export function ruleFiles(root: string): string[] {
  const rules = join(root, "rules");
  if (!existsSync(rules)) return [];
  return readdirSync(rules, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => jsonFiles(root, `rules/${d.name}`, false))
    .sort();
}

/** Every case file: `fixtures/cases/**` and `rules/<id>/cases/**`. */
export function caseFiles(root: string): string[] {
  const beside = existsSync(join(root, "rules"))
    ? readdirSync(join(root, "rules"), { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => jsonFiles(root, `rules/${d.name}/cases`, true))
    : [];
  return [...jsonFiles(root, "fixtures/cases", true), ...beside];
}

/** A file's JSON, or why it could not be had. */
export type Read = { json: unknown } | { unreadable: string } | { syntax: string };

/** Reads and parses a JSON file; a syntax error says its line and column. */
export function readJson(root: string, file: string): Read {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), "utf8");
  } catch (e) {
    return { unreadable: (e as Error).message };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    if (!at) return { syntax: message };
    const before = text.slice(0, Number(at[1])).split("\n");
    return { syntax: `${message.replace(/ in JSON at position \d+.*$/, "")} (line ${before.length}, column ${before.at(-1)!.length + 1})` };
  }
}

/** Every fixture profile by its path from the root (`fixtures/profiles/x.json`); unreadable ones are left out. */
export function loadProfiles(root: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const file of jsonFiles(root, "fixtures/profiles", false)) {
    const r = readJson(root, file);
    if ("json" in r) out[file] = r.json as Record<string, unknown>;
  }
  return out;
}

/** Every case, and the files that could not be read as cases (with why). */
export function loadCases(root: string, defaultRulesetId: string): { cases: Case[]; broken: { file: string; message: string }[] } {
  const profiles = loadProfiles(root);
  const cases: Case[] = [], broken: { file: string; message: string }[] = [];
  for (const file of caseFiles(root)) {
    const r = readJson(root, file);
    if (!("json" in r)) {
      broken.push({ file, message: "unreadable" in r ? r.unreadable : r.syntax });
      continue;
    }
    try {
      cases.push(resolveCase(r.json, file, profiles, defaultRulesetId));
    } catch (e) {
      if (!(e instanceof CaseFileError)) throw e;
      broken.push({ file, message: e.message.slice(file.length + 2) });
    }
  }
  return { cases, broken };
}

/**
 * The catalog of the rule files on disk (what `npm run rules:test` and `rules:diff` use, so a
 * new version file counts before it is added to src/ruleset/bundled.ts).
 * @throws Error naming the file that cannot be read or parsed (run `npm run rules:check`)
 */
export async function diskCatalog(root: string): Promise<Catalog> {
  const files = ruleFiles(root).map((file) => {
    const r = readJson(root, file);
    if (!("json" in r)) throw new Error(`${file}: ${"unreadable" in r ? r.unreadable : r.syntax}`);
    return r.json;
  });
  return Catalog.load(files);
}
