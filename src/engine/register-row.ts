/**
 * One row of an enterprise register, screened: validated against the EnterpriseProfile schema,
 * checked against the evaluation date, decided under a rule-set version and, when a second
 * version is given, under that one too (facts computed once) with the difference between
 * them (compare.ts). The one path every screening takes — `npm run screen` (with or without
 * `--compare`) and a draft's impact on a register (impact.ts) — so their numbers agree.
 * Pure: no I/O; reading a file into rows is the caller's (the CLI's readers, or a Worker's).
 */
import { datedIssues, EnterpriseProfile, fieldErrors, resolveFacts, type SupportRecord } from "../profile/index.js";
import type { RuleSet } from "../ruleset/schema.js";
import { diffDecisions, type EnterpriseDiff } from "./compare.js";
import { type Decided, decideFacts } from "./decide.js";

/** One problem of a row: RFC 6901 pointer into the profile, the CSV column when there is one, and what to do. */
export interface RowError {
  pointer: string;
  column?: string;
  message: string;
}

/** A row as read from a register file (JSONL line or CSV record), before validation. */
export interface RegisterRow {
  /** line of the file where the row starts, 1-based (a CSV's header is line 1) */
  line: number;
  /** the profile JSON; undefined when the row could not be read (see `problems`) */
  value?: unknown;
  /** problems found while reading: a row with any is refused without validation */
  problems: readonly RowError[];
  /** CSV rows: the column an error pointer refers to */
  columnOf?: ((pointer: string) => string | undefined) | undefined;
}

/** Why a row was not screened. */
export type ErrorReason =
  /** the line is not JSON, or the CSV row has the wrong number of cells or cannot be parsed */
  | "malformed"
  /** the profile fails the EnterpriseProfile schema */
  | "invalid"
  /** the profile contradicts the evaluation date (registered or certified after it, a fiscal year not ended) */
  | "invalid-on-date"
  /** the engine failed on a valid profile: a bug, please report it */
  | "evaluation-failed";

/** What the rows are screened against. */
export interface ScreenVersions {
  /** the version every row is decided under */
  loaded: RuleSet;
  /** a second version to decide under and compare with (`diff` goes from `loaded` to `other`) */
  other?: RuleSet | undefined;
  /** the evaluation date, ISO (Asia/Shanghai) */
  asOf: string;
  /** support received, by credit code: a firm's records are its `received` (received.ts) */
  received?: ReadonlyMap<string, readonly SupportRecord[]> | undefined;
}

/** A row that was screened. Money in yuan. */
export interface ScreenedEnterprise {
  line: number;
  profile: EnterpriseProfile;
  /** the decisions under `loaded` */
  decided: Decided;
  /** the decisions under `other`, when given */
  compared?: Decided;
  /** from `decided` to `compared` */
  diff?: EnterpriseDiff;
}

/** A row that was refused, with every problem found and the identity it gives (valid or not). */
export interface RefusedRow {
  line: number;
  reason: ErrorReason;
  creditCode?: string;
  name?: string;
  errors: RowError[];
}

/** The credit code and name a row gives, valid or not, so a bad row can be found by them too. */
function identity(value: unknown): { creditCode?: string; name?: string } {
  if (value === null || typeof value !== "object") return {};
  const { creditCode, name } = value as Record<string, unknown>;
  return { ...(typeof creditCode === "string" ? { creditCode } : {}), ...(typeof name === "string" ? { name } : {}) };
}

function refused(row: RegisterRow, reason: ErrorReason, errors: readonly RowError[]): RefusedRow {
  const withColumns = errors.map((e) => {
    const column = row.columnOf?.(e.pointer);
    return column === undefined ? e : { pointer: e.pointer, column, message: e.message };
  });
  return { line: row.line, reason, ...identity(row.value), errors: withColumns };
}

/**
 * Screens one row; never throws for a bad row.
 * @returns the decisions (and the comparison), or the refusal: `malformed` (could not be read),
 *          `invalid` (schema errors with pointers), `invalid-on-date` (contradicts asOf),
 *          `evaluation-failed` (the engine threw on a valid profile: a bug)
 */
export function screenRow(row: RegisterRow, v: ScreenVersions): ScreenedEnterprise | RefusedRow {
  if (row.value === undefined) return refused(row, "malformed", row.problems);
  const parsed = EnterpriseProfile.safeParse(row.value);
  if (!parsed.success || row.problems.length > 0) {
    // the date problems come in the same refusal as the schema's
    return refused(row, "invalid", [...row.problems, ...(parsed.success ? [] : fieldErrors(parsed.error.issues, datedIssues(row.value, v.asOf)))]);
  }
  const problems = datedIssues(parsed.data, v.asOf);
  if (problems.length > 0) return refused(row, "invalid-on-date", problems);
  try {
    const facts = resolveFacts({ profile: parsed.data, asOf: v.asOf });
    const received = parsed.data.creditCode === undefined ? undefined : v.received?.get(parsed.data.creditCode);
    const decided = decideFacts(facts, v.loaded, v.asOf, received);
    if (!v.other) return { line: row.line, profile: parsed.data, decided };
    const compared = decideFacts(facts, v.other, v.asOf, received);
    return { line: row.line, profile: parsed.data, decided, compared, diff: diffDecisions(decided, compared) };
  } catch (e) {
    return refused(row, "evaluation-failed", [{ pointer: "", message: `evaluation failed (a bug: please report it with this row): ${(e as Error).message}` }]);
  }
}

/** `true` for a refused row. */
export const isRefused = (r: ScreenedEnterprise | RefusedRow): r is RefusedRow => "reason" in r;
