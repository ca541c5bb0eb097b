/**
 * fast-check arbitrary of rule sets built from the real measures of the bundled versions, for
 * the property tests of issue 12 (tests/unit/ruleset-property.test.ts,
 * tests/worker/ruleset-property.test.ts): named conditions over the bundled leaves that use
 * each other — at random, in doubling chains, now and then in a cycle — measures whose
 * conditions are replaced by random trees over them, nested now and then past lint's limits,
 * and amounts of every size from 0 to 1e308. Many are refused by lint; the rest must evaluate.
 * The version and effectiveFrom are the bundled version's: set your own.
 */
import fc from "fast-check";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const VERSIONS = BUNDLED_FILES as Json[];

/** The leaves of a written tree. */
export const leavesOf = (c: Json): Json[] =>
  c === null || typeof c !== "object" ? [] : "fact" in c ? [c] : [...(c.all ?? []), ...(c.any ?? []), ...("not" in c ? [c.not] : [])].flatMap(leavesOf);

/** Every leaf of the bundled measures and named conditions, once. */
const LEAVES: Json[] = [...new Map(VERSIONS.flatMap((v) => [...v.measures.map((m: Json) => m.conditions), ...Object.values(v.conditions ?? {})].flatMap(leavesOf)).map((l: Json) => [JSON.stringify(l), l])).values()];

/** A measure's zone condition at the top of its `all` (local measures have one: lint's local-measure-without-zone). */
const zoneOf = (m: Json): Json | undefined => m.conditions?.all?.find((c: Json) => c?.fact === "zone");

/** A tree over the bundled leaves and references to `names`, a few levels deep, sometimes wrapped up to 45 levels more. */
function tree(names: readonly string[]): fc.Arbitrary<Json> {
  const leaf = fc.constantFrom(...LEAVES);
  const ref = names.length ? fc.constantFrom(...names).map((condition) => ({ condition })) : leaf;
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { maxDepth: 4, depthIdentifier: "tree" },
      { arbitrary: leaf, weight: 4 },
      { arbitrary: ref, weight: 3 },
      { arbitrary: fc.array(tie("node"), { minLength: 1, maxLength: 4 }).map((all) => ({ all })), weight: 2 },
      { arbitrary: fc.array(tie("node"), { minLength: 1, maxLength: 4 }).map((any) => ({ any })), weight: 2 },
      { arbitrary: tie("node").map((not) => ({ not })), weight: 1 },
    ),
  }));
  const wrappers = fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 15 }, { arbitrary: fc.array(fc.constantFrom("all", "any", "not"), { maxLength: 45, size: "max" }), weight: 1 });
  return fc.tuple(node, wrappers).map(([n, ws]) => ws.reduce((c: Json, w) => (w === "not" ? { not: c } : { [w]: [c] }), n));
}

/** A top-level condition (all/any/not) over `names`. */
const top = (names: readonly string[]) => tree(names).map((c) => ("all" in c || "any" in c || "not" in c ? c : { all: [c] }));

/**
 * The named conditions c0…c(k−1): each a random tree over the ones before it, a doubling of the
 * one before, or (rarely) a reference forward (a cycle); now and then followed by a doubling
 * chain d0…d(n−1) of up to 24 steps (d9 passes 1,000 conditions once written out).
 */
const named: fc.Arbitrary<Record<string, Json>> = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 24 }), weight: 1 })).chain(([k, n]) =>
  fc.tuple(...Array.from({ length: k }, (_, i) => {
    const before = Array.from({ length: i }, (_, j) => `c${j}`);
    return fc.oneof(
      { arbitrary: top(before), weight: 12 },
      { arbitrary: fc.constant(i > 0 ? { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] } : { all: [LEAVES[0]] }), weight: 4 },
      { arbitrary: fc.constant({ any: [{ condition: `c${(i + 1) % k}` }] }), weight: 1 },
    );
  })).map((trees) => {
    const out: Record<string, Json> = Object.fromEntries(trees.map((t, i) => [`c${i}`, t]));
    for (let j = 0; j < n; j++) out[`d${j}`] = j === 0 ? { any: [LEAVES[1], LEAVES[2]] } : { all: [{ condition: `d${j - 1}` }, { condition: `d${j - 1}` }] };
    return out;
  }),
);

/** Sums from nothing to the money limit, and now and then past it: one fen past, 1e15, 1e308, negative. */
const money = fc.oneof(
  { arbitrary: fc.constantFrom(0, 0.01, 50_000, 2_000_000, 9_999_999_999_999.99, 10_000_000_000_000), weight: 5 },
  { arbitrary: fc.constantFrom(10_000_000_000_000.01, 1e15, 1e308, -10_000_000_000_000), weight: 1 },
);

/** Amounts of each type over real facts, with literals of every size and rates that multiply past the limit. */
const amount: fc.Arbitrary<Json> = fc.oneof(
  money.map((value) => ({ type: "fixed", kind: "payment", value })),
  fc.record({ rate: money, cap: fc.option(money, { nil: undefined }) }).map(({ rate, cap }) => ({
    type: "perUnit", kind: "payment", units: { fact: "project.floorAreaM2" }, rate, ...(cap === undefined ? {} : { cap }),
  })),
  fc.record({
    base: fc.oneof(fc.constant({ fact: "loanRequest.amount" }), money),
    rate: fc.array(fc.constantFrom<Json>(0.05, 1, { value: 0.8, label: { "zh-CN": "比例", en: "share" } }, { fact: "loanRequest.termMonths", divideBy: 12 }, { parameter: "lpr5y" }), { minLength: 1, maxLength: 4 }),
  }).map(({ base, rate }) => ({ type: "percentOf", kind: "interest-subsidy", base, rate })),
);

/** A rule set: a bundled version with random named conditions, some measures' conditions and amounts replaced. */
export const randomRuleSet: fc.Arbitrary<Json> = fc.record({ v: fc.integer({ min: 0, max: VERSIONS.length - 1 }), conditions: named }).chain(({ v, conditions }) => {
  const base = structuredClone(VERSIONS[v]);
  const names = Object.keys(conditions);
  /** `arb` in `tenths` of the cases, else nothing */
  const sometimes = <T>(arb: fc.Arbitrary<T>, tenths: number) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 10 - tenths }, { arbitrary: arb, weight: tenths });
  const change = fc.record({ conditions: sometimes(top(names), 3), amount: sometimes(amount, 1) });
  const n = base.measures.length;
  // the version's own named conditions stay (its measures refer to them); a local measure keeps its zone condition
  const replaced = (m: Json, c: Json) => (zoneOf(m) ? { all: [zoneOf(m), c] } : c);
  return fc.array(change, { minLength: n, maxLength: n }).map((changes) => ({
    ...base,
    conditions: { ...base.conditions, ...conditions },
    measures: base.measures.map((m: Json, i: number) => ({ ...m, ...(changes[i]!.conditions ? { conditions: replaced(m, changes[i]!.conditions) } : {}), ...(changes[i]!.amount ? { amount: changes[i]!.amount } : {}) })),
  }));
});
