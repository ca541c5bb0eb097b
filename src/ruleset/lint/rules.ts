/**
 * Every lint rule: its stable id (kebab-case, the `rule` of a finding), whether it is an error
 * (the rule set cannot be published: `rules:check` exits 1, the API answers 422) or a warning,
 * and what it catches. Issue 6 lists what lint must catch; TOOLCHAIN.md "json-rules-engine"
 * explains why several of them matter.
 */

import { MAX_JSON_DEPTH } from "../../profile/index.js";
import { MAX_CONDITION_DEPTH, MAX_CONDITION_NODES, MAX_RULESET_NODES } from "./expansion.js";

/** `error` blocks publishing; `warning` is reported apart and does not. */
export type Severity = "error" | "warning";

/** The rules, by id. */
export const LINT_RULES = {
  "schema": { severity: "error", summary: "the RuleSet schema refuses the value (anything no more specific rule reports)" },
  "unknown-field": { severity: "error", summary: "a field the RuleSet schema does not define (misspelt or unsupported), with the closest known name" },
  "unknown-fact": { severity: "error", summary: "a fact that is not in the fact registry, with the closest registered name" },
  "unknown-operator": { severity: "error", summary: "an operator json-rules-engine does not have, with the closest one" },
  "unknown-decorator": { severity: "error", summary: "an operator decorator json-rules-engine does not have" },
  "path-expression": { severity: "error", summary: "`path` on a condition or a fact reference: facts are flat names; JSONPath filters and scripts never" },
  "any-and-all": { severity: "error", summary: "a node with both `any` and `all` (json-rules-engine silently drops `all`)" },
  "priority-not-positive": { severity: "error", summary: "`priority` ≤ 0 (json-rules-engine turns 0 into 1); measures and conditions take no priority" },
  "event-type-error": { severity: "error", summary: "an event of type `error` (it crashes a json-rules-engine run); measures take no event" },
  "engine-key": { severity: "error", summary: "another json-rules-engine rule key (`event`, `priority`, `name`, `onSuccess`, `onFailure`, fact `params`) the measure format replaces" },
  "operator-type": { severity: "error", summary: "an operator that cannot work on the fact's type (a number test on text, `contains` on a number, `equal` on a list)" },
  "value-type": { severity: "error", summary: "a value of the wrong JSON type for its fact (money as text, a number for a flag, null, a date not YYYY-MM-DD)" },
  "value-unit": { severity: "error", summary: "a value in the wrong unit for its fact (a fraction above 1, yuan with more than 2 decimals)" },
  "value-not-allowed": { severity: "error", summary: "text that is not among the fact's values (or a lookup table key that is not)" },
  "in-needs-array": { severity: "error", summary: "`in` / `notIn` without an array value (json-rules-engine matches substrings, or throws on null)" },
  "operand-type": { severity: "error", summary: "an amount operand naming a fact of the wrong type (a number needed, or a category for a lookup)" },
  "unknown-parameter": { severity: "error", summary: "an amount naming a parameter the rule set does not define" },
  "unlabelled-parameter": { severity: "warning", summary: "an amount naming a parameter without the bilingual `label` its working shows people (they would read the parameter's name, e.g. lpr1y)" },
  "amount-too-large": { severity: "error", summary: "a number of an amount (sum, cap, floor, literal, rate per unit, table value, band edge) or a parameter value past ±10^13, the money limit of profiles" },
  "band-gap": { severity: "error", summary: "values that fall between two bands — of a `tiers` amount (or between its conditions' range and its first or last band), or of a condition ladder — and so in none" },
  "band-overlap": { severity: "error", summary: "two bands of a `tiers` amount, or two rungs of a condition ladder, that take the same values" },
  "band-empty": { severity: "error", summary: "a band or ladder rung no value falls in (`from` not below `to`, or bounds that contradict each other)" },
  "unknown-condition": { severity: "error", summary: "a `{ \"condition\": name }` reference to a named condition the rule set does not define" },
  "condition-cycle": { severity: "error", summary: "named conditions that refer to each other in a cycle" },
  "condition-too-large": { severity: "error", summary: `a measure's or named condition's conditions that stand for more than ${MAX_CONDITION_NODES} conditions once references are written out (${MAX_RULESET_NODES} for all measures together): docs/rules.md "Limits"` },
  "condition-too-deep": { severity: "error", summary: `conditions nested more than ${MAX_CONDITION_DEPTH} levels of all/any/not deep once references are written out: docs/rules.md "Limits"` },
  "nesting-too-deep": { severity: "error", summary: `arrays and objects nested more than ${MAX_JSON_DEPTH} levels deep anywhere in the rule set (checked first: nothing else is checked then)` },
  "prototype-key": { severity: "error", summary: "a key `__proto__`, `constructor` or `prototype` anywhere: parsers and schemas drop or misread it, so the version stored would differ from the one sent" },
  "duplicate-measure": { severity: "error", summary: "two measures with the same id" },
  "duplicate-channel": { severity: "error", summary: "two channels with the same id" },
  "unknown-channel": { severity: "error", summary: "a measure opening a channel the rule set does not define" },
  "excludes-unknown": { severity: "error", summary: "`excludes` naming a measure the rule set does not have" },
  "excludes-self": { severity: "error", summary: "a measure that excludes itself" },
  "excludes-one-sided": { severity: "warning", summary: "A excludes B but B does not exclude A: stacking applies exclusions both ways, so write both" },
  "excludes-redundant": { severity: "warning", summary: "A excludes B although they share a stackingGroup (they cannot be combined anyway)" },
  "stacking-incomparable": { severity: "warning", summary: "rivals in stacking (excludes or a stackingGroup) whose amounts are of different kinds, or one without an amount: \"keep the larger\" compares unlike things" },
  "missing-source": { severity: "error", summary: "a measure without `source`" },
  "missing-evidence": { severity: "error", summary: "a measure without an `evidence` grade" },
  "source-unidentified": { severity: "warning", summary: "a source with neither a document `number` nor a `note` saying where the text was seen" },
  "missing-clause": { severity: "warning", summary: "a threshold condition (a numeric comparison) without the `clause` it encodes" },
  "validity-order": { severity: "error", summary: "a measure whose `validTo` is before its `validFrom`" },
  "lapsed-measure": { severity: "warning", summary: "a measure whose `validTo` is before today (while its version was still in force)" },
  "duplicate-version": { severity: "error", summary: "a version number that already exists for this rule set (versions are immutable)" },
  "unreachable-version": { severity: "error", summary: "a version asOf resolution can never select: another takes effect the same day with a higher number" },
  "shadows-version": { severity: "warning", summary: "this version makes another unreachable by asOf (same effectiveFrom, lower number)" },
  "version-order": { severity: "warning", summary: "version numbers and effectiveFrom dates disagree (a higher number takes effect earlier)" },
  "measure-without-cases": { severity: "warning", summary: "a measure that no case (fixtures/cases, rules/<id>/cases) tests" },
  "version-without-cases": { severity: "warning", summary: "a version no case tests: none pins it, none is dated in its period (an error with `requireCases`, which publishing is to set)" },
  "local-measure-without-zone": { severity: "error", summary: "a measure whose source is issued by a local body (a city, a development zone, a province or autonomous region) with no condition on the firm's `zone` under its top-level `all`: it would apply to firms registered anywhere" },
  "regime-not-below-general": { severity: "error", summary: "a `rateRegime` amount whose rates multiply to the rule set's general income-tax rate or more: it could never lower the tax" },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** A lint rule id. */
export type RuleId = keyof typeof LINT_RULES;
