/**
 * A draft's impact on an enterprise register (issue 14, "Seeing the effect before approving"):
 * every firm decided under the version the draft replaces and under the draft, on one date;
 * the firms gaining and losing each measure, the budget under each and the difference by
 * measure and in total, and the firms behind every number. The same path as
 * `npm run screen -- --version <replaced> --compare <draft>` (register-row.ts, compare.ts'
 * `diffDecisions` and `tallyDiff`), so the numbers are the same.
 *
 * Pure and streaming: rows go in one at a time (a Worker can feed an upload, the CLI a file);
 * memory holds the per-measure figures and the firms that change. Money in yuan, added in fen.
 */
import type { Bilingual } from "../profile/index.js";
import { type LoadedRuleSet, type RuleSetRef, ruleSetRef } from "../ruleset/catalog.js";
import { addTotals, countedAmount, type DiffTally, diffDecisions, emptyDiffTally, type MeasureChange, tallyDiff, TOTALS_KEY, zeroTotals } from "./compare.js";
import type { Decided } from "./decide.js";
import { type ErrorReason, isRefused, type RefusedRow, type RegisterRow, screenRow } from "./register-row.js";
import type { Totals } from "./result.js";

/** At most this many refused rows are listed in a report (all are counted). */
export const MAX_REFUSED_LISTED = 1000;

/** A firm of the register as the impact names it: its line in the register, credit code and name (null when the row gives none). */
export interface FirmRef {
  line: number;
  creditCode: string | null;
  name: string | null;
}

/**
 * One firm's change on one measure (compare.ts MeasureChange without the measure): `change`,
 * the statuses under the replaced version and the draft (null: that version lacks the measure),
 * the counted amounts (yuan) and their difference by kind (after − before).
 */
export type FirmChange = FirmRef & Omit<MeasureChange, "measureId">;

/** One measure over the register. Amounts are counted amounts (eligible, not indicative, not excluded by stacking), yuan. */
export interface MeasureImpact {
  measureId: string;
  /** the draft's title (the replaced version's for a measure the draft removes) */
  title: Bilingual;
  /** the measure exists in the replaced version / in the draft */
  inBefore: boolean;
  inAfter: boolean;
  /** firms eligible under each version */
  eligibleBefore: number;
  eligibleAfter: number;
  /** firms that become eligible, stop being eligible, change status otherwise, keep eligibility with another counted amount */
  gained: number;
  lost: number;
  statusChanged: number;
  amountChanged: number;
  budgetBefore: Totals;
  budgetAfter: Totals;
  /** budgetAfter − budgetBefore */
  delta: Totals;
  /** every firm whose decision on this measure changes, in register order: the firms behind the numbers above */
  firms: FirmChange[];
}

/** The impact of a draft on a register. */
export interface RegisterImpact {
  /** the date both versions decided every firm on, ISO */
  asOf: string;
  /** the replaced version; null when none answers on that day (every eligible decision is then a gain) */
  before: RuleSetRef | null;
  /** the draft */
  after: RuleSetRef;
  /** rows read = enterprises + refused */
  rows: number;
  enterprises: number;
  refused: number;
  refusedByReason: Record<ErrorReason, number>;
  /** the first MAX_REFUSED_LISTED refused rows, with their errors */
  refusedRows: RefusedRow[];
  /** firms with at least one change / that gain a measure / that lose one */
  changed: number;
  gaining: number;
  losing: number;
  /** every measure of the draft in its order, then those only the replaced version has */
  measures: MeasureImpact[];
  /** the sum of every firm's totals under each version, and the difference (after − before) */
  budget: { before: Totals; after: Totals; delta: Totals };
}

/** The versions and date of an impact. */
export interface ImpactVersions {
  /** the version the draft replaces (Catalog.replacedBy), or undefined when none does */
  before: LoadedRuleSet | undefined;
  /** the draft (src/ruleset/catalog.ts loadRuleSet) */
  after: LoadedRuleSet;
  /** the evaluation date, ISO; the draft's effectiveFrom is the usual choice */
  asOf: string;
}

const NOTHING: Decided = { decisions: [], totals: zeroTotals() };

/** A measure's running figures; budgets in integer fen by kind (added without allocating). */
type Running = Pick<MeasureImpact, "measureId" | "title" | "inBefore" | "inAfter" | "eligibleBefore" | "eligibleAfter" | "firms"> & { fenBefore: Totals; fenAfter: Totals };

const yuan = (fen: Totals): Totals => ({ payment: fen.payment / 100, taxSaving: fen.taxSaving / 100, creditLine: fen.creditLine / 100, interestSubsidy: fen.interestSubsidy / 100 });

