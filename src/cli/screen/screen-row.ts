/**
 * Screens one input row: validates it with the EnterpriseProfile schema, decides it under the
 * screened version (and the `--compare` version), and turns the outcome into its record.
 */
import { diffDecisions, type EnterpriseDiff } from "../../engine/compare.js";
import { decide, type Decided } from "../../engine/decide.js";
import { fieldErrors, pointer } from "../../http/problem.js";
import { EnterpriseProfile, ProfileDateError, type SupportRecord } from "../../profile/index.js";
import type { LoadedRuleSet } from "../../ruleset/catalog.js";
import type { InputRow } from "./input-row.js";
import type { EligibleMeasure, EnterpriseRecord, ErrorReason, ErrorRecord, RowError } from "./records.js";

/** What every row is screened against. */
export interface ScreenContext {
  loaded: LoadedRuleSet;
  /** the `--compare` version */
  other?: LoadedRuleSet | undefined;
  /** evaluation date, ISO */
  asOf: string;
  /** the `--received` ledger: support records by credit code */
  received?: ReadonlyMap<string, readonly SupportRecord[]> | undefined;
}

/** A screened row: its record, and for an enterprise the decisions (and diff) the summary counts. */
export type Screened =
  | { record: EnterpriseRecord; decided: Decided; diff?: EnterpriseDiff | undefined }
  | { record: ErrorRecord };

/** The credit code and name a row gives, valid or not, so a bad row can be found by them too. */
function identity(value: unknown): { creditCode?: string; name?: string } {
  if (value === null || typeof value !== "object") return {};
  const { creditCode, name } = value as Record<string, unknown>;
  return { ...(typeof creditCode === "string" ? { creditCode } : {}), ...(typeof name === "string" ? { name } : {}) };
}

function errorRecord(row: InputRow, reason: ErrorReason, errors: RowError[]): { record: ErrorRecord } {
  const withColumns = errors.map((e) => {
    const column = row.columnOf?.(e.pointer);
    return column === undefined ? e : { pointer: e.pointer, column, message: e.message };
  });
  return { record: { type: "error", line: row.line, reason, ...identity(row.value), errors: withColumns } };
}

/** The record's view of a decision set: eligible measures with amounts, undetermined ids; with a ledger, the received apart. */
function enterpriseRecord(line: number, p: EnterpriseProfile, d: Decided, ledger: boolean): EnterpriseRecord {
  return {
    type: "enterprise", line, creditCode: p.creditCode ?? null, name: p.name ?? null,
    eligible: d.decisions.filter((m) => m.status === "eligible" && !m.received).map((m): EligibleMeasure => ({
      measureId: m.measureId, amount: m.amount, kind: m.kind,
      ...(m.indicative ? { indicative: true as const } : {}),
      ...(m.excludedBy !== null ? { excludedBy: m.excludedBy } : {}),
    })),
    ...(ledger ? {
      received: d.decisions.flatMap((m) => (m.received ? [{ measureId: m.measureId, status: m.status, amount: m.amount, kind: m.kind, received: m.received }] : [])),
    } : {}),
    undetermined: d.decisions.filter((m) => m.status === "undetermined").map((m) => m.measureId),
    totals: d.totals,
  };
}

/**
 * Screens one row; never throws for a bad row.
 * @returns an enterprise record with its decisions, or an error record: `malformed` (could not be
 *          read), `invalid` (schema errors with pointers), `invalid-on-date` (contradicts asOf),
 *          `evaluation-failed` (the engine threw on a valid profile: a bug)
 */
export async function screenRow(row: InputRow, ctx: ScreenContext): Promise<Screened> {
  if (row.value === undefined) return errorRecord(row, "malformed", row.problems);
  const parsed = EnterpriseProfile.safeParse(row.value);
  if (!parsed.success || row.problems.length > 0) {
    return errorRecord(row, "invalid", [...row.problems, ...(parsed.success ? [] : fieldErrors(parsed.error.issues))]);
  }
  const received = parsed.data.creditCode === undefined ? undefined : ctx.received?.get(parsed.data.creditCode);
  try {
    const decided = await decide(parsed.data, ctx.loaded, { asOf: ctx.asOf, received });
    const record = enterpriseRecord(row.line, parsed.data, decided, ctx.received !== undefined);
    if (!ctx.other) return { record, decided };
    const diff = diffDecisions(decided, await decide(parsed.data, ctx.other, { asOf: ctx.asOf, received }));
    record.compare = {
      version: ctx.other.ruleset.version, gains: diff.gains, losses: diff.losses,
      changes: diff.changes.map(({ delta: _delta, ...c }) => c), delta: diff.delta,
    };
    return { record, decided, diff };
  } catch (e) {
    if (e instanceof ProfileDateError) return errorRecord(row, "invalid-on-date", e.problems.map((p) => ({ pointer: pointer(p.path), message: p.message })));
    return errorRecord(row, "evaluation-failed", [{ pointer: "", message: `evaluation failed (a bug: please report it with this row): ${(e as Error).message}` }]);
  }
}
