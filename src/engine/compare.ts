/**
 * Differences between two decision sets (DESIGN.md "Amounts", `totals`): what an enterprise
 * gains, loses or sees change when it is decided under another rule-set version, and the
 * aggregate over many enterprises (who gains, who loses, the budget difference). Pure: no I/O,
 * no rule-set access; `npm run screen -- --compare` and `rules:diff` share it.
 *
 * Money is in yuan (≤ 2 decimals) and is added exactly, in integer fen. A measure's
 * **counted amount** is what it adds to `totals`: its amount when it is eligible, not
 * indicative, not excluded by stacking and not already received; 0 otherwise.
 */
import type { AmountKind } from "../ruleset/amount.js";
import type { Decided, Decision } from "./decide.js";
import type { Status, Totals } from "./result.js";

/** The `totals` key of each amount kind. */
export const TOTALS_KEY: Readonly<Record<AmountKind, keyof Totals>> = {
  payment: "payment",
  "tax-saving": "taxSaving",
  "credit-line": "creditLine",
  "interest-subsidy": "interestSubsidy",
};

/** Yuan (≤ 2 decimals, |v| < 9·10¹³) → integer fen, exactly. */
const fen = (yuan: number): number => Math.round(yuan * 100);

/** `a + b` in yuan, exact to the fen. */
export function addYuan(a: number, b: number): number {
  return (fen(a) + fen(b)) / 100;
}

/** All-zero totals. */
export function zeroTotals(): Totals {
  return { payment: 0, taxSaving: 0, creditLine: 0, interestSubsidy: 0 };
}

/** `a + sign × b`, key by key, exact to the fen. */
export function addTotals(a: Totals, b: Totals, sign: 1 | -1 = 1): Totals {
  return {
    payment: (fen(a.payment) + sign * fen(b.payment)) / 100,
    taxSaving: (fen(a.taxSaving) + sign * fen(b.taxSaving)) / 100,
    creditLine: (fen(a.creditLine) + sign * fen(b.creditLine)) / 100,
    interestSubsidy: (fen(a.interestSubsidy) + sign * fen(b.interestSubsidy)) / 100,
  };
}

/**
 * What a decision adds to the totals, in yuan: its amount when eligible, not indicative, not
 * excluded, not already received and with an amount; 0 otherwise (and for `undefined`, a
 * measure the version lacks).
 */
export function countedAmount(d: Decision | undefined): number {
  if (!d || d.status !== "eligible" || d.indicative || d.excludedBy !== null || d.received || d.amount === null || d.kind === null) return 0;
  return d.amount;
}

/** The counted amount of a decision as totals (all zero but its kind's key). */
export function countedTotals(d: Decision | undefined): Totals {
  const t = zeroTotals();
  const v = countedAmount(d);
  if (v !== 0 && d?.kind) t[TOTALS_KEY[d.kind]] = v;
  return t;
}

/**
 * How one measure differs between the two decision sets.
 * - `gain`: eligible after, not before (ineligible, undetermined, or the measure did not exist);
 * - `loss`: eligible before, not after;
 * - `status`: another change of status (e.g. undetermined → ineligible, or a measure removed);
 * - `amount`: eligible under both, but the counted amount differs (a new rate, a cap, stacking).
 */
export type ChangeKind = "gain" | "loss" | "status" | "amount";

/** One measure's change for one enterprise. Amounts: counted amounts in yuan (0 when not counted). */
export interface MeasureChange {
  measureId: string;
  change: ChangeKind;
  /** status under the first decision set; null when it has no such measure */
  before: Status | null;
  /** status under the second decision set; null when it has no such measure */
  after: Status | null;
  amountBefore: number;
  amountAfter: number;
  /** counted-amount difference by kind (after − before), yuan */
  delta: Totals;
}

/** How one enterprise's decisions differ from `before` to `after`. */
export interface EnterpriseDiff {
  /** measures eligible after and not before, in measure order */
  gains: string[];
  /** measures eligible before and not after, in measure order */
  losses: string[];
  /** every measure whose status or counted amount differs, in measure order (before's, then measures only after has) */
  changes: MeasureChange[];
  /** `after.totals − before.totals`, by kind, yuan */
  delta: Totals;
}

/**
 * Compares two decision sets for the same enterprise (e.g. under two rule-set versions).
 * @param before the decisions taken as the baseline
 * @param after the decisions compared with it
 * @returns gains, losses, every change, and the totals difference (after − before)
 */
