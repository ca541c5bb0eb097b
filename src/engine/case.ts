/**
 * Rule authors' cases (DESIGN.md "Cases"): `fixtures/cases/<measure-or-topic>/<name>.json`, and
 * case files beside rule files, `rules/<ruleset-id>/cases/**\/*.json`. A case is a profile (inline,
 * or `profileRef` to `fixtures/profiles/x.json`) on a pinned date (and version where it
 * matters) with the statuses, amounts and derived facts its author worked out from the source.
 * This file reads one case's JSON; loading files is the caller's (Vite's glob in the tests,
 * node:fs in `npm run rules:test`).
 */
import * as z from "zod";
import { IsoDate, readableIssues } from "../profile/index.js";
import { Version } from "../ruleset/schema.js";
import { Status } from "./result.js";

/** The income-tax computation a case expects (yuan; DESIGN.md "Amounts"), field by field: each given field is compared. */
export const IncomeTaxExpectation = z.strictObject({
  taxableIncomeBeforeIncentives: z.number().optional(),
  deductions: z.number().optional(),
  taxableIncome: z.number().optional(),
  /** the chosen regime's measure id, or null for the general rate */
  regime: z.string().nullable().optional(),
  taxWithoutIncentives: z.number().optional(),
  taxWithIncentives: z.number().optional(),
  saving: z.number().optional(),
});
export type IncomeTaxExpectation = z.infer<typeof IncomeTaxExpectation>;

/** A case file as written. */
export const CaseFile = z.strictObject({
  /** a sentence saying what is tested */
  name: z.string().min(1),
  profile: z.record(z.string(), z.unknown()).optional(),
  /** path from the repository root, e.g. `fixtures/profiles/x.json` */
  profileRef: z.string().min(1).optional(),
  asOf: IsoDate,
  version: Version.optional(),
  /** by measure id: the status, and the amount in yuan when there is one */
  expect: z.record(z.string(), z.strictObject({ status: Status, amount: z.number().optional() })),
  /** derived facts of the MatchResult, by name */
  derived: z.record(z.string(), z.unknown()).optional(),
  /** the answer's `incomeTax` block, field by field; null: no computation (taxable income unknown) */
  incomeTax: IncomeTaxExpectation.nullable().optional(),
  /** the answer's `totals.taxSaving`, yuan */
  taxSaving: z.number().optional(),
  /** the working from the source text */
  arithmetic: z.string().min(1),
}).refine((c) => (c.profile === undefined) !== (c.profileRef === undefined), { error: 'give either "profile" or "profileRef"', path: ["profile"] });

/** A case ready to run: its file, its profile resolved and the rule set it is for. */
export interface Case {
  /** path from the repository root */
  file: string;
  name: string;
  /** the profile as written (validated when the case runs) */
  profile: Record<string, unknown>;
  asOf: string;
  version?: string;
  expect: Record<string, { status: Status; amount?: number }>;
  derived?: Record<string, unknown>;
  incomeTax?: IncomeTaxExpectation | null;
  taxSaving?: number;
  arithmetic: string;
  /** the rule set whose versions answer: `<id>` for `rules/<id>/cases/…`, else the default rule set */
  rulesetId: string;
}

/** A case file that cannot be read as a case. */
export class CaseFileError extends Error {
  override name = "CaseFileError";
}

/** The rule-set id of a case file beside rule files (`rules/<id>/cases/…`), else undefined. */
export function caseRulesetId(file: string): string | undefined {
  return /(?:^|\/)rules\/([^/]+)\/cases\//.exec(file)?.[1];
}

/**
 * @param json the parsed case file; @param file its path from the repository root
 * @param profiles fixture profiles by path from the repository root (for `profileRef`)
 * @param defaultRulesetId the rule set of cases outside `rules/<id>/cases`
 * @throws CaseFileError naming the file and the first problem (with its JSON pointer)
 */
export function resolveCase(json: unknown, file: string, profiles: Readonly<Record<string, Record<string, unknown>>>, defaultRulesetId: string): Case {
  const parsed = CaseFile.safeParse(json);
  if (!parsed.success) {
    const issue = readableIssues(parsed.error.issues)[0]!;
    throw new CaseFileError(`${file}: /${issue.path.join("/")}: ${issue.message}`);
  }
  const { profileRef, profile: inline, ...c } = parsed.data;
  const profile = inline ?? profiles[profileRef!];
  if (!profile) throw new CaseFileError(`${file}: profileRef "${profileRef}" names no file in fixtures/profiles`);
  return { ...c, file, profile, rulesetId: caseRulesetId(file) ?? defaultRulesetId };
}
