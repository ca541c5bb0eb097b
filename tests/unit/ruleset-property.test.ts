/**
 * The property of issue 12, in the engine: every rule set built at random from the real
 * measures (tests/support/random-ruleset.ts) is refused by lint, or evaluates within a bound
 * fixed by lint's limits — counted, not timed: one evaluation reads each written leaf at most
 * once however often named conditions are used (so at most MAX_RULESET_NODES, plus the validity
 * windows), explanations list at most MAX_CONDITION_NODES conditions a measure, and every
 * amount is a finite number within the money limit or null with its reason.
 * (In workerd, published over HTTP: tests/worker/ruleset-property.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, compiledTruth, type Memo } from "../../src/engine/compiled.js";
import { combine, type Truths } from "../../src/engine/evaluate.js";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import type { MatchDecision, MatchResult } from "../../src/engine/result.js";
import { MAX_YUAN, resolveFacts } from "../../src/profile/index.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { lintRuleSet } from "../../src/ruleset/lint.js";
import { MAX_CONDITION_NODES, MAX_RULESET_NODES } from "../../src/ruleset/lint/expansion.js";
import { completeProfile } from "../support/complete-profile.js";
import { leavesOf, randomRuleSet } from "../support/random-ruleset.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const ASOF = "2025-06-30";
/** Complete profiles, and now and then one at the input limits: a loan of 10^13 yuan for 600 months, 10^8 m² of floor. */
const profiles = fc.oneof(
  { arbitrary: completeProfile, weight: 3 },
  { arbitrary: completeProfile.map((p) => ({ ...p, loanRequest: { amount: 10_000_000_000_000, termMonths: 600 }, project: { ...p.project!, floorAreaM2: 100_000_000 } })), weight: 1 },
);

/** Every amount a finite number within the limit, or null with a reason (withheld, or inputs missing); totals finite. */
export function amountsSound(answer: MatchResult | MatchDecision, amounts: Map<string, boolean>): void {
  for (const m of answer.measures as any[]) {
    if (m.amount !== null) {
      expect(Number.isFinite(m.amount.value) && Math.abs(m.amount.value) <= MAX_YUAN, `${m.id} ${m.amount.value}`).toBe(true);
    } else if (m.status === "eligible" && amounts.get(m.id)) {
      expect(m.amountWithheld !== undefined || m.missingFacts.length > 0, `${m.id}: amount null without a reason`).toBe(true);
    }
  }
  expect(Object.values(answer.totals).every(Number.isFinite)).toBe(true);
}

describe("random rule sets from the real measures", () => {
  it("each is refused by lint, or evaluates reading each written leaf at most once, every amount sound", { timeout: 60_000 }, async () => {
    let accepted = 0, refused = 0, withheld = 0;
    await fc.assert(
      fc.asyncProperty(randomRuleSet, profiles, async (raw, profile) => {
        const report = lintRuleSet(raw);
        if (!report.ok) {
          refused++;
          return;
        }
        accepted++;
        const ruleset = report.ruleset!;
        const loaded = { ruleset, raw, hash: canonicalHash(raw) };
        const written = [...ruleset.measures.map((m) => m.conditions), ...Object.values(ruleset.conditions)].flatMap(leavesOf).length;
        const windows = 2 * ruleset.measures.length;

        // the cost, counted: leaf truths read by one evaluation of every measure (the reference path's walk)
        const compiled = compile(ruleset);
        const facts = resolveFacts({ profile, asOf: ASOF });
        const table = compiledTruth(compiled, facts);
        let reads = 0;
        const counting: Truths = { get: (leaf) => (reads++, table.get(leaf)) };
        const statuses = compiled.trees.map((t) => combine(t, counting));
        expect(reads).toBeLessThanOrEqual(written + windows);
        expect(reads).toBeLessThanOrEqual(MAX_RULESET_NODES + windows);
        // the compiled deciders: facts read, a leaf at most twice (fact-to-fact); the same statuses
        let factReads = 0;
        const counted = new Proxy(facts, { get: (t, k) => (factReads++, t[k as string]) });
        const memo: Memo = [];
        expect(compiled.deciders.map((d) => d(counted, memo))).toEqual(statuses);
        expect(factReads).toBeLessThanOrEqual(2 * (written + windows));

        const amounts = new Map(ruleset.measures.map((m) => [m.id, m.amount !== undefined]));
        const full = await match(profile, loaded, { asOf: ASOF });
        for (const m of full.measures) expect(m.conditions.length).toBeLessThanOrEqual(MAX_CONDITION_NODES + 2);
        amountsSound(full, amounts);
        withheld += full.measures.filter((m) => m.amountWithheld).length;
        amountsSound(await matchDecision(profile, loaded, { asOf: ASOF }), amounts);
      }),
      { numRuns: 100, seed: 20261212 },
    );
    // the generator reaches both sides
    expect(accepted).toBeGreaterThanOrEqual(10);
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(withheld).toBeGreaterThanOrEqual(1);
  });
});
