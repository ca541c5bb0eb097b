/**
 * Lint's limits (issue 12; docs/rules.md "Limits"): conditions written out (references replaced
 * by what they name) of at most 1,000 nodes and 32 levels per tree and 50,000 nodes for all
 * measures, at, just below and just above each limit; reported where the limit is first passed;
 * nesting past 128 levels and prototype keys refused before anything recursive runs; chains of
 * tens of thousands of names walked without recursion.
 */
import { describe, expect, it } from "vitest";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { loadRuleSet, RuleSetInvalidError } from "../../src/ruleset/catalog.js";
import { lintRuleSet } from "../../src/ruleset/lint.js";
import { inlined } from "../support/drafts.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;
/** 2025.2.0 without named conditions (written out where used), so each test sets its own. */
const latest = (): Json => inlined(BUNDLED_FILES[2]);
const leaf = (k: number) => ({ fact: "employees", operator: "equal", value: k });
/** An `all` of `n` leaves: n + 1 nodes, 2 levels. */
const wide = (n: number) => ({ all: Array.from({ length: n }, (_, k) => leaf(k)) });
/** A leaf inside `n` nots: n + 1 nodes and levels. */
const nots = (n: number): Json => (n === 0 ? leaf(0) : { not: nots(n - 1) });
const rules = (r: Json) => lintRuleSet(r).errors.map((e) => [e.rule, e.pointer]);

