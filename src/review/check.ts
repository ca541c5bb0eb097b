/**
 * What a draft must pass to be proposed and published (docs/staff.md, "What a draft must
 * pass"), checked at every save and again at each of those steps:
 * - lint (src/ruleset/lint.ts) among the other versions, today, and with `requireCases`: a
 *   version no case tests is an error;
 * - its cases: each in the case format, pinned to the draft's version (one pinned to another is
 *   an error), and each passing as `npm run rules:test` runs it (src/engine/run-case.ts);
 * - its date: `effectiveFrom` before today (Asia/Shanghai) is an error unless the draft says
 *   `retroactive: true` with a reason, which is then a warning (shown in red) kept in the audit.
 * Pointers are into the draft: `/ruleset/…`, `/cases/<i>/…`, `/reason`. Pure.
 */
import { type Case, CaseFileError, resolveCase } from "../engine/case.js";
import type { CaseMismatch } from "../engine/check-case.js";
import { runCase } from "../engine/run-case.js";
import { Catalog, type LoadedRuleSet, loadRuleSet, RuleSetInvalidError } from "../ruleset/catalog.js";
import { lintRuleSet } from "../ruleset/lint.js";
import type { DraftContent, DraftFinding, DraftFindings } from "./draft.js";

/** One case of a draft run: its index in the draft, its name, and how it went. */
export interface CaseRun {
  index: number;
  name: string;
  asOf: string;
  ok: boolean;
  /** why it could not run (an invalid profile, a date it contradicts) */
  error?: string;
  mismatches?: CaseMismatch[];
}

/** A draft checked: findings, the cases read and run, and the rule set loaded when it loads. */
export interface DraftCheck extends DraftFindings {
  loaded?: LoadedRuleSet;
  /** the cases that are valid case files, pinned to the draft's version */
  cases: Case[];
  runs: CaseRun[];
}

/** What the check needs besides the draft: the versions that exist and today (ISO, Asia/Shanghai). */
export interface CheckContext {
  catalog: Catalog;
  today: string;
}

const at = (pointer: string, rule: string, message: string): DraftFinding => ({ pointer, rule, message });

/** A mismatch as a sentence. */
export function mismatchText(m: CaseMismatch): string {
  switch (m.what) {
    case "asOf": return `asOf expected ${m.expected}, got ${m.actual}`;
    case "missing-measure": return `${m.measureId}: no such measure in the draft`;
    case "status": return `${m.measureId}: status expected ${m.expected}, got ${m.actual}`;
    case "amount": return `${m.measureId}: amount expected ${m.expected}, got ${m.actual ?? "none"}`;
    case "derived": return `derived.${m.fact}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
    case "incomeTax": return `incomeTax.${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
  }
}

/** The draft's cases as cases (pinned to `version`), and the findings of those that are not. */
function readCases(content: DraftContent, id: string, version: string): { cases: (Case & { index: number })[]; findings: DraftFinding[] } {
  const cases: (Case & { index: number })[] = [], findings: DraftFinding[] = [];
  content.cases.forEach((raw, index) => {
    const file = `cases/${index}`;
    try {
      const c = resolveCase(raw, file, {}, id);
      if (c.version !== undefined && c.version !== version) {
        findings.push(at(`/${file}/version`, "case-version", `this case pins version ${c.version}: a draft's cases are pinned to the draft's version ${version} (leave "version" out)`));
        return;
      }
      cases.push({ ...c, version, index });
    } catch (e) {
      if (!(e instanceof CaseFileError)) throw e;
      const m = /^cases\/\d+: (\/[^:]*): (.*)$/s.exec(e.message);
      const message = m?.[2]?.includes("profileRef") ? `${m[2]} — a draft's cases carry their profile inline ("profile": {…})` : m?.[2] ?? e.message;
      findings.push(at(`/${file}${m?.[1] === "/" ? "" : m?.[1] ?? ""}`, "case-invalid", message));
    }
  });
  return { cases, findings };
}

/** The findings of the draft's date against today. */
function dateFindings(content: DraftContent, today: string): { errors: DraftFinding[]; warnings: DraftFinding[] } {
  const from = content.ruleset.effectiveFrom;
  const reason = content.reason?.trim() ?? "";
  const errors: DraftFinding[] = [], warnings: DraftFinding[] = [];
  if (content.retroactive && !reason) errors.push(at("/reason", "reason-missing", "a retroactive draft gives the reason it must take effect in the past"));
  if (typeof from === "string" && /^\d{4}-\d{2}-\d{2}$/.test(from) && from < today) {
    if (!content.retroactive) {
      errors.push(at("/ruleset/effectiveFrom", "effective-date-past",
        `effectiveFrom ${from} is before today (${today}, Asia/Shanghai): publishing it would change the answers of every day since. Give today or a later date, or set "retroactive": true with the reason`));
    } else if (reason) {
      warnings.push(at("/retroactive", "retroactive", `retroactive: takes effect on ${from}, before today (${today}), changing the answers of the days between — ${reason}`));
    }
  }
  return { errors, warnings };
}

/**
 * Checks a draft.
 * @param content the draft as saved; @param id, version the draft's rule set and number (the path's)
 * @returns errors (blocking) and warnings in the order lint, cases, date; the cases run
 */
export async function checkDraft(content: DraftContent, id: string, version: string, ctx: CheckContext): Promise<DraftCheck> {
  const { cases, findings: caseFindings } = readCases(content, id, version);
  const lint = lintRuleSet(content.ruleset, {
    others: ctx.catalog.summaries(), today: ctx.today, requireCases: true,
    measuresWithCases: new Set(cases.flatMap((c) => Object.keys(c.expect))),
    cases: cases.map((c) => ({ id, asOf: c.asOf, version })),
  });
  const prefixed = (f: { pointer: string; message: string; rule: string }) => at(`/ruleset${f.pointer}`, f.rule, f.message);
  const errors = [...lint.errors.map(prefixed), ...caseFindings], warnings = lint.warnings.map(prefixed);
  let loaded: LoadedRuleSet | undefined;
  const runs: CaseRun[] = [];
  try {
    loaded = lint.ruleset ? loadRuleSet(content.ruleset) : undefined;
  } catch (e) {
    if (!(e instanceof RuleSetInvalidError)) throw e;
  }
  if (loaded) {
    const own = (await Catalog.load([])).with([loaded], []);
    for (const c of cases) {
      const outcome = await runCase(c, own);
      const run: CaseRun = { index: c.index, name: c.name, asOf: c.asOf, ok: outcome.ok, ...("error" in outcome ? { error: outcome.error } : { mismatches: outcome.mismatches }) };
      runs.push(run);
      if (!run.ok) errors.push(at(`/cases/${c.index}`, "case-fails", `case "${c.name}" fails: ${run.error ?? run.mismatches!.map(mismatchText).join("; ")}`));
    }
  } else if (cases.length) {
    warnings.push(at("/cases", "cases-not-run", "the cases were not run: the rule set does not load (see the errors under /ruleset)"));
  }
  const date = dateFindings(content, ctx.today);
  return { errors: [...errors, ...date.errors], warnings: [...date.warnings, ...warnings], cases, runs, ...(loaded ? { loaded } : {}) };
}
