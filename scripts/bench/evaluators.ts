/**
 * Per-profile cost of four evaluators on the same rule set and the same precomputed facts,
 * median µs over rounds: ours deciding (statuses and amounts), ours with the full trace,
 * json-rules-engine used directly, and the plain-closure baseline.
 */
import { Engine } from "json-rules-engine";
import { compile, compiledTruth } from "../../src/engine/compiled.js";
import type { Evaluation } from "../../src/engine/context.js";
import { decideFacts, traceFacts } from "../../src/engine/decide.js";
import { measureResult } from "../../src/engine/measure-result.js";
import { ABSENT, type EnterpriseProfile, type FactValues, resolveFacts, withCurrentAccounts } from "../../src/profile/index.js";
import type { Tree } from "../../src/ruleset/condition.js";
import type { RuleSet } from "../../src/ruleset/schema.js";
import { parameterOn } from "../../src/ruleset/parameters.js";
import { baseline, baselineAmount } from "./baseline.js";

/**
 * µs per profile, medians. `ours`: statuses and amounts (decide); `oursTrace`: the same plus
 * every condition's result; `oursExplained`: the full MatchResult measures with their
 * sentences; `reference`: json-rules-engine, statuses only; `baseline`: plain closures,
 * statuses and plain floating-point amounts.
 */
export interface EvaluatorCosts { ours: number; oursTrace: number; oursExplained: number; reference: number; baseline: number; }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs `body` over `n` items `rounds` times after one warm-up; µs per item, median of rounds. */
async function time(rounds: number, n: number, body: () => unknown): Promise<number> {
  await body();
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await body();
    per.push(((performance.now() - t0) * 1000) / n);
  }
  return Math.round(median(per) * 100) / 100;
}

/** A tree as json-rules-engine reads it (a shared condition written out at each use: the benchmark's rule sets have none). */
const strip = (c: Tree): unknown =>
  "fact" in c ? { fact: c.fact, operator: c.operator, value: c.value }
  : "all" in c ? { all: c.all.map(strip) } : "any" in c ? { any: c.any.map(strip) } : "not" in c ? { not: strip(c.not) } : strip(c.use.tree);

/**
 * @param ruleset a parsed version; @param profiles complete profiles; @param asOf ISO date
 * @param referenceProfiles how many profiles json-rules-engine gets (it is 100–1000× slower)
 */
export async function benchEvaluators(ruleset: RuleSet, profiles: EnterpriseProfile[], asOf: string, rounds: number, referenceProfiles: number): Promise<EvaluatorCosts> {
  const facts: FactValues[] = profiles.map((profile) => resolveFacts({ profile, asOf }));
  const compiled = compile(ruleset);
  const base = compiled.trees.map(baseline);
  const baseAmounts = ruleset.measures.map((m) => m.amount && baselineAmount(m.amount, (p) => parameterOn(ruleset, p, asOf)?.value ?? 0));
  const engine = new Engine([], { allowUndefinedFacts: true });
  compiled.trees.forEach((t, i) => engine.addRule({ name: String(i), conditions: strip(t) as never, event: { type: "m" } }));
  // json-rules-engine and the baseline know no known-absent value (talents: []): null, on which the bundled conditions are false too
  const plain = facts.map((f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v === ABSENT ? null : v])));
  const defined = plain.slice(0, referenceProfiles).map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));
  const evs: Evaluation[] = profiles.map((p, i) => ({ ruleset, asOf, profile: withCurrentAccounts(p, asOf), facts: facts[i]!, truth: new Map() }));
  let sink = 0;
  const costs: EvaluatorCosts = {
    ours: await time(rounds, facts.length, () => { for (const f of facts) sink += decideFacts(f, ruleset, asOf).decisions.length; }),
    oursTrace: await time(rounds, facts.length, () => {
      for (const f of facts) sink += traceFacts(f, ruleset, asOf).truth.values.length;
    }),
    oursExplained: await time(rounds, facts.length, () => {
      for (const ev of evs) {
        const e = { ...ev, truth: compiledTruth(compiled, ev.facts) };
        for (let i = 0; i < ruleset.measures.length; i++) sink += measureResult(ruleset.measures[i]!, i, compiled.trees[i]!, e, "full", compiled.amounts[i]).conditions.length;
      }
    }),
    baseline: await time(rounds, facts.length, () => {
      for (const f of plain) base.forEach((fn, i) => { if (fn(f)) sink += baseAmounts[i]?.(f) ?? 1; });
    }),
    reference: await time(Math.min(rounds, 3), defined.length, async () => { for (const f of defined) sink += (await engine.run(f)).results.length; }),
  };
  if (sink === -1) console.log(sink); // keep the work observable
  return costs;
}
