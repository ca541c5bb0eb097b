/** Exact money: integer fen, exact decimal rates, one half-up rounding (DESIGN.md "Conventions"). */
import { describe, expect, it } from "vitest";
import { decimal, formatYuan, roundedProduct, toFen } from "../../src/engine/money.js";

describe("money", () => {
  it("reads JSON numbers as the decimals they denote", () => {
    expect(decimal(0.57)).toEqual({ digits: 57n, scale: 2 });
    expect(decimal(1e-7)).toEqual({ digits: 1n, scale: 7 });
    expect(decimal(1.5e21)).toEqual({ digits: 1500000000000000000000n, scale: 0 });
  });

  it("0.57 yuan is 57 fen (0.57 × 100 in floating point is 56.99999999999999)", () => {
    expect(0.57 * 100).not.toBe(57);
    expect(toFen(0.57)).toBe(57n);
    expect(toFen(1234567.89)).toBe(123456789n);
  });

  it("rounds half-up once, at the end", () => {
    expect(roundedProduct(0.02, [100, 0.25])).toBe(1n); // 0.5 fen → 1
    expect(roundedProduct(0.01, [100, 0.25])).toBe(0n); // 0.25 fen → 0
    expect(roundedProduct(2600000.57, [100, 1.2, 0.25])).toBe(78000017n); // 78,000,017.1 fen
    expect(roundedProduct(1.005, [100])).toBe(101n); // 100.5 fen → 101 (floating point would give 100)
    expect(roundedProduct(-0.02, [100, 0.25])).toBe(-1n); // half away from zero
  });

  it("formats yuan with separators and fen", () => {
    expect(formatYuan(123456789n)).toBe("1,234,567.89");
    expect(formatYuan(5n)).toBe("0.05");
    expect(formatYuan(-100n)).toBe("-1.00");
  });
});

