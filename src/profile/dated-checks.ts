/**
 * Checks of a profile against the evaluation date: facts from the future cannot be used, and
 * accounts too old to stand for "last year" are treated as unknown.
 */
import { type IssueAt, pointer } from "./issues.js";
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

const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined);

/**
 * What in `p` cannot be true on `asOf` (ISO date): a registration after it, a fiscal year not
 * yet ended (its year ≥ asOf's year), a certificate issued after it. Only values of the right
 * shape are read, so a profile the schema refuses can be checked as well, and a submission told
 * every problem in one round (the schema's and these).
 * @param p a profile, validated or not
 * @returns the problems, empty when there are none
 */
export function datedProblems(p: EnterpriseProfile | unknown, asOf: string): DatedProblem[] {
  const problems: DatedProblem[] = [];
  const year = Number(asOf.slice(0, 4));
  const registered = field(p, "registrationDate");
  if (isDate(registered) && registered > asOf) {
    problems.push({ path: ["registrationDate"], message: `registered on ${registered}, after the evaluation date ${asOf}: check the date or asOf` });
  }
  list(field(p, "financials")).forEach((y, i) => {
    const fy = field(y, "year");
    if (typeof fy === "number" && Number.isInteger(fy) && fy >= year) {
      problems.push({ path: ["financials", i, "year"], message: `fiscal year ${fy} has not ended on the evaluation date ${asOf}: give completed years only (the latest is ${year - 1})` });
    }
  });
  list(field(p, "certifications")).forEach((c, i) => {
    const issued = field(c, "issuedOn");
    if (isDate(issued) && issued > asOf) problems.push({ path: ["certifications", i, "issuedOn"], message: `issued on ${issued}, after the evaluation date ${asOf}` });
  });
  return problems;
}

/**
 * `datedProblems` as errors with RFC 6901 pointers (beside a schema's, in one answer).
 * @param at the profile's path in the document, e.g. ["profile"]
 */
export function datedIssues(p: EnterpriseProfile | unknown, asOf: string, at: readonly PropertyKey[] = []): IssueAt[] {
  return datedProblems(p, asOf).map((x) => ({ pointer: pointer([...at, ...x.path]), message: x.message }));
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
