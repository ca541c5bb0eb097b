/**
 * SME size class, 工信部联企业〔2011〕300号 as read by the NBS (policy/SOURCES.md §3):
 * "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可".
 * Lower limits below are typed from the §3 table (万元; × 10,000 for yuan). The large lower
 * limit is the SME upper limit ("SME if either measure is below it").
 */
import { describe, expect, it } from "vitest";
import { type SizeClass, type SizeIndicators, sizeClass } from "../../src/profile/derived/size-class.js";
import type { SmeSector } from "../../src/profile/industry.js";

const W = 10_000; // 万元 → yuan
type Key = keyof SizeIndicators;
/** Lower limits per band, indicators in yuan or people: [large, medium, small]. */
type Table = [Partial<Record<Key, number>>, Partial<Record<Key, number>>, Partial<Record<Key, number>>];

const e = (n: number) => ({ employees: n });
const r = (wan: number) => ({ revenue: wan * W });
const a = (wan: number) => ({ totalAssets: wan * W });

/** §3, row by row. */
const SECTION_3: Record<Exclude<SmeSector, "finance">, Table> = {
  agriculture: [r(20_000), r(500), r(50)],
  industry: [{ ...e(1000), ...r(40_000) }, { ...e(300), ...r(2_000) }, { ...e(20), ...r(300) }],
  construction: [{ ...r(80_000), ...a(80_000) }, { ...r(6_000), ...a(5_000) }, { ...r(300), ...a(300) }],
  wholesale: [{ ...e(200), ...r(40_000) }, { ...e(20), ...r(5_000) }, { ...e(5), ...r(1_000) }],
  retail: [{ ...e(300), ...r(20_000) }, { ...e(50), ...r(500) }, { ...e(10), ...r(100) }],
  transport: [{ ...e(1000), ...r(30_000) }, { ...e(300), ...r(3_000) }, { ...e(20), ...r(200) }],
  warehousing: [{ ...e(200), ...r(30_000) }, { ...e(100), ...r(1_000) }, { ...e(20), ...r(100) }],
  postal: [{ ...e(1000), ...r(30_000) }, { ...e(300), ...r(2_000) }, { ...e(20), ...r(100) }],
  accommodation: [{ ...e(300), ...r(10_000) }, { ...e(100), ...r(2_000) }, { ...e(10), ...r(100) }],
  catering: [{ ...e(300), ...r(10_000) }, { ...e(100), ...r(2_000) }, { ...e(10), ...r(100) }],
  "information-transmission": [{ ...e(2000), ...r(100_000) }, { ...e(100), ...r(1_000) }, { ...e(10), ...r(100) }],
  "software-it": [{ ...e(300), ...r(10_000) }, { ...e(100), ...r(1_000) }, { ...e(10), ...r(50) }],
  "real-estate-development": [{ ...r(200_000), ...a(10_000) }, { ...r(1_000), ...a(5_000) }, { ...r(100), ...a(2_000) }],
  "property-management": [{ ...e(1000), ...r(5_000) }, { ...e(300), ...r(1_000) }, { ...e(100), ...r(500) }],
  "leasing-business": [{ ...e(300), ...a(120_000) }, { ...e(100), ...a(8_000) }, { ...e(10), ...a(100) }],
  other: [e(300), e(100), e(10)],
};

const CLASSES: SizeClass[] = ["large", "medium", "small", "micro"];
/** One unit below a limit: a person, or a fen. */
const below = (k: Key, v: number) => (k === "employees" ? v - 1 : Math.round(v * 100 - 1) / 100);
const name = (k: Key) => ({ employees: "employees", revenue: "revenue", totalAssets: "assets" })[k];

type Case = [sector: SmeSector, label: string, x: SizeIndicators, expected: SizeClass];

const edgeCases: Case[] = [];
const oneReachedCases: Case[] = [];
for (const [sector, bands] of Object.entries(SECTION_3) as [Exclude<SmeSector, "finance">, Table][]) {
  bands.forEach((limits, b) => {
    const cls = CLASSES[b]!;
    const next = CLASSES[b + 1]!;
    const keys = Object.keys(limits) as Key[];
    // every indicator exactly at the lower limit: the band is reached ("下限" is inclusive)
    edgeCases.push([sector, `all at the ${cls} lower limit`, { ...limits }, cls]);
    for (const k of keys) {
      // one indicator a person / a fen below its limit: drops one band ("否则下划一档")
      const x = { ...limits, [k]: below(k, limits[k]!) };
      edgeCases.push([sector, `${name(k)} ${x[k]} just below the ${cls} limit ${limits[k]}`, x, next]);
      if (keys.length > 1) {
        // only the other indicator reached, however far above: still drops
        const others = Object.fromEntries(keys.filter((o) => o !== k).map((o) => [o, limits[o]! * 10]));
        oneReachedCases.push([sector, `only ${keys.filter((o) => o !== k).map(name).join(", ")} reached (× 10), ${name(k)} below the ${cls} limit`, { ...others, [k]: below(k, limits[k]!) }, next]);
      }
    }
  });
}

