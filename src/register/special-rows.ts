/**
 * The special rows of the synthetic register, each in a small, fixed proportion:
 * - edge cases, still valid: values exactly at the catalogue's thresholds (sales of exactly
 *   50,000,000; taxable income of exactly 3,000,000; 500 employees; …), sparse rows with most
 *   fields missing, and registrations after the register date (refused when screened on an
 *   earlier date);
 * - invalid rows (0.5 % in all), so the screen's error path is exercised: a credit code that
 *   fails its check character, negative money, a ratio above 1 (a percentage), a malformed line.
 */
import { addDays } from "../profile/dates.js";
import { withWrongCheckCharacter } from "./credit-codes.js";
import type { Random } from "./random.js";
import { REGISTER_DATE, type ProfileJson } from "./synth-profile.js";

/** A kind of special row: its tag, its share of the register, and how it changes a drawn profile (in place). */
export interface SpecialCase {
  tag: string;
  /** fraction of the register's rows */
  rate: number;
  /** `true` for rows the schema (or the JSON parser) must refuse */
  invalid: boolean;
  /** the row is written truncated (malformed JSON, or a CSV row cut short) */
  malformed?: boolean;
  apply(r: Random, p: ProfileJson): void;
}

type Year = Record<string, unknown>;

/** The profile's last fiscal year, creating a plain 2024 one when it has none (and moving a 2025 registration back). */
function lastYear(p: ProfileJson): Year {
  const years = (p.financials as Year[] | undefined) ?? [];
  if (years.length === 0) {
    years.push({ year: 2024, revenue: 20_000_000, rdExpense: 600_000 });
    p.financials = years;
    if (String(p.registrationDate) > "2023-12-31") p.registrationDate = "2019-05-20";
  }
  return years.at(-1)!;
}

function project(p: ProfileJson, fai: number): void {
  p.project = { fixedAssetInvestment: fai, equipmentInvestment: 10_000_000, landAreaMu: 40, landTenure: "purchased", floorAreaM2: 16_000, stage: "construction" };
}

/** The edge cases (valid rows). */
export const EDGE_CASES: readonly SpecialCase[] = [
  { tag: "revenue-exactly-50m", rate: 0.003, invalid: false, apply: (_r, p) => {
    const y = lastYear(p);
    y.revenue = 50_000_000;
    if (typeof y.totalRevenue === "number") y.totalRevenue = Math.max(y.totalRevenue, 50_000_000);
  } },
  { tag: "taxable-income-exactly-3m", rate: 0.003, invalid: false, apply: (_r, p) => { lastYear(p).taxableIncome = 3_000_000; } },
  { tag: "employees-exactly-500", rate: 0.002, invalid: false, apply: (_r, p) => {
    p.employees = 500;
    p.averageEmployees = 497.5;
    if (typeof p.techStaff === "number") p.techStaff = Math.min(p.techStaff, 500);
  } },
  { tag: "average-employees-exactly-300", rate: 0.002, invalid: false, apply: (_r, p) => {
    p.averageEmployees = 300;
    p.employees = 302;
    if (typeof p.techStaff === "number") p.techStaff = Math.min(p.techStaff, 302);
  } },
  { tag: "average-assets-exactly-50m", rate: 0.002, invalid: false, apply: (_r, p) => {
    p.averageTotalAssets = 50_000_000;
    p.totalAssets = 51_800_000;
  } },
  { tag: "innovation-points-exactly-70", rate: 0.002, invalid: false, apply: (_r, p) => { p.innovationPoints = 70; } },
  { tag: "hnte-score-exactly-70", rate: 0.001, invalid: false, apply: (_r, p) => { p.hnteAssessmentScore = 70; } },
  { tag: "investment-at-band-edge", rate: 0.002, invalid: false, apply: (r, p) => project(p, r.pick([20_000_000, 30_000_000, 200_000_000, 500_000_000, 1_000_000_000])) },
  { tag: "sparse", rate: 0.005, invalid: false, apply: (r, p) => {
    const keep = new Set(["creditCode", "name", "industryCode", "zone", ...(r.chance(0.5) ? ["employees"] : [])]);
    for (const k of Object.keys(p)) if (!keep.has(k)) delete p[k];
  } },
  { tag: "registered-after-register-date", rate: 0.001, invalid: false, apply: (r, p) => {
    p.registrationDate = addDays(REGISTER_DATE, r.int(1, 180));
    delete p.financials;
    p.certifications = [];
  } },
];

/** The invalid rows: 0.5 % of the register. */
export const INVALID_CASES: readonly SpecialCase[] = [
  { tag: "bad-check-character", rate: 0.00125, invalid: true, apply: (r, p) => { p.creditCode = withWrongCheckCharacter(r, String(p.creditCode)); } },
  { tag: "negative-money", rate: 0.00125, invalid: true, apply: (r, p) => {
    const field = r.pick(["revenue", "totalAssets", "annualTaxPaid"] as const);
    if (field === "revenue") lastYear(p).revenue = -Math.abs(Number(lastYear(p).revenue) || 1_000_000);
    else p[field] = -Math.abs(Number(p[field]) || 1_000_000);
  } },
  { tag: "ratio-above-1", rate: 0.00125, invalid: true, apply: (r, p) => { p.talents = [{ tier: "provincial", equityShare: r.pick([30, 35, 51]) }]; } },
  { tag: "malformed-line", rate: 0.00125, invalid: true, malformed: true, apply: () => {} },
];

/** Every special case. */
export const SPECIAL_CASES: readonly SpecialCase[] = [...EDGE_CASES, ...INVALID_CASES];

/**
 * Which rows are special: `rate × count` rows of each kind (rounded; at least one of each
 * when the register has 100 rows or more), at random distinct positions.
 * @returns row index (0-based) → its special case
 */
export function planSpecialRows(r: Random, count: number): Map<number, SpecialCase> {
  const kinds = SPECIAL_CASES.flatMap((c) => Array<SpecialCase>(Math.max(count >= 100 ? 1 : 0, Math.round(c.rate * count))).fill(c));
  const positions = r.sample(count, Math.min(kinds.length, count));
  return new Map(positions.map((pos, i) => [pos, kinds[i]!]));
}
