/**
 * Checks of a profile against the evaluation date: facts from the future cannot be used, and
 * accounts too old to stand for "last year" are treated as unknown.
 */
import type { EnterpriseProfile } from "./schema.js";

/** A problem with a profile on a date: where (path within the profile) and what to do. */
export interface DatedProblem {
  path: (string | number)[];
  message: string;
}

/** Raised by `match` for a profile that contradicts its evaluation date; HTTP maps it to 400. */
export class ProfileDateError extends Error {
  override name = "ProfileDateError";
  constructor(readonly problems: DatedProblem[]) {
    super(problems.map((p) => `/${p.path.join("/")}: ${p.message}`).join("; "));
  }
}

/**
 * What in `p` cannot be true on `asOf` (ISO date): a registration after it, a fiscal year not
 * yet ended (its year ≥ asOf's year), a certificate issued after it.
 * @returns the problems, empty when there are none
 */
export function datedProblems(p: EnterpriseProfile, asOf: string): DatedProblem[] {
  const problems: DatedProblem[] = [];
  const year = Number(asOf.slice(0, 4));
  if (p.registrationDate && p.registrationDate > asOf) {
    problems.push({ path: ["registrationDate"], message: `registered on ${p.registrationDate}, after the evaluation date ${asOf}: check the date or asOf` });
  }
  p.financials?.forEach((y, i) => {
    if (y.year >= year) {
      problems.push({ path: ["financials", i, "year"], message: `fiscal year ${y.year} has not ended on the evaluation date ${asOf}: give completed years only (the latest is ${year - 1})` });
    }
  });
  p.certifications?.forEach((c, i) => {
    if (c.issuedOn > asOf) problems.push({ path: ["certifications", i, "issuedOn"], message: `issued on ${c.issuedOn}, after the evaluation date ${asOf}` });
  });
  return problems;
}

/** How many years back the latest accounts may be: last year's, or the year before while last year's are being filed (annual settlement ends 31 May). */
export const ACCOUNTS_MAX_AGE_YEARS = 2;

/**
 * The profile as the rules see it on `asOf`: when its latest fiscal year is more than two years
 * before asOf's year, its accounts are too old to stand for "last year" and are left out
 * (unknown), so measures that need them are undetermined rather than judged on stale figures.
 */
export function withCurrentAccounts(p: EnterpriseProfile, asOf: string): EnterpriseProfile {
  const latest = p.financials?.at(-1)?.year;
  if (latest === undefined || latest >= Number(asOf.slice(0, 4)) - ACCOUNTS_MAX_AGE_YEARS) return p;
  const { financials: _stale, ...rest } = p;
  return rest;
}
