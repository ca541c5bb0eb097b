/**
 * The effect of moving from one rule-set version to another on a set of enterprises (issue 6:
 * `npm run rules:diff` runs it on every fixture profile): each enterprise decided under both
 * versions on one date (`decideFacts`, facts computed once), what it gains, loses or sees
 * change (compare.ts `diffDecisions`), and per measure who gains and loses and the budget
 * difference (`tallyDiff`). Pure.
 */
import { datedProblems, type EnterpriseProfile, resolveFacts } from "../profile/index.js";
import type { RuleSet } from "../ruleset/schema.js";
import { addTotals, type DiffTally, diffDecisions, emptyDiffTally, type EnterpriseDiff, type MeasureDiffTally, tallyDiff, tallyMeasures, zeroTotals } from "./compare.js";
import { decideFacts } from "./decide.js";
import type { Totals } from "./result.js";

/** One enterprise: its diff, or why it was left out (the date contradicts its profile). */
export type EnterpriseEffect = { name: string; diff: EnterpriseDiff } | { name: string; skipped: string };

/** The effect on every enterprise given. Money in yuan. */
export interface VersionEffect {
  /** the date both versions were decided on */
  asOf: string;
  enterprises: EnterpriseEffect[];
  /** counts over the enterprises decided (skipped ones left out) */
  tally: Omit<DiffTally, "measures">;
  /** per measure, in the newer version's order: who gained, lost, changed, and the money difference */
  measures: MeasureDiffTally[];
  /** the sum of the enterprises' totals under each version, and the difference (to − from) */
  budget: { from: Totals; to: Totals; delta: Totals };
}

/**
 * @param enterprises validated profiles with a name to report them by
 * @param from the baseline version; @param to the version compared with it
 * @param asOf the evaluation date (ISO)
 */
export function versionEffect(
  enterprises: readonly { name: string; profile: EnterpriseProfile }[],
  from: RuleSet,
  to: RuleSet,
  asOf: string,
): VersionEffect {
  let tally = emptyDiffTally();
  let budgetFrom = zeroTotals(), budgetTo = zeroTotals();
  const effects = enterprises.map(({ name, profile }): EnterpriseEffect => {
    const problems = datedProblems(profile, asOf);
    if (problems.length > 0) return { name, skipped: problems.map((p) => `/${p.path.join("/")}: ${p.message}`).join("; ") };
    const facts = resolveFacts({ profile, asOf });
    const before = decideFacts(facts, from, asOf), after = decideFacts(facts, to, asOf);
    const diff = diffDecisions(before, after);
    tally = tallyDiff(tally, diff);
    budgetFrom = addTotals(budgetFrom, before.totals);
    budgetTo = addTotals(budgetTo, after.totals);
    return { name, diff };
  });
  const { measures, ...counts } = tally;
  return {
    asOf,
    enterprises: effects,
    tally: counts,
    measures: tallyMeasures({ ...tally, measures }, to.measures.map((m) => m.id)),
    budget: { from: budgetFrom, to: budgetTo, delta: tally.delta },
  };
}
