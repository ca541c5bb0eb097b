/**
 * What a reviewer reads of a draft before approving it (docs/staff.md, "A draft's page"): its
 * check as of now (lint, cases, date: check.ts), each case's run, the coverage of the draft by
 * its cases (src/engine/coverage.ts, like `npm run rules:test -- --coverage`), and the
 * structural diff against the version it replaces (`Catalog.replacedBy`, src/ruleset/diff.ts).
 * The register impact is impact.ts's (it reads a register). Pure apart from the catalog.
 */
import { coverage, type VersionCoverage } from "../engine/coverage.js";
import { type RuleSetRef, ruleSetRef } from "../ruleset/catalog.js";
import { diffRuleSets, type RuleSetDiff } from "../ruleset/diff.js";
import { type CaseRun, type CheckContext, checkDraft } from "./check.js";
import type { Draft, DraftFindings } from "./draft.js";

/** A draft analysed. `coverage` and `diff` need the rule set to load (null otherwise). */
export interface DraftAnalysis {
  findings: DraftFindings;
  cases: CaseRun[];
  coverage: VersionCoverage | null;
  /** the version the draft replaces (in force on its effectiveFrom without it); null: none */
  replaces: RuleSetRef | null;
  /** from the replaced version to the draft; null when there is none, or the draft does not load */
  diff: RuleSetDiff | null;
}

/** @returns the analysis of `d` among the versions of `ctx.catalog`, today `ctx.today` */
export async function analyseDraft(d: Draft, ctx: CheckContext): Promise<DraftAnalysis> {
  const check = await checkDraft(d, d.id, d.version, ctx);
  const loaded = check.loaded;
  const before = loaded ? ctx.catalog.replacedBy(loaded.ruleset) : undefined;
  return {
    findings: { errors: check.errors, warnings: check.warnings },
    cases: check.runs,
    coverage: loaded ? coverage(loaded.ruleset, check.cases) : null,
    replaces: before ? ruleSetRef(before) : null,
    diff: loaded && before ? diffRuleSets(before.ruleset, loaded.ruleset) : null,
  };
}
