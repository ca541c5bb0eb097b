/**
 * Conditions: json-rules-engine condition trees (its docs/rules.md), restricted to what
 * policy-match can explain: `all`, `any`, `not` and leaf conditions on registered facts.
 * A leaf may carry `clause`: the source clause it encodes, reported beside its result.
 */
import * as z from "zod";
import { FACTS } from "../profile/index.js";

/** json-rules-engine's built-in operators. */
export const OPERATORS = [
  "equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive",
  "in", "notIn", "contains", "doesNotContain",
] as const;
export type Operator = (typeof OPERATORS)[number];

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
  operator: z.enum(OPERATORS, { error: `operator must be one of ${OPERATORS.join(", ")}` }),
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
/** A condition tree node. */
export type Condition = All | Any | Not | Leaf;
/** A rule's top-level condition: `all`, `any` or `not` (as json-rules-engine requires). */
export type TopCondition = All | Any | Not;

export const All: z.ZodType<All> = z.strictObject({ get all() { return z.array(Condition).min(1); } });
export const Any: z.ZodType<Any> = z.strictObject({ get any() { return z.array(Condition).min(1); } });
export const Not: z.ZodType<Not> = z.strictObject({ get not() { return Condition; } });
export const TopCondition: z.ZodType<TopCondition> = z.union([All, Any, Not]);
export const Condition: z.ZodType<Condition> = z.union([All, Any, Not, Leaf]);

/** `true` when `c` is a leaf. */
export const isLeaf = (c: Condition): c is Leaf => "fact" in c;

/** The leaves of a tree in document order (depth first). */
export function leaves(c: Condition): Leaf[] {
  if (isLeaf(c)) return [c];
  if ("all" in c) return c.all.flatMap(leaves);
  if ("any" in c) return c.any.flatMap(leaves);
  return leaves(c.not);
}
