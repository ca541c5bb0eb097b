/**
 * Reasons are the conditions that decided (issue: a fresh user's three defects, item 1): each
 * ConditionResult says whether it decided the status (`decisive`) and which `any` branches it is
 * in (`anyOf`); the CLI table (and the page, tests/worker/pages.test.ts) list only the decisive
 * failing ones, alternatives grouped under "any one of these would do". Worked by hand from
 * 国科发火〔2016〕32号 第十一条(五): revenue ≤ 50 M needs R&D ≥ 5 %; 50–200 M ≥ 4 %; > 200 M ≥ 3 %.
 */
import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/cli/table.js";
import { match } from "../../src/engine/match.js";
import { reasonLines, reasonsOf } from "../../src/engine/reasons.js";
import type { ConditionResult, MatchResult } from "../../src/engine/result.js";
import { EnterpriseProfile } from "../../src/profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { PROFILES } from "../support/cases.js";

const ASOF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: ASOF });
const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const ANY = "/conditions/hnte-article-11/all/3/any";
const measure = (r: MatchResult, id: string) => r.measures.find((m) => m.id === id)!;
/** The table row of a measure: its reason column, line by line (cli-table3 wraps at 48 characters). */
const row = (table: string, title: string) => {
  const lines = table.split("\n");
  const start = lines.findIndex((l) => l.includes(title));
  const end = lines.findIndex((l, i) => i > start && l.startsWith("├"));
  return lines.slice(start, end).map((l) => l.split("│")[4]!.trim()).join("\n");
};

/** The magnet maker with 2024's R&D at 1,750,000: (2.2 + 2.8 + 1.75) M ÷ (45 + 55 + 50) M = 4.50 %, revenue 2024 = 50 M. */
const shortOfRd = () => {
  const p = structuredClone(magnet) as { financials: Record<string, number>[] };
  p.financials[2] = { ...p.financials[2]!, rdExpense: 1_750_000, rdExpenseDomestic: 1_750_000 };
  return EnterpriseProfile.parse(p);
};

describe("decisive conditions (fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json, 2025-06-30)", () => {
  // revenue 2024 = 50,000,000 ≤ 50 M and R&D (2.2 + 2.8 + 2.5) ÷ 150 = 5.00 % ≥ 5 %: branch (五)1 holds; no HNTE certificate
  it("re-recognition fails on the certificate alone: the revenue branches (五)2 and (五)3 that fail decided nothing", async () => {
    const r = await match(EnterpriseProfile.parse(magnet), loaded, { asOf: ASOF });
    const m = measure(r, "hnte-re-recognition");
    expect(m.status).toBe("ineligible");
    expect(m.conditions).toHaveLength(16); // the full list stays in the API
    expect(m.conditions.filter((c) => c.decisive).map((c) => [c.fact, c.result])).toEqual([["hnteCertified", false]]);
    const revenue = m.conditions.filter((c) => c.fact === "lastYear.revenue");
    expect(revenue.map((c) => [c.operator, c.required, c.result, c.decisive, c.anyOf])).toEqual([
      ["lessThanInclusive", 50_000_000, true, false, [{ any: ANY, branch: 0 }]],
      ["greaterThan", 50_000_000, false, false, [{ any: ANY, branch: 1 }]],
      ["lessThanInclusive", 200_000_000, true, false, [{ any: ANY, branch: 1 }]],
      ["greaterThan", 200_000_000, false, false, [{ any: ANY, branch: 2 }]],
    ]);
    expect(m.conditions.find((c) => c.fact === "hnteCertified")!.anyOf).toBeUndefined();
  });

  it("an eligible measure stood on branch (五)1 and every other condition, not on the other branches", async () => {
    const m = measure(await match(EnterpriseProfile.parse(magnet), loaded, { asOf: ASOF }), "hnte-recognition");
    expect(m.status).toBe("eligible");
    expect(m.conditions.filter((c) => !c.decisive).map((c) => c.anyOf?.[0]?.branch)).toEqual([1, 1, 1, 2, 2]);
  });

  it("brief lists exactly the decisive conditions of full", async () => {
    const full = await match(EnterpriseProfile.parse(magnet), loaded, { asOf: ASOF });
    const brief = await match(EnterpriseProfile.parse(magnet), loaded, { asOf: ASOF, explain: "brief" });
    for (const m of full.measures) expect(measure(brief, m.id).conditions, m.id).toEqual(m.conditions.filter((c) => c.decisive));
  });

  it("the CLI table gives the certificate as the one reason, in both languages", async () => {
    const r = await match(EnterpriseProfile.parse(magnet), loaded, { asOf: ASOF });
    expect(row(renderTable(r, "zh-CN"), "高新技术企业资格期满前重新认定")).toBe("持有有效高新技术企业证书：否（要求：是）");
    expect(row(renderTable(r, "en"), "HNTE re-recognition")).toBe("holds a valid HNTE certificate: no (yes\nrequired)");
  });
});

