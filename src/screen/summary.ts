/**
 * The running summary of a screen: per measure, how many enterprises are eligible, ineligible,
 * undetermined (and excluded by stacking, and with a ledger received), and the counted money by amount kind; the overall
 * budget; error rows by reason; with `--compare`, the diff tally. Memory: one entry per measure,
 * whatever the register's size.
 */
import { addTotals, countedTotals, emptyDiffTally, tallyDiff, tallyMeasures, zeroTotals, type DiffTally, type EnterpriseDiff } from "../engine/compare.js";
import type { Decided } from "../engine/decide.js";
import { type LoadedRuleSet, ruleSetRef } from "../ruleset/catalog.js";
import type { ErrorReason, MeasureSummary, SummaryRecord } from "./records.js";

export { ruleSetRef };

/** Accumulates screened rows into the summary record. */
export class ScreenSummary {
  private readonly measures = new Map<string, MeasureSummary>();
  private enterprises = 0;
  private readonly errors: Record<ErrorReason, number> = { malformed: 0, invalid: 0, "invalid-on-date": 0, "evaluation-failed": 0 };
  private budget = zeroTotals();
  private tally: DiffTally = emptyDiffTally();

  /**
   * @param input the input file as given; @param asOf ISO date
   * @param loaded the screened version (its measures give the order); @param other the `--compare` version
   * @param ledger a `--received` run: count the received per measure
   */
  constructor(private readonly input: string, private readonly asOf: string, private readonly loaded: LoadedRuleSet, private readonly other?: LoadedRuleSet, ledger = false) {
    for (const m of loaded.ruleset.measures) {
      this.measures.set(m.id, { measureId: m.id, kind: m.kind, eligible: 0, ineligible: 0, undetermined: 0, excluded: 0, ...(ledger ? { received: 0 } : {}), indicative: false, amounts: zeroTotals() });
    }
  }

  /** Counts one screened enterprise (and its diff with the compared version). */
  addEnterprise(decided: Decided, diff?: EnterpriseDiff): void {
    this.enterprises++;
    for (const d of decided.decisions) {
      const m = this.measures.get(d.measureId);
      if (!m) continue; // the decisions come from this version: cannot happen
      m[d.status]++;
      if (d.status === "eligible" && d.excludedBy !== null) m.excluded++;
      if (d.received && m.received !== undefined) m.received++;
      if (d.indicative) m.indicative = true;
      m.amounts = addTotals(m.amounts, countedTotals(d));
    }
    this.budget = addTotals(this.budget, decided.totals);
    if (diff) this.tally = tallyDiff(this.tally, diff);
  }

  /** Counts one error row. */
  addError(reason: ErrorReason): void {
    this.errors[reason]++;
  }

  /** The summary record so far. */
  record(): SummaryRecord {
    const errors = Object.values(this.errors).reduce((a, b) => a + b, 0);
    const order = this.loaded.ruleset.measures.map((m) => m.id);
    return {
      type: "summary", input: this.input, asOf: this.asOf, ruleset: ruleSetRef(this.loaded),
      rows: this.enterprises + errors, enterprises: this.enterprises, errors, errorsByReason: { ...this.errors },
      measures: [...this.measures.values()], budget: this.budget,
      ...(this.other ? {
        compare: {
          ruleset: ruleSetRef(this.other), changed: this.tally.changed, gaining: this.tally.gaining, losing: this.tally.losing,
          measures: tallyMeasures(this.tally, order), delta: this.tally.delta, budget: addTotals(this.budget, this.tally.delta),
        },
      } : {}),
    };
  }
}
