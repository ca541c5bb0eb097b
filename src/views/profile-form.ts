/**
 * A saved profile back into the form's fields (the inverse of form-profile.ts), so a firm
 * continues from its dossier instead of retyping: money in 万元, shares in percent, the latest
 * three fiscal years in their columns. What the form cannot hold is named in `dropped` (older
 * years, rows past the form's, sector tags other than rare-earth, a zone other than the Baotou
 * zone), so the page can say that saving from the form keeps only what it shows.
 */
import type { EnterpriseProfile } from "../profile/index.js";
import { CERT_ROWS, certKey, TALENT_ROWS, talentKey, YEAR_ITEMS, yearKey, YEARS } from "./fields-groups.js";
import { wan } from "./format.js";

/** The form's fields for a profile, and the profile paths it could not hold. */
export interface Prefill {
  values: Record<string, string>;
  dropped: string[];
}

const BAOTOU = "baotou-rare-earth-hi-tech-zone";

/** A fraction as the percent typed: 0.29 → "29" (moving the point in the text; 0.29 × 100 is 28.999…). */
export function percentText(fraction: number): string {
  const [int = "0", frac = ""] = String(fraction).split(".");
  const all = int + frac.padEnd(2, "0");
  const whole = all.slice(0, int.length + 2).replace(/^0+(?=\d)/, "");
  const rest = all.slice(int.length + 2);
  return rest ? `${whole}.${rest}` : whole;
}

/** The form's fields for `p` (see the file comment). */
export function profileToForm(p: EnterpriseProfile): Prefill {
  const v: Record<string, string> = {};
  const dropped: string[] = [];
  const set = <T>(key: string, value: T | undefined, as: (x: T) => string = String) => { if (value !== undefined) v[key] = as(value); };
  for (const k of ["name", "creditCode", "registrationDate", "industryCode", "taxCollection", "employees", "techStaff", "averageEmployees", "hnteAssessmentScore", "innovationPoints"] as const) set(k, p[k]);
  if (p.zone !== undefined) {
    v.zone = p.zone === BAOTOU ? BAOTOU : "other";
    if (p.zone !== BAOTOU && p.zone !== "other") dropped.push("zone");
  }
  if (p.sectorTags) {
    v.rareEarth = p.sectorTags.includes("rare-earth") ? "yes" : "no";
    if (p.sectorTags.some((t) => t !== "rare-earth")) dropped.push("sectorTags");
  }
  for (const k of ["totalAssets", "averageTotalAssets", "annualTaxPaid"] as const) set(k, p[k], wan);
  const years = p.financials ?? [];
  const latest = years.at(-1)?.year;
  if (latest !== undefined) {
    v.latestYear = String(latest);
    for (const y of years) {
      const col = latest - y.year;
      if (col >= YEARS) { dropped.push(`financials (${y.year})`); continue; }
      for (const item of YEAR_ITEMS) set(yearKey(col, item.key), y[item.key as keyof typeof y] as number | undefined, wan);
    }
  }
  set("ip.classI", p.intellectualProperty?.classI);
  set("ip.classII", p.intellectualProperty?.classII);
  if (p.certifications) {
    v.certsAnswer = p.certifications.length ? "listed" : "none";
    p.certifications.slice(0, CERT_ROWS).forEach((c, row) => {
      set(certKey(row, "type"), c.type);
      set(certKey(row, "issuedOn"), c.issuedOn);
      set(certKey(row, "validUntil"), c.validUntil);
    });
    if (p.certifications.length > CERT_ROWS) dropped.push(`certifications (${p.certifications.length - CERT_ROWS} more)`);
  }
  if (p.talents) {
    v.talentsAnswer = p.talents.length ? "listed" : "none";
    p.talents.slice(0, TALENT_ROWS).forEach((t, row) => {
      v[talentKey(row, "tier")] = t.tier;
      v[talentKey(row, "equityShare")] = `${percentText(t.equityShare)}%`;
    });
    if (p.talents.length > TALENT_ROWS) dropped.push(`talents (${p.talents.length - TALENT_ROWS} more)`);
  }
  if (p.project !== undefined) v.projectAnswer = p.project === null ? "none" : "listed";
  if (p.loanRequest !== undefined) v.loanAnswer = p.loanRequest === null ? "none" : "listed";
  const pr = p.project;
  if (pr) {
    set("project.fixedAssetInvestment", pr.fixedAssetInvestment, wan);
    set("project.equipmentInvestment", pr.equipmentInvestment, wan);
    set("project.landAreaMu", pr.landAreaMu);
    set("project.landTenure", pr.landTenure);
    set("project.floorAreaM2", pr.floorAreaM2);
    set("project.foreignInvestmentUsd", pr.foreignInvestmentUsd, wan);
    set("project.stage", pr.stage);
  }
  set("loan.amount", p.loanRequest?.amount, wan);
  set("loan.termMonths", p.loanRequest?.termMonths);
  for (const [k, x] of Object.entries(p.flags ?? {})) if (x !== undefined) v[`flags.${k}`] = x ? "yes" : "no";
  return { values: v, dropped };
}

/**
 * This year's answers from last year's: the same answers with a new fiscal year to fill in —
 * the latest year one later, last year's accounts moved to the "year before" column (and so on),
 * the oldest column dropped, the new year's column empty. Everything else is kept as it was.
 */
export function nextYearForm(values: Readonly<Record<string, string>>): Record<string, string> {
  const latest = Number(values.latestYear);
  if (!values.latestYear || !Number.isInteger(latest)) return { ...values };
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(values)) if (!/^fy\d+\./.test(k)) out[k] = x;
  out.latestYear = String(latest + 1);
  for (let col = 0; col < YEARS - 1; col++) {
    for (const item of YEAR_ITEMS) {
      const x = values[yearKey(col, item.key)];
      if (x !== undefined) out[yearKey(col + 1, item.key)] = x;
    }
  }
  return out;
}
