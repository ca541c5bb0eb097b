/**
 * A fixture profile as a person would fill in the web form (the inverse of
 * src/views/form-profile.ts), and the profile the form is expected to give back: the form asks
 * "rare-earth enterprise?" instead of free sector tags, and "Baotou zone or elsewhere" for the zone.
 */
import { wan } from "../../src/views/format.js";

type Profile = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fraction as the percent typed: 0.29 → "29" (moving the point in the text; 0.29 × 100 is 28.999…). */
export function percentText(fraction: number): string {
  const [int = "0", frac = ""] = String(fraction).split(".");
  const all = int + frac.padEnd(2, "0");
  const whole = all.slice(0, int.length + 2).replace(/^0+(?=\d)/, "");
  const rest = all.slice(int.length + 2);
  return rest ? `${whole}.${rest}` : whole;
}

/** The form's fields for `p`, as text. */
export function profileToForm(p: Profile): Record<string, string> {
  const v: Record<string, string> = {};
  const set = (key: string, value: unknown, as: (x: any) => string = String) => { if (value !== undefined) v[key] = as(value); }; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const k of ["name", "creditCode", "registrationDate", "industryCode", "taxCollection", "employees", "techStaff", "averageEmployees", "hnteAssessmentScore", "innovationPoints"]) set(k, p[k]);
  set("zone", p.zone, (z: string) => (z === "baotou-rare-earth-hi-tech-zone" ? z : "other"));
  set("rareEarth", p.sectorTags, (tags: string[]) => (tags.includes("rare-earth") ? "yes" : "no"));
  for (const k of ["totalAssets", "averageTotalAssets", "annualTaxPaid"]) set(k, p[k], wan);
  const years = (p.financials ?? []) as Profile[];
  if (years.length) {
    const latest = years.at(-1)!.year as number;
    v.latestYear = String(latest);
    for (const y of years) {
      const col = latest - y.year;
      if (col > 2) throw new Error(`the form holds three years; ${y.year} is older`);
      for (const [k, x] of Object.entries(y)) if (k !== "year") v[`fy${col}.${k}`] = wan(x as number);
    }
  }
  set("ip.classI", p.intellectualProperty?.classI);
  set("ip.classII", p.intellectualProperty?.classII);
  if (p.certifications) {
    v.certsAnswer = p.certifications.length ? "listed" : "none";
    (p.certifications as Profile[]).forEach((c, row) => { for (const [k, x] of Object.entries(c)) v[`cert${row}.${k}`] = String(x); });
  }
  if (p.talents) {
    v.talentsAnswer = p.talents.length ? "listed" : "none";
    (p.talents as Profile[]).forEach((t, row) => { v[`talent${row}.tier`] = t.tier; v[`talent${row}.equityShare`] = `${percentText(t.equityShare)}%`; });
  }
  if (p.project !== undefined) v.projectAnswer = p.project === null ? "none" : "listed";
  if (p.loanRequest !== undefined) v.loanAnswer = p.loanRequest === null ? "none" : "listed";
  const pr = p.project as Profile | undefined | null;
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
  for (const [k, x] of Object.entries((p.flags ?? {}) as Record<string, boolean>)) v[`flags.${k}`] = x ? "yes" : "no";
  return v;
}

/** The profile the form gives back for `p`. */
export function formProfileOf(p: Profile): Profile {
  const out: Profile = structuredClone(p);
  if (out.zone !== undefined && out.zone !== "baotou-rare-earth-hi-tech-zone") out.zone = "other";
  if (out.sectorTags) out.sectorTags = out.sectorTags.includes("rare-earth") ? ["rare-earth"] : [];
  if (out.flags && Object.keys(out.flags).length === 0) delete out.flags;
  return out;
}
