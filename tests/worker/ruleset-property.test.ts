/**
 * The property of issue 12 in workerd, against the app with D1: rule sets built at random from
 * the real measures (tests/support/random-ruleset.ts) are published one after another; each is
 * refused with a 4xx problem+json, or published and then answers a match with every amount a
 * finite number or null with its reason; afterwards the service still answers /healthz and a
 * fixture case as before. The cost bound is counted in tests/unit/ruleset-property.test.ts.
 */
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, MAX_YUAN } from "../../src/profile/index.js";
import { CASES } from "../support/cases.js";
import { OFFICERS } from "../support/officers.js";
import { randomRuleSet } from "../support/random-ruleset.js";
import { ID, passingCase, staff, testApp } from "../support/review.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const app = testApp();
const s = staff((path, init) => app.request(path, init, env));
const json = (method: string, path: string, body: unknown, token?: string) =>
  app.request(path, { method, headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }, env);
/** A case with an amount, to ask before and after. */
const fixture = CASES.find((c) => c.file.endsWith("working-capital-loan-interest-subsidy/term-61-months-5y-lpr.json"))!;

describe("random rule sets published to the running service", () => {
  it("each is refused with 4xx problem+json, or answers matches soundly; the service answers as before afterwards", { timeout: 120_000 }, async () => {
    const before = await (await json("POST", "/v1/match?explain=none", { profile: fixture.profile, asOf: fixture.asOf })).json();
    const outcomes = { published: 0, refused: 0 };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(randomRuleSet, async (raw) => {
        n++;
        const version = `2080.${n}.0`;
        const effectiveFrom = addDays("2080-01-01", n);
        // through review: saved (any content), proposed (refused when it does not pass), approved, published
        const saved = await json("PUT", `/v1/rulesets/${ID}/drafts/${version}`, { ruleset: { ...raw, version, effectiveFrom }, cases: [passingCase(effectiveFrom)] }, OFFICERS.author.token);
        let res = saved.status >= 300 ? saved : await s.step("author", version, "propose");
        if (res.status < 300) res = await s.step("reviewer", version, "approve");
        if (res.status < 300) res = await s.step("author", version, "publish");
        if (res.status !== 201) {
          expect([res.status >= 400 && res.status < 500, res.headers.get("Content-Type")], await res.clone().text()).toEqual([true, "application/problem+json"]);
          outcomes.refused++;
          return;
        }
        outcomes.published++;
        for (const [profile, explain] of [[fixture.profile, "full"], [{}, "none"], [{ ...fixture.profile, loanRequest: { amount: MAX_YUAN, termMonths: 600 } }, "brief"]] as const) {
          const m = await json("POST", `/v1/match?explain=${explain}`, { profile, asOf: "2025-06-30", version });
          expect(m.status).toBe(200);
          const answer = (await m.json()) as { measures: any[]; totals: Record<string, number> };
          const formula = new Map(raw.measures.map((x: any) => [x.id, x.amount !== undefined]));
          for (const x of answer.measures) {
            if (x.amount !== null) expect(Number.isFinite(x.amount.value) && Math.abs(x.amount.value) <= MAX_YUAN, `${x.id}`).toBe(true);
            else if (x.status === "eligible" && formula.get(x.id)) expect(x.amountWithheld !== undefined || x.missingFacts.length > 0, `${x.id}`).toBe(true);
          }
          expect(Object.values(answer.totals).every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 14, seed: 20261213 },
    );
    expect(outcomes.published).toBeGreaterThanOrEqual(3);
    expect(outcomes.refused).toBeGreaterThanOrEqual(3);

    expect(await (await app.request("/healthz", {}, env)).json()).toEqual({ status: "ok" });
    const after = await json("POST", "/v1/match?explain=none", { profile: fixture.profile, asOf: fixture.asOf });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual(before);
  });
});
