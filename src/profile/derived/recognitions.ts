/**
 * Facts about the firm's recognitions and people that Baotou's awards and loans test.
 */
import { daysBetween } from "../dates.js";
import { ABSENT } from "../fact.js";
import type { EnterpriseProfile } from "../schema.js";

/**
 * First recognised as an HNTE within the 365 days up to `asOf` (its earliest HNTE certificate
 * was issued then): the "newly recognised HNTE" of the Baotou award lists.
 * @returns `undefined` when `certifications` is left out; false with no HNTE certificate
 */
export function hnteNewlyRecognised(p: EnterpriseProfile, asOf: string): boolean | undefined {
  if (!p.certifications) return undefined;
  const first = p.certifications.filter((c) => c.type === "hnte" && c.issuedOn <= asOf).map((c) => c.issuedOn).sort()[0];
  return first !== undefined && daysBetween(first, asOf) <= 365;
}

/**
 * Consecutive years in the TSME database (one `tsme` certification per year), counted back
 * from the latest entry, which must be in `asOf`'s year or the year before; 0 otherwise.
 * @returns `undefined` when `certifications` is left out
 */
export function tsmeConsecutiveYears(p: EnterpriseProfile, asOf: string): number | undefined {
  if (!p.certifications) return undefined;
  const years = new Set(p.certifications.filter((c) => c.type === "tsme" && c.issuedOn <= asOf).map((c) => Number(c.issuedOn.slice(0, 4))));
  const thisYear = Number(asOf.slice(0, 4));
  let latest = years.has(thisYear) ? thisYear : years.has(thisYear - 1) ? thisYear - 1 : undefined;
  let count = 0;
  while (latest !== undefined && years.has(latest)) {
    count++;
    latest--;
  }
  return count;
}

/**
 * The largest equity share (fraction) held by one recognised talent (municipal level or above).
 * @returns `undefined` when `talents` is left out; ABSENT for `talents: []` (no talent: a
 *          measure for firms held by talent is ineligible, and no near-miss asks to raise a share
 *          nobody holds)
 */
export function maxTalentEquityShare(p: EnterpriseProfile): number | typeof ABSENT | undefined {
  if (!p.talents) return undefined;
  return p.talents.length === 0 ? ABSENT : p.talents.reduce((max, t) => Math.max(max, t.equityShare), 0);
}

/** Tagged `rare-earth` (the rare-earth industry policies of Baotou and Inner Mongolia apply). */
export function rareEarthFirm(p: EnterpriseProfile): boolean | undefined {
  return p.sectorTags && p.sectorTags.includes("rare-earth");
}
