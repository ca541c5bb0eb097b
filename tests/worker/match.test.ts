/**
 * POST /v1/match inside workerd: every fixture case answers the statuses, amounts and
 * derived facts its author worked out from the source text.
 */
import { describe, expect, it } from "vitest";
import { MatchDecision, MatchResult } from "../../src/engine/result.js";
import app from "../../src/index.js";
import { CASES, PROFILES } from "../support/cases.js";

/** The measure ids of DESIGN.md "The bundled catalogue", in rule-file order, with hnte-re-recognition (issue 13). */
const CATALOGUE = [
  "hnte-recognition", "hnte-re-recognition", "hnte-income-tax-rate", "tsme-evaluation", "rd-super-deduction", "slpe-income-tax-relief", "rd-post-subsidy",
  "hnte-recognition-award", "tsme-database-award", "land-purchase-reward", "factory-construction-subsidy", "equipment-upgrade-subsidy",
  "working-capital-loan-interest-subsidy", "innovation-score-loan", "talent-loan", "one-enterprise-one-policy",
  "green-tag-litigation", "half-day-registration", "major-project-joint-approval",
];

const post = (body: unknown) =>
  app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("fixture cases over HTTP", () => {
  it("has cases to run", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (_file, c) => {
    const res = await post({ profile: c.profile, asOf: c.asOf, ...(c.version ? { version: c.version } : {}) });
    expect(res.status).toBe(200);
    const result = (await res.json()) as {
      asOf: string;
      measures: { id: string; status: string; amount: { value: number } | null }[];
      derived: Record<string, unknown>;
      incomeTax: Record<string, unknown> | null;
      totals: { taxSaving: number };
    };
    expect(result.asOf).toBe(c.asOf);
    for (const [id, want] of Object.entries(c.expect)) {
      const got = result.measures.find((m) => m.id === id);
      expect(got, `measure ${id}`).toBeDefined();
      expect({ id, status: got!.status }).toEqual({ id, status: want.status });
      if (want.amount !== undefined) expect({ id, amount: got!.amount?.value }).toEqual({ id, amount: want.amount });
    }
    for (const [fact, want] of Object.entries(c.derived ?? {})) {
      if (typeof want === "number") expect(result.derived[fact], fact).toBeCloseTo(want, 10);
      else expect(result.derived[fact], fact).toEqual(want);
    }
    if (c.incomeTax === null) expect(result.incomeTax).toBeNull();
    if (c.incomeTax) expect(result.incomeTax).toMatchObject(c.incomeTax);
    if (c.taxSaving !== undefined) expect(result.totals.taxSaving).toBe(c.taxSaving);
  });

  it("answers every fixture profile with the whole catalogue and the rule-set identity", async () => {
    for (const [path, profile] of Object.entries(PROFILES)) {
      const res = await post({ profile, asOf: "2025-06-30" });
      expect(res.status, path).toBe(200);
      const r = (await res.json()) as { ruleset: { version: string; hash: string }; measures: { id: string }[] };
      expect(r.ruleset.version).toBe("2025.2.0"); // in force from 2025-05-20
      expect(r.ruleset.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.measures.map((m) => m.id)).toEqual(CATALOGUE);
    }
  });
});

describe("POST /v1/match?explain=", () => {
  const profile = PROFILES["fixtures/profiles/servo-motor-maker-hnte-score-70.json"]!;
  const ask = (query: string) =>
    app.request(`/v1/match${query}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2025-06-30" }) });
  const hnte = async (res: Response) =>
    ((await res.json()) as { measures: { id: string; conditions: { fact: string; result: boolean | null }[] }[] }).measures.find((m) => m.id === "hnte-recognition")!;

  it("brief lists only the decisive conditions; full (the default) lists all", async () => {
    const brief = await hnte(await ask("?explain=brief"));
    const full = await hnte(await ask(""));
    expect(brief.conditions.length).toBeLessThan(full.conditions.length);
    expect(brief.conditions.every((c) => c.result === false)).toBe(true);
    expect(brief.conditions.map((c) => c.fact)).toContain("hnteAssessmentScore");
    expect((await hnte(await ask("?explain=full"))).conditions).toEqual(full.conditions);
  });

  it("none answers the MatchDecision: the decisions of the full answer, without explanations, in a few KB", async () => {
    const res = await ask("?explain=none");
    expect(res.status).toBe(200);
    const text = await res.text();
    const lean = MatchDecision.strict().parse(JSON.parse(text));
    const full = MatchResult.parse(await (await ask("")).json());
    expect([lean.explain, full.explain]).toEqual(["none", "full"]);
    expect(lean.decisionId).toBe(full.decisionId);
    expect(lean.totals).toEqual(full.totals);
    expect(lean.measures.map((m) => [m.id, m.status, m.amount?.value ?? null, m.missingFacts, m.excludedBy]))
      .toEqual(full.measures.map((m) => [m.id, m.status, m.amount?.value ?? null, m.missingFacts, m.excludedBy]));
    expect(lean.channels).toEqual(full.channels.map((c) => ({ id: c.id, openedBy: c.openedBy })));
    expect(new TextEncoder().encode(text).length).toBeLessThan(8 * 1024);
  });

  it("a batch with explain=none answers a MatchDecision per profile", async () => {
    const res = await app.request("/v1/match/batch?explain=none", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profiles: [profile, profile], asOf: "2025-06-30" }) });
    const { results } = (await res.json()) as { results: { ok: boolean; result: unknown }[] };
    expect(results.map((r) => MatchDecision.strict().parse(r.result).explain)).toEqual(["none", "none"]);
  });

  it("an unknown explain level → 400 naming the parameter", async () => {
    const res = await ask("?explain=verbose");
    expect(res.status).toBe(400);
    const p = (await res.json()) as { errors: { pointer: string; parameter?: string; message: string }[] };
    expect(p.errors).toEqual([{ pointer: "", parameter: "explain", message: "explain must be none, brief or full" }]);
  });

  it("evaluator=reference (json-rules-engine) gives the same answer as the compiled default", async () => {
    const a = (await (await ask("")).json()) as { evaluator: string; decisionId: string; measures: unknown[] };
    const b = (await (await ask("?evaluator=reference")).json()) as typeof a;
    expect([a.evaluator, b.evaluator]).toEqual(["compiled", "reference"]);
    expect(b.measures).toEqual(a.measures);
    expect(b.decisionId).toBe(a.decisionId);
  });

  it("answers carry near-misses and next questions", async () => {
    const r = (await (await ask("")).json()) as { nearMisses: { measureId: string }[]; nextQuestions: { fact: string }[] };
    expect(r.nearMisses.map((n) => n.measureId)).toContain("hnte-recognition");
    expect(r.nextQuestions.length).toBeGreaterThan(0);
  });
});
