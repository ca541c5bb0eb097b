/**
 * The compiled evaluator against json-rules-engine (the reference) on the condition grammar
 * json-rules-engine documents (docs/rules.md): every operator, every operator decorator,
 * `not`, condition references (shared conditions) and fact-to-fact comparisons, on generated
 * rule trees and complete generated fact sets — including the quirks: numeric strings,
 * "500万", null, arrays. Both must give the same result for every condition. Unknown
 * (missing) facts, which json-rules-engine cannot express, are tested on their own below.
 */
import fc from "fast-check";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { compile, compileCondition, compiledTruth, compileLeaf, type Memo } from "../../src/engine/compiled.js";
import { combine, evaluateLeaves, type Truth } from "../../src/engine/evaluate.js";
import { ABSENT } from "../../src/profile/index.js";
import { type Condition, DECORATORS, type Leaf, OPERATORS, shareConditions, type TopCondition } from "../../src/ruleset/condition.js";
import type { RuleSet } from "../../src/ruleset/schema.js";

const FACTS = ["a", "b", "c", "d", "e"] as const;
const scalar = fc.constantFrom<unknown>(0, 1, -1, 2.5, 99, 100, "100", "99", "2.5", "abc", "500万", "", "rare-earth", true, false, null);
const array = fc.array(fc.constantFrom<unknown>(0, 1, 99, 100, "100", "abc", "rare-earth", true, null), { maxLength: 4 });
const factValue = fc.oneof({ arbitrary: scalar, weight: 3 }, { arbitrary: array, weight: 1 });
const facts = fc.record(Object.fromEntries(FACTS.map((f) => [f, factValue]))) as fc.Arbitrary<Record<string, unknown>>;

/** A leaf json-rules-engine evaluates without throwing (the grammar's type rules). */
const leaf: fc.Arbitrary<Leaf> = fc
  .record({
    fact: fc.constantFrom(...FACTS),
    base: fc.constantFrom(...OPERATORS),
    decorators: fc.array(fc.constantFrom(...DECORATORS), { maxLength: 2 }),
    scalar, array, other: fc.constantFrom(...FACTS), ref: fc.boolean(),
  })
  .map(({ fact, base, decorators, scalar: s, array: arr, other, ref }) => {
    const membership = base === "in" || base === "notIn";
    // the grammar's type rules: in/notIn need an array json value (no swap, no iterating over it);
    // someValue/everyValue iterate over an array json value, once, and not after a swap
    let decs = membership ? decorators.filter((d) => d === "someFact" || d === "everyFact" || d === "not") : decorators;
    const iterating = decs.filter((d) => d === "someValue" || d === "everyValue");
    if (iterating.length > 1 || (iterating.length === 1 && decs.includes("swap"))) decs = decs.filter((d) => d !== "someValue" && d !== "everyValue");
    const overValue = decs.includes("someValue") || decs.includes("everyValue");
    const value = membership || overValue ? arr : ref && !decs.includes("swap") ? { fact: other } : s;
    return { fact, operator: [...decs, base].join(":"), value } as Leaf;
  });

/** A tree over `leaf`, with references to the shared conditions c0 and c1. */
const tree = (depth: number, refs: boolean): fc.Arbitrary<Condition> =>
  depth === 0
    ? leaf
    : fc.oneof(
        { arbitrary: leaf, weight: 3 },
        { arbitrary: fc.array(tree(depth - 1, refs), { minLength: 1, maxLength: 3 }).map((all) => ({ all })), weight: 2 },
        { arbitrary: fc.array(tree(depth - 1, refs), { minLength: 1, maxLength: 3 }).map((any) => ({ any })), weight: 2 },
        { arbitrary: tree(depth - 1, refs).map((not) => ({ not })), weight: 1 },
        ...(refs ? [{ arbitrary: fc.constantFrom("c0", "c1").map((condition) => ({ condition })), weight: 1 }] : []),
      );
const top = (refs: boolean) => fc.array(tree(2, refs), { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as TopCondition);
const ruleSet = fc.record({ shared: fc.record({ c0: top(false), c1: top(false) }), rules: fc.array(top(true), { minLength: 1, maxLength: 4 }) });

/** json-rules-engine's verdict on each rule, and on each leaf alone. */
async function reference(shared: Record<string, TopCondition>, rules: TopCondition[], leafList: Leaf[], f: Record<string, unknown>) {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const [name, c] of Object.entries(shared)) engine.setCondition(name, c as never);
  rules.forEach((c, i) => engine.addRule({ name: `r${i}`, conditions: c as never, event: { type: "r" } }));
  leafList.forEach((l, i) => engine.addRule({ name: `l${i}`, conditions: { all: [l] } as never, event: { type: "l" } }));
  const { results } = await engine.run(f);
  const passed = new Set(results.map((r) => r.name));
  return { rules: rules.map((_, i) => passed.has(`r${i}`)), leaves: leafList.map((_, i) => passed.has(`l${i}`)) };
}

