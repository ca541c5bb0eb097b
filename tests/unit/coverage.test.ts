/**
 * Coverage of a version by its cases (src/engine/coverage.ts, coverage-lines.ts), worked out by
 * hand on a small version: which conditions each case reaches (the validity window first, `all`
 * stopping at the first false, `any` at the first true, a named condition as one item), each
 * seen true and false, and the cases at, just below and just above each threshold; the
 * percentages; the cases a version answers; and `npm run rules:test --coverage` over the
 * repository's cases (`--json`, `--threshold`).
 */
import { describe, expect, it } from "vitest";
import { rulesTest } from "../../src/cli/rules/test.js";
import type { Case } from "../../src/engine/case.js";
import { casesOf, coverage, type VersionCoverage } from "../../src/engine/coverage.js";
import { possible, sideOf, stepOf } from "../../src/engine/coverage-lines.js";
import { FACTS } from "../../src/profile/index.js";
import { RuleSet } from "../../src/ruleset/schema.js";

const text = { "zh-CN": "测试", en: "test" };
const common = { kind: "subsidy", title: text, summary: text, source: { title: "t", issuer: "t", number: "T-1" }, evidence: "V", apply: { department: text } };
const VERSION = RuleSet.parse({
  id: "test-zone", version: "2025.1.0", title: text, effectiveFrom: "2025-01-01",
  conditions: { "in-zone": { all: [{ fact: "zone", operator: "equal", value: "z" }] } },
  measures: [
    { ...common, id: "m1", validTo: "2025-12-31", conditions: { all: [
      { condition: "in-zone" },
      { fact: "lastYear.revenue", operator: "greaterThanInclusive", value: 10_000_000, clause: "c" },
      { fact: "employees", operator: "lessThanInclusive", value: 300, clause: "c" },
    ] } },
    { ...common, id: "m2", conditions: { any: [{ condition: "in-zone" }, { fact: "lastYear.rdExpense", operator: "greaterThan", value: 0, clause: "c" }] } },
  ],
});
const kase = (file: string, asOf: string, profile: Record<string, unknown>, expect: string[], version?: string): Case => ({
  file, name: file, asOf, profile, arithmetic: "by hand", rulesetId: "test-zone", ...(version ? { version } : {}),
  expect: Object.fromEntries(expect.map((m) => [m, { status: "eligible" as const }])),
});
const firm = (zone: string, revenue: number, employees: number, rdExpense = 0) => ({ zone, employees, financials: [{ year: 2024, revenue, rdExpense }] });
const CASES = [
  kase("A", "2025-06-30", firm("z", 10_000_000, 301), ["m1"]), // revenue at the line, employees one over
  kase("B", "2025-06-30", firm("other", 9_999_999.99, 300, 0.01), ["m1", "m2"]), // outside the zone: m1 stops there; m2 goes on to R&D
  kase("C", "2026-01-01", firm("z", 9_999_999.99, 299), ["m1"]), // the day after validTo: m1 stops at its window
  kase("D", "2025-06-30", firm("z", 9_999_999.99, 299), ["m1"]), // one fen under the revenue line: employees not reached
  kase("E", "2025-06-30", { zone: "z", employees: -1 }, ["m1"]), // an invalid profile
];