describe("one tree: 1,000 nodes and 32 levels, references written out", () => {
  const withShared = (nodes: number) => {
    const r = latest();
    r.conditions = { big: wide(nodes - 2) }; // the measure's `all` around the reference adds one node
    r.measures[0].conditions = { all: [{ condition: "big" }] };
    return r;
  };

  it("999 and 1,000 nodes pass; 1,001 is refused at the measure, with the size found", () => {
    expect(rules(withShared(999))).toEqual([]);
    expect(rules(withShared(1000))).toEqual([]);
    const over = lintRuleSet(withShared(1001));
    expect(over.errors).toEqual([{ rule: "condition-too-large", pointer: "/measures/0/conditions", message: expect.stringMatching(/^measure "hnte-recognition" stands for 1,001 conditions .*at most 1,000/) }]);
  });

  it("31 and 32 levels pass; 33 is refused", () => {
    const nested = (levels: number) => { const r = latest(); r.measures[0].conditions = { all: [nots(levels - 2)] }; return r; };
    expect(rules(nested(31))).toEqual([]);
    expect(rules(nested(32))).toEqual([]);
    expect(lintRuleSet(nested(33)).errors).toEqual([{ rule: "condition-too-deep", pointer: "/measures/0/conditions", message: expect.stringMatching(/nests 33 levels .*at most 32/) }]);
  });

  it("depth adds up through references: a chain of named conditions is measured as written out", () => {
    const chain = (n: number) => {
      const r = latest();
      r.conditions = { d0: { all: [leaf(0)] } };
      for (let i = 1; i < n; i++) r.conditions[`d${i}`] = { not: { condition: `d${i - 1}` } };
      r.measures[0].conditions = { all: [{ condition: `d${n - 1}` }] };
      return r;
    };
    expect(rules(chain(30))).toEqual([]); // d29 has 31 levels, the measure 32
    expect(rules(chain(31))).toEqual([["condition-too-deep", "/measures/0/conditions"]]);
    expect(rules(chain(32))).toEqual([["condition-too-deep", "/conditions/d31"]]);
  });

  it("a doubling chain is reported once, where it first passes 1,000 (c8: 1,023), not at every name and measure after", () => {
    const r = latest();
    r.conditions = { c0: { all: [leaf(0), leaf(1)] } };
    for (let i = 1; i <= 22; i++) r.conditions[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
    r.measures[0].conditions = { all: [{ condition: "c22" }] };
    r.measures[1].conditions = { any: [{ condition: "c7" }, { condition: "c7" }] }; // 2 × 511 + 1 = 1,023 on its own
    expect(lintRuleSet(r).errors.map((e) => [e.rule, e.pointer, e.message.match(/[\d,]+ conditions/)?.[0]])).toEqual([
      ["condition-too-large", "/conditions/c8", "1,023 conditions"],
      ["condition-too-large", "/measures/1/conditions", "1,023 conditions"],
    ]);
    delete r.measures[0].conditions.all; // c22 used by no measure is refused all the same
    r.measures[0].conditions.all = [leaf(0)];
    expect(rules(r)).toContainEqual(["condition-too-large", "/conditions/c8"]);
  });
});

describe("all measures together: 50,000 nodes", () => {
  const many = (measures: number) => {
    const r = latest();
    const award = r.measures.find((m: Json) => m.id === "tsme-evaluation"); // a national measure: a local one would need its zone condition
    r.conditions = { big: wide(998) }; // 999 nodes; each measure's `all` around it makes 1,000
    r.measures = Array.from({ length: measures }, (_, i) => ({ ...award, id: `m${i}`, conditions: { all: [{ condition: "big" }] } }));
    return r;
  };

  it("50 measures of 1,000 pass (50,000); 51 are refused at /measures (51,000)", () => {
    expect(rules(many(50))).toEqual([]);
    expect(lintRuleSet(many(51)).errors).toEqual([{ rule: "condition-too-large", pointer: "/measures", message: expect.stringMatching(/51,000 conditions together .*at most 50,000/) }]);
  });
});

describe("walks without recursion", () => {
  const N = 12_000; // a recursive walk overflowed the stack on this chain (0.5 MB)

  it("a chain of 12,000 named conditions: one depth error at the first name past 32 levels, no stack overflow", { timeout: 30_000 }, () => {
    const r = latest();
    r.conditions = { [`d${N}`]: { all: [leaf(0)] } };
    for (let i = N - 1; i >= 0; i--) r.conditions[`d${i}`] = { all: [{ condition: `d${i + 1}` }] };
    r.measures[0].conditions = { all: [{ condition: "d0" }] };
    expect(rules(r)).toEqual([["condition-too-deep", `/conditions/d${N - 31}`]]); // the last name has 2 levels, each before it one more
  });

  it("the same chain closed into a cycle: the cycle is reported once (lint and schema), no stack overflow", { timeout: 30_000 }, () => {
    const r = latest();
    r.conditions = {};
    for (let i = 0; i < N; i++) r.conditions[`d${i}`] = { all: [{ condition: `d${(i + 1) % N}` }] };
    r.measures[0].conditions = { all: [{ condition: "d0" }] };
    const report = lintRuleSet(r);
    expect(report.errors.map((e) => [e.rule, e.pointer])).toEqual([["condition-cycle", "/conditions/d0"]]);
    expect(report.errors[0]!.message).toMatch(new RegExp(`d0 → d1 → d2 → .* → d${N - 1} → d0$`));
  });

  it("nesting 100,000 deep (a 1 MB file): one error pointing where it passes 128 levels, nothing else walked", () => {
    const r = latest();
    r.measures[3].conditions = JSON.parse('{"all":[' + '{"not":'.repeat(100_000) + JSON.stringify(leaf(0)) + "}".repeat(100_000) + "]}");
    const report = lintRuleSet(r);
    expect(report.errors).toEqual([{ rule: "nesting-too-deep", pointer: "/measures/3/conditions/all/0" + "/not".repeat(123), message: expect.stringMatching(/^arrays and objects nest 100,006 levels deep here/) }]);
    expect(report.ruleset).toBeUndefined();
  });
});

describe("prototype keys", () => {
  it("__proto__, constructor and prototype are refused wherever they stand, each at its pointer and once", () => {
    const text = JSON.stringify(latest())
      .replace('"measures":', '"__proto__":{"polluted":true},"measures":')
      .replace('"parameters":{', '"parameters":{"constructor":[{"from":"2025-01-01","value":0.03}],')
      .replace('"conditions":{"all":[', '"conditions":{"all":[{"condition":"prototype"},')
      .replace('"table":{', '"table":{"__proto__":0.5,');
    const r = JSON.parse(text);
    r.conditions = JSON.parse('{"prototype":{"all":[{"fact":"employees","operator":"equal","value":1}]}}');
    const report = lintRuleSet(r);
    expect(report.errors.map((e) => [e.rule, e.pointer])).toEqual([
      ["prototype-key", "/__proto__"],
      ["prototype-key", "/conditions/prototype"],
      ["prototype-key", "/measures/6/amount/rate/table/__proto__"],
      ["prototype-key", "/parameters/constructor"],
    ]);
    expect(report.errors[0]!.message).toMatch(/the version stored would not be the one sent/);
    expect(report.ruleset).toBeUndefined();
  });
});

describe("loading a version without lint (a draft, a version stored before the limits)", () => {
  it("nesting past 128 levels, or conditions past 32 levels through a chain of names, is refused before zod or the evaluator recurse", () => {
    const deep = latest();
    deep.measures[0].conditions = { all: [nots(1500)] };
    expect(() => loadRuleSet(deep)).toThrow(RuleSetInvalidError);
    expect(() => loadRuleSet(deep)).toThrow(/^rule set baotou-rare-earth-hi-tech-zone@2025\.2\.0: \/measures\/0\/conditions\/all\/0(\/not){123}: arrays and objects nest 1,506 levels/);
    const chain = latest();
    chain.conditions = { d12000: { all: [leaf(0)] } };
    for (let i = 11_999; i >= 0; i--) chain.conditions[`d${i}`] = { all: [{ condition: `d${i + 1}` }] };
    chain.measures[0].conditions = { all: [{ condition: "d0" }] };
    expect(() => loadRuleSet(chain)).toThrow(/\/conditions\/d11969: the named condition "d11969" nests 33 levels/);
  });

  it("a doubling chain loads (it is shared, not copied, when evaluated: tests/unit/shared-conditions.test.ts)", () => {
    const r = latest();
    r.conditions = { c0: { all: [leaf(0), leaf(1)] } };
    for (let i = 1; i <= 22; i++) r.conditions[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
    r.measures[0].conditions = { all: [{ condition: "c22" }] };
    expect(loadRuleSet(r).ruleset.conditions.c22).toBeDefined();
  });
});
