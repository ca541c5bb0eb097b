/**
 * The records `npm run screen` writes (docs/screening.md). In JSONL every record is
 * one line `{ "type": "run" | "enterprise" | "error" | "summary", … }`: one `run` first, one
 * `enterprise` or `error` per input row in input order, one `summary` last. Money in yuan.
 */
import type { MeasureChange, MeasureDiffTally } from "../engine/compare.js";
import type { Received } from "../engine/received.js";
import type { Totals } from "../engine/result.js";
import type { AmountKind } from "../ruleset/amount.js";
import type { ErrorReason, RowError } from "../engine/register-row.js";
import type { RuleSetRef } from "../ruleset/catalog.js";

/** A rule-set version as the answers name it: id, version, hash, effectiveFrom. */
export type { RuleSetRef } from "../ruleset/catalog.js";

/** First record: what was screened, against what, on which date. */
export interface RunRecord {
  type: "run";
  /** the input file as given */
  input: string;
  format: "jsonl" | "csv";
  /** evaluation date, ISO (Asia/Shanghai) */
  asOf: string;
  ruleset: RuleSetRef;
  /** the `--compare` version */
  compare?: RuleSetRef;
  /** the `--received` ledger, as given */
  received?: string;
  /** with `--shard k/n`: this file holds shard k of n (rows k, k+n, k+2n, … of the register); `npm run screen:merge` drops it */
  shard?: string;
}

/** An eligible measure of one enterprise. `amount` in yuan (null: no amount, or a fact it needs is missing). */
export interface EligibleMeasure {
  measureId: string;
  amount: number | null;
  kind: AmountKind | null;
  /** present (true) when the measure is indicative: shown, not counted in totals */
  indicative?: true;
  /** present when stacking excluded it in favour of that measure: not counted in totals */
  excludedBy?: string;
}

/** A measure whose support the enterprise has received for the period screened (`--received`): reported apart, not counted. */
export interface ReceivedMeasure {
  measureId: string;
  /** as decided now (it may no longer be eligible) */
  status: "eligible" | "ineligible" | "undetermined";
  /** the amount decided now, yuan; null as in `eligible` */
  amount: number | null;
  kind: AmountKind | null;
  /** the ledger's record that makes it received */
  received: Received;
}

/** One measure's change under the `--compare` version (counted amounts in yuan, 0 when not counted). */
export type ChangeRecord = Omit<MeasureChange, "delta">;

/** A screened enterprise: one input row that passed validation. */
export interface EnterpriseRecord {
  type: "enterprise";
  /** line of the input file where the row starts (1-based; a CSV's header is line 1) */
  line: number;
  creditCode: string | null;
  name: string | null;
  /** eligible measures not yet received, in rule-set order */
  eligible: EligibleMeasure[];
  /** with `--received`: the measures received for the period screened, in rule-set order */
  received?: ReceivedMeasure[];
  /** ids of undetermined measures (data missing), in rule-set order */
  undetermined: string[];
  /** as the MatchResult's totals: eligible, non-indicative, non-excluded amounts by kind */
  totals: Totals;
  /** with `--compare`: from the screened version to the compared one */
  compare?: { version: string; gains: string[]; losses: string[]; changes: ChangeRecord[]; delta: Totals };
}

/** Why a row was not screened, and one problem of a row: the engine's (src/engine/register-row.ts). */
export type { ErrorReason, RowError } from "../engine/register-row.js";

/** An input row that was not screened, with every problem found. */
export interface ErrorRecord {
  type: "error";
  line: number;
  reason: ErrorReason;
  /** when the row names them (even if invalid) */
  creditCode?: string;
  name?: string;
  errors: RowError[];
}

/** Per-measure figures over the enterprises screened. */
export interface MeasureSummary {
  measureId: string;
  /** the measure's kind in the rule set (subsidy, tax-incentive, …) */
  kind: string;
  eligible: number;
  ineligible: number;
  undetermined: number;
  /** of the eligible: excluded by stacking (not counted) */
  excluded: number;
  /** with `--received`: enterprises that received it for the period screened (not counted) */
  received?: number;
  /** the measure is indicative (evidence M/U or a model policy): its amounts are not counted */
  indicative: boolean;
  /** counted amounts (eligible, non-indicative, non-excluded), by kind, yuan */
  amounts: Totals;
}

/** The comparison with the `--compare` version, over the enterprises screened. */
export interface CompareSummary {
  ruleset: RuleSetRef;
  /** enterprises with at least one change / that gain a measure / that lose one */
  changed: number;
  gaining: number;
  losing: number;
  /** measures that changed for at least one enterprise, in rule-set order */
  measures: MeasureDiffTally[];
  /** budget under the compared version − budget under the screened one, by kind, yuan */
  delta: Totals;
  /** the budget under the compared version */
  budget: Totals;
}

/** Last record. `rows` = `enterprises` + `errors`: every input row is accounted for. */
export interface SummaryRecord {
  type: "summary";
  input: string;
  asOf: string;
  ruleset: RuleSetRef;
  rows: number;
  enterprises: number;
  errors: number;
  /** error rows by reason */
  errorsByReason: Record<ErrorReason, number>;
  measures: MeasureSummary[];
  /** the sum of every enterprise's totals, by kind, yuan */
  budget: Totals;
  compare?: CompareSummary;
  /** with `--shard k/n`: the summary is of shard k of n only */
  shard?: string;
}

/** A record of one input row. */
export type RowRecord = EnterpriseRecord | ErrorRecord;
