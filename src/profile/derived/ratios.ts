/**
 * Ratios over the profile's accounts and staff, as fractions (0.05 = 5 %).
 * Each returns `undefined` when a number it needs is missing or its denominator is 0.
 */
import type { EnterpriseProfile, FiscalYear } from "../schema.js";

/** The most recent fiscal year (`financials` is in increasing year order). */
export function lastYear(p: EnterpriseProfile): FiscalYear | undefined {
  return p.financials?.at(-1);
}

/**
 * The fiscal years of the HNTE R&D window: the last three fiscal years, or the actual
 * operating period for a firm registered within them (国科发火〔2016〕32号 第十一条(五):
 * "近三个会计年度…企业注册成立不足三年的，按实际经营年限计算").
 * @returns the years, or `undefined` when a year in the window is missing from `financials`
 *          and the registration date does not show the firm had not started yet
 */
export function rdWindow(p: EnterpriseProfile): FiscalYear[] | undefined {
  const last = lastYear(p);
  if (!last) return undefined;
  const years = p.financials!.filter((y) => y.year >= last.year - 2);
  const registeredIn = p.registrationDate ? Number(p.registrationDate.slice(0, 4)) : undefined;
  for (let year = last.year - 2; year <= last.year; year++) {
    if (years.some((y) => y.year === year)) continue;
    if (registeredIn === undefined || year >= registeredIn) return undefined;
  }
  return years;
}

/** Sum of yuan amounts over years, in integer fen (exact: 0.13 + 0.07 + 0.80 is 1.00, not 0.9999…). */
const sumFen = (ys: FiscalYear[], pick: (y: FiscalYear) => number | undefined): number | undefined =>
  ys.reduce<number | undefined>((acc, y) => {
    const v = pick(y);
    return acc === undefined || v === undefined ? undefined : acc + Math.round(v * 100);
  }, 0);

/** Sums over the R&D window in integer fen: sales revenue, R&D, R&D spent in China (undefined when unknown). */
export function rdWindowTotalsFen(p: EnterpriseProfile): { revenue?: number; rd?: number; rdDomestic?: number } | undefined {
  const w = rdWindow(p);
  return w && { revenue: sumFen(w, (y) => y.revenue), rd: sumFen(w, (y) => y.rdExpense), rdDomestic: sumFen(w, (y) => y.rdExpenseDomestic) };
}

const ratio = (num: number | undefined, den: number | undefined): number | undefined =>
  num === undefined || den === undefined || den === 0 ? undefined : num / den;

/** HNTE R&D intensity: R&D ÷ sales revenue over the R&D window (32号 第十一条(五)). */
export function rdIntensity3y(p: EnterpriseProfile): number | undefined {
  const w = rdWindow(p);
  return w && ratio(sumFen(w, (y) => y.rdExpense), sumFen(w, (y) => y.revenue));
}

/** Share of R&D spent in China over the R&D window (32号 第十一条(五): ≥ 60 %). */
export function rdDomesticShare3y(p: EnterpriseProfile): number | undefined {
  const w = rdWindow(p);
  return w && ratio(sumFen(w, (y) => y.rdExpenseDomestic), sumFen(w, (y) => y.rdExpense));
}

/** High-tech product and service revenue ÷ total income, last year (32号 第十一条(六)). */
export function highTechRevenueShare(p: EnterpriseProfile): number | undefined {
  const y = lastYear(p);
  return ratio(y?.highTechRevenue, y?.totalRevenue);
}

/** S&T staff ÷ employees of the year (32号 第十一条(四); 国科发政〔2017〕115号 scoring). */
export function techStaffShare(p: EnterpriseProfile): number | undefined {
  return ratio(p.techStaff, p.employees);
}

/** R&D ÷ sales revenue of the last year (TSME R&D option a). */
export function rdIntensityLastYear(p: EnterpriseProfile): number | undefined {
  const y = lastYear(p);
  return ratio(y?.rdExpense, y?.revenue);
}

/** R&D ÷ costs and expenses of the last year (TSME R&D option b). */
export function rdShareOfCostsLastYear(p: EnterpriseProfile): number | undefined {
  const y = lastYear(p);
  return ratio(y?.rdExpense, y?.totalCosts);
}
