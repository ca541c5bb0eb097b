/**
 * Every measure ships with cases (fixtures/cases): at least one where it is eligible and one
 * where it is not. A measure added without cases fails here.
 */
import { describe, expect, it } from "vitest";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES } from "../support/cases.js";

const catalog = await bundledCatalog();
const ids = new Set(
  catalog.list()[0]!.versions.flatMap((v) => catalog.resolve({ id: DEFAULT_RULESET_ID, version: v.version, asOf: v.effectiveFrom }).ruleset.measures.map((m) => m.id)),
);

describe("case coverage", () => {
  it.each([...ids])("%s has an eligible case and a not-eligible case", (id) => {
    const statuses = new Set(CASES.flatMap((c) => (c.expect[id] ? [c.expect[id]!.status] : [])));
    expect([...statuses].filter((s) => s !== "undetermined").sort()).toEqual(["eligible", "ineligible"]);
  });

  it("every case names measures that exist and says how its answer was worked out", () => {
    for (const c of CASES) {
      for (const id of Object.keys(c.expect)) expect(ids.has(id), `${c.file}: ${id}`).toBe(true);
      expect(c.arithmetic.length, c.file).toBeGreaterThan(20);
      expect(c.asOf, c.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
