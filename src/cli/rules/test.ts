/**
 * `npm run rules:test [case-file-or-dir…]`: runs every case (fixtures/cases/**, rules/<id>/cases/**;
 * or those under the paths given) through `match` on the rule files on disk, and prints each as
 * pass or fail; a failure lists the differences (expected and actual status, amount, derived
 * fact) and, for a wrong status, the conditions that decided it (✔ true, ✘ false, ? unknown)
 * and the facts missing.
 * `--coverage` adds each version's coverage by the cases run (src/engine/coverage.ts: conditions
 * seen true and false, thresholds with a case at, just below and just above the line), for every
 * version on disk or those named by `--version`; `--threshold N` (implies `--coverage`) fails a
 * version covered under N %; `--json` prints `{ cases, passed, failed, failures, coverage? }`.
 * Exit codes: 0 every case passes (and coverage reaches the threshold); 1 a case fails, a case
 * file is broken or coverage is under the threshold; 2 bad arguments, rule files that do not
 * load, or no case matches the paths given.
 */
import type { Case } from "../../engine/case.js";
import type { CaseMismatch } from "../../engine/check-case.js";
import { casesOf, coverage, type VersionCoverage } from "../../engine/coverage.js";
import { formatYuan, toFen } from "../../engine/money.js";
import type { MatchResult } from "../../engine/result.js";
import { type CaseOutcome, runCase } from "../../engine/run-case.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import type { Catalog } from "../../ruleset/catalog.js";
import { coverageText } from "./coverage-text.js";
import { display, diskCatalog, loadCases } from "./files.js";
import { type CommandHelp, parseCommand, usageLine } from "../args.js";
import { type CliIO, endEarly } from "./io.js";