/** A version of the generated rules, as `compile` reads it: one measure per rule, the named conditions shared. */
const version = (shared: Record<string, TopCondition>, rules: TopCondition[]) =>
  ({ conditions: shared, measures: rules.map((conditions, i) => ({ id: `r${i}`, conditions, evidence: "V", channels: [] })) }) as unknown as RuleSet;

describe("compiled = json-rules-engine, on the grammar", () => {
  it("the same result for every rule and every condition, on complete fact sets (shared conditions decided once per evaluation)", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(ruleSet, fc.array(facts, { minLength: 5, maxLength: 5 }), async ({ shared, rules }, factSets) => {
        const compiled = compile(version(shared, rules));
        for (const f of factSets) {
          const ref = await reference(shared, rules, compiled.leaves, f);
          expect(compiled.tests.map((t) => t(f))).toEqual(ref.leaves);
          const memo: Memo = [];
          expect(compiled.deciders.map((d) => d(f, memo))).toEqual(ref.rules);
          const table = compiledTruth(compiled, f);
          expect(compiled.combiners.map((c) => c(table.values, table.memo))).toEqual(ref.rules);
          checked += compiled.leaves.length + rules.length;
        }
      }),
      { numRuns: 400, seed: 20261129 },
    );
    expect(checked).toBeGreaterThan(10_000);
  });

  it("covers every operator and every decorator", () => {
    const seen = new Set<string>();
    for (const l of fc.sample(leaf, { numRuns: 2000, seed: 1 })) for (const part of l.operator.split(":")) seen.add(part);
    expect([...seen].sort()).toEqual([...OPERATORS, ...DECORATORS].sort());
  });
});

describe("unknown facts (three-valued logic, DESIGN.md)", () => {
  const partial = facts.chain((f) => fc.subarray([...FACTS]).map((missing) => {
    const g = { ...f };
    for (const m of missing) delete g[m];
    return g;
  }));

  it("a leaf naming a missing fact is unknown, and never reaches its operator", () => {
    const throwing = { fact: "a", operator: "in", value: null } as unknown as Leaf; // json-rules-engine would throw on null
    expect(compileLeaf(throwing)({})).toBeNull();
    expect(compileLeaf({ fact: "a", operator: "equal", value: { fact: "b" } })({ a: 1 })).toBeNull();
  });

  it("a leaf on a known-absent fact (project: null, …) is false whatever its operator and value, in both evaluators", async () => {
    const absent = fc.record({ f: facts, missing: fc.constantFrom(...FACTS) }).map(({ f, missing }) => ({ ...f, [missing]: ABSENT }));
    await fc.assert(
      fc.asyncProperty(leaf, absent, async (l, f) => {
        const names = [l.fact, ...(typeof l.value === "object" && l.value !== null && !Array.isArray(l.value) ? [(l.value as { fact: string }).fact] : [])];
        if (!names.some((n) => f[n] === ABSENT)) return;
        const reference = await evaluateLeaves([l], f);
        expect(reference.get(l)).toBe(false);
        expect(compileLeaf(l)(f)).toBe(false);
      }),
      { numRuns: 2000, seed: 5 },
    );
    // the operators that would pass on a value that is not there: notEqual, notIn, not:…
    const f = { a: ABSENT };
    for (const l of [{ fact: "a", operator: "notEqual", value: 1 }, { fact: "a", operator: "notIn", value: [1] }, { fact: "a", operator: "not:equal", value: 1 }, { fact: "a", operator: "lessThan", value: 5 }] as Leaf[]) {
      expect(compileLeaf(l)(f), l.operator).toBe(false);
      expect((await evaluateLeaves([l], f)).get(l), l.operator).toBe(false);
    }
  });

  it("the short-circuiting deciders agree with the three-valued combination of their leaves, shared conditions included", () => {
    fc.assert(
      fc.property(ruleSet, partial, ({ shared, rules }, f) => {
        const compiled = compile(version(shared, rules));
        const truth = new Map<Leaf, Truth>(compiled.leaves.map((l) => [l, compileLeaf(l)(f)]));
        const memo: Memo = [];
        expect(compiled.deciders.map((d) => d(f, memo))).toEqual(compiled.trees.map((t) => combine(t, truth)));
        expect(compiled.trees.map((t) => compileCondition(t)(f))).toEqual(compiled.trees.map((t) => combine(t, truth)));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it("on a complete fact set the three-valued result is json-rules-engine's two-valued one", () => {
    fc.assert(
      fc.property(top(false), facts, (t, f) => {
        expect(compileCondition(shareConditions({}).resolve(t))(f)).not.toBeNull();
      }),
      { numRuns: 1000, seed: 4 },
    );
  });
});
