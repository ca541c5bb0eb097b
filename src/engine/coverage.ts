/**
 * Coverage of a rule-set version by its cases, like `opa test --coverage` (issue 14): which
 * conditions the cases exercise, each seen true and seen false, and for each numeric or date
 * threshold whether some case sits at the line, just below and just above it (coverage-lines.ts).
 *
 * A case exercises the measures it expects (its `expect`), decided on its date as the engine
 * decides them: the measure's validity window first (`asOf ≥ validFrom`, `asOf ≤ validTo`),
 * then its conditions, `all` stopping at the first false and `any` at the first true
 * (compiled.ts), a `{ "condition": name }` evaluated as the named condition. A condition the
 * evaluation never reaches is not exercised by that case; an unknown result (a fact missing)
 * counts as neither true nor false. A threshold counts the cases that reach it with the fact known.
 * Items are keyed by JSON pointer into the version file, so a leaf of a named condition is one
 * item whichever measures reach it; a named condition is registered once per measure and
 * decided once per case, however often it is used (a chain `c1 = all(c0, c0)`… would be walked
 * 2^N times otherwise). Pure.
 */
import { datedProblems, EnterpriseProfile, FACTS, type FactValues, readableIssues, resolveFacts } from "../profile/index.js";
import { type Condition, isLeaf, type Leaf } from "../ruleset/condition.js";
import { jsonPointer, type JsonPath } from "../ruleset/pointer.js";
import { answeredBy, type VersionInfo } from "../ruleset/resolution.js";
import type { RuleSet } from "../ruleset/schema.js";
import type { Case } from "./case.js";
import { compileLeaf, type Decider } from "./compiled.js";
import { possible, probes, type Side, sideOf, stepOf } from "./coverage-lines.js";
import type { Truth } from "./evaluate.js";

/** A condition and the cases that saw each of its outcomes (case files). */
export interface ConditionCoverage {
  /** RFC 6901 pointer into the version file: a leaf, a named condition (`/conditions/<name>`), or a measure's `/validFrom` or `/validTo` */
  pointer: string;
  kind: "leaf" | "named" | "validity";
  /** e.g. `lastYear.revenue ≤ 50000000`, `condition clean-record`, `asOf ≥ 2025-01-01` */
  text: string;
  clause?: string;
  /** the measures whose evaluation can reach it */
  measures: string[];
  seenTrue: string[];
  seenFalse: string[];
  seenUnknown: string[];
}

/** A threshold and the cases at the line, just below and just above it (case files). */
export interface ThresholdCoverage {
  pointer: string;
  fact: string;
  operator: string;
  /** the threshold: a number in the fact's unit, or an ISO date */
  line: number | string;
  unit: string | null;
  /** one step of the unit ("just"): 0.01 yuan, 1 person, 0.0001 of a fraction, 1 day… */
  step: number;
  measures: string[];
  at: string[];
  below: string[];
  above: string[];
  /** sides no profile can reach (just below 0 of a sum that cannot be negative, above a score's 100…): not counted */
  impossible: Side[];
}

/** Covered and total of a kind of item. */
export interface Tally { covered: number; total: number; }

/** How well a version's cases cover it. */
export interface VersionCoverage {
  id: string;
  version: string;
  effectiveFrom: string;
  /** the case files that apply (pinned to the version, or dated in its period) and ran */
  cases: string[];
  /** cases that apply but could not run, and why */
  skipped: { file: string; reason: string }[];
  conditions: ConditionCoverage[];
  thresholds: ThresholdCoverage[];
  /** per measure: its conditions' outcomes (2 each) and thresholds' points (3 each, less the impossible sides) */
  measures: { measureId: string; outcomes: Tally; points: Tally; percent: number }[];
  outcomes: Tally;
  points: Tally;
  /** (outcomes covered + points covered) ÷ (outcomes + points) × 100, one decimal; 100 when there is nothing to cover */
  percent: number;
}

/** The cases a version answers: those pinned to it, and those dated in its period among `others` (resolution.ts). */
export function casesOf(cases: readonly Case[], version: VersionInfo, others: readonly VersionInfo[]): Case[] {
  return cases.filter((c) => answeredBy({ id: c.rulesetId, asOf: c.asOf, version: c.version }, version, others));
}

const SYMBOL: Readonly<Record<string, string>> = {
  equal: "=", notEqual: "≠", lessThan: "<", lessThanInclusive: "≤", greaterThan: ">", greaterThanInclusive: "≥", in: "in", notIn: "not in",
};
const NUMERIC = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
const percentOf = (...t: Tally[]) => {
  const total = t.reduce((s, x) => s + x.total, 0);
  return total === 0 ? 100 : Math.round((1000 * t.reduce((s, x) => s + x.covered, 0)) / total) / 10;
};

