/**
 * The structural diff (src/ruleset/diff.ts): hand-made rule sets leaf by leaf, and the bundled
 * versions — 2025.1.0 → 2025.2.0 (only the LPR rows) and 2023.1.0 → 2025.1.0 (the SLPE source and
 * validity, where to apply for the TSME evaluation, the LPR rows of 2022); a draft against the
 * version it replaces, as JSON.
 */
import { describe, expect, it } from "vitest";
import { BUNDLED_FILES, bundledCatalog } from "../../src/ruleset/bundled.js";
import { loadRuleSet } from "../../src/ruleset/catalog.js";
import { diffRuleSets } from "../../src/ruleset/diff.js";
import { RuleSet, type RuleSetInput } from "../../src/ruleset/schema.js";
import { draftA } from "../support/drafts.js";

const bi = (s: string) => ({ "zh-CN": s, en: s });
const measure = (id: string, conditions: unknown, extra: Record<string, unknown> = {}) => ({
  id, kind: "subsidy", title: bi(id), summary: bi(id), evidence: "V",
  source: { title: "t", issuer: "i", number: "n" }, apply: { department: bi("d") }, conditions, ...extra,
});
const ruleset = (version: string, measures: unknown[], extra: Record<string, unknown> = {}) =>
  RuleSet.parse({ id: "demo", version, title: bi("demo"), effectiveFrom: "2025-01-01", measures, ...extra } as RuleSetInput);

const leaf = (fact: string, operator: string, value: unknown, clause?: string) => ({ fact, operator, value, ...(clause ? { clause } : {}) });
const conditionsBefore = { all: [
  leaf("employees", "lessThanInclusive", 300, "art. 1"),
  leaf("lastYear.revenue", "lessThanInclusive", 50000000, "art. 2"),
  leaf("zone", "equal", "baotou-rare-earth-hi-tech-zone"),
  leaf("techStaffShare", "greaterThanInclusive", 0.1, "art. 4"),
  leaf("flags.seriousFraud", "equal", false),
] };
const conditionsAfter = { all: [
  leaf("employees", "lessThanInclusive", 500, "art. 1"), // threshold 300 → 500
  leaf("lastYear.revenue", "lessThan", 50000000, "art. 2"), // operator
  leaf("zone", "equal", "baotou-rare-earth-hi-tech-zone"), // unchanged
  { any: [leaf("techStaffShare", "greaterThanInclusive", 0.1, "art. 4"), leaf("hnteCertified", "equal", true)] }, // moved, and a leaf added
  // flags.seriousFraud removed
] };