/** Accumulates rows into an impact report. */
export class ImpactBuilder {
  private readonly measures = new Map<string, Running>();
  private tally: DiffTally = emptyDiffTally();
  private budgetBefore = zeroTotals();
  private budgetAfter = zeroTotals();
  private readonly refusedRows: RefusedRow[] = [];
  private readonly refusedByReason: Record<ErrorReason, number> = { malformed: 0, invalid: 0, "invalid-on-date": 0, "evaluation-failed": 0 };

  constructor(private readonly v: ImpactVersions) {
    const before = new Map((v.before?.ruleset.measures ?? []).map((m) => [m.id, m]));
    const after = new Map(v.after.ruleset.measures.map((m) => [m.id, m]));
    for (const id of [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))]) {
      this.measures.set(id, {
        measureId: id, title: (after.get(id) ?? before.get(id))!.title, inBefore: before.has(id), inAfter: after.has(id),
        eligibleBefore: 0, eligibleAfter: 0, fenBefore: zeroTotals(), fenAfter: zeroTotals(), firms: [],
      });
    }
  }

  /** Screens one row under both versions and counts it. */
  add(row: RegisterRow): void {
    const { before, after, asOf } = this.v;
    const s = before ? screenRow(row, { loaded: before.ruleset, other: after.ruleset, asOf }) : screenRow(row, { loaded: after.ruleset, asOf });
    if (isRefused(s)) {
      this.refusedByReason[s.reason]++;
      if (this.refusedRows.length < MAX_REFUSED_LISTED) this.refusedRows.push(s);
      return;
    }
    const [b, a] = before ? [s.decided, s.compared!] : [NOTHING, s.decided];
    const diff = s.diff ?? diffDecisions(b, a);
    this.tally = tallyDiff(this.tally, diff);
    this.budgetBefore = addTotals(this.budgetBefore, b.totals);
    this.budgetAfter = addTotals(this.budgetAfter, a.totals);
    this.count(b, "eligibleBefore", "fenBefore");
    this.count(a, "eligibleAfter", "fenAfter");
    const firm: FirmRef = { line: s.line, creditCode: s.profile.creditCode ?? null, name: s.profile.name ?? null };
    for (const { measureId, ...change } of diff.changes) this.measures.get(measureId)!.firms.push({ ...firm, ...change });
  }

  private count(d: Decided, eligible: "eligibleBefore" | "eligibleAfter", budget: "fenBefore" | "fenAfter"): void {
    for (const x of d.decisions) {
      if (x.status !== "eligible") continue;
      const m = this.measures.get(x.measureId)!;
      m[eligible]++;
      const v = countedAmount(x);
      if (v !== 0) m[budget][TOTALS_KEY[x.kind!]] += Math.round(v * 100);
    }
  }

  /** The report so far. */
  report(): RegisterImpact {
    const refused = Object.values(this.refusedByReason).reduce((x, y) => x + y, 0);
    const zero = { gained: 0, lost: 0, statusChanged: 0, amountChanged: 0, delta: zeroTotals() };
    return {
      asOf: this.v.asOf,
      before: this.v.before ? ruleSetRef(this.v.before) : null,
      after: ruleSetRef(this.v.after),
      rows: this.tally.enterprises + refused, enterprises: this.tally.enterprises, refused,
      refusedByReason: { ...this.refusedByReason }, refusedRows: [...this.refusedRows],
      changed: this.tally.changed, gaining: this.tally.gaining, losing: this.tally.losing,
      measures: [...this.measures.values()].map(({ fenBefore, fenAfter, firms, ...m }) => {
        const { measureId: _id, ...t } = this.tally.measures[m.measureId] ?? { measureId: m.measureId, ...zero };
        return { ...m, ...t, budgetBefore: yuan(fenBefore), budgetAfter: yuan(fenAfter), firms: [...firms] };
      }),
      budget: { before: this.budgetBefore, after: this.budgetAfter, delta: this.tally.delta },
    };
  }
}

/**
 * The impact of a draft on a register: every row screened under the replaced version and the
 * draft on `asOf`.
 * @param rows the register's rows (a JSONL line or CSV record each: src/engine/register-row.ts), sync or async
 * @returns the report; refused rows are counted and listed, never fatal
 */
export async function registerImpact(rows: Iterable<RegisterRow> | AsyncIterable<RegisterRow>, versions: ImpactVersions): Promise<RegisterImpact> {
  const builder = new ImpactBuilder(versions);
  for await (const row of rows) builder.add(row);
  return builder.report();
}
