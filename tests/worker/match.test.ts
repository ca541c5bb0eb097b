/**
 * POST /v1/match inside workerd: every fixture case answers the statuses, amounts and
 * derived facts its author worked out from the source text.
 */
import { describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { CASES, PROFILES } from "../support/cases.js";

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

  it("answers every fixture profile with all four measures and the rule-set identity", async () => {
    for (const [path, profile] of Object.entries(PROFILES)) {
      const res = await post({ profile, asOf: "2025-06-30" });
      expect(res.status, path).toBe(200);
      const r = (await res.json()) as { ruleset: { version: string; hash: string }; measures: { id: string }[] };
      expect(r.ruleset.version).toBe("2025.1.0");
      expect(r.ruleset.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.measures.map((m) => m.id)).toEqual(["hnte-recognition", "tsme-evaluation", "rd-super-deduction", "slpe-income-tax-relief"]);
    }
  });
});
