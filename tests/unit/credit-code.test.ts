/**
 * Unified social credit code, GB 32100-2015 (policy/SOURCES.md §8).
 * Expected values are worked out by hand from the algorithm in §8:
 * Wᵢ = 3^(i−1) mod 31, C₁₈ = (31 − Σ Cᵢ·Wᵢ mod 31) mod 31, over the 31 symbols
 * 0123456789ABCDEFGHJKLMNPQRTUWXY (values 0–30).
 */
import { describe, expect, it } from "vitest";
import { USCC_CHARSET, usccCheckCharacter, usccProblem } from "../../src/profile/credit-code.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";

/** §8 "Character set, 31 symbols", in value order. */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** §8 "Algorithm": the weights of positions 1..17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

describe("USCC character set", () => {
  it("is the 31 symbols of §8, without I, O, Z, S, V", () => {
    expect(USCC_CHARSET).toBe(CHARSET);
    for (const c of "IOZSV") expect(USCC_CHARSET).not.toContain(c);
  });
});

describe("usccCheckCharacter", () => {
  it("gives 3 for the standard's example 91350100M000100Y4 (sum 1640, 1640 mod 31 = 28, 31 − 28 = 3)", () => {
    // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1640
    expect(usccCheckCharacter("91350100M000100Y4")).toBe("3");
  });

  it("gives 6 for Huawei 91440300192203821 (sum 831, mod 31 = 25, 31 − 25 = 6)", () => {
    expect(usccCheckCharacter("91440300192203821")).toBe("6");
  });

  it("gives G for Tencent 9144030071526726X (sum 1782, mod 31 = 15, 31 − 15 = 16 → G)", () => {
    expect(usccCheckCharacter("9144030071526726X")).toBe("G");
  });

  it("gives Q for 91150200MA0PRE013 (sum 1867, mod 31 = 7, 31 − 7 = 24 → Q)", () => {
    // 9 + 3 + 9 + 135 + 52 + M(21)·20 + A(10)·29 + P(23)·13 + R(25)·8 + E(14)·24 + 1·30 + 3·28 = 1867
    expect(usccCheckCharacter("91150200MA0PRE013")).toBe("Q");
  });

  it('writes a computed 31 as "0": 93440300192203821 has sum 837 = 27 × 31', () => {
    // Huawei's first 17 characters sum to 831; position 2 (weight 3) raised from 1 to 3 adds 6: 837 ≡ 0 (mod 31),
    // so C₁₈ = 31 − 0 = 31 → "0" (a bare `31 − s mod 31` would index past the charset).
    expect(usccCheckCharacter("93440300192203821")).toBe("0");
    expect(usccCheckCharacter("00000000000000000")).toBe("0");
    expect(usccProblem("934403001922038210")).toBeNull();
  });

  it.each(WEIGHTS.map((w, i) => [i + 1, w, CHARSET[(31 - w) % 31]!]))(
    "uses weight W%i = %i (a lone 1 at that position gives check %s)",
    (pos, _w, expected) => {
      const first17 = "0".repeat(pos - 1) + "1" + "0".repeat(17 - pos);
      expect(usccCheckCharacter(first17)).toBe(expected);
    },
  );

  it("refuses input that is not 17 characters of the set", () => {
    expect(() => usccCheckCharacter("9144030019220382")).toThrow(/17 characters/);
    expect(() => usccCheckCharacter("91150200MA0PRE0I3")).toThrow(/"I" at position 16/);
  });
});

describe("usccProblem", () => {
  it.each([
    ["914403001922038216", "Huawei, §8 worked example 1"],
    ["9144030071526726XG", "Tencent, §8 worked example 2"],
    ["91330100716105852F", "Alibaba China, §8"],
    ["91110108551385082Q", "Xiaomi, §8"],
    ["91150200MA0PRE013Q", "the corrected form of §8's negative vector"],
  ])("accepts %s (%s)", (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it('refuses 91350100M000100Y4Z and says the 18th character should be "3"', () => {
    const problem = usccProblem("91350100M000100Y4Z");
    expect(problem).not.toBeNull();
    expect(problem).toContain('18th character should be "3"');
  });

  it('refuses 91150200MA0PRE013R and says the 18th character should be "Q"', () => {
    const problem = usccProblem("91150200MA0PRE013R");
    expect(problem).toContain('18th character should be "Q"');
    expect(problem).toContain('not "R"');
  });

  it("refuses 91150200MA0PRE0I3Q: I is never used (position 16)", () => {
    expect(usccProblem("91150200MA0PRE0I3Q")).toMatch(/"I" at position 16 is not allowed/);
  });

  it.each(["I", "O", "Z", "S", "V"])("refuses a code with %s in it (position 10)", (c) => {
    const code = `914403001${c}22038216`; // Huawei with position 10 replaced
    expect(code).toHaveLength(18);
    expect(usccProblem(code)).toMatch(new RegExp(`"${c}" at position 10 is not allowed`));
  });

  it("refuses 17 characters", () => {
    expect(usccProblem("91150200MA0PRE013")).toMatch(/18 characters.*has 17/);
  });

  it("refuses 19 characters and the empty string", () => {
    expect(usccProblem("914403001922038216X")).toMatch(/has 19/);
    expect(usccProblem("")).toMatch(/has 0/);
  });

  it("refuses lower case, with the upper-case form as a hint", () => {
    const problem = usccProblem("9144030071526726xg");
    expect(problem).not.toBeNull();
    expect(problem).toContain("upper case");
    expect(problem).toContain('"9144030071526726XG"');
    expect(usccProblem("91150200ma0pre013q")).toContain('"91150200MA0PRE013Q"');
  });

  it("is what the profile schema applies to creditCode", () => {
    expect(EnterpriseProfile.safeParse({ creditCode: "9144030071526726XG" }).success).toBe(true);
    const bad = EnterpriseProfile.safeParse({ creditCode: "91150200MA0PRE013R" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(["creditCode"]);
    expect(bad.error!.issues[0]!.message).toContain('should be "Q"');
  });
});
