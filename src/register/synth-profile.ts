/**
 * One synthetic, valid EnterpriseProfile of a Baotou Rare Earth Hi-Tech Zone enterprise, as the
 * register knows it on 2025-06-30: size indicators consistent with its SME size class, three
 * fiscal years (2022–2024, fewer for younger firms) with R&D for many, taxable income (some
 * losses), quarterly averages near the year-end figures, certificates, innovation points, a few
 * projects, loan requests and talents, self-declared flags (mostly false); fields the register
 * does not hold are left out (unknown), as in real data. Money in yuan (≤ 2 decimals), ratios as fractions.
 */
import { addDays, periodEnd } from "../profile/dates.js";
import { FLAG_NAMES } from "../profile/schema.js";
import { INDUSTRY_WEIGHTS, NAME_CHARS, type Industry } from "./industries.js";
import type { Random } from "./random.js";
import { drawSize } from "./sizes.js";

/** The date the synthetic register describes: certificates and registrations are on or before it. */
export const REGISTER_DATE = "2025-06-30";
/** The fiscal years of the register. */
export const REGISTER_YEARS = [2022, 2023, 2024] as const;
/** The zone id. */
export const ZONE = "baotou-rare-earth-hi-tech-zone";
/** At most this many certificates a firm (the CSV has columns for them). */
export const MAX_CERTIFICATIONS = 5;
/** At most this many talents a firm. */
export const MAX_TALENTS = 2;

/** A profile under construction (JSON; valid once finished). */
export type ProfileJson = Record<string, unknown>;

/** Whole hundreds of yuan; a few firms report to the fen. */
function yuan(v: number, exact: boolean): number {
  return (exact ? Math.round(v * 100) / 100 : Math.round(v / 100) * 100) + 0; // + 0: never -0
}

/** A date `days` before REGISTER_DATE, as ISO. */
const daysBefore = (days: number) => addDays(REGISTER_DATE, -days);

function certifications(r: Random, ind: Industry, doesRd: boolean, registrationDate: string): ProfileJson[] {
  const certs: { type: string; issuedOn: string; validUntil?: string }[] = [];
  if (doesRd && r.chance(0.12)) {
    const first = daysBefore(r.int(0, 6 * 365)); // 2019-07 … 2025-06
    const dated = (issuedOn: string) => (r.chance(0.3) ? { type: "hnte", issuedOn, validUntil: periodEnd(issuedOn, 3) } : { type: "hnte", issuedOn });
    certs.push(dated(first));
    const renewal = addDays(periodEnd(first, 3), -r.int(0, 60));
    if (renewal <= REGISTER_DATE && r.chance(0.6)) certs.push(dated(renewal));
  }
  if (doesRd && r.chance(0.3)) {
    const years = r.int(1, 3);
    const last = r.chance(0.6) ? 2025 : 2024;
    for (let y = last - years + 1; y <= last; y++) {
      const issuedOn = `${y}-0${r.int(4, y === 2025 ? 6 : 8)}-${String(r.int(1, 28)).padStart(2, "0")}`;
      if (issuedOn <= REGISTER_DATE) certs.push({ type: "tsme", issuedOn });
    }
  }
  const manufacturing = Number(ind.code.slice(0, 2)) <= 46;
  if (doesRd && manufacturing && r.chance(0.05)) certs.push({ type: "specialized-sme", issuedOn: daysBefore(r.int(30, 4 * 365)) });
  if (doesRd && manufacturing && r.chance(0.006)) certs.push({ type: "little-giant", issuedOn: daysBefore(r.int(30, 3 * 365)) });
  return certs.filter((c) => c.issuedOn >= registrationDate).sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0)).slice(-MAX_CERTIFICATIONS);
}

