/**
 * Named conditions are shared, never copied (issue 12, "Exponential expansion"): a chain
 * `c1 = all(c0, c0)`, `c2 = all(c1, c1)`, … written in a few lines is 2^N leaves once expanded.
 * Every path that walks trees — deciders, combiners, the reference evaluator, explanations,
 * missing facts, near-misses, timing — decides a named condition once per evaluation and lists
 * its leaves once. (Lint refuses such a rule set: tests/unit/lint-limits.test.ts; this is the
 * evaluator's own guarantee, for versions parsed without lint.)
 */
import { describe, expect, it } from "vitest";
import { compile, compiledTruth, type Memo } from "../../src/engine/compiled.js";
import { combine, type Truth, type Truths } from "../../src/engine/evaluate.js";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import type { EnterpriseProfile } from "../../src/profile/index.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { Catalog, type LoadedRuleSet } from "../../src/ruleset/catalog.js";
import type { Leaf, Tree } from "../../src/ruleset/condition.js";
import { minimalFix } from "../../src/engine/fixes.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const ASOF = "2099-01-01";
const EMPLOYEES = { fact: "employees", operator: "greaterThanInclusive", value: 10, clause: "test: at least 10 employees" };
const TECH = { fact: "techStaff", operator: "greaterThanInclusive", value: 2, clause: "test: at least 2 S&T staff" };

/** 2025.2.0 with named conditions c0 (two leaves) … cN (each `all` of the previous one twice) and a measure "chain" on cN. */
async function doublingChain(n: number): Promise<LoadedRuleSet> {
  const r = structuredClone(BUNDLED_FILES[2]) as any;
  r.conditions = { ...r.conditions, c0: { all: [EMPLOYEES, TECH] } };
  for (let i = 1; i <= n; i++) r.conditions[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
  const award = r.measures.find((m: any) => m.id === "tsme-database-award");
  r.measures.push({ ...award, id: "chain", conditions: { all: [{ condition: `c${n}` }] } });
  const catalog = await Catalog.load([r]);
  return catalog.resolve({ id: r.id, version: r.version, asOf: ASOF });
}

const chain = (measures: { id: string }[]) => measures.find((m) => m.id === "chain") as any;

describe("a doubling chain of 22 named conditions (2^23 leaves once expanded)", async () => {
  const loaded = await doublingChain(22);

  it("an empty profile: undetermined, c0's two leaves listed once and their two inputs asked for", async () => {
    const result = await match({}, loaded, { asOf: ASOF });
    const m = chain(result.measures);
    expect(m.status).toBe("undetermined");
    expect(m.conditions.map((c: any) => c.fact)).toEqual(["employees", "techStaff"]);
    expect(m.missingFacts).toEqual(["employees", "techStaff"]);
    expect(result.nextQuestions.filter((q) => q.settles.includes("chain")).map((q) => q.fact).sort()).toEqual(["employees", "techStaff"]);
    const decision = await matchDecision({}, loaded, { asOf: ASOF });
    expect(chain(decision.measures)).toMatchObject({ status: "undetermined", missingFacts: ["employees", "techStaff"] });
  });

  it("both leaves hold: eligible for 50,000 with both evaluators, explained in full and in brief", async () => {
    const profile: EnterpriseProfile = { employees: 20, techStaff: 5 };
    for (const evaluator of ["compiled", "reference"] as const) {
      for (const explain of ["full", "brief"] as const) {
        const m = chain((await match(profile, loaded, { asOf: ASOF, evaluator, explain })).measures);
        expect(m.status, `${evaluator} ${explain}`).toBe("eligible");
        expect(m.amount.value).toBe(50_000);
        expect(m.conditions.map((c: any) => [c.fact, c.result])).toEqual([["employees", true], ["techStaff", true]]);
      }
      expect(chain((await matchDecision(profile, loaded, { asOf: ASOF, evaluator })).measures)).toMatchObject({ status: "eligible", amount: { value: 50_000 } });
    }
  });

  it("five employees short: ineligible, its one failing condition listed once, and no near-miss (headcount is no lever, issue 13)", async () => {
    const result = await match({ employees: 5, techStaff: 5 }, loaded, { asOf: ASOF });
    expect(chain(result.measures).status).toBe("ineligible");
    expect(chain(result.measures).conditions.filter((c: { result: boolean | null }) => c.result === false).map((c: { fact: string }) => c.fact)).toEqual(["employees"]);
    expect(result.nearMisses.find((n) => n.measureId === "chain")).toBeUndefined();
    // near-misses through a shared condition: the HNTE conditions of art. 11 (hnte-article-11), tests/unit/explain.test.ts
  });

  it("one evaluation reads each leaf of the chain once: a named condition is decided once, whatever uses it", () => {
    const compiled = compile(loaded.ruleset);
    const i = loaded.ruleset.measures.findIndex((m) => m.id === "chain");
    const facts = { employees: 20, techStaff: 5 };
    let reads = 0;
    const counted = new Proxy(facts, { get: (t, k) => ((reads += k === "employees" || k === "techStaff" ? 1 : 0), t[k as keyof typeof t]) });
    const memo: Memo = [];
    expect(compiled.deciders[i]!(counted, memo)).toBe(true);
    expect(reads).toBe(2);

    const table = compiledTruth(compiled, facts);
    let gets = 0;
    const truths: Truths = { get: (leaf: Leaf): Truth | undefined => (gets++, table.get(leaf)) };
    expect(combine(compiled.trees[i]!, truths)).toBe(true);
    expect(gets).toBe(2);
    expect(compiled.combiners[i]!(table.values, table.memo)).toBe(true);
  });
});

describe("a short chain shows the difference from copying", async () => {
  const loaded = await doublingChain(3);

  it("c3 uses c0 eight times; its leaves are listed and asked for once", async () => {
    const m = chain((await match({ techStaff: 1 }, loaded, { asOf: ASOF })).measures);
    expect(m.conditions.map((c: any) => [c.fact, c.result])).toEqual([["employees", null], ["techStaff", false]]);
    expect(m.status).toBe("ineligible");
    const u = chain((await match({ techStaff: 5 }, loaded, { asOf: ASOF })).measures);
    expect(u).toMatchObject({ status: "undetermined", missingFacts: ["employees"] });
    expect(u.conditions).toHaveLength(2);
  });
});

describe("near-miss fixes inside nested nots", () => {
  it("20 nots around a leaf: each leaf read once or twice, not 2^20 times (the inside of a not was worked out twice per level)", () => {
    const inner: Leaf = { fact: "employees", operator: "greaterThanInclusive", value: 10 };
    let tree: Tree = inner;
    for (let i = 0; i < 20; i++) tree = { not: tree };
    let gets = 0;
    const truths: Truths = { get: () => (gets++, false) };
    expect(minimalFix({ all: [tree] }, truths, () => true)).toBeNull(); // no change of facts fixes a condition under a not
    expect(gets).toBeLessThanOrEqual(2);
  });
});