/** A version's conditions and thresholds, and what each case saw of them. */
class Collector {
  readonly conditions = new Map<string, ConditionCoverage>();
  readonly thresholds = new Map<string, ThresholdCoverage & { leaf: Leaf }>();
  private readonly tests = new Map<Leaf, Decider>();
  /** the named conditions registered, by measure */
  private readonly registered = new Set<string>();
  /** the named conditions decided for the case being run: each once, whatever uses it */
  private decided = { file: "", results: new Map<string, Truth>() };

  constructor(private readonly rs: RuleSet) {}

  /** Registers a node's conditions (first time: document order) for a measure. */
  register(c: Condition, path: JsonPath, measureId: string | null): void {
    if ("condition" in c) {
      this.item(["conditions", c.condition], "named", `condition ${c.condition}`, undefined, measureId);
      const key = `${c.condition}\u0000${measureId}`;
      if (this.registered.has(key)) return;
      this.registered.add(key);
      this.register(this.rs.conditions[c.condition]!, ["conditions", c.condition], measureId);
    } else if (isLeaf(c)) this.leaf(c, path, "leaf", measureId);
    else if ("all" in c) c.all.forEach((x, k) => this.register(x, [...path, "all", k], measureId));
    else if ("any" in c) c.any.forEach((x, k) => this.register(x, [...path, "any", k], measureId));
    else this.register(c.not, [...path, "not"], measureId);
  }

  leaf(l: Leaf, path: JsonPath, kind: "leaf" | "validity", measureId: string | null): void {
    const value = typeof l.value === "object" && l.value !== null && !Array.isArray(l.value) ? `fact ${(l.value as { fact: string }).fact}` : JSON.stringify(l.value);
    this.item(path, kind, `${l.fact} ${SYMBOL[l.operator] ?? l.operator} ${value}`, l.clause, measureId);
    const def = FACTS.get(l.fact);
    if (!def || !NUMERIC.has(l.operator) || (typeof l.value !== "number" && !(def.type === "date" && typeof l.value === "string"))) return;
    const pointer = jsonPointer(path);
    const step = stepOf(def), probe = probes(l.value, step);
    const impossible = (["at", "below", "above"] as const).filter((side) => !possible(def, probe[side]));
    const t = this.thresholds.get(pointer) ?? { pointer, fact: l.fact, operator: l.operator, line: l.value, unit: def.type === "date" ? "day" : def.unit ?? null, step, measures: [], at: [], below: [], above: [], impossible, leaf: l };
    if (measureId && !t.measures.includes(measureId)) t.measures.push(measureId);
    this.thresholds.set(pointer, t);
  }

  private item(path: JsonPath, kind: ConditionCoverage["kind"], text: string, clause: string | undefined, measureId: string | null): void {
    const pointer = jsonPointer(path);
    const item = this.conditions.get(pointer) ?? { pointer, kind, text, ...(clause ? { clause } : {}), measures: [], seenTrue: [], seenFalse: [], seenUnknown: [] };
    if (measureId && !item.measures.includes(measureId)) item.measures.push(measureId);
    this.conditions.set(pointer, item);
  }

  /** Evaluates a node as the engine does, recording what `file` saw. */
  evaluate(c: Condition, path: JsonPath, facts: FactValues, file: string): Truth {
    if ("condition" in c) {
      if (this.decided.file !== file) this.decided = { file, results: new Map() };
      let r = this.decided.results.get(c.condition);
      if (r === undefined) this.decided.results.set(c.condition, (r = this.evaluate(this.rs.conditions[c.condition]!, ["conditions", c.condition], facts, file)));
      return this.seen(["conditions", c.condition], r, file);
    }
    if (isLeaf(c)) return this.evaluateLeaf(c, path, facts, file);
    if ("not" in c) {
      const r = this.evaluate(c.not, [...path, "not"], facts, file);
      return r === null ? null : !r;
    }
    const [key, kids, decisive] = "all" in c ? ["all", c.all, false] as const : ["any", c.any, true] as const;
    let unknown = false;
    for (let k = 0; k < kids.length; k++) {
      const r = this.evaluate(kids[k]!, [...path, key, k], facts, file);
      if (r === decisive) return decisive;
      if (r === null) unknown = true;
    }
    return unknown ? null : !decisive;
  }