describe("sizeClass: band edges of every §3 sector", () => {
  it.each(edgeCases)("%s: %s → %s", (sector, _label, x, expected) => {
    expect(sizeClass(sector, x)).toBe(expected);
  });
});

describe("sizeClass: one indicator reached is not enough", () => {
  it.each(oneReachedCases)("%s: %s → %s", (sector, _label, x, expected) => {
    expect(sizeClass(sector, x)).toBe(expected);
  });
});

describe("sizeClass: worked examples (yuan)", () => {
  it.each<Case>([
    ["industry", "1000 people, 4亿: large", { employees: 1000, revenue: 400_000_000 }, "large"],
    ["industry", "999 people, 4亿: medium (<1,000 is exclusive)", { employees: 999, revenue: 400_000_000 }, "medium"],
    ["industry", "5,000 people, 399,999,999.99: medium", { employees: 5000, revenue: 399_999_999.99 }, "medium"],
    ["industry", "300 people, 2,000万: medium", { employees: 300, revenue: 20_000_000 }, "medium"],
    ["industry", "300 people, 19,999,999.99: small", { employees: 300, revenue: 19_999_999.99 }, "small"],
    ["industry", "20 people, 300万: small", { employees: 20, revenue: 3_000_000 }, "small"],
    ["industry", "19 people, 1亿: micro", { employees: 19, revenue: 100_000_000 }, "micro"],
    ["industry", "500 people, 2,999,999.99: micro", { employees: 500, revenue: 2_999_999.99 }, "micro"],
    ["industry", "0 people, 0 revenue: micro", { employees: 0, revenue: 0 }, "micro"],
    ["other", "research firm, 10 people: small (revenue irrelevant)", { employees: 10 }, "small"],
    ["other", "9 people: micro", { employees: 9, revenue: 1_000_000_000 }, "micro"],
    ["agriculture", "49.99万 revenue: micro (employees irrelevant)", { revenue: 499_999.99 }, "micro"],
    ["real-estate-development", "20亿 revenue, 9,999.99万 assets: medium", { revenue: 2_000_000_000, totalAssets: 99_999_999.99 }, "medium"],
  ])("%s: %s", (sector, _label, x, expected) => {
    expect(sizeClass(sector, x)).toBe(expected);
  });
});

describe("sizeClass: missing indicators", () => {
  it.each<[SmeSector, string, SizeIndicators, SizeClass | undefined]>([
    ["industry", "revenue 2,999,999 below the small limit decides micro without employees", { revenue: 2_999_999 }, "micro"],
    ["industry", "revenue 5,000,000 reaches small but employees decide: unknown", { revenue: 5_000_000 }, undefined],
    ["industry", "revenue 4亿 (could be large): unknown", { revenue: 400_000_000 }, undefined],
    ["industry", "19 employees decide micro without revenue", { employees: 19 }, "micro"],
    ["industry", "25 employees, revenue missing: small or micro, unknown", { employees: 25 }, undefined],
    ["industry", "2,000 employees, revenue missing: unknown", { employees: 2000 }, undefined],
    ["industry", "nothing known", {}, undefined],
    ["construction", "revenue 299.99万, assets missing: micro", { revenue: 2_999_999.99 }, "micro"],
    ["construction", "assets 1亿, revenue missing: unknown", { totalAssets: 100_000_000 }, undefined],
    ["leasing-business", "9 employees, assets missing: micro", { employees: 9 }, "micro"],
    ["leasing-business", "assets 99万, employees missing: micro", { totalAssets: 990_000 }, "micro"],
    ["other", "employees missing: unknown even with revenue", { revenue: 1_000_000_000 }, undefined],
    ["agriculture", "revenue missing: unknown", { employees: 10 }, undefined],
  ])("%s: %s", (sector, _label, x, expected) => {
    expect(sizeClass(sector, x)).toBe(expected);
  });
});

describe("sizeClass: finance", () => {
  it("is not covered by 300号: undefined whatever the figures", () => {
    expect(sizeClass("finance", { employees: 10, revenue: 1_000_000, totalAssets: 1_000_000 })).toBeUndefined();
    expect(sizeClass("finance", { employees: 5000, revenue: 10_000_000_000, totalAssets: 10_000_000_000 })).toBeUndefined();
  });
});