describe("coverage worked out by hand", () => {
  const c = coverage(VERSION, CASES);
  const item = (pointer: string) => c.conditions.find((x) => x.pointer === pointer)!;
  const line = (pointer: string) => c.thresholds.find((x) => x.pointer === pointer)!;

  it("lists every condition once, in document order, with the measures that reach it", () => {
    expect(c.conditions.map((x) => [x.pointer, x.kind, x.text, x.measures])).toEqual([
      ["/measures/0/validTo", "validity", 'asOf ≤ "2025-12-31"', ["m1"]],
      ["/conditions/in-zone", "named", "condition in-zone", ["m1", "m2"]],
      ["/conditions/in-zone/all/0", "leaf", 'zone = "z"', ["m1", "m2"]],
      ["/measures/0/conditions/all/1", "leaf", "lastYear.revenue ≥ 10000000", ["m1"]],
      ["/measures/0/conditions/all/2", "leaf", "employees ≤ 300", ["m1"]],
      ["/measures/1/conditions/any/1", "leaf", "lastYear.rdExpense > 0", ["m2"]],
    ]);
    expect([c.cases, c.skipped.map((s) => s.file)]).toEqual([["A", "B", "C", "D"], ["E"]]);
    expect(c.skipped[0]!.reason).toMatch(/^invalid profile: \/employees: /);
  });

  it("records what each case reaches: true, false, or not at all (short-circuit)", () => {
    expect([item("/measures/0/validTo").seenTrue, item("/measures/0/validTo").seenFalse]).toEqual([["A", "B", "D"], ["C"]]);
    expect([item("/conditions/in-zone").seenTrue, item("/conditions/in-zone").seenFalse]).toEqual([["A", "D"], ["B"]]);
    expect([item("/conditions/in-zone/all/0").seenTrue, item("/conditions/in-zone/all/0").seenFalse]).toEqual([["A", "D"], ["B"]]);
    expect([item("/measures/0/conditions/all/1").seenTrue, item("/measures/0/conditions/all/1").seenFalse]).toEqual([["A"], ["D"]]); // B, C stopped before it
    expect([item("/measures/0/conditions/all/2").seenTrue, item("/measures/0/conditions/all/2").seenFalse]).toEqual([[], ["A"]]); // D stopped at revenue
    expect([item("/measures/1/conditions/any/1").seenTrue, item("/measures/1/conditions/any/1").seenFalse]).toEqual([["B"], []]);
  });

  it("places each reaching case at, just below or just above each line; a side no profile can reach is left out", () => {
    const sides = (p: string) => { const t = line(p); return { at: t.at, below: t.below, above: t.above, impossible: t.impossible, step: t.step }; };
    expect(sides("/measures/0/validTo")).toEqual({ at: [], below: [], above: ["C"], impossible: [], step: 1 }); // 2026-01-01 is the day after
    expect(sides("/measures/0/conditions/all/1")).toEqual({ at: ["A"], below: ["D"], above: [], impossible: [], step: 0.01 });
    expect(sides("/measures/0/conditions/all/2")).toEqual({ at: [], below: [], above: ["A"], impossible: [], step: 1 });
    expect(sides("/measures/1/conditions/any/1")).toEqual({ at: [], below: [], above: ["B"], impossible: ["below"], step: 0.01 }); // R&D cannot be −0.01
  });

  it("percentages: 10 of 12 outcomes and 5 of 11 points, 65.2 %; per measure 68.4 % and 75 %", () => {
    expect([c.outcomes, c.points, c.percent]).toEqual([{ covered: 10, total: 12 }, { covered: 5, total: 11 }, 65.2]);
    expect(c.measures).toEqual([
      { measureId: "m1", outcomes: { covered: 9, total: 10 }, points: { covered: 4, total: 9 }, percent: 68.4 }, // 13 / 19
      { measureId: "m2", outcomes: { covered: 5, total: 6 }, points: { covered: 1, total: 2 }, percent: 75 }, // 6 / 8
    ]);
  });

  it("a case exercises only the measures it expects", () => {
    const only = coverage(VERSION, [kase("B2", "2025-06-30", firm("other", 1, 1, 1), ["m1"])]);
    expect(only.conditions.find((x) => x.pointer === "/measures/1/conditions/any/1")!.seenTrue).toEqual([]);
  });
});

