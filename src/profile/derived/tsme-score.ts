/**
 * Technology-based SME score (科技型中小企业评价), out of 100: S&T staff (≤ 20) + R&D (≤ 50)
 * + S&T results (≤ 30). Source: 《科技型中小企业评价办法》国科发政〔2017〕115号 附件 评价指标,
 * kept by 国科火字〔2022〕67号; table in policy/SOURCES.md §2. Every lower bound is inclusive ("(含)").
 */
import type { EnterpriseProfile } from "../schema.js";
import { rdIntensityLastYear, rdShareOfCostsLastYear, techStaffShare } from "./ratios.js";

/** `[lower bound (inclusive), points]`, highest band first; below the last bound scores 0. */
type Bands = ReadonlyArray<readonly [min: number, points: number]>;

const band = (bands: Bands, x: number | undefined): number | undefined =>
  x === undefined ? undefined : (bands.find(([min]) => x >= min)?.[1] ?? 0);

/** S&T staff ÷ employees: ≥30 % → 20, 25 % → 16, 20 % → 12, 15 % → 8, 10 % → 4, below → 0. */
export const STAFF_BANDS: Bands = [[0.3, 20], [0.25, 16], [0.2, 12], [0.15, 8], [0.1, 4]];
/** R&D option (a), ÷ sales revenue: ≥6 % → 50, 5 % → 40, 4 % → 30, 3 % → 20, 2 % → 10. */
export const RD_REVENUE_BANDS: Bands = [[0.06, 50], [0.05, 40], [0.04, 30], [0.03, 20], [0.02, 10]];
/** R&D option (b), ÷ costs and expenses: ≥30 % → 50, 25 % → 40, 20 % → 30, 15 % → 20, 10 % → 10. */
export const RD_COSTS_BANDS: Bands = [[0.3, 50], [0.25, 40], [0.2, 30], [0.15, 20], [0.1, 10]];

/** S&T staff score, 0–20 (a score of 0 vetoes the evaluation: 67号 基本条件(五)). */
export function tsmeStaffScore(p: EnterpriseProfile): number | undefined {
  return band(STAFF_BANDS, techStaffShare(p));
}

/**
 * R&D score, 0–50: the firm chooses option (a) or (b); the better one is taken. Option (b)
 * counts only when `totalCosts` is given (a firm that leaves it out chooses (a)).
 */
export function tsmeRdScore(p: EnterpriseProfile): number | undefined {
  const a = band(RD_REVENUE_BANDS, rdIntensityLastYear(p));
  const b = band(RD_COSTS_BANDS, rdShareOfCostsLastYear(p));
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}

/** S&T results score, 0–30: ≥1 Class I item → 30; Class II: ≥4 → 24, 3 → 18, 2 → 12, 1 → 6, none → 0. */
export function tsmeIpScore(p: EnterpriseProfile): number | undefined {
  const ip = p.intellectualProperty;
  if (!ip) return undefined;
  if (ip.classI >= 1) return 30;
  return Math.min(ip.classII, 4) * 6;
}

/** The 60-point line of 国科火字〔2022〕67号 基本条件(五). */
const PASS = 60;

/**
 * Total TSME score, 0–100, from the options given. When one R&D option is unknown (e.g.
 * `totalCosts` left out) and it could move the total across the 60-point line, the score is
 * unknown (`undefined`), so the evaluation is undetermined rather than failed; when it could
 * not (the known parts already reach 60, or fall short even with that option at 50), the
 * score of the options given is returned.
 */
export function tsmeScore(p: EnterpriseProfile): number | undefined {
  const staff = tsmeStaffScore(p), ip = tsmeIpScore(p);
  const a = band(RD_REVENUE_BANDS, rdIntensityLastYear(p));
  const b = band(RD_COSTS_BANDS, rdShareOfCostsLastYear(p));
  if (staff === undefined || ip === undefined || (a === undefined && b === undefined)) return undefined;
  const known = staff + Math.max(a ?? 0, b ?? 0) + ip;
  const best = a === undefined || b === undefined ? staff + 50 + ip : known;
  return known >= PASS || best < PASS ? known : undefined;
}
