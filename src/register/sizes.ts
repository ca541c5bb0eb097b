/**
 * Size indicators for a synthetic firm: year-end employees, last year's revenue and total
 * assets (yuan) drawn inside the band of its SME size class (工信部联企业〔2011〕300号, the
 * bands of src/profile/derived/size-class.ts), so the size class the rules derive is the one drawn.
 */
import { industryClass } from "../profile/industry.js";
import { SIZE_BANDS, type SizeClass } from "../profile/derived/size-class.js";
import type { Random } from "./random.js";

/** Year-end employees (whole people), last year's revenue and total assets (yuan, whole). */
export interface SizeDraw {
  sizeClass: SizeClass;
  employees: number;
  revenue: number;
  totalAssets: number;
}

type Key = "employees" | "revenue" | "totalAssets";

/** Mostly micro and small firms; manufacturing and mining somewhat larger than trade and services. */
const CLASS_WEIGHTS: Record<"industry" | "other", readonly (readonly [SizeClass, number])[]> = {
  industry: [["micro", 45], ["small", 38], ["medium", 13], ["large", 4]],
  other: [["micro", 74], ["small", 21], ["medium", 4.3], ["large", 0.7]],
};

/** Ranges used where a sector's band does not use the indicator (e.g. employees in construction): [from, to) per class. */
const FALLBACK: Record<Key, Record<SizeClass, readonly [number, number]>> = {
  employees: { micro: [1, 10], small: [10, 100], medium: [100, 500], large: [500, 3000] },
  revenue: { micro: [100_000, 5_000_000], small: [5_000_000, 50_000_000], medium: [50_000_000, 500_000_000], large: [500_000_000, 5_000_000_000] },
  totalAssets: { micro: [200_000, 5_000_000], small: [5_000_000, 50_000_000], medium: [50_000_000, 400_000_000], large: [400_000_000, 6_000_000_000] },
};

/** [from, to) of `key` for `cls` in the sector of `industryCode`. */
function range(industryCode: string, cls: SizeClass, key: Key): readonly [number, number] {
  const sector = industryClass(industryCode).sector;
  if (sector === "finance") return FALLBACK[key][cls];
  const [large, medium, small] = SIZE_BANDS[sector];
  const limits = [large[key], medium[key], small[key]];
  if (limits.some((l) => l === undefined)) return FALLBACK[key][cls];
  const [l, m, s] = limits as [number, number, number];
  switch (cls) {
    case "large": return [l, l * 6];
    case "medium": return [m, l];
    case "small": return [s, m];
    case "micro": return [Math.max(key === "employees" ? 1 : 50_000, s / 40), s];
  }
}

/**
 * Draws a firm's size: its class by the weights above, then each indicator log-uniformly inside
 * the class's band, the three moving together (a large revenue comes with many staff and assets).
 * @param industryCode a GB/T 4754-2017 class
 */
export function drawSize(r: Random, industryCode: string): SizeDraw {
  const division = Number(industryCode.slice(0, 2));
  const sizeClass = r.weighted(CLASS_WEIGHTS[division >= 6 && division <= 46 ? "industry" : "other"]);
  const u = r.float();
  const at = (key: Key) => {
    const [lo, hi] = range(industryCode, sizeClass, key);
    const v = Math.min(0.999, Math.max(0, u + r.normal(0, 0.15)));
    return lo * Math.pow(hi / lo, v);
  };
  const employees = Math.min(Math.floor(at("employees")), Math.ceil(range(industryCode, sizeClass, "employees")[1]) - 1);
  // revenue and assets in whole hundreds of yuan, never below the band's lower limit
  const money = (key: Key) => {
    const [lo, hi] = range(industryCode, sizeClass, key);
    return Math.min(Math.max(Math.round(at(key) / 100) * 100, Math.ceil(lo / 100) * 100), Math.floor((hi - 1) / 100) * 100);
  };
  return { sizeClass, employees: Math.max(sizeClass === "micro" ? 0 : 1, employees), revenue: money("revenue"), totalAssets: money("totalAssets") };
}
