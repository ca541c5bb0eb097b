/**
 * What each derived fact needs from the profile, so that a missing derived fact is reported as
 * the inputs a person can supply ("certifications", "flags.icEnterprise"), not as the derived
 * name ("hnteCertified").
 */
import type { FactValues } from "./registry.js";
import { FACTS } from "./registry.js";
import type { EnterpriseProfile } from "./schema.js";
import { type Bilingual } from "./units.js";
import { label } from "./fact.js";

/** Derived fact → the facts or profile fields it is computed from. */
export const NEEDS: Readonly<Record<string, readonly string[]>> = {
  enterpriseAgeDays: ["registrationDate"],
  smeSector: ["industryCode"],
  sizeClass: ["industryCode", "employees", "lastYear.revenue", "totalAssets"],
  rdNegativeListSector: ["industryCode"],
  rdIntensity3y: ["financials", "registrationDate"],
  rdDomesticShare3y: ["financials", "registrationDate", "lastYear.rdExpenseDomestic"],
  techStaffShare: ["techStaff", "employees"],
  highTechRevenueShare: ["lastYear.highTechRevenue", "lastYear.totalRevenue"],
  ipItemCount: ["intellectualProperty"],
  hnteCertified: ["certifications"],
  hnteValidUntil: ["certifications"],
  hnteCertifiedForLastYear: ["certifications", "lastYear.year"],
  tsmeStaffScore: ["techStaffShare"],
  tsmeRdScore: ["lastYear.revenue", "lastYear.rdExpense", "lastYear.totalCosts"],
  tsmeIpScore: ["intellectualProperty"],
  tsmeScore: ["tsmeStaffScore", "tsmeRdScore", "tsmeIpScore", "lastYear.totalCosts"],
  rdSuperDeductionRate: ["flags.icEnterprise", "flags.machineToolEnterprise", "lastYear.year"],
  rareEarthFirm: ["sectorTags"],
  hnteNewlyRecognised: ["certifications"],
  tsmeConsecutiveYears: ["certifications"],
  maxTalentEquityShare: ["talents"],
};

/** Labels of profile fields that are not facts themselves (lists and groups). */
export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  financials: label("近三个会计年度的财务数据（不早于两年前）", "accounts of the last three fiscal years (the latest no more than two years old)"),
  certifications: label("资质证书（无则填空列表）", "certificates held (an empty list if none)"),
  talents: label("高层次人才及持股（无则填空列表）", "recognised talents and their equity (an empty list if none)"),
  intellectualProperty: label("知识产权数量", "IP items held"),
};

/** The label of a fact or profile field. */
export function inputLabel(name: string): Bilingual | undefined {
  return FACTS.get(name)?.label ?? FIELD_LABELS[name];
}

/**
 * The inputs to ask for, for facts that are unknown: a derived fact is replaced by its own
 * missing needs (recursively); when none of them is missing (the value is unknown for another
 * reason, e.g. zero employees), the derived fact itself is kept.
 * @param names unknown facts; @param values the fact values; @param profile as the facts saw it
 * @returns names of facts or profile fields, each once, in first-seen order
 */
export function missingInputs(names: readonly string[], values: FactValues, profile: EnterpriseProfile): string[] {
  if (names.length === 0) return [];
  const out = new Set<string>();
  for (const n of names) expandInto(out, n, values, profile);
  return [...out];
}

function isMissing(n: string, values: FactValues, profile: EnterpriseProfile): boolean {
  return FACTS.has(n) ? values[n] === undefined : profile[n as keyof EnterpriseProfile] === undefined;
}

/** Adds to `out` what `n` needs that is missing (recursively), or `n` itself when nothing is. */
function expandInto(out: Set<string>, n: string, values: FactValues, profile: EnterpriseProfile): void {
  const missing = NEEDS[n]?.filter((x) => isMissing(x, values, profile)) ?? [];
  if (missing.length === 0) out.add(n);
  else for (const x of missing) expandInto(out, x, values, profile);
}