describe("alternatives none of which holds (R&D 4.50 % on 50 M of revenue)", () => {
  // (五)1 fails on R&D 4.50 % < 5 %; (五)2 on revenue 50 M not above 50 M (its R&D 4.50 % ≥ 4 % holds);
  // (五)3 on revenue not above 200 M (its R&D ≥ 3 % holds)
  it("are grouped by branch, each branch with the conditions it fails", async () => {
    const r = await match(shortOfRd(), loaded, { asOf: ASOF });
    const m = measure(r, "hnte-re-recognition");
    const reasons = reasonsOf(m.conditions);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toEqual({ condition: expect.objectContaining({ fact: "hnteCertified", result: false }) });
    const group = reasons[1] as { any: string; branches: { condition: ConditionResult }[][] };
    expect(group.any).toBe(ANY);
    expect(group.branches.map((b) => b.map((x) => [x.condition.fact, x.condition.operator, x.condition.required]))).toEqual([
      [["rdIntensity3y", "greaterThanInclusive", 0.05]],
      [["lastYear.revenue", "greaterThan", 50_000_000]],
      [["lastYear.revenue", "greaterThan", 200_000_000]],
    ]);
  });

  it("the CLI table says any one of these would do (zh-CN and en)", async () => {
    const r = await match(shortOfRd(), loaded, { asOf: ASOF });
    expect(row(renderTable(r, "zh-CN"), "可申报高新技术企业认定")).toBe([
      "满足其一即可：",
      "· 近三年研发费用占销售收入比例 4.50% 低于 5.00%",
      "· 上年度销售收入 50,000,000.00 元 未超过",
      "50,000,000.00 元",
      "· 上年度销售收入 50,000,000.00 元 未超过",
      "200,000,000.00 元",
    ].join("\n"));
    expect(reasonLines(reasonsOf(measure(r, "hnte-recognition").conditions), "en")).toEqual([
      "any one of these would do:",
      "· R&D intensity over the last three years 4.50% is below 5.00%",
      "· last year's sales revenue 50,000,000.00 yuan is not above 50,000,000.00 yuan",
      "· last year's sales revenue 50,000,000.00 yuan is not above 200,000,000.00 yuan",
    ]);
  });
});

describe("reasonsOf on nested alternatives", () => {
  const leaf = (text: string, result: boolean | null, decisive: boolean, anyOf?: { any: string; branch: number }[]): ConditionResult => ({
    fact: "x", operator: "equal", required: true, actual: false, result, decisive, ...(anyOf ? { anyOf } : {}), text: { "zh-CN": text, en: text },
  });
  it("(a and (b or c)) or d: the inner alternatives stay inside their branch; conditions needed together are joined by “and”", () => {
    const o = "/measures/0/conditions/any", i = "/measures/0/conditions/any/0/all/2/any";
    const reasons = reasonsOf([
      leaf("a", false, true, [{ any: o, branch: 0 }]),
      leaf("a2", false, false, [{ any: o, branch: 0 }]), // not decisive: left out
      leaf("b", false, true, [{ any: o, branch: 0 }, { any: i, branch: 0 }]),
      leaf("c", false, true, [{ any: o, branch: 0 }, { any: i, branch: 1 }]),
      leaf("d", false, true, [{ any: o, branch: 1 }]),
      leaf("e", true, true), // holds: no reason
    ]);
    expect(reasonLines(reasons, "en")).toEqual(["any one of these would do:", "· a", "  any one of these would do:", "  · b", "  · c", "· d"]);
  });

  it("a result stored before `decisive` existed lists every failing condition", () => {
    const old = { ...leaf("old", false, true) } as Partial<ConditionResult>;
    delete old.decisive;
    expect(reasonLines(reasonsOf([old as ConditionResult]), "zh-CN")).toEqual(["old"]);
  });
});