  evaluateLeaf(l: Leaf, path: JsonPath, facts: FactValues, file: string): Truth {
    let test = this.tests.get(l);
    if (!test) this.tests.set(l, (test = compileLeaf(l)));
    const r = this.seen(path, test(facts), file);
    const t = this.thresholds.get(jsonPointer(path));
    const def = FACTS.get(l.fact);
    if (t && def && facts[l.fact] !== undefined) {
      const side = sideOf(facts[l.fact], t.line, t.step, def);
      if (side && !t[side].includes(file)) t[side].push(file);
    }
    return r;
  }

  private seen(path: JsonPath, r: Truth, file: string): Truth {
    const item = this.conditions.get(jsonPointer(path))!;
    const list = r === true ? item.seenTrue : r === false ? item.seenFalse : item.seenUnknown;
    if (!list.includes(file)) list.push(file);
    return r;
  }
}

/** The validity window of measure `i` as leaves on `asOf`, with their pointers. */
function windowOf(rs: RuleSet, i: number): [Leaf, JsonPath][] {
  const m = rs.measures[i]!;
  return [
    ...(m.validFrom ? [[{ fact: "asOf", operator: "greaterThanInclusive", value: m.validFrom }, ["measures", i, "validFrom"]] as [Leaf, JsonPath]] : []),
    ...(m.validTo ? [[{ fact: "asOf", operator: "lessThanInclusive", value: m.validTo }, ["measures", i, "validTo"]] as [Leaf, JsonPath]] : []),
  ];
}

/**
 * @param rs the version; @param cases the cases that apply to it (`casesOf`), profiles not yet validated
 * @returns every condition and threshold with the cases that exercise it, per measure and in total
 */
export function coverage(rs: RuleSet, cases: readonly Case[]): VersionCoverage {
  const col = new Collector(rs);
  const windows = rs.measures.map((_, i) => windowOf(rs, i));
  rs.measures.forEach((m, i) => {
    for (const [leaf, path] of windows[i]!) col.leaf(leaf, path, "validity", m.id);
    col.register(m.conditions, ["measures", i, "conditions"], m.id);
  });
  for (const name of Object.keys(rs.conditions)) col.register({ condition: name }, ["conditions", name], null);
  const ran: string[] = [], skipped: { file: string; reason: string }[] = [];
  for (const c of cases) {
    const parsed = EnterpriseProfile.safeParse(c.profile);
    if (!parsed.success) {
      skipped.push({ file: c.file, reason: "invalid profile: " + readableIssues(parsed.error.issues).map((i) => `/${i.path.join("/")}: ${i.message}`).join("; ") });
      continue;
    }
    const dated = datedProblems(parsed.data, c.asOf);
    if (dated.length > 0) {
      skipped.push({ file: c.file, reason: `profile invalid on ${c.asOf}: ` + dated.map((p) => `/${p.path.join("/")}: ${p.message}`).join("; ") });
      continue;
    }
    const facts = resolveFacts({ profile: parsed.data, asOf: c.asOf });
    ran.push(c.file);
    rs.measures.forEach((m, i) => {
      if (!Object.hasOwn(c.expect, m.id)) return;
      for (const [leaf, path] of windows[i]!) if (col.evaluateLeaf(leaf, path, facts, c.file) === false) return;
      col.evaluate(m.conditions, ["measures", i, "conditions"], facts, c.file);
    });
  }
  return report(rs, col, ran, skipped);
}

function report(rs: RuleSet, col: Collector, cases: string[], skipped: { file: string; reason: string }[]): VersionCoverage {
  const conditions = [...col.conditions.values()];
  const thresholds = [...col.thresholds.values()].map(({ leaf: _leaf, ...t }) => t);
  const outcomes = (list: ConditionCoverage[]): Tally => ({ covered: list.reduce((n, x) => n + (x.seenTrue.length > 0 ? 1 : 0) + (x.seenFalse.length > 0 ? 1 : 0), 0), total: 2 * list.length });
  const sides = (t: ThresholdCoverage) => (["at", "below", "above"] as const).filter((side) => !t.impossible.includes(side));
  const points = (list: ThresholdCoverage[]): Tally => ({
    covered: list.reduce((n, t) => n + sides(t).filter((side) => t[side].length > 0).length, 0),
    total: list.reduce((n, t) => n + sides(t).length, 0),
  });
  const measures = rs.measures.map((m) => {
    const o = outcomes(conditions.filter((x) => x.measures.includes(m.id))), p = points(thresholds.filter((t) => t.measures.includes(m.id)));
    return { measureId: m.id, outcomes: o, points: p, percent: percentOf(o, p) };
  });
  const o = outcomes(conditions), p = points(thresholds);
  return { id: rs.id, version: rs.version, effectiveFrom: rs.effectiveFrom, cases, skipped, conditions, thresholds, measures, outcomes: o, points: p, percent: percentOf(o, p) };
}
