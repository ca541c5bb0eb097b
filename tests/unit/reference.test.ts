/**
 * The short reference people read out (`PM-XXXX-XXXX`): the first 40 bits of the decision id
 * in Crockford's base32, the same for the same question, carried by every answer beside the
 * full decisionId.
 */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import { REFERENCE_PATTERN, shortReference } from "../../src/engine/reference.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

const id = (first10hex: string) => `sha256:${first10hex}${"0".repeat(54)}`;

describe("shortReference", () => {
  it("writes the first 40 bits, 5 to a character, in Crockford's alphabet (worked by hand)", () => {
    // 0x3a5f0c9e21 = 00111 01001 01111 10000 | 11001 00111 10001 00001 = 7 9 F G | S 7 H 1
    expect(shortReference(id("3a5f0c9e21"))).toBe("PM-79FG-S7H1");
    expect(shortReference(id("0000000000"))).toBe("PM-0000-0000");
    // 31 is Z; 18 is J (I is skipped), 21 is N (L and O are skipped), 27 is V (U is skipped)
    expect(shortReference(id("ffffffffff"))).toBe("PM-ZZZZ-ZZZZ");
    expect(shortReference(id("94a56b5ad6"))).toMatch(REFERENCE_PATTERN);
  });

  it("never uses the letters people misread (I, L, O, U)", () => {
    for (let i = 0; i < 2000; i++) {
      const hex = (i * 2654435761 % 2 ** 32).toString(16).padStart(8, "0") + "ab";
      expect(shortReference(id(hex))).not.toMatch(/[ILOU]/);
    }
  });

  it("refuses what is not a decision id", () => {
    expect(() => shortReference("sha256:xyz")).toThrow(/not a decision id/);
    expect(() => shortReference("3a5f0c9e21")).toThrow(/not a decision id/);
  });
});

describe("every answer carries it", () => {
  it("explained and decision-only answers name the same reference, derived from their decisionId", async () => {
    const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, asOf: "2025-06-30" });
    const full = await match({ employees: 10 }, loaded, { asOf: "2025-06-30" });
    const lean = await matchDecision({ employees: 10 }, loaded, { asOf: "2025-06-30", evaluator: "compiled" });
    expect(full.reference).toMatch(REFERENCE_PATTERN);
    expect(full.reference).toBe(shortReference(full.decisionId));
    expect(lean.reference).toBe(full.reference);
    const later = await match({ employees: 10 }, loaded, { asOf: "2025-07-01" });
    expect(later.reference).not.toBe(full.reference);
  });
});
