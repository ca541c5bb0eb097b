/**
 * `npm run rules:check [file…]`: lints rule files (default: every `rules/<id>/<version>.json`)
 * with `lintRuleSet` — the other versions on disk and on the command line as `others`, today in
 * Asia/Shanghai, the measures the cases test (fixtures/cases for the default rule set,
 * rules/<id>/cases for each) and the cases' dates and versions (a version no case tests is a
 * warning, an error with `--require-cases`). A file under rules/ that src/ruleset/bundled.ts does
 * not import gets a `not-bundled` warning: the Worker would not serve it.
 * Output: errors (file, JSON pointer, message, rule), then warnings apart, then a count;
 * `--json` prints `{ ok, files: [{ file, ok, errors, warnings }] }`.
 * Exit codes: 0 no error; 1 an error in some file; 2 bad arguments or an unreadable file.
 */
import { resolve } from "node:path";
import { caseRulesetId } from "../../engine/case.js";
import { BUNDLED_FILES, DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import { type Finding, lintRuleSet, type VersionInfo, type VersionQuery } from "../../ruleset/lint.js";
import { caseFiles, display, readJson, ruleFiles } from "./files.js";
import { type CommandHelp, parseCommand, usageLine } from "../args.js";
import { type CliIO, endEarly } from "./io.js";

const HELP: CommandHelp = {
  usage: "npm run rules:check -- [rules/<id>/<version>.json …] [--json] [--require-cases]",
  about: "Lints rule files (default: every rules/<id>/<version>.json) as POST /v1/rulesets/validate does: errors (publishing is refused) with file, JSON pointer, message and rule id, then warnings apart. docs/rules.md lists the rules.",
  options: [
    ["<file>…", "the rule files to check (default: all under rules/)"],
    ["--json", "print { ok, files: [{ file, ok, errors, warnings }] }"],
    ["--require-cases", "a version no case tests is an error, not a warning"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 no error (warnings allowed); 1 an error in some file; 2 bad arguments or an unreadable file",
};
const USAGE = usageLine(HELP);

/**
 * A finding of the command: lint's rules, and two of its own — `json-syntax` (the file is not
 * JSON; the API answers 400 itself) and `not-bundled` (a warning: src/ruleset/bundled.ts does
 * not import the file, so the Worker would not serve it).
 */
type FileFinding = Omit<Finding, "rule"> & { rule: Finding["rule"] | "json-syntax" | "not-bundled" };

/** One file's report. */
interface FileReport { file: string; ok: boolean; errors: FileFinding[]; warnings: FileFinding[]; }

const info = (json: unknown): VersionInfo | undefined => {
  const o = json as Partial<Record<keyof VersionInfo, unknown>> | null;
  return o && typeof o.id === "string" && typeof o.version === "string" && typeof o.effectiveFrom === "string"
    ? { id: o.id, version: o.version, effectiveFrom: o.effectiveFrom }
    : undefined;
};

/** What the cases say about each rule set: the measures they test (from `expect`) and their dates and pinned versions. A broken case file counts for nothing. */
function readCases(root: string): Map<string, { measures: Set<string>; queries: VersionQuery[] }> {
  const byId = new Map<string, { measures: Set<string>; queries: VersionQuery[] }>();
  for (const file of caseFiles(root)) {
    const r = readJson(root, file);
    const c = "json" in r ? (r.json as { expect?: unknown; asOf?: unknown; version?: unknown } | null) : undefined;
    if (!c?.expect || typeof c.expect !== "object") continue;
    const id = caseRulesetId(file) ?? DEFAULT_RULESET_ID;
    const entry = byId.get(id) ?? { measures: new Set<string>(), queries: [] };
    Object.keys(c.expect).forEach((m) => entry.measures.add(m));
    if (typeof c.asOf === "string") entry.queries.push({ id, asOf: c.asOf, ...(typeof c.version === "string" ? { version: c.version } : {}) });
    byId.set(id, entry);
  }
  return byId;
}

/**
 * @param args command-line arguments (files, `--json`); @param io root, output, today
 * @returns the exit code
 */
export async function rulesCheck(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(args, { json: { type: "boolean", default: false }, "require-cases": { type: "boolean", default: false } }, HELP);
  if (!parsed.ok) return endEarly(io, parsed);
  const onDisk = ruleFiles(io.root);
  const targets = parsed.positionals.length ? parsed.positionals.map((f) => display(io.root, f)) : onDisk;
  if (targets.length === 0) {
    io.err(`no rule files under rules/<id>/\n${USAGE}`);
    return 2;
  }
  const reads = new Map([...new Set([...onDisk, ...targets])].map((f) => [f, readJson(io.root, f)]));
  const versions = [...reads].flatMap(([file, r]) => {
    const v = "json" in r ? info(r.json) : undefined;
    return v ? [{ file: resolve(io.root, file), ...v }] : [];
  });
  const cases = readCases(io.root);
  const bundled = new Set(BUNDLED_FILES.map((f) => { const v = info(f); return v && `${v.id}@${v.version}`; }));
  let unreadable = false;
  const reports: FileReport[] = targets.map((file) => {
    const r = reads.get(file)!;
    if ("unreadable" in r) {
      unreadable = true;
      io.err(`${file}: cannot read: ${r.unreadable}`);
      return { file, ok: false, errors: [], warnings: [] };
    }
    if ("syntax" in r) return { file, ok: false, errors: [{ pointer: "", message: `not JSON: ${r.syntax}`, rule: "json-syntax" }], warnings: [] };
    const self = resolve(io.root, file);
    const v = info(r.json);
    const report = lintRuleSet(r.json, {
      others: versions.filter((o) => o.file !== self).map(({ id, version, effectiveFrom }) => ({ id, version, effectiveFrom })),
      today: io.today,
      measuresWithCases: cases.get(v?.id ?? DEFAULT_RULESET_ID)?.measures ?? new Set(),
      cases: cases.get(v?.id ?? DEFAULT_RULESET_ID)?.queries ?? [],
      requireCases: parsed.values["require-cases"],
    });
    const warnings: FileFinding[] = [...report.warnings];
    if (v && /^rules\/[^/]+\/[^/]+\.json$/.test(file) && !bundled.has(`${v.id}@${v.version}`)) {
      warnings.push({ pointer: "", rule: "not-bundled", message: `src/ruleset/bundled.ts does not import ${v.id} ${v.version}: the Worker will not serve it — add an import line there` });
    }
    return { file, ok: report.ok, errors: report.errors, warnings };
  });
  if (parsed.values.json) io.out(JSON.stringify({ ok: reports.every((r) => r.ok), files: reports }, null, 2));
  else print(reports, io);
  return unreadable ? 2 : reports.some((r) => !r.ok) ? 1 : 0;
}

function print(reports: FileReport[], io: CliIO): void {
  const line = (file: string, f: FileFinding) => `  ${file} ${f.pointer || "/"}: ${f.message} [${f.rule}]`;
  const errors = reports.flatMap((r) => r.errors.map((f) => line(r.file, f)));
  const warnings = reports.flatMap((r) => r.warnings.map((f) => line(r.file, f)));
  if (errors.length) io.out(["errors:", ...errors].join("\n"));
  if (warnings.length) io.out(["warnings:", ...warnings].join("\n"));
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? "" : "s"}`;
  io.out(`checked ${n(reports.length, "file")}: ${n(errors.length, "error")}, ${n(warnings.length, "warning")}`);
}