describe("diffRuleSets on hand-made rule sets", () => {
  const from = ruleset("2025.1.0", [
    measure("a", conditionsBefore, { amount: { type: "fixed", kind: "payment", value: 100000 }, validTo: "2025-12-31", channels: ["c1"] }),
    measure("b", { all: [leaf("employees", "greaterThan", 0, "x")] }),
    measure("gone", { all: [leaf("employees", "greaterThan", 0, "x")] }),
  ], { channels: [{ id: "c1", title: bi("c1"), commitment: bi("15 days"), department: bi("d") }], parameters: { rate: [{ from: "2025-01-01", value: 0.03 }, { from: "2025-06-01", value: 0.031 }] } });
  const to = ruleset("2025.2.0", [
    measure("b", { all: [leaf("employees", "greaterThan", 0, "x")] }),
    measure("a", conditionsAfter, { amount: { type: "fixed", kind: "payment", value: 150000, bound: "floor" }, validTo: "2026-12-31", channels: ["c1"], source: { title: "t", issuer: "i", number: "n2" } }),
    measure("new", { any: [leaf("employees", "greaterThan", 0, "x")] }),
  ], { effectiveFrom: "2025-07-01", channels: [{ id: "c1", title: bi("c1"), commitment: bi("10 days"), department: bi("d") }], parameters: { rate: [{ from: "2025-01-01", value: 0.03 }, { from: "2025-06-01", value: 0.0305 }, { from: "2025-07-01", value: 0.029 }] } });
  const d = diffRuleSets(from, to);

  it("names both versions and the rule set's own changes", () => {
    expect([d.from.version, d.to.version]).toEqual(["2025.1.0", "2025.2.0"]);
    expect(d.header).toEqual([{ pointer: "/effectiveFrom", before: "2025-01-01", after: "2025-07-01" }]);
  });

  it("the income tax's general rate and facts are the rule set's own fields", () => {
    const tax = { fiscalYear: "lastYear.year", taxableIncome: "lastYear.taxableIncome", generalRate: 0.25, clause: "企业所得税法 第四条" };
    const withTax = (rate: number) => ruleset("2025.1.0", [measure("b", { all: [leaf("employees", "greaterThan", 0, "x")] })], { incomeTax: { ...tax, generalRate: rate } });
    expect(diffRuleSets(withTax(0.25), withTax(0.2)).header).toEqual([{ pointer: "/incomeTax/generalRate", before: 0.25, after: 0.2 }]);
  });

  it("measures added, removed, changed; the order", () => {
    expect(d.measures.added).toEqual([{ id: "new", title: bi("new") }]);
    expect(d.measures.removed).toEqual([{ id: "gone", title: bi("gone") }]);
    expect(d.measures.changed.map((m) => m.id)).toEqual(["a"]);
    expect(d.measures.reordered).toBe(true);
  });

  it("a changed measure: amount, validity and source field by field", () => {
    const a = d.measures.changed[0]!;
    expect(a.amount).toEqual([{ pointer: "/amount/value", before: 100000, after: 150000 }, { pointer: "/amount/bound", after: "floor" }]);
    expect(a.fields).toEqual([
      { pointer: "/source/number", before: "n", after: "n2" },
      { pointer: "/validTo", before: "2025-12-31", after: "2026-12-31" },
    ]);
  });

  it("conditions leaf by leaf: a threshold, an operator, a move into a group, a leaf added and one removed", () => {
    const c = d.measures.changed[0]!.conditions!;
    expect(c.structureChanged).toBe(true);
    expect(c.leaves).toEqual([
      { change: "changed", fields: ["value"], before: { pointer: "/all/0", fact: "employees", operator: "lessThanInclusive", value: 300, clause: "art. 1" }, after: { pointer: "/all/0", fact: "employees", operator: "lessThanInclusive", value: 500, clause: "art. 1" } },
      { change: "changed", fields: ["operator"], before: { pointer: "/all/1", fact: "lastYear.revenue", operator: "lessThanInclusive", value: 50000000, clause: "art. 2" }, after: { pointer: "/all/1", fact: "lastYear.revenue", operator: "lessThan", value: 50000000, clause: "art. 2" } },
      { change: "moved", before: { pointer: "/all/3", fact: "techStaffShare", operator: "greaterThanInclusive", value: 0.1, clause: "art. 4" }, after: { pointer: "/all/3/any/0", fact: "techStaffShare", operator: "greaterThanInclusive", value: 0.1, clause: "art. 4" } },
      { change: "added", after: { pointer: "/all/3/any/1", fact: "hnteCertified", operator: "equal", value: true } },
      { change: "removed", before: { pointer: "/all/4", fact: "flags.seriousFraud", operator: "equal", value: false } },
    ]);
  });

  it("a clause alone changed; a leaf inserted before others does not change them", () => {
    const x = ruleset("2025.1.0", [measure("m", { all: [leaf("employees", "greaterThan", 0, "old"), leaf("techStaff", "greaterThan", 0, "t")] })]);
    const y = ruleset("2025.2.0", [measure("m", { all: [leaf("zone", "equal", "z"), leaf("employees", "greaterThan", 0, "new"), leaf("techStaff", "greaterThan", 0, "t")] })]);
    const c = diffRuleSets(x, y).measures.changed[0]!.conditions!;
    expect(c.structureChanged).toBe(false);
    expect(c.leaves.map((l) => [l.change, "fields" in l ? l.fields : null, "after" in l ? l.after.pointer : l.before.pointer])).toEqual([
      ["added", null, "/all/0"],
      ["changed", ["clause"], "/all/1"],
    ]);
  });

  it("parameters row by row, channels field by field, named conditions", () => {
    expect(d.parameters).toEqual([{ name: "rate", change: "changed", added: [{ from: "2025-07-01", value: 0.029 }], removed: [], changed: [{ from: "2025-06-01", before: 0.031, after: 0.0305 }] }]);
    expect(d.channels).toEqual({ added: [], removed: [], changed: [{ id: "c1", fields: [{ pointer: "/commitment/zh-CN", before: "15 days", after: "10 days" }, { pointer: "/commitment/en", before: "15 days", after: "10 days" }] }] });
    const named = diffRuleSets(
      ruleset("2025.1.0", [measure("m", { all: [{ condition: "clean" }] })], { conditions: { clean: { all: [leaf("flags.seriousFraud", "equal", false)] }, old: { all: [leaf("employees", "greaterThan", 0, "x")] } } }),
      ruleset("2025.2.0", [measure("m", { all: [{ condition: "clean" }] })], { conditions: { clean: { all: [leaf("flags.seriousFraud", "equal", false), leaf("flags.researchMisconduct", "equal", false)] } } }),
    );
    expect(named.conditions.removed).toEqual(["old"]);
    expect(named.conditions.changed).toEqual([{ name: "clean", diff: { structureChanged: false, leaves: [{ change: "added", after: { pointer: "/all/1", fact: "flags.researchMisconduct", operator: "equal", value: false } }] } }]);
    expect(named.measures.changed).toEqual([]);
  });

  it("3,000 leaves, every threshold changed and one in ten moved: each change paired with its own leaf (pairs are looked up by key: the pairing was cubic)", () => {
    const n = 3000;
    const tree = (raise: number, moved: boolean) => ({ all: [
      ...Array.from({ length: n }, (_, k) => leaf("employees", "greaterThan", 2 * k + 1 + raise)).filter((_, k) => !moved || k % 10 !== 0),
      ...(moved ? [{ any: Array.from({ length: n / 10 }, (_, j) => leaf("employees", "greaterThan", 20 * j + 1)) }] : []),
    ] });
    const d = diffRuleSets(ruleset("2025.1.0", [measure("m", tree(0, false))]), ruleset("2025.2.0", [measure("m", tree(1, false))]));
    const changes = d.measures.changed[0]!.conditions!.leaves;
    expect(changes).toHaveLength(n);
    expect(changes.every((c) => c.change === "changed" && (c.after.value as number) === (c.before.value as number) + 1)).toBe(true);
    const m = diffRuleSets(ruleset("2025.1.0", [measure("m", tree(0, false))]), ruleset("2025.2.0", [measure("m", tree(0, true))])).measures.changed[0]!.conditions!;
    expect([m.structureChanged, m.leaves.length, m.leaves.every((c) => c.change === "moved")]).toEqual([true, n / 10, true]);
  });

  it("a version against itself: nothing", () => {
    const same = diffRuleSets(from, from);
    expect([same.header, same.parameters, same.measures.changed, same.measures.added, same.channels.changed]).toEqual([[], [], [], [], []]);
  });
});

