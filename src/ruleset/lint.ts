/**
 * Rule-set lint (issue 6; DESIGN.md "Who uses it": "lint that catches mistakes before
 * publishing"): the RuleSet schema, and on top of it what json-rules-engine would silently
 * accept or what a policy officer most often gets wrong — unknown or misspelt facts, operators
 * and decorators, `path` expressions, `any` beside `all`, `priority` ≤ 0, events of type
 * `error`, values of the wrong type or unit, `in` without an array, duplicate ids, `excludes`
 * that name nothing or contradict each other, measures without source, evidence or cases,
 * local measures without a zone condition, rate regimes that could not lower the tax, lapsed
 * validity, versions asOf could never select, bands that overlap or leave a gap — and,
 * first, what would bring a walk down: nesting past 128 levels, prototype keys, conditions that
 * written out are too large or deep (docs/rules.md "Limits"). Every rule: lint/rules.ts.
 *
 * Pure (no I/O, no clock: `ctx.today` is passed in). Used by `npm run rules:check`,
 * `POST /v1/rulesets/validate` and the 422 of a publish.
 */
import { lintAmounts } from "./lint/amounts.js";
import { lintBands } from "./lint/bands.js";
import { lintConditions } from "./lint/conditions.js";
import { lintExpansion } from "./lint/expansion.js";
import type { LintContext } from "./lint/context.js";
import { Collector, type Finding, split } from "./lint/finding.js";
import { asObject } from "./lint/json.js";
import { lintMeasures } from "./lint/measures.js";
import { lintReferences } from "./lint/references.js";
import { schemaPass } from "./lint/schema.js";
import { lintShape } from "./lint/shape.js";
import { lintStacking } from "./lint/stacking.js";
import { lintVersions } from "./lint/versions.js";
import { lintZones } from "./lint/zones.js";
import type { RuleSet } from "./schema.js";

export type { Finding } from "./lint/finding.js";
export type { LintContext, VersionInfo, VersionQuery } from "./lint/context.js";
export { LINT_RULES, type RuleId, type Severity } from "./lint/rules.js";

/** What lint says about one rule set. */
export interface LintReport {
  /** `true` when there is no error (warnings allowed): the rule set may be published */
  ok: boolean;
  /** problems that block publishing, in document order */
  errors: Finding[];
  /** problems worth a look that do not block publishing */
  warnings: Finding[];
  /** the parsed rule set, when the RuleSet schema accepts the JSON as posted (even if lint has errors: check `ok`) */
  ruleset?: RuleSet;
}

/**
 * What would bring a walk down, checked alone and by loops: nesting past 128 levels, conditions
 * nested past 32 levels once references are written out (zod and the evaluator recurse once per
 * level). For loading a version without linting it (`loadRuleSet`: a draft on the command line,
 * a stored version published before these limits).
 * @param json the parsed JSON, any value
 * @returns the `nesting-too-deep` and `condition-too-deep` errors, as `lintRuleSet` reports them
 */
export function depthErrors(json: unknown): Finding[] {
  const c = new Collector();
  const root = asObject(json);
  if (root && !lintShape(json, c)) lintExpansion(root, c);
  return split(c.findings.filter((f) => f.rule === "nesting-too-deep" || f.rule === "condition-too-deep")).errors;
}

/**
 * Lints a rule set as posted or read from a file.
 * @param json the parsed JSON (any value: a non-object is one `schema` error)
 * @param ctx other versions of the rule set, today (Asia/Shanghai, ISO), the measures that
 *        have cases and the cases' dates and versions; a check whose input is missing is
 *        skipped; `requireCases` makes a version no case tests an error
 * @returns errors and warnings with RFC 6901 pointers into `json`, and the parsed rule set
 */
export function lintRuleSet(json: unknown, ctx: LintContext = {}): LintReport {
  const c = new Collector();
  const root = asObject(json);
  if (!root) {
    c.report("schema", [], "a rule set is a JSON object { id, version, title, effectiveFrom, measures, … } (rules/ruleset.schema.json)");
    return { ok: false, ...split(c.findings) };
  }
  if (lintShape(json, c)) return { ok: false, ...split(c.findings) }; // too deep for the walks below
  lintConditions(root, c);
  lintReferences(root, c);
  lintExpansion(root, c);
  lintAmounts(root, c);
  lintBands(root, c);
  lintMeasures(root, ctx, c);
  lintZones(root, c);
  lintStacking(root, c);
  lintVersions(root, ctx, c);
  const schema = schemaPass(json, c);
  const { errors, warnings } = split([...c.findings, ...schema.findings], new Set(ctx.requireCases ? ["version-without-cases"] : []));
  return { ok: errors.length === 0, errors, warnings, ...(schema.ruleset ? { ruleset: schema.ruleset } : {}) };
}
