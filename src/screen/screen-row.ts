/**
 * Screens one input row (src/engine/register-row.ts: validate, decide under the screened
 * version and the `--compare` version) and turns the outcome into its record.
 */
import type { EnterpriseDiff } from "../engine/compare.js";
import type { Decided } from "../engine/decide.js";
import { isRefused, screenRow as screenRegisterRow } from "../engine/register-row.js";
import type { EnterpriseProfile, SupportRecord } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { RegisterRow as InputRow } from "../engine/register-row.js";
import type { EligibleMeasure, EnterpriseRecord, ErrorRecord } from "./records.js";

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
 * @returns an enterprise record with its decisions, or an error record (reasons: src/engine/register-row.ts)
 */
export async function screenRow(row: InputRow, ctx: ScreenContext): Promise<Screened> {
  const s = screenRegisterRow(row, { loaded: ctx.loaded.ruleset, other: ctx.other?.ruleset, asOf: ctx.asOf, received: ctx.received });
  if (isRefused(s)) return { record: { type: "error", ...s } };
  const record = enterpriseRecord(s.line, s.profile, s.decided, ctx.received !== undefined);
  if (!ctx.other || !s.diff) return { record, decided: s.decided };
  const diff = s.diff;
  record.compare = {
    version: ctx.other.ruleset.version, gains: diff.gains, losses: diff.losses,
    changes: diff.changes.map(({ delta: _delta, ...c }) => c), delta: diff.delta,
  };
  return { record, decided: s.decided, diff };
}
