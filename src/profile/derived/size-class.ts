/**
 * SME size class (中小企业划型) under 《中小企业划型标准规定》, 工信部联企业〔2011〕300号,
 * read as the National Bureau of Statistics reads it (统计上大中小微型企业划分办法（2017）;
 * NBS Q&A 2024-05-24): "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；
 * 微型企业只须满足所列指标中的一项即可" — large, medium and small must reach every lower
 * limit of their band, otherwise the firm drops a band; micro is what reaches no higher band.
 * Thresholds: policy/SOURCES.md §3 (万元 there, yuan here). Sector from GB/T 4754-2017: §12.
 */
import type { SmeSector } from "../industry.js";

/** 大型 / 中型 / 小型 / 微型 */
export type SizeClass = "large" | "medium" | "small" | "micro";

/** The indicators of 300号: year-end employees, operating revenue (yuan), total assets (yuan). */
export interface SizeIndicators {
  employees?: number | undefined;
  revenue?: number | undefined;
  totalAssets?: number | undefined;
}

type Limits = Partial<Record<keyof SizeIndicators, number>>;
/** Lower limits (inclusive, "及以上") of the large, medium and small bands. */
type Bands = readonly [large: Limits, medium: Limits, small: Limits];

const W = 10_000; // 万元 → yuan

/** 工信部联企业〔2011〕300号 第四条, one entry per sector (policy/SOURCES.md §3). */
export const SIZE_BANDS: Readonly<Record<Exclude<SmeSector, "finance">, Bands>> = {
  agriculture: [{ revenue: 20_000 * W }, { revenue: 500 * W }, { revenue: 50 * W }],
  industry: [
    { employees: 1000, revenue: 40_000 * W },
    { employees: 300, revenue: 2_000 * W },
    { employees: 20, revenue: 300 * W },
  ],
  construction: [
    { revenue: 80_000 * W, totalAssets: 80_000 * W },
    { revenue: 6_000 * W, totalAssets: 5_000 * W },
    { revenue: 300 * W, totalAssets: 300 * W },
  ],
  wholesale: [
    { employees: 200, revenue: 40_000 * W },
    { employees: 20, revenue: 5_000 * W },
    { employees: 5, revenue: 1_000 * W },
  ],
  retail: [
    { employees: 300, revenue: 20_000 * W },
    { employees: 50, revenue: 500 * W },
    { employees: 10, revenue: 100 * W },
  ],
  transport: [
    { employees: 1000, revenue: 30_000 * W },
    { employees: 300, revenue: 3_000 * W },
    { employees: 20, revenue: 200 * W },
  ],
  warehousing: [
    { employees: 200, revenue: 30_000 * W },
    { employees: 100, revenue: 1_000 * W },
    { employees: 20, revenue: 100 * W },
  ],
  postal: [
    { employees: 1000, revenue: 30_000 * W },
    { employees: 300, revenue: 2_000 * W },
    { employees: 20, revenue: 100 * W },
  ],
  accommodation: [
    { employees: 300, revenue: 10_000 * W },
    { employees: 100, revenue: 2_000 * W },
    { employees: 10, revenue: 100 * W },
  ],
  catering: [
    { employees: 300, revenue: 10_000 * W },
    { employees: 100, revenue: 2_000 * W },
    { employees: 10, revenue: 100 * W },
  ],
  "information-transmission": [
    { employees: 2000, revenue: 100_000 * W },
    { employees: 100, revenue: 1_000 * W },
    { employees: 10, revenue: 100 * W },
  ],
  "software-it": [
    { employees: 300, revenue: 10_000 * W },
    { employees: 100, revenue: 1_000 * W },
    { employees: 10, revenue: 50 * W },
  ],
  "real-estate-development": [
    { revenue: 200_000 * W, totalAssets: 10_000 * W },
    { revenue: 1_000 * W, totalAssets: 5_000 * W },
    { revenue: 100 * W, totalAssets: 2_000 * W },
  ],
  "property-management": [
    { employees: 1000, revenue: 5_000 * W },
    { employees: 300, revenue: 1_000 * W },
    { employees: 100, revenue: 500 * W },
  ],
  "leasing-business": [
    { employees: 300, totalAssets: 120_000 * W },
    { employees: 100, totalAssets: 8_000 * W },
    { employees: 10, totalAssets: 100 * W },
  ],
  other: [{ employees: 300 }, { employees: 100 }, { employees: 10 }],
};

const CLASSES = ["large", "medium", "small"] as const;

/**
 * Three-valued "reaches every lower limit": false as soon as a known indicator is below
 * its limit, unknown (undefined) if none fails but one is missing, else true.
 */
function reaches(limits: Limits, x: SizeIndicators): boolean | undefined {
  let unknown = false;
  for (const [key, min] of Object.entries(limits) as [keyof SizeIndicators, number][]) {
    const v = x[key];
    if (v === undefined) unknown = true;
    else if (v < min) return false;
  }
  return unknown ? undefined : true;
}

/**
 * The size class of a firm in `sector`.
 * @returns the class, or `undefined` when it cannot be decided: a finance firm (300号 does
 *          not cover it) or an indicator missing that the decision depends on. A firm below a
 *          known small-band limit is micro even with other indicators missing ("只须满足一项").
 */
export function sizeClass(sector: SmeSector, x: SizeIndicators): SizeClass | undefined {
  if (sector === "finance") return undefined;
  const bands = SIZE_BANDS[sector];
  for (let i = 0; i < 3; i++) {
    const r = reaches(bands[i]!, x);
    if (r === undefined) return undefined;
    if (r) return CLASSES[i];
  }
  return "micro";
}
