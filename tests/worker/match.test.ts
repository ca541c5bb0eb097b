/**
 * POST /v1/match inside workerd: every fixture case answers the statuses, amounts and
 * derived facts its author worked out from the source text.
 */
import { describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { CASES, PROFILES } from "../support/cases.js";

/** The measure ids of DESIGN.md "The bundled catalogue", in rule-file order. */
const CATALOGUE = [
  "hnte-recognition", "hnte-income-tax-rate", "tsme-evaluation", "rd-super-deduction", "slpe-income-tax-relief", "rd-post-subsidy",
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