const HELP: CommandHelp = {
  usage: "npm run rules:test -- [case-file-or-directory …] [--coverage] [--json] [--threshold <percent>] [--version <YYYY.N.P> …]",
  about: "Runs the rule authors' cases (fixtures/cases, rules/<id>/cases; or those under the paths given) on the rule files on disk and prints each as ✓ or ✗; a failure lists expected and actual status, amount and derived facts, and the conditions that decided it.",
  options: [
    ["<path>…", "case files or directories (default: every case)"],
    ["--coverage", "also each version's coverage by the cases run: conditions seen true and false, thresholds tested at and around the line"],
    ["--threshold <percent>", "fail a version covered under this percentage (implies --coverage)"],
    ["--version <YYYY.N.P>", "the versions to cover (repeatable; default every version on disk)"],
    ["--json", "print { cases, passed, failed, failures, coverage? }"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 every case passes (and coverage reaches the threshold); 1 a case fails, a case file is broken or coverage is under the threshold; 2 bad arguments, rule files that do not load, or no case under the paths",
};
const USAGE = usageLine(HELP);

const yuan = (v: number | null) => (v === null ? "none" : formatYuan(toFen(v)));
const value = (v: unknown) => JSON.stringify(v);

/** The lines explaining one mismatch. */
function explain(m: CaseMismatch, result: MatchResult): string[] {
  switch (m.what) {
    case "asOf": return [`asOf: expected ${m.expected}, got ${m.actual}`];
    case "missing-measure": return [`${m.measureId}: no such measure in ${result.ruleset.id} ${result.ruleset.version}`];
    case "amount": return [`${m.measureId}: amount expected ${yuan(m.expected)}, got ${yuan(m.actual)}`];
    case "derived": return [`derived.${m.fact}: expected ${value(m.expected)}, got ${value(m.actual)}`];
    case "incomeTax": return [`incomeTax.${m.field}: expected ${value(m.expected)}, got ${value(m.actual)}`];
    case "status": {
      const measure = result.measures.find((x) => x.id === m.measureId)!;
      const mark = (r: boolean | null) => (r === true ? "✔" : r === false ? "✘" : "?");
      const why = [
        ...measure.conditions.map((c) => `${mark(c.result)} ${c.text.en}${c.clause ? ` (${c.clause})` : ""}`),
        ...(measure.status === "undetermined" ? [`missing: ${measure.missingFacts.join(", ")}`] : []),
      ];
      const excluded = measure.excludedBy ? [`excluded by ${measure.excludedBy}`] : [];
      return [`${m.measureId}: status expected ${m.expected}, got ${m.actual}`, ...[...why, ...excluded].map((l) => "  " + l)];
    }
  }
}

/** The lines of one case's report. */
function report(c: Case, outcome: CaseOutcome): string[] {
  const head = `${outcome.ok ? "✓" : "✗"} ${c.file} — ${c.name}`;
  if ("error" in outcome) return [head, `    ${outcome.error}`];
  return [head, ...outcome.mismatches.flatMap((m) => explain(m, outcome.result)).map((l) => "    " + l)];
}

/** The options of the command. */
interface Options { coverage: boolean; json: boolean; threshold?: number; versions: string[]; }

/** Parses the arguments; a string is the error. */
function options(args: string[]): { positionals: string[]; opts: Options } | { code: 0 | 2; text: string } {
  const parsed = parseCommand(args, {
    coverage: { type: "boolean", default: false }, json: { type: "boolean", default: false },
    threshold: { type: "string" }, version: { type: "string", multiple: true, default: [] },
  }, HELP);
  if (!parsed.ok) return parsed;
  const { values } = parsed;
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(values.threshold!.trim() !== "" && threshold >= 0 && threshold <= 100)) return { code: 2, text: `--threshold must be a percentage 0–100, got "${values.threshold}"\n${USAGE}` };
  const coverage = values.coverage || threshold !== undefined || values.version.length > 0;
  return { positionals: parsed.positionals, opts: { coverage, json: values.json, ...(threshold !== undefined ? { threshold } : {}), versions: values.version } };
}

/** Each version's coverage by the cases run (all versions on disk, or those named). */
function coverageReports(catalog: Catalog, cases: readonly Case[], versions: readonly string[]): VersionCoverage[] | string {
  const all = catalog.summaries();
  const unknown = versions.filter((v) => !all.some((x) => x.version === v));
  if (unknown.length) return `no version ${unknown.join(", ")} in the rule files (versions: ${all.map((x) => x.version).join(", ")})`;
  return all
    .filter((v) => versions.length === 0 || versions.includes(v.version))
    .map((v) => coverage(catalog.resolve({ id: v.id, version: v.version, asOf: v.effectiveFrom }).ruleset, casesOf(cases, v, all)));
}

/**
 * @param args command-line arguments (paths that select cases, `--coverage`, `--json`,
 *        `--threshold N`, `--version V`); @param io root, output
 * @returns the exit code
 */
export async function rulesTest(args: string[], io: CliIO): Promise<number> {
  const parsed = options(args);
  if ("code" in parsed) return endEarly(io, parsed);
  const { positionals, opts } = parsed;
  let catalog;
  try {
    catalog = await diskCatalog(io.root);
  } catch (e) {
    io.err(`the rule files do not load (run npm run rules:check): ${(e as Error).message}`);
    return 2;
  }
  const { cases, broken } = loadCases(io.root, DEFAULT_RULESET_ID);
  const prefixes = positionals.map((p) => display(io.root, p).replace(/\/$/, ""));
  const selected = (file: string) => prefixes.length === 0 || prefixes.some((p) => file === p || file.startsWith(p + "/"));
  const run = cases.filter((c) => selected(c.file));
  const bad = broken.filter((b) => selected(b.file));
  if (run.length + bad.length === 0) {
    io.err(`no case files ${prefixes.length ? `under ${prefixes.join(", ")}` : "in fixtures/cases or rules/<id>/cases"}\n${USAGE}`);
    return 2;
  }
  const reports = opts.coverage ? coverageReports(catalog, run, opts.versions) : [];
  if (typeof reports === "string") {
    io.err(`${reports}\n${USAGE}`);
    return 2;
  }
  const failures: { file: string; lines: string[] }[] = bad.map((b) => ({ file: b.file, lines: [`✗ ${b.file} — not a valid case file`, `    ${b.message}`] }));
  const lines = failures.map((f) => f.lines.join("\n"));
  for (const c of run) {
    const outcome = await runCase(c, catalog);
    const text = report(c, outcome);
    if (!outcome.ok) failures.push({ file: c.file, lines: text });
    lines.push(text.join("\n"));
  }
  const total = run.length + bad.length, failed = failures.length;
  const under = opts.threshold === undefined ? [] : reports.filter((r) => r.percent < opts.threshold!);
  if (opts.json) {
    io.out(JSON.stringify({ cases: total, passed: total - failed, failed, failures, ...(opts.coverage ? { coverage: reports, threshold: opts.threshold ?? null } : {}) }, null, 2));
  } else {
    io.out([...lines, `${total} cases: ${total - failed} passed, ${failed} failed`].join("\n"));
    if (opts.coverage) io.out(["", ...coverageText(reports)].join("\n"));
  }
  for (const r of under) io.err(`coverage of ${r.id} ${r.version} is ${r.percent.toFixed(1)} %, under --threshold ${opts.threshold} %`);
  return failed || under.length ? 1 : 0;
}