describe("diffRuleSets on the bundled versions", () => {
  const [v2023, v2025_1, v2025_2] = BUNDLED_FILES.map((f) => RuleSet.parse(f));

  it("2025.1.0 → 2025.2.0: the LPR rows of 2025-05-20, nothing else but the date and changelog", () => {
    const d = diffRuleSets(v2025_1!, v2025_2!);
    expect(d.parameters).toEqual([
      { name: "lpr1y", change: "changed", added: [{ from: "2025-05-20", value: 0.03 }], removed: [], changed: [] },
      { name: "lpr5y", change: "changed", added: [{ from: "2025-05-20", value: 0.035 }], removed: [], changed: [] },
    ]);
    expect(d.header.map((h) => h.pointer)).toEqual(["/effectiveFrom", "/changelog/0/zh-CN", "/changelog/0/en"]);
    expect(d.measures).toEqual({ added: [], removed: [], changed: [], reordered: false });
    expect([d.channels.changed, d.conditions.changed]).toEqual([[], []]);
  });

  it("2023.1.0 → 2025.1.0: the SLPE source and validity, where to apply for the TSME evaluation, the LPR rows of 2022", () => {
    const d = diffRuleSets(v2023!, v2025_1!);
    expect(d.measures.changed.map((m) => m.id)).toEqual(["tsme-evaluation", "slpe-income-tax-relief"]);
    const slpe = d.measures.changed[1]!;
    expect(slpe.fields).toEqual(expect.arrayContaining([
      { pointer: "/source/number", before: "财政部 税务总局公告2023年第6号", after: "财政部 税务总局公告2023年第12号" },
      { pointer: "/source/clause", before: "第一条", after: "第三条" },
      { pointer: "/validTo", before: "2024-12-31", after: "2027-12-31" },
    ]));
    expect([slpe.amount, slpe.conditions]).toEqual([[], null]);
    const tsme = d.measures.changed[0]!;
    expect(tsme.fields.map((f) => f.pointer)).toEqual(["/apply/department/zh-CN", "/apply/department/en", "/apply/window/zh-CN", "/apply/window/en", "/apply/url"]);
    expect(tsme.fields.at(-1)).toEqual({ pointer: "/apply/url", after: "https://zjtx.miit.gov.cn/" });
    expect(d.parameters).toEqual([
      { name: "lpr1y", change: "changed", added: [], removed: [{ from: "2022-08-22", value: 0.0365 }], changed: [] },
      { name: "lpr5y", change: "changed", added: [], removed: [{ from: "2022-08-22", value: 0.043 }], changed: [] },
    ]);
  });
});

