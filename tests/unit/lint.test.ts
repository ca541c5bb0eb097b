/**
 * Rule-set lint (src/ruleset/lint.ts): one failing example per rule, each found at its JSON
 * pointer and reported once (no schema issue repeating it); the bundled rule files pass.
 */
import { describe, expect, it } from "vitest";
import { todayInShanghai } from "../../src/profile/index.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { LINT_RULES, type LintContext, lintRuleSet, type RuleId } from "../../src/ruleset/lint.js";
import { CASES } from "../support/cases.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;
const ID = "baotou-rare-earth-hi-tech-zone";
/** A fresh copy of 2025.2.0 (measures: 0 hnte-recognition, 2 hnte-income-tax-rate, 5 slpe-income-tax-relief, 6 rd-post-subsidy, 7 hnte-recognition-award, 8 tsme-database-award, 14 talent-loan, 16 green-tag-litigation). */
const latest = (): Json => structuredClone(BUNDLED_FILES[2]);
/** The HNTE conditions of art. 11 (the named condition hnte-recognition and hnte-re-recognition share). */
const hnte = (r: Json) => r.conditions["hnte-article-11"].all;

/** Named conditions c0 (two leaves) … cN, each an `all` of the previous one twice: 2^(N+2) − 1 nodes written out. */
const doubling = (n: number): Json => {
  const c: Json = { c0: { all: [{ fact: "employees", operator: "equal", value: 1 }, { fact: "techStaff", operator: "equal", value: 1 }] } };
  for (let i = 1; i <= n; i++) c[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
  return c;
};
/** A leaf inside `n` nots. */
const nots = (n: number): Json => {
  let c: Json = { fact: "employees", operator: "equal", value: 1 };
  for (let i = 0; i < n; i++) c = { not: c };
  return c;
};
/** The other bundled versions, as lint sees them beside 2025.2.0. */
const OTHERS = [{ id: ID, version: "2023.1.0", effectiveFrom: "2023-04-17" }, { id: ID, version: "2025.1.0", effectiveFrom: "2025-01-01" }];

interface Example { rule: RuleId; pointer: string; mutate: (r: Json) => void; ctx?: LintContext; message?: RegExp; }

const EXAMPLES: Example[] = [
  { rule: "schema", pointer: "/measures/0/kind", mutate: (r) => { r.measures[0].kind = "grant"; } },
  { rule: "unknown-field", pointer: "/measures/0/stackingGrop", mutate: (r) => { r.measures[0].stackingGrop = "x"; }, message: /did you mean "stackingGroup"/ },
  { rule: "unknown-fact", pointer: "/conditions/hnte-article-11/all/0/fact", mutate: (r) => { hnte(r)[0].fact = "revenu"; }, message: /unknown fact "revenu".*did you mean "lastYear\.revenue"/ },
  { rule: "unknown-operator", pointer: "/conditions/hnte-article-11/all/0/operator", mutate: (r) => { hnte(r)[0].operator = "gte"; }, message: /did you mean "greaterThanInclusive"/ },
  { rule: "unknown-decorator", pointer: "/conditions/hnte-article-11/all/0/operator", mutate: (r) => { hnte(r)[0].operator = "maybe:greaterThan"; } },
  { rule: "path-expression", pointer: "/conditions/hnte-article-11/all/0/path", mutate: (r) => { Object.assign(hnte(r)[0], { fact: "lastYear", path: "$.revenue" }); }, message: /write \{ "fact": "lastYear\.revenue" \}/ },
  { rule: "any-and-all", pointer: "/conditions/hnte-article-11/all/3", mutate: (r) => { hnte(r)[3].all = [{ fact: "employees", operator: "equal", value: 1 }]; } },
  { rule: "priority-not-positive", pointer: "/measures/0/priority", mutate: (r) => { r.measures[0].priority = 0; }, message: /turns 0 into 1/ },
  { rule: "event-type-error", pointer: "/measures/0/event/type", mutate: (r) => { r.measures[0].event = { type: "error" }; } },
  { rule: "engine-key", pointer: "/measures/0/event", mutate: (r) => { r.measures[0].event = { type: "eligible", params: {} }; } },
  { rule: "operator-type", pointer: "/conditions/hnte-article-11/all/9/operator", mutate: (r) => { hnte(r).push({ fact: "sectorTags", operator: "equal", value: "rare-earth" }); }, message: /use "contains"/ },
  { rule: "value-type", pointer: "/conditions/hnte-article-11/all/9/value", mutate: (r) => { hnte(r).push({ fact: "lastYear.revenue", operator: "lessThanInclusive", value: "5000万", clause: "x" }); }, message: /did you mean 50000000\?/ },
  { rule: "value-unit", pointer: "/conditions/hnte-article-11/all/2/value", mutate: (r) => { hnte(r)[2].value = 10; }, message: /fraction \(0–1\); got 10: did you mean 0\.1\?/ },
  { rule: "value-not-allowed", pointer: "/conditions/hnte-article-11/all/9/value", mutate: (r) => { hnte(r).push({ fact: "taxCollection", operator: "equal", value: "actul" }); }, message: /did you mean "actual"/ },
  { rule: "in-needs-array", pointer: "/conditions/hnte-article-11/all/9/value", mutate: (r) => { hnte(r).push({ fact: "industryCode", operator: "not:in", value: "3985" }); } },
  { rule: "operand-type", pointer: "/measures/6/amount/base/fact", mutate: (r) => { r.measures[6].amount.base = { fact: "sizeClass" }; }, message: /"lookup": "sizeClass"/ },
  { rule: "unknown-parameter", pointer: "/measures/8/amount/rate/parameter", mutate: (r) => { r.measures[8].amount = { type: "percentOf", kind: "payment", base: { fact: "lastYear.rdExpense" }, rate: { parameter: "lpr1yr" } }; }, message: /did you mean "lpr1y"/ },
  { rule: "unlabelled-parameter", pointer: "/measures/12/amount/bands/0/amount/rate/0", mutate: (r) => { delete r.measures[12].amount.bands[0].amount.rate[0].label; }, message: /would show people its name/ },
  { rule: "amount-too-large", pointer: "/measures/8/amount/value", mutate: (r) => { r.measures[8].amount.value = 1e308; }, message: /^1e\+308 is past the money limit of ±10\^13/ },
  { rule: "band-gap", pointer: "/measures/10/amount/bands/1", mutate: (r) => { r.measures[10].amount.bands[1].from = 250_000_000; }, message: /200000000 ≤ project\.fixedAssetInvestment < 250000000 falls in neither/ },
  { rule: "band-overlap", pointer: "/conditions/hnte-article-11/all/3/any/1", mutate: (r) => { hnte(r)[3].any[1].all[0].operator = "greaterThanInclusive"; }, message: /lastYear\.revenue = 50000000 falls in both/ },
  { rule: "band-empty", pointer: "/measures/10/amount/bands/2", mutate: (r) => { r.measures[10].amount.bands[2].to = 500_000_000; } },
  { rule: "unknown-condition", pointer: "/conditions/hnte-article-11/all/9/condition", mutate: (r) => { hnte(r).push({ condition: "clean-record" }); } },
  { rule: "condition-cycle", pointer: "/conditions/a", mutate: (r) => { r.conditions = { a: { all: [{ condition: "b" }] }, b: { any: [{ condition: "a" }] } }; }, message: /a → b → a/ },
  { rule: "condition-too-large", pointer: "/conditions/c8", mutate: (r) => { r.conditions = { ...r.conditions, ...doubling(22) }; hnte(r).push({ condition: "c22" }); }, message: /stands for 1,023 conditions.*at most 1,000/ },
  { rule: "condition-too-deep", pointer: "/conditions/hnte-article-11", mutate: (r) => { hnte(r).push(nots(40)); }, message: /nests 42 levels.*at most 32/ },
  { rule: "nesting-too-deep", pointer: "/conditions/hnte-article-11/all/9" + "/not".repeat(124), mutate: (r) => { hnte(r).push(nots(1500)); }, message: /nest 1,505 levels deep here; a rule set may nest at most 128/ }, // one level fewer than under /measures/0/conditions
  { rule: "prototype-key", pointer: "/__proto__", mutate: (r) => { Object.defineProperty(r, "__proto__", { value: { x: 1 }, enumerable: true }); } },
  { rule: "duplicate-measure", pointer: "/measures/2/id", mutate: (r) => { r.measures[2].id = "hnte-recognition"; } },
  { rule: "duplicate-channel", pointer: "/channels/1/id", mutate: (r) => { r.channels[1].id = r.channels[0].id; } },
  { rule: "unknown-channel", pointer: "/measures/16/channels/0", mutate: (r) => { r.measures[16].channels = ["green-tag"]; } },
  { rule: "excludes-unknown", pointer: "/measures/8/excludes/0", mutate: (r) => { r.measures[8].excludes = ["hnte-recognition-awrd"]; }, message: /did you mean "hnte-recognition-award"/ },
  { rule: "excludes-self", pointer: "/measures/8/excludes/0", mutate: (r) => { r.measures[8].excludes = ["tsme-database-award"]; } },
  { rule: "excludes-one-sided", pointer: "/measures/8/excludes/0", mutate: (r) => { r.measures[8].excludes = ["hnte-recognition-award"]; } },
  { rule: "excludes-redundant", pointer: "/measures/8/excludes/0", mutate: (r) => { r.measures[7].stackingGroup = "one-award"; r.measures[8].stackingGroup = "one-award"; r.measures[8].excludes = ["hnte-recognition-award"]; r.measures[7].excludes = ["tsme-database-award"]; } },
  { rule: "stacking-incomparable", pointer: "/measures/14/stackingGroup", mutate: (r) => { r.measures[8].stackingGroup = "one-award"; r.measures[14].stackingGroup = "one-award"; }, message: /unlike kinds/ },
  { rule: "missing-source", pointer: "/measures/0/source", mutate: (r) => { delete r.measures[0].source; } },
  { rule: "missing-evidence", pointer: "/measures/0/evidence", mutate: (r) => { delete r.measures[0].evidence; } },
  { rule: "source-unidentified", pointer: "/measures/0/source", mutate: (r) => { delete r.measures[0].source.number; } },
  { rule: "missing-clause", pointer: "/conditions/hnte-article-11/all/0", mutate: (r) => { delete hnte(r)[0].clause; } },
  { rule: "validity-order", pointer: "/measures/5/validTo", mutate: (r) => { r.measures[5].validFrom = "2028-01-01"; } },
  { rule: "lapsed-measure", pointer: "/measures/5/validTo", mutate: () => {}, ctx: { today: "2028-01-01" }, message: /ended on 2027-12-31, before today \(2028-01-01\)/ },
  { rule: "duplicate-version", pointer: "/version", mutate: () => {}, ctx: { others: [{ id: ID, version: "2025.2.0", effectiveFrom: "2025-05-20" }] } },
  { rule: "unreachable-version", pointer: "/effectiveFrom", mutate: () => {}, ctx: { others: [{ id: ID, version: "2025.3.0", effectiveFrom: "2025-05-20" }] }, message: /2025\.3\.0 takes effect the same day/ },
  { rule: "shadows-version", pointer: "/effectiveFrom", mutate: () => {}, ctx: { others: [{ id: ID, version: "2025.1.9", effectiveFrom: "2025-05-20" }] } },
  { rule: "version-order", pointer: "/effectiveFrom", mutate: () => {}, ctx: { others: [{ id: ID, version: "2025.3.0", effectiveFrom: "2025-03-01" }] } },
  { rule: "local-measure-without-zone", pointer: "/measures/15/conditions", mutate: (r) => { r.measures[15].conditions = r.measures[15].conditions.all[1]; }, message: /issued by a local body \(包头市\) but does not require the firm's zone/ },
  { rule: "regime-not-below-general", pointer: "/measures/2/amount/rate", mutate: (r) => { r.measures[2].amount.rate.value = 0.25; }, message: /multiply to 25 %, not below the general rate of 25 %/ },
  { rule: "version-without-cases", pointer: "/version", mutate: () => {}, ctx: { others: OTHERS, cases: [{ id: ID, asOf: "2025-06-30", version: "2025.1.0" }, { id: ID, asOf: "2025-05-19" }] }, message: /none pins "version": "2025\.2\.0" and none has an asOf from 2025-05-20 on/ },
  { rule: "measure-without-cases", pointer: "/measures/14/id", mutate: () => {}, ctx: { measuresWithCases: new Set(latest().measures.map((m: Json) => m.id).filter((id: string) => id !== "talent-loan")) } },
];

describe("lint: one failing example per rule", () => {
  it("every rule has an example here (rules:check's own json-syntax and not-bundled: tests/unit/rules-cli.test.ts)", () => {
    expect(new Set(EXAMPLES.map((e) => e.rule))).toEqual(new Set(Object.keys(LINT_RULES)));
  });

  it.each(EXAMPLES.map((e) => [e.rule, e] as const))("%s", (_rule, e) => {
    const json = latest();
    e.mutate(json);
    const report = lintRuleSet(json, e.ctx);
    const severity = LINT_RULES[e.rule].severity;
    const list = severity === "error" ? report.errors : report.warnings;
    const found = list.filter((f) => f.rule === e.rule);
    expect(found.map((f) => f.pointer)).toContain(e.pointer);
    const finding = found.find((f) => f.pointer === e.pointer)!;
    if (e.message) expect(finding.message).toMatch(e.message);
    expect(report.ok).toBe(report.errors.length === 0);
    expect(report.ok).toBe(severity === "warning");
    // reported once: no generic schema issue at the same place
    expect([...report.errors, ...report.warnings].filter((f) => f.pointer === e.pointer && f.rule !== e.rule && (f.rule === "schema" || f.rule === "unknown-field"))).toEqual([]);
  });
});

describe("lint: more of what the rules catch", () => {
  const lint = (mutate: (r: Json) => void, ctx?: LintContext) => {
    const json = latest();
    mutate(json);
    return lintRuleSet(json, ctx);
  };
  const at = (report: ReturnType<typeof lintRuleSet>, pointer: string) => [...report.errors, ...report.warnings].filter((f) => f.pointer === pointer);

  it("a version some case tests: pinned to it, or dated in its period (before a later version takes over); requireCases makes none an error", () => {
    const without = (cases: LintContext["cases"], requireCases = false) => lint(() => {}, { others: OTHERS, cases, requireCases });
    const rule = (r: ReturnType<typeof lintRuleSet>) => [...r.errors, ...r.warnings].filter((f) => f.rule === "version-without-cases");
    expect(rule(without([{ id: ID, asOf: "2025-05-20" }]))).toEqual([]); // its first day
    expect(rule(without([{ id: ID, asOf: "2024-06-30", version: "2025.2.0" }]))).toEqual([]); // pinned, whatever the date
    expect(rule(without([{ id: ID, asOf: "2025-05-19" }, { id: "another-zone", asOf: "2025-06-30" }]))).toHaveLength(1); // the day before; another rule set's case
    const later = lint(() => {}, { others: [...OTHERS, { id: ID, version: "2026.1.0", effectiveFrom: "2026-01-01" }], cases: [{ id: ID, asOf: "2026-01-01" }] });
    expect(rule(later).map((f) => f.message)).toEqual([expect.stringContaining("an asOf from 2025-05-20 to before 2026-01-01")]);
    const required = without([], true);
    expect([required.ok, required.errors.map((f) => f.rule)]).toEqual([false, ["version-without-cases"]]);
    expect(without([]).ok).toBe(true);
    expect(rule(lint(() => {}, { others: OTHERS }))).toEqual([]); // no cases given: not checked
  });

  it("rates of an amount are fractions: an LPR row of 3.0, a literal rate of 5, a lookup rate of 5, a negative rate", () => {
    // measure 6 is rd-post-subsidy (lookup rates), measure 12 the working-capital interest subsidy (lpr1y and a labelled 0.8)
    const lpr = lint((r) => { r.parameters.lpr1y.push({ from: "2025-09-01", value: 3.0 }); });
    const row = at(lpr, `/parameters/lpr1y/${latest().parameters.lpr1y.length}/value`);
    expect(row.map((f) => [f.rule, f.message])).toEqual([["value-unit", expect.stringMatching(/3 would be 300 % — did you mean 0\.03\?/)]]);
    expect(lpr.ok).toBe(false);
    const literal = lint((r) => { r.measures[8].amount = { type: "percentOf", kind: "payment", base: { fact: "lastYear.rdExpense" }, rate: 5 }; });
    expect(at(literal, "/measures/8/amount/rate")[0]).toMatchObject({ rule: "value-unit", message: expect.stringMatching(/did you mean 0\.05\?/) });
    const table = lint((r) => { r.measures[6].amount.rate.table.small = 5; });
    expect(at(table, "/measures/6/amount/rate/table/small")[0]!.rule).toBe("value-unit");
    const negative = lint((r) => { r.measures[12].amount.bands[0].amount.rate[1].value = -0.8; });
    expect(at(negative, "/measures/12/amount/bands/0/amount/rate/1/value")[0]!.message).toMatch(/cannot be negative/);
  });

  it("a JSONPath filter is refused as such; money as text, a number for a flag, a non-ISO date", () => {
    const r = lint((j) => {
      Object.assign(hnte(j)[0], { fact: "financials", path: "$[?(@.year == 2024)].revenue" });
      hnte(j)[7].value = 0; // flags.majorAccidentLastYear equal false → 0
      hnte(j).push({ fact: "asOf", operator: "greaterThanInclusive", value: "2025/01/01", clause: "x" });
      hnte(j).push({ fact: "annualTaxPaid", operator: "greaterThanInclusive", value: 50000000.123, clause: "x" });
    });
    expect(at(r, "/conditions/hnte-article-11/all/0/path")[0]!.message).toMatch(/filter or script expression: never accepted/);
    expect(at(r, "/conditions/hnte-article-11/all/0/fact").map((f) => f.rule)).toEqual(["unknown-fact"]);
    expect(at(r, "/conditions/hnte-article-11/all/7/value")[0]).toMatchObject({ rule: "value-type", message: expect.stringMatching(/write false/) });
    expect(at(r, "/conditions/hnte-article-11/all/9/value")[0]).toMatchObject({ rule: "value-type", message: expect.stringMatching(/YYYY-MM-DD/) });
    expect(at(r, "/conditions/hnte-article-11/all/10/value")[0]).toMatchObject({ rule: "value-unit", message: expect.stringMatching(/at most 2 decimals/) });
  });

  it("follows decorators: someFact on a list fact is fine, on a number is an operator-type error; in elements are typed", () => {
    const r = lint((j) => {
      hnte(j).push({ fact: "sectorTags", operator: "someFact:equal", value: "rare-earth" });
      hnte(j).push({ fact: "employees", operator: "everyFact:greaterThan", value: 1, clause: "x" });
      hnte(j).push({ fact: "project.stage", operator: "in", value: ["signed", "operatin"] });
      hnte(j).push({ fact: "techStaff", operator: "lessThanInclusive", value: { fact: "employees" }, clause: "x" });
      hnte(j).push({ fact: "techStaff", operator: "lessThanInclusive", value: { fact: "zone" }, clause: "x" });
    });
    expect(at(r, "/conditions/hnte-article-11/all/9")).toEqual([]);
    expect(at(r, "/conditions/hnte-article-11/all/10/operator")[0]!.rule).toBe("operator-type");
    expect(at(r, "/conditions/hnte-article-11/all/11/value/1")[0]).toMatchObject({ rule: "value-not-allowed", message: expect.stringMatching(/did you mean "operating"/) });
    expect(at(r, "/conditions/hnte-article-11/all/12/value")).toEqual([]);
    expect(at(r, "/conditions/hnte-article-11/all/13/value")[0]!.rule).toBe("value-type");
  });

  it("a lookup table key that is not a value of its fact", () => {
    const r = lint((j) => { j.measures[6].amount.rate.table.tiny = 0.05; });
    expect(at(r, "/measures/6/amount/rate/table/tiny")[0]!.rule).toBe("value-not-allowed");
  });

  it("a measure that lapsed when a later version had already replaced its own is not reported", () => {
    const older = structuredClone(BUNDLED_FILES[0]) as Json; // 2023.1.0: SLPE validTo 2024-12-31, replaced by 2025.1.0 on 2025-01-01
    const others = [{ id: ID, version: "2025.1.0", effectiveFrom: "2025-01-01" }];
    expect(lintRuleSet(older, { today: "2026-11-29", others }).warnings).toEqual([]);
    expect(lintRuleSet(older, { today: "2026-11-29" }).warnings.map((w) => [w.rule, w.pointer])).toEqual([["lapsed-measure", "/measures/5/validTo"]]);
  });

  it("the parsed rule set comes back when the schema accepts the JSON as posted", () => {
    expect(lint(() => {}).ruleset?.version).toBe("2025.2.0");
    const withPriority = lint((j) => { j.measures[0].priority = 1; });
    expect([withPriority.ok, withPriority.ruleset]).toEqual([false, undefined]);
    const withWarnings = lint(() => {}, { today: "2028-01-01" });
    expect([withWarnings.ok, withWarnings.warnings.length, withWarnings.ruleset?.version]).toEqual([true, 1, "2025.2.0"]);
  });

  it("a value that is not a rule set, a missing field", () => {
    expect(lintRuleSet([1, 2])).toEqual({ ok: false, errors: [{ pointer: "", rule: "schema", message: expect.stringMatching(/a rule set is a JSON object/) }], warnings: [] });
    const r = lint((j) => { delete j.measures[0].title; });
    expect(r.errors).toEqual([{ pointer: "/measures/0/title", rule: "schema", message: 'required field "title" is missing' }]);
  });

  it("lists findings in document order, array indexes numerically", () => {
    const r = lint((j) => { j.measures[10].kind = "x"; j.measures[2].kind = "y"; j.measures[0].conditions.all[0].fact = "nope"; });
    expect(r.errors.map((e) => e.pointer)).toEqual(["/measures/0/conditions/all/0/fact", "/measures/2/kind", "/measures/10/kind"]);
  });
});

describe("lint: local measures and their zone", () => {
  const lintOf = (mutate: (r: Json) => void) => {
    const json = latest();
    mutate(json);
    return lintRuleSet(json).errors.filter((e) => e.rule === "local-measure-without-zone").map((e) => e.pointer);
  };

  it("tells local issuers from national ones", async () => {
    const { isLocalIssuer } = await import("../../src/ruleset/lint/zones.js");
    for (const local of ["包头市", "包头稀土高新区", "内蒙古自治区高级人民法院", "人民银行浙江省分行、浙江省委人才办等", "九原区人民政府", "达茂旗", "鄂尔多斯市市场监督管理局"]) expect(isLocalIssuer(local), local).toBe(true);
    for (const national of ["科技部、财政部、国家税务总局", "全国人民代表大会", "财政部、国家税务总局", "科技部办公厅", "国家市场监督管理总局", "中国产业联盟"]) expect(isLocalIssuer(national), national).toBe(false);
  });

  it("accepts a zone condition under all, directly or in a named condition; refuses one that another branch can bypass", () => {
    expect(lintOf(() => {})).toEqual([]);
    expect(lintOf((r) => { r.conditions.inZone = { all: [r.measures[15].conditions.all[0]] }; r.measures[15].conditions.all[0] = { condition: "inZone" }; })).toEqual([]);
    expect(lintOf((r) => { r.measures[15].conditions = { any: r.measures[15].conditions.all }; })).toEqual(["/measures/15/conditions"]);
    expect(lintOf((r) => { r.measures[15].conditions.all[0] = { not: { fact: "zone", operator: "notEqual", value: "x" } }; })).toEqual(["/measures/15/conditions"]);
    // a national measure needs none
    expect(lintOf((r) => { r.measures[0].conditions.all.push({ fact: "employees", operator: "greaterThan", value: 0, clause: "x" }); })).toEqual([]);
  });
});

describe("lint: the bundled rule files", () => {
  const others = BUNDLED_FILES.map((f) => {
    const { id, version, effectiveFrom } = f as { id: string; version: string; effectiveFrom: string };
    return { id, version, effectiveFrom };
  });
  const measuresWithCases = new Set(CASES.flatMap((c) => Object.keys(c.expect)));

  it.each(others.map((o, i) => [o.version, i] as const))("%s has no error today, and no warning on 2026-11-29", (version, i) => {
    const ctx = { others: others.filter((o) => o.version !== version), measuresWithCases };
    const today = lintRuleSet(BUNDLED_FILES[i], { ...ctx, today: todayInShanghai() });
    expect(today.errors).toEqual([]);
    expect(today.ok).toBe(true);
    expect(lintRuleSet(BUNDLED_FILES[i], { ...ctx, today: "2026-11-29" }).warnings).toEqual([]);
  });
});

describe("lint: fact-to-fact comparisons", () => {
  const leafReport = (leaf: unknown) => {
    const json = latest();
    hnte(json).push(leaf);
    return [...lintRuleSet(json).errors].filter((f) => f.pointer.startsWith("/conditions/hnte-article-11/all/9"));
  };

  it("a fact compared with one of its kind passes; another kind, unit or a list is reported", () => {
    expect(leafReport({ fact: "techStaff", operator: "lessThanInclusive", value: { fact: "employees" }, clause: "x" })).toEqual([]);
    expect(leafReport({ fact: "sectorTags", operator: "contains", value: { fact: "zone" } })).toEqual([]);
    expect(leafReport({ fact: "lastYear.revenue", operator: "greaterThan", value: { fact: "employees" }, clause: "x" }).map((f) => f.rule)).toEqual(["value-unit"]);
    expect(leafReport({ fact: "sectorTags", operator: "contains", value: { fact: "employees" } }).map((f) => f.rule)).toEqual(["value-type"]);
    expect(leafReport({ fact: "zone", operator: "in", value: { fact: "sectorTags" } }).map((f) => [f.rule, f.pointer])).toEqual([["in-needs-array", "/conditions/hnte-article-11/all/9/value"]]);
    expect(leafReport({ fact: "zone", operator: "greaterThan", value: { fact: "name" }, clause: "x" }).map((f) => [f.rule, f.pointer])).toEqual([["operator-type", "/conditions/hnte-article-11/all/9/operator"]]);
    expect(leafReport({ fact: "employees", operator: "equal", value: { fact: "employes" } }).map((f) => [f.rule, f.pointer])).toEqual([["unknown-fact", "/conditions/hnte-article-11/all/9/value/fact"]]);
  });
});
