/** The fact registry: every fact a rule may name has a type, a unit where numeric, and labels in both languages. */
import { describe, expect, it } from "vitest";
import { FACTS } from "../../src/profile/index.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { leaves, shareConditions } from "../../src/ruleset/condition.js";
import { validityCondition } from "../../src/engine/validity.js";

describe("fact registry", () => {
  it("labels every fact in zh-CN and en, and gives numeric facts a unit", () => {
    for (const f of FACTS.values()) {
      expect(f.label["zh-CN"], f.name).toMatch(/\p{Script=Han}/u);
      expect(f.label.en, f.name).toMatch(/^[\x20-\x7E]+$/);
      if (f.type === "number" || f.type === "integer") expect(f.unit, f.name).toBeDefined();
      if (f.derived) expect(f.source, f.name).toBeTruthy();
    }
  });

  it("has every fact the bundled rules name", async () => {
    const cat = await bundledCatalog();
    for (const { ruleset } of cat.list().flatMap((r) => r.versions.map((v) => cat.resolve({ id: r.id, version: v.version, asOf: v.effectiveFrom })))) {
      for (const m of ruleset.measures) for (const leaf of leaves(validityCondition(m, shareConditions(ruleset.conditions).resolve))) expect(FACTS.has(leaf.fact), leaf.fact).toBe(true);
    }
  });
});