export function diffDecisions(before: Decided, after: Decided): EnterpriseDiff {
  const b = before.decisions, a = after.decisions;
  const aligned = b.length === a.length && b.every((d, i) => d.measureId === a[i]!.measureId);
  const changes: MeasureChange[] = [];
  if (aligned) {
    for (let i = 0; i < b.length; i++) {
      const c = measureChange(b[i]!.measureId, b[i], a[i]);
      if (c) changes.push(c);
    }
  } else {
    const beforeById = new Map(b.map((d) => [d.measureId, d]));
    const afterById = new Map(a.map((d) => [d.measureId, d]));
    for (const measureId of [...beforeById.keys(), ...[...afterById.keys()].filter((id) => !beforeById.has(id))]) {
      const c = measureChange(measureId, beforeById.get(measureId), afterById.get(measureId));
      if (c) changes.push(c);
    }
  }
  return {
    gains: changes.filter((c) => c.change === "gain").map((c) => c.measureId),
    losses: changes.filter((c) => c.change === "loss").map((c) => c.measureId),
    changes,
    delta: addTotals(after.totals, before.totals, -1),
  };
}

/** How one measure's decision changes from `b` to `a` (either absent when its version lacks the measure); null when it does not. */
function measureChange(measureId: string, b: Decision | undefined, a: Decision | undefined): MeasureChange | null {
  const wasEligible = b?.status === "eligible", isEligible = a?.status === "eligible";
  const amountBefore = countedAmount(b), amountAfter = countedAmount(a);
  const sameMoney = amountBefore === amountAfter && (amountBefore === 0 || b!.kind === a!.kind);
  const change: ChangeKind | null =
    isEligible && !wasEligible ? "gain"
      : wasEligible && !isEligible ? "loss"
        : (b?.status ?? null) !== (a?.status ?? null) ? "status"
          : !sameMoney ? "amount"
            : null;
  if (!change) return null;
  return { measureId, change, before: b?.status ?? null, after: a?.status ?? null, amountBefore, amountAfter, delta: addTotals(countedTotals(a), countedTotals(b), -1) };
}

/** Per-measure aggregate of many enterprise diffs: how many enterprises gained, lost, changed; the budget difference. */
export interface MeasureDiffTally {
  measureId: string;
  gained: number;
  lost: number;
  /** other status changes */
  statusChanged: number;
  /** eligible under both, counted amount changed */
  amountChanged: number;
  /** sum of the counted-amount differences, by kind (after − before), yuan */
  delta: Totals;
}

/** The aggregate of many enterprise diffs. */
export interface DiffTally {
  /** enterprises compared */
  enterprises: number;
  /** enterprises with at least one change */
  changed: number;
  /** enterprises that gained at least one measure */
  gaining: number;
  /** enterprises that lost at least one measure */
  losing: number;
  /** by measure id, in the order measures first changed; a measure that never changed is absent */
  measures: Readonly<Record<string, MeasureDiffTally>>;
  /** sum of the enterprises' totals differences (after − before), yuan: the budget difference */
  delta: Totals;
}

/** The tally of no enterprise. */
export function emptyDiffTally(): DiffTally {
  return { enterprises: 0, changed: 0, gaining: 0, losing: 0, measures: {}, delta: zeroTotals() };
}

/**
 * Adds one enterprise's diff to a tally.
 * @returns a new tally (the argument is not modified)
 */
export function tallyDiff(tally: DiffTally, diff: EnterpriseDiff): DiffTally {
  const measures = { ...tally.measures };
  for (const c of diff.changes) {
    const m = measures[c.measureId] ?? { measureId: c.measureId, gained: 0, lost: 0, statusChanged: 0, amountChanged: 0, delta: zeroTotals() };
    measures[c.measureId] = {
      ...m,
      gained: m.gained + (c.change === "gain" ? 1 : 0),
      lost: m.lost + (c.change === "loss" ? 1 : 0),
      statusChanged: m.statusChanged + (c.change === "status" ? 1 : 0),
      amountChanged: m.amountChanged + (c.change === "amount" ? 1 : 0),
      delta: addTotals(m.delta, c.delta),
    };
  }
  return {
    enterprises: tally.enterprises + 1,
    changed: tally.changed + (diff.changes.length > 0 ? 1 : 0),
    gaining: tally.gaining + (diff.gains.length > 0 ? 1 : 0),
    losing: tally.losing + (diff.losses.length > 0 ? 1 : 0),
    measures,
    delta: addTotals(tally.delta, diff.delta),
  };
}

/**
 * The tally's measures as a list, in `order` (measure ids; e.g. the rule set's order), then
 * any others in the order they first changed.
 */
export function tallyMeasures(tally: DiffTally, order: readonly string[] = []): MeasureDiffTally[] {
  const listed = order.filter((id) => tally.measures[id]).map((id) => tally.measures[id]!);
  const rest = Object.values(tally.measures).filter((m) => !order.includes(m.measureId));
  return [...listed, ...rest];
}
