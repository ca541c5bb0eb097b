/**
 * Money in yuan (src/profile/units.ts): at most 2 decimals, at most 10^13 yuan either way —
 * the line below which every amount to the fen survives as a JSON number exactly (15
 * significant digits), so the fen arithmetic of the amounts is exact.
 */
import { describe, expect, it } from "vitest";
import { toFen } from "../../src/engine/money.js";
import { MAX_YUAN, yuan } from "../../src/profile/units.js";

const accepts = (schema: ReturnType<typeof yuan>, v: number) => schema.safeParse(v).success;

describe("yuan", () => {
  it("accepts up to 10^13 yuan and refuses the fen above, with the unit to check", () => {
    expect(MAX_YUAN).toBe(10_000_000_000_000);
    expect(accepts(yuan(), 10_000_000_000_000)).toBe(true);
    expect(accepts(yuan(), 9_999_999_999_999.99)).toBe(true);
    expect(accepts(yuan(), 10_000_000_000_000.01)).toBe(false);
    expect(yuan().safeParse(1e15).error?.issues[0]?.message).toBe("amount in yuan is implausibly large (over 10^13, ten trillion): check the unit (yuan, not fen)");
  });

  it("holds the same line for losses (signed)", () => {
    expect(accepts(yuan({ signed: true }), -10_000_000_000_000)).toBe(true);
    expect(accepts(yuan({ signed: true }), -10_000_000_000_000.01)).toBe(false);
    expect(accepts(yuan(), -0.01)).toBe(false);
  });

  it("keeps every fen at the top of the range distinct and exact", () => {
    // written as JSON, read back, converted to fen: 999,999,999,999,999 / …998 / …997 fen
    const read = ["9999999999999.99", "9999999999999.98", "9999999999999.97"].map((t) => JSON.parse(t) as number);
    expect(read.every((v) => accepts(yuan(), v))).toBe(true);
    expect(read.map(toFen)).toEqual([999_999_999_999_999n, 999_999_999_999_998n, 999_999_999_999_997n]);
  });

  it("refuses a third decimal at, below and above 1 yuan", () => {
    expect([0.01, 0.99, 1.5, 12.34].map((v) => accepts(yuan(), v))).toEqual([true, true, true, true]);
    expect([0.001, 0.999, 12.345].map((v) => accepts(yuan(), v))).toEqual([false, false, false]);
  });
});
