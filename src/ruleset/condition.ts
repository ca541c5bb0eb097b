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
  error: (issue) => `unknown fact "${String(issue.input)}": not in the fact registry (docs/data-dictionary.md lists the facts)`,
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
export interface All<C = Condition> { all: C[]; }
/** `{ any: [...] }`: true when some child is true. */
export interface Any<C = Condition> { any: C[]; }
/** `{ not: … }`: the negation of its child. */
export interface Not<C = Condition> { not: C; }
/** `{ condition: "name" }`: the rule set's named condition of that name. */
export interface Ref { condition: string; }
/** A condition tree node, as written. */
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
export const isLeaf = (c: Condition | Tree): c is Leaf => "fact" in c;

/** The children of a node (`not` has one; a leaf, a reference or a use none). */
export const children = <C>(c: All<C> | Any<C> | Not<C> | Leaf | Ref | Use): C[] =>
  "all" in c ? c.all : "any" in c ? c.any : "not" in c ? [c.not] : [];

/** The names of the conditions a written tree refers to, directly. */
export function references(c: Condition): string[] {
  return "condition" in c ? [c.condition] : children(c).flatMap(references);
}

/**
 * A named condition of a version, resolved once: every reference to it points at this one
 * object, so a tree stays the size it was written however often a name is used. (Copying it
 * in at each reference, as json-rules-engine evaluates a reference, doubles a tree at every
 * step of a chain `c1 = all(c0, c0)`, `c2 = all(c1, c1)`…: 2^22 nodes at the 22nd.) Evaluators
 * decide it once per evaluation and keep its result under `slot`.
 */
export interface Shared { name: string; slot: number; tree: Tree; }
/** A reference `{ "condition": name }`, resolved to the named condition it names. */
export interface Use { use: Shared; }
/** A condition tree with its references resolved: all/any/not over leaves and uses of shared conditions. */
export type Tree = All<Tree> | Any<Tree> | Not<Tree> | Leaf | Use;

/**
 * Resolves references to a version's named conditions, sharing them (`Shared`): each named
 * condition is resolved once, and every reference becomes a use of that one resolution. Leaves
 * are kept (the same objects). The names must exist and not cycle (the RuleSet schema checks both).
 * @param named the rule set's named conditions
 * @returns the shared conditions (`slot` = their index) and the function that resolves a written tree
 * @throws Error from `resolve` on a reference to a name that is not defined
 */
export function shareConditions(named: Readonly<Record<string, TopCondition>>): { shared: Shared[]; resolve: (c: Condition) => Tree } {
  const byName = new Map<string, Shared>();
  const shared = Object.keys(named).map((name, slot): Shared => {
    const s: Shared = { name, slot, tree: { all: [] } };
    byName.set(name, s);
    return s;
  });
  const resolve = (c: Condition): Tree => {
    if ("condition" in c) {
      const use = byName.get(c.condition);
      if (!use) throw new Error(`condition "${c.condition}" is not defined`);
      return { use };
    }
    if (isLeaf(c)) return c;
    if ("all" in c) return { all: c.all.map(resolve) };
    if ("any" in c) return { any: c.any.map(resolve) };
    return { not: resolve(c.not) };
  };
  for (const s of shared) s.tree = resolve(named[s.name]!);
  return { shared, resolve };
}

/** Each tree's leaves, found once (trees are never changed once resolved). */
const leavesCache = new WeakMap<Tree, readonly Leaf[]>();

/**
 * The leaves of a tree in document order (depth first), each shared condition's once however
 * often it is used; the same array for the same tree.
 */
export function leaves(t: Tree): readonly Leaf[] {
  let found = leavesCache.get(t);
  if (!found) {
    const out: Leaf[] = [];
    const seen = new Set<Shared>();
    const walk = (n: Tree): void => {
      if (isLeaf(n)) out.push(n);
      else if (!("use" in n)) children(n).forEach(walk);
      else if (!seen.has(n.use)) {
        seen.add(n.use);
        walk(n.use.tree);
      }
    };
    walk(t);
    leavesCache.set(t, (found = out));
  }
  return found;
}