function financials(r: Random, firstYear: number, revenue: number, totalAssets: number, doesRd: boolean, exact: boolean): ProfileJson[] {
  const intensity = doesRd ? r.logUniform(0.005, 0.12) : 0;
  const margin = r.normal(0.05, 0.07);
  const domestic = r.chance(0.9) ? 1 : r.between(0.5, 1);
  const reportsHighTech = doesRd && r.chance(0.7);
  const years: ProfileJson[] = [];
  let rev = revenue;
  for (let y = REGISTER_YEARS.at(-1)!; y >= Math.max(firstYear, REGISTER_YEARS[0]); y--) {
    const partial = y === firstYear ? r.between(0.1, 0.7) : 1; // the year of registration is a part year
    const yearRevenue = yuan(rev * partial, exact);
    const rd = yuan(yearRevenue * intensity * r.between(0.85, 1.15), exact);
    const fy: ProfileJson = { year: y, revenue: yearRevenue, rdExpense: rd };
    if (doesRd && r.chance(0.85)) fy.rdExpenseDomestic = Math.min(rd, yuan(rd * domestic, exact));
    if (r.chance(0.8)) {
      const totalRevenue = yuan(yearRevenue * r.between(1, 1.03), exact);
      fy.totalRevenue = totalRevenue;
      if (reportsHighTech) fy.highTechRevenue = Math.min(totalRevenue, yuan(totalRevenue * r.between(0.3, 0.95), exact));
    }
    if (r.chance(0.85)) fy.totalCosts = yuan(yearRevenue * r.between(0.8, 1.12), exact);
    if (r.chance(0.85)) fy.taxableIncome = yuan(yearRevenue * (margin + r.normal(0, 0.02)), exact);
    if (r.chance(0.7)) fy.netAssets = yuan(totalAssets * (rev / Math.max(revenue, 1)) * r.between(0.2, 0.75), exact);
    years.unshift(fy);
    rev = rev / (1 + r.normal(0.08, 0.15));
  }
  return years;
}

function project(r: Random): ProfileJson {
  // most projects are modest; one in seven is a major one (≥ 300 million)
  const fai = Math.round((r.chance(0.85) ? r.logUniform(5e6, 3e8) : r.logUniform(3e8, 2e9)) / 10_000) * 10_000;
  const p: ProfileJson = { fixedAssetInvestment: fai };
  if (r.chance(0.75)) p.equipmentInvestment = Math.round((fai * r.between(0.2, 0.6)) / 10_000) * 10_000;
  // investment intensity of 2–5 million yuan per mu of land
  if (r.chance(0.8)) p.landAreaMu = Math.max(1, Math.round((fai / r.between(2e6, 5e6)) * 2) / 2);
  if (r.chance(0.85)) p.landTenure = r.chance(0.7) ? "purchased" : "leased";
  // 1 mu = 666.7 m², plot ratio 0.4–1.2
  if (r.chance(0.75)) p.floorAreaM2 = Math.round(((p.landAreaMu as number | undefined) ?? fai / 3e6) * 666.7 * r.between(0.4, 1.2));
  if (r.chance(0.1)) p.foreignInvestmentUsd = Math.round(r.logUniform(1e6, 3e8) / 1000) * 1000;
  p.stage = r.weighted([["signed", 3], ["construction", 4], ["commissioning", 2], ["operating", 3]]);
  return p;
}

function flags(r: Random, ind: Industry, tags: readonly string[]): ProfileJson {
  const f: Record<string, boolean> = Object.fromEntries(FLAG_NAMES.map((n) => [n, false]));
  const manufacturing = Number(ind.code.slice(0, 2)) <= 46;
  f.pendingLitigation = r.chance(0.03);
  f.abnormalOperationList = r.chance(0.01);
  f.seriousIllegalityList = r.chance(0.002);
  f.majorAccidentLastYear = manufacturing && r.chance(0.003);
  f.seriousEnvironmentalViolation = manufacturing && r.chance(0.003);
  f.seriousFraud = r.chance(0.001);
  f.researchMisconduct = r.chance(0.001);
  f.restrictedIndustry = r.chance(0.005);
  f.icEnterprise = tags.includes("integrated-circuit-materials") || (ind.code === "6513" && r.chance(0.02));
  f.machineToolEnterprise = (ind.code === "3812" || ind.code === "3813") && r.chance(0.05);
  if (r.chance(0.08)) for (let k = r.int(1, 3); k > 0; k--) delete f[r.pick(FLAG_NAMES)];
  return f;
}

