/**
 * `npm run rules:test [case-file-or-dir…]`: runs every case (fixtures/cases/**, rules/<id>/cases/**;
 * or those under the paths given) through `match` on the rule files on disk, and prints each as
 * pass or fail; a failure lists the differences (expected and actual status, amount, derived
 * fact) and, for a wrong status, the conditions that decided it (✔ true, ✘ false, ? unknown)
 * and the facts missing.
 * Exit codes: 0 every case passes; 1 a case fails or a case file is broken; 2 bad arguments,
 * rule files that do not load, or no case matches the paths given.
 */
import { parseArgs } from "node:util";
import type { Case } from "../../engine/case.js";
import type { CaseMismatch } from "../../engine/check-case.js";
import { formatYuan, toFen } from "../../engine/money.js";
import type { MatchResult } from "../../engine/result.js";
import { type CaseOutcome, runCase } from "../../engine/run-case.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import { display, diskCatalog, loadCases } from "./files.js";
import type { CliIO } from "./io.js";

const USAGE = "usage: npm run rules:test -- [case-file-or-directory …]";

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

/**
 * @param args command-line arguments (paths that select cases); @param io root, output
 * @returns the exit code
 */
export async function rulesTest(args: string[], io: CliIO): Promise<number> {
  let positionals: string[];
  try {
    positionals = parseArgs({ args, allowPositionals: true, options: {} }).positionals;
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
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
  let failed = bad.length;
  for (const b of bad) io.out(`✗ ${b.file} — not a valid case file\n    ${b.message}`);
  for (const c of run) {
    const outcome = await runCase(c, catalog);
    if (!outcome.ok) failed++;
    io.out(report(c, outcome).join("\n"));
  }
  const total = run.length + bad.length;
  io.out(`${total} cases: ${total - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}
