/**
 * Condition trees as written (json-rules-engine's docs/rules.md; DESIGN.md "Facts and
 * conditions"): every node of every measure's `conditions` and of the named `conditions`.
 * Reports nodes with both `any` and `all`, `path` expressions, unknown facts (with the closest
 * registered name), unknown operators and decorators, values that do not fit their fact
 * (values.ts), json-rules-engine keys (engine-keys.ts) and thresholds without a clause.
 */
import { FACTS, type FactDef } from "../../profile/index.js";
import { type BaseOperator, DECORATORS, OPERATORS } from "../condition.js";
import type { JsonPath } from "../pointer.js";
import { lintEngineKeys } from "./engine-keys.js";
import type { Collector } from "./finding.js";
import { asArray, asObject, asString, has, type Obj, show } from "./json.js";
import { closest, didYouMean } from "./suggest.js";
import { lintFactComparison, lintLeafValue } from "./values.js";

/** Spellings from other rule languages, and their json-rules-engine operator. */
const ALIASES: Readonly<Record<string, BaseOperator>> = {
  ">": "greaterThan", ">=": "greaterThanInclusive", "<": "lessThan", "<=": "lessThanInclusive", "==": "equal", "===": "equal",
  "!=": "notEqual", "!==": "notEqual", gt: "greaterThan", gte: "greaterThanInclusive", lt: "lessThan", lte: "lessThanInclusive",
  eq: "equal", ne: "notEqual", greaterThanOrEqual: "greaterThanInclusive", lessThanOrEqual: "lessThanInclusive", nin: "notIn",
  equals: "equal", includes: "contains",
};
const NUMERIC = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);

/**
 * Lints every condition tree of a raw rule set: `measures[i].conditions` and `conditions[name]`.
 * @param root the posted JSON object
 */
export function lintConditions(root: Obj, c: Collector): void {
  asArray(root.measures).forEach((m, i) => {
    const measure = asObject(m);
    if (measure && has(measure, "conditions")) walk(measure.conditions, ["measures", i, "conditions"], c);
  });
  for (const [name, tree] of Object.entries(asObject(root.conditions) ?? {})) walk(tree, ["conditions", name], c);
}

function walk(node: unknown, path: JsonPath, c: Collector): void {
  const n = asObject(node);
  if (!n) return; // not an object: the schema pass reports it
  lintEngineKeys(n, path, c, "condition");
  if (has(n, "any") && has(n, "all")) {
    c.report("any-and-all", path, `a node has both "any" and "all": json-rules-engine silently drops "all" — nest them: { "all": [ { "any": [ … ] }, … ] }`);
    c.strip([...path, "all"]);
  }
  for (const key of ["all", "any"] as const) asArray(n[key]).forEach((child, k) => walk(child, [...path, key, k], c));
  if (has(n, "not")) walk(n.not, [...path, "not"], c);
  if (has(n, "fact")) leaf(n, path, c);
}

/** The registered fact named at `path` (reporting an unknown one). */
function fact(name: unknown, path: JsonPath, c: Collector): FactDef | undefined {
  if (typeof name !== "string") return undefined; // the schema pass reports the type
  const def = FACTS.get(name);
  if (!def) c.report("unknown-fact", path, `unknown fact ${show(name)}: not in the fact registry (src/profile/registry.ts)${didYouMean(name, FACTS.keys())}`);
  return def;
}

/**
 * `path` on a leaf or a fact reference: refused, with the flat fact that means the same when
 * there is one. @returns that flat fact, when there is one (the fact as written is then not reported as unknown)
 */
function lintPath(n: Obj, path: JsonPath, c: Collector): FactDef | undefined {
  if (!has(n, "path")) return undefined;
  const p = asString(n.path) ?? "";
  const factName = asString(n.fact) ?? "";
  const plain = /^\$((\.[A-Za-z_][A-Za-z0-9_]*)+)$/.exec(p);
  const flat = plain ? factName + plain[1] : undefined;
  const message = plain
    ? flat && FACTS.has(flat)
      ? `"path" is not accepted: facts are flat — write { "fact": "${flat}" } without "path"`
      : `"path" is not accepted: facts are flat names; ${show(factName)} with path ${show(p)} names no registered fact (src/profile/registry.ts)`
    : `"path" ${show(p)} is a JSONPath ${/[?()@*]|\.\.|\[/.test(p) ? "filter or script expression" : "expression"}: never accepted (filters return arrays, a path without "$" resolves to nothing) — name a registered fact such as "lastYear.revenue"`;
  c.reportKey("path-expression", [...path, "path"], message);
  if (flat === undefined || !FACTS.has(flat)) return undefined;
  c.silence([...path, "fact"]);
  return FACTS.get(flat);
}

function leaf(n: Obj, path: JsonPath, c: Collector): void {
  const def = lintPath(n, path, c) ?? fact(n.fact, [...path, "fact"], c);
  const op = asString(n.operator);
  const base = op === undefined ? undefined : operator(op, [...path, "operator"], c);
  const value = asObject(n.value);
  if (value && has(value, "fact")) {
    const other = lintPath(value, [...path, "value"], c) ?? fact(value.fact, [...path, "value", "fact"], c);
    if (base === "in" || base === "notIn") {
      c.report("in-needs-array", [...path, "value"], `"${base}" needs the array of values written out, e.g. ["3985", "3240"]; a fact reference is not accepted here`);
    } else if (def && other && base) lintFactComparison(def, other, op!.split(":").slice(0, -1), base, [...path, "value"], c);
  } else if (def && base && has(n, "value")) {
    lintLeafValue(def, op!.split(":").slice(0, -1), base, n.value, [...path, "value"], c);
  }
  if (base && NUMERIC.has(base) && !has(n, "clause")) {
    c.report("missing-clause", path, `a threshold on ${show(n.fact)} without "clause": cite the source clause it encodes (docs/rules.md: every threshold condition cites its clause)`);
  }
}

/** The base operator of a (decorated) operator name; undefined (reported) when a part is unknown. */
function operator(op: string, path: JsonPath, c: Collector): BaseOperator | undefined {
  const parts = op.split(":");
  const baseName = parts.pop()!;
  let ok = true;
  for (const d of parts) {
    if (!(DECORATORS as readonly string[]).includes(d)) {
      c.report("unknown-decorator", path, `unknown operator decorator "${d}" in ${show(op)}: decorators are ${DECORATORS.join(", ")}${didYouMean(d, DECORATORS)}`);
      ok = false;
    }
  }
  if (!(OPERATORS as readonly string[]).includes(baseName)) {
    const alias = ALIASES[baseName] ?? closest(baseName, OPERATORS);
    c.report("unknown-operator", path, `unknown operator "${baseName}": json-rules-engine's operators are ${OPERATORS.join(", ")}${alias ? `; did you mean "${alias}"?` : ""}`);
    return undefined;
  }
  return ok ? (baseName as BaseOperator) : undefined;
}