describe("a draft against the version it replaces (issue 14: what a console shows)", () => {
  it("draft A → its changes with pointers, as JSON that survives a round trip unchanged", async () => {
    const draft = loadRuleSet(draftA());
    const replaced = (await bundledCatalog()).replacedBy(draft.ruleset)!;
    const d = diffRuleSets(replaced.ruleset, draft.ruleset);
    expect([d.from.version, d.to.version]).toEqual(["2025.2.0", "2026.1.0"]);
    expect(d.header).toEqual([{ pointer: "/effectiveFrom", before: "2025-05-20", after: "2026-01-01" }]);
    const rd = d.measures.changed.find((m) => m.id === "rd-post-subsidy")!;
    expect(rd.amount).toEqual([
      { pointer: "/amount/rate/table/micro", before: 0.05, after: 0.06 }, { pointer: "/amount/rate/table/small", before: 0.05, after: 0.06 },
      { pointer: "/amount/rate/table/medium", before: 0.03, after: 0.04 }, { pointer: "/amount/rate/table/large", before: 0.03, after: 0.04 },
      { pointer: "/amount/cap", before: 2_000_000, after: 1_000_000 },
    ]);
    const factory = d.measures.changed.find((m) => m.id === "factory-construction-subsidy")!;
    expect(factory.conditions!.leaves).toEqual([expect.objectContaining({ change: "changed", fields: ["value"], before: expect.objectContaining({ pointer: "/all/3", value: 30_000_000 }), after: expect.objectContaining({ value: 50_000_000 }) })]);
    expect(factory.amount).toEqual([{ pointer: "/amount/bands/0/from", before: 30_000_000, after: 50_000_000 }]);
    expect(d.measures.changed.map((m) => m.id)).toEqual(["rd-post-subsidy", "factory-construction-subsidy"]);
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
  });
});
