/**
 * Conditions: json-rules-engine condition trees (its docs/rules.md): `all`, `any`, `not`,
 * references to named conditions of the rule set (`{ "condition": "name" }`), and leaves on
 * registered facts whose operator may carry decorators (`everyFact:greaterThan`) and whose
 * value may name another fact (`{ "fact": "…" }`). `path` is not accepted: facts are flat.
 * A leaf may carry `clause`: the source clause it encodes, reported beside its result.
 */
import * as z from "zod";
import { FACTS } from "../profile/index.js";

/** json-rules-engine's built-in operators. */
export const OPERATORS = [
  "equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive",
  "in", "notIn", "contains", "doesNotContain",
] as const;
/** A built-in operator. */
export type BaseOperator = (typeof OPERATORS)[number];

/** json-rules-engine's operator decorators, written before the operator: `not:in`, `someFact:equal`. */
export const DECORATORS = ["someFact", "someValue", "everyFact", "everyValue", "swap", "not"] as const;

/** An operator, possibly decorated: `greaterThan`, `everyFact:greaterThan`, `not:swap:in`. */
export type Operator = BaseOperator | `${(typeof DECORATORS)[number]}:${string}`;

const OPERATOR_PATTERN = new RegExp(`^(?:(?:${DECORATORS.join("|")}):)*(?:${OPERATORS.join("|")})$`);

/** The operator without its decorators. */
export const baseOperator = (op: Operator): BaseOperator => op.slice(op.lastIndexOf(":") + 1) as BaseOperator;

const factNames = [...FACTS.keys()] as [string, ...string[]];

/** A registered fact name (the registry of src/profile/registry.ts). */
export const FactName = z.enum(factNames, {
  error: (issue) => `unknown fact "${String(issue.input)}": not in the fact registry (see DESIGN.md "Facts and conditions")`,
}).meta({ id: "FactName" });

/** A JSON value a fact is compared with. */
const Json: z.ZodType<unknown> = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.lazy(() => Json))]);

/** A leaf: `fact operator value`; `value` may name another fact (`{ "fact": "…" }`). */
export const Leaf = z.strictObject({
  fact: FactName,
  operator: z.string().regex(OPERATOR_PATTERN, {
    error: `operator must be one of ${OPERATORS.join(", ")}, optionally after decorators ${DECORATORS.map((d) => d + ":").join(", ")}`,
  }) as z.ZodType<Operator>,
  value: z.union([Json, z.strictObject({ fact: FactName })]),
  /** the source clause, e.g. "国科发火〔2016〕32号 第十一条(四)" */
  clause: z.string().min(1).optional(),
}).superRefine((leaf, ctx) => {
  // json-rules-engine pitfalls (TOOLCHAIN.md): `in` with a string matches substrings, with null it throws.
  if ((leaf.operator === "in" || leaf.operator === "notIn") && !Array.isArray(leaf.value)) {
    ctx.addIssue({ code: "custom", path: ["value"], message: `"${leaf.operator}" needs an array value, e.g. ["3985", "3240"]` });
  }
});
export type Leaf = z.infer<typeof Leaf>;

/** `{ all: [...] }`: true when every child is true. */
export interface All { all: Condition[]; }
/** `{ any: [...] }`: true when some child is true. */
export interface Any { any: Condition[]; }
/** `{ not: … }`: the negation of its child. */
export interface Not { not: Condition; }
/** `{ condition: "name" }`: the rule set's named condition of that name. */
export interface Ref { condition: string; }
/** A condition tree node. */
export type Condition = All | Any | Not | Ref | Leaf;
/** A rule's top-level condition: `all`, `any` or `not` (as json-rules-engine requires). */
export type TopCondition = All | Any | Not;

export const All: z.ZodType<All> = z.strictObject({ get all() { return z.array(Condition).min(1); } });
export const Any: z.ZodType<Any> = z.strictObject({ get any() { return z.array(Condition).min(1); } });
export const Not: z.ZodType<Not> = z.strictObject({ get not() { return Condition; } });
export const Ref: z.ZodType<Ref> = z.strictObject({ condition: z.string().min(1) });
export const TopCondition: z.ZodType<TopCondition> = z.union([All, Any, Not]);
export const Condition: z.ZodType<Condition> = z.union([All, Any, Not, Ref, Leaf]);

/** The fact a leaf's value names, for a fact-to-fact comparison (`{ "value": { "fact": "employees" } }`). */
export const valueFact = (leaf: Leaf): string | undefined =>
  leaf.value !== null && typeof leaf.value === "object" && !Array.isArray(leaf.value) ? (leaf.value as { fact: string }).fact : undefined;

/** The facts a leaf reads: its own and, for a fact-to-fact comparison, the other one. */
export function leafFacts(leaf: Leaf): string[] {
  const other = valueFact(leaf);
  return other ? [leaf.fact, other] : [leaf.fact];
}

/** `true` when `c` is a leaf. */
export const isLeaf = (c: Condition): c is Leaf => "fact" in c;

/**
 * Narrows a node of an evaluated tree: references are expanded before evaluation.
 * @throws Error on a reference (a bug: an unexpanded tree reached the evaluator)
 */
export function assertExpanded(c: Condition): asserts c is All | Any | Not | Leaf {
  if ("condition" in c) throw new Error(`unexpanded condition reference "${c.condition}"`);
}

/** The children of a node (`not` has one, a leaf or reference none). */
export function children(c: Condition): Condition[] {
  return "all" in c ? c.all : "any" in c ? c.any : "not" in c ? [c.not] : [];
}

/** Each tree's leaves, found once (trees are never changed once parsed). */
const leavesCache = new WeakMap<Condition, readonly Leaf[]>();

/**
 * The leaves of a tree in document order (depth first); the same array for the same tree.
 * @throws Error on a reference: trees are expanded (`expandReferences`) before they are evaluated
 */
export function leaves(c: Condition): readonly Leaf[] {
  let found = leavesCache.get(c);
  if (!found) {
    if (isLeaf(c)) found = [c];
    else if ("condition" in c) throw new Error(`unexpanded condition reference "${c.condition}"`);
    else found = children(c).flatMap(leaves);
    leavesCache.set(c, found);
  }
  return found;
}

/** The names of the conditions a tree refers to, directly. */
export function references(c: Condition): string[] {
  return "condition" in c ? [c.condition] : children(c).flatMap(references);
}

/**
 * Replaces every reference by the named condition it points to (json-rules-engine evaluates a
 * reference as that condition), recursively. The named conditions must exist and not cycle
 * (the RuleSet schema checks both).
 * @param shared the rule set's named conditions
 */
export function expandReferences(c: Condition, shared: Readonly<Record<string, TopCondition>>): Condition {
  if ("condition" in c) return expandReferences(shared[c.condition]!, shared);
  if (isLeaf(c)) return c;
  if ("all" in c) return { all: c.all.map((x) => expandReferences(x, shared)) };
  if ("any" in c) return { any: c.any.map((x) => expandReferences(x, shared)) };
  return { not: expandReferences(c.not, shared) };
}