describe("named conditions used many times", () => {
  it("a doubling chain of 16 names (2^17 uses of c0 written out): each name read twice per case at most, c0's leaf one item", () => {
    const conditions: Record<string, unknown> = { c0: { all: [{ fact: "zone", operator: "equal", value: "z" }] } };
    for (let i = 1; i <= 16; i++) conditions[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
    const rs = RuleSet.parse({ id: "test-zone", version: "2025.1.0", title: text, effectiveFrom: "2025-01-01", conditions, measures: [{ ...common, id: "m1", conditions: { all: [{ condition: "c16" }] } }] });
    let reads = 0;
    const counted = { ...rs, conditions: new Proxy(rs.conditions, { get: (t, k) => (reads++, t[k as string]) }) };
    const report = coverage(counted, [kase("A", "2025-06-30", firm("z", 1, 1), ["m1"]), kase("B", "2025-06-30", firm("y", 1, 1), ["m1"])]);
    expect(reads).toBeLessThanOrEqual(2 * 17 * 3); // registered once for m1 and once on their own, decided once per case
    expect(report.conditions.find((c) => c.pointer === "/conditions/c0/all/0")).toMatchObject({ seenTrue: ["A"], seenFalse: ["B"] });
    expect(report.conditions.filter((c) => c.kind === "named")).toHaveLength(17);
  });
});

describe("the cases a version answers", () => {
  const v = (version: string, effectiveFrom: string) => ({ id: "test-zone", version, effectiveFrom });
  const versions = [v("2025.1.0", "2025-01-01"), v("2026.1.0", "2026-01-01")];
  it("pinned to it, or dated in its period", () => {
    const cases = [kase("a", "2025-06-30", {}, []), kase("b", "2026-06-30", {}, []), kase("c", "2026-06-30", {}, [], "2025.1.0"), { ...kase("d", "2025-06-30", {}, []), rulesetId: "other" }];
    expect(casesOf(cases, versions[0]!, versions).map((c) => c.file)).toEqual(["a", "c"]);
    expect(casesOf(cases, versions[1]!, versions).map((c) => c.file)).toEqual(["b"]);
  });
});

describe("just below, at, just above: one step of the unit", () => {
  const fact = (name: string) => FACTS.get(name)!;
  it("steps: a fen, a person, a point, 0.0001 of a fraction, a day, a hundredth of a mu", () => {
    expect(["lastYear.revenue", "employees", "averageEmployees", "innovationPoints", "rdIntensity3y", "asOf", "project.landAreaMu"].map((f) => stepOf(fact(f)))).toEqual([0.01, 1, 1, 1, 0.0001, 1, 0.01]);
  });
  it("69.99 points is just below 70, 71 just above, 68.99 neither; 0.57 − 0.56 yuan is one fen; dates by the day", () => {
    const points = fact("innovationPoints");
    expect([sideOf(69.99, 70, 1, points), sideOf(71, 70, 1, points), sideOf(68.99, 70, 1, points), sideOf(70, 70, 1, points)]).toEqual(["below", "above", undefined, "at"]);
    expect(sideOf(0.57, 0.56, 0.01, fact("lastYear.revenue"))).toBe("above");
    expect([sideOf("2025-12-30", "2025-12-31", 1, fact("asOf")), sideOf("2026-01-01", "2025-12-31", 1, fact("asOf")), sideOf("2026-01-02", "2025-12-31", 1, fact("asOf"))]).toEqual(["below", "above", undefined]);
  });
  it("what a profile can give: no negative R&D, a loss in taxable income, a fraction within 0–1, a score up to 100", () => {
    expect([possible(fact("lastYear.rdExpense"), -0.01), possible(fact("lastYear.taxableIncome"), -0.01), possible(fact("rdIntensity3y"), 1.0001), possible(fact("hnteAssessmentScore"), 101), possible(fact("project.floorAreaM2"), -0.01)]).toEqual([false, true, false, false, false]);
  });
});

describe("rules:test --coverage", () => {
  const run = async (...args: string[]) => {
    const out: string[] = [], err: string[] = [];
    const code = await rulesTest(args, { root: process.cwd(), out: (l) => out.push(l), err: (l) => err.push(l), today: "2026-11-29" });
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  };

  it("--json: each version's coverage by the cases run; every case answers exactly one version", { timeout: 30_000 }, async () => {
    const r = await run("--coverage", "--json");
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { cases: number; failed: number; coverage: VersionCoverage[] };
    expect(report.failed).toBe(0);
    expect(report.coverage.map((v) => v.version)).toEqual(["2023.1.0", "2025.1.0", "2025.2.0"]);
    for (const v of report.coverage) expect(v.cases.length, v.version).toBeGreaterThan(0);
    expect(report.coverage.reduce((n, v) => n + v.cases.length, 0)).toBe(report.cases); // each case answers one version
  });

  it("prints the table; --threshold fails (exit 1) a version under it, passes at it; --version selects", { timeout: 30_000 }, async () => {
    const p = (JSON.parse((await run("--version", "2025.2.0", "--json")).stdout) as { coverage: VersionCoverage[] }).coverage[0]!.percent;
    const [at, above, table] = await Promise.all([run("--threshold", String(p), "--version", "2025.2.0"), run("--threshold", String(p + 0.1), "--version", "2025.2.0"), run("--coverage")]);
    expect([at.code, above.code]).toEqual([0, 1]);
    expect(above.stderr).toBe(`coverage of baotou-rare-earth-hi-tech-zone 2025.2.0 is ${p.toFixed(1)} %, under --threshold ${p + 0.1} %`);
    expect(table.stdout).toMatch(/baotou-rare-earth-hi-tech-zone 2025\.2\.0 \(effective 2025-05-20\): \d+ cases, [\d.]+ % covered/);
    expect(table.stdout).toMatch(/│ factory-construction-subsidy +│ \d+\/10 +│ \d+\/\d+ +│ [\d.]+ % +│/);
    expect(table.stdout).toMatch(/thresholds without a case at, just below and just above the line:\n(.*\n)*  \/measures\/10\/conditions\/all\/3 project\.fixedAssetInvestment 30000000 \(step 0\.01 yuan\): at ✓ just below ✓ just above ✗/);
  });

  it("exit 2 for a bad threshold or an unknown version", async () => {
    const [bad, unknown] = await Promise.all([run("--threshold", "abc"), run("--version", "2031.1.0")]);
    expect([bad.code, unknown.code]).toEqual([2, 2]);
    expect(unknown.stderr).toMatch(/no version 2031\.1\.0/);
  });
});