/**
 * Draws one valid profile.
 * @param creditCode the firm's unified social credit code (unique, chosen by the caller)
 * @returns the profile JSON; it passes `EnterpriseProfile` and the date checks on REGISTER_DATE
 */
export function synthProfile(r: Random, creditCode: string): ProfileJson {
  const ind = r.weighted(INDUSTRY_WEIGHTS);
  const size = drawSize(r, ind.code);
  const doesRd = r.chance(ind.rd);
  const exact = r.chance(0.03);
  const registrationDate = daysBefore(Math.min(Math.round(-Math.log(1 - r.float()) * 7 * 365), 30 * 365));
  const regYear = Number(registrationDate.slice(0, 4));
  const rareEarth = r.chance(ind.rareEarth);
  const tag = r.pick(ind.tags);
  const p: ProfileJson = {
    creditCode,
    name: `包头${r.pick(NAME_CHARS)}${r.pick(NAME_CHARS)}${r.pick(ind.names)}`,
    registrationDate,
    industryCode: ind.code,
  };
  if (r.chance(0.995)) p.zone = ZONE;
  if (r.chance(0.97)) p.sectorTags = rareEarth ? ["rare-earth", tag] : r.chance(0.8) ? [tag] : [];
  if (r.chance(0.98)) p.taxCollection = size.sizeClass === "micro" && r.chance(0.15) ? "assessed" : "actual";
  p.employees = size.employees;
  if (r.chance(0.9)) p.techStaff = Math.min(size.employees, Math.round(size.employees * (doesRd ? r.between(0.08, 0.45) : r.between(0, 0.06))));
  if (r.chance(0.92)) p.averageEmployees = Math.round(size.employees * r.between(0.9, 1.04) * 4) / 4;
  p.totalAssets = yuan(size.totalAssets, exact);
  if (r.chance(0.92)) p.averageTotalAssets = yuan(size.totalAssets * r.between(0.88, 1), exact);
  if (regYear <= REGISTER_YEARS.at(-1)! && r.chance(0.94)) p.financials = financials(r, regYear, size.revenue, size.totalAssets, doesRd, exact);
  if (doesRd && r.chance(0.15)) p.hnteAssessmentScore = r.int(50, 92);
  if (r.chance(doesRd ? 0.4 : 0.08)) p.innovationPoints = r.int(doesRd ? 35 : 10, doesRd ? 95 : 70);
  if (r.chance(0.65)) p.intellectualProperty = doesRd ? { classI: r.chance(0.6) ? 0 : r.int(1, 6), classII: r.int(0, 30) } : { classI: 0, classII: r.int(0, 3) };
  if (r.chance(0.88)) p.certifications = certifications(r, ind, doesRd, registrationDate);
  if (r.chance(0.02)) p.talents = Array.from({ length: r.int(1, MAX_TALENTS) }, () => ({ tier: r.weighted([["national", 1], ["provincial", 3], ["municipal", 6]] as const), equityShare: Math.round(r.between(0.05, 1 / MAX_TALENTS) * 100) / 100 })); // shares together within the whole
  else if (r.chance(0.08)) p.talents = [];
  if (r.chance(ind.project)) p.project = project(r);
  if (r.chance(0.04)) p.loanRequest = { amount: Math.round(r.logUniform(5e5, 3e7) / 10_000) * 10_000, termMonths: r.pick([6, 12, 12, 12, 24, 36, 60, 120]) };
  if (r.chance(0.85)) p.annualTaxPaid = yuan(size.revenue * r.between(0.005, 0.06), exact);
  if (r.chance(0.9)) p.flags = flags(r, ind, (p.sectorTags as string[] | undefined) ?? []);
  return p;
}
