/**
 * Exact money arithmetic (DESIGN.md "Conventions"): amounts are integer fen (bigint) inside,
 * rates are exact decimals read from their JSON text, and a product is rounded half-up to
 * the fen once, at the end. 0.57 × 100 is 57 fen, never 56.99….
 */

import { MAX_YUAN } from "../profile/index.js";

/** The money limit in fen: every amount lies within ±10^13 yuan (MAX_YUAN, the limit of every profile amount). */
export const MAX_FEN = BigInt(MAX_YUAN) * 100n;

/** An exact decimal: `digits × 10^−scale`. */
interface Decimal { digits: bigint; scale: number; }

/** The exact decimal a JSON number denotes (its shortest round-trip text, as JSON wrote it). */
export function decimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  if (Number.isSafeInteger(n)) return { digits: BigInt(n), scale: 0 };
  const [mantissa, exp = "0"] = String(n).toLowerCase().split("e");
  const [int, frac = ""] = mantissa!.split(".");
  let scale = frac.length - Number(exp);
  let digits = BigInt(int! + frac);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/** Yuan (≤ 2 decimals) → fen, exactly. */
export function toFen(yuan: number): bigint {
  return roundedProduct(yuan, [100]);
}

/** Fen → yuan as a JSON number (exact for any realistic sum). */
export function fenToYuan(fen: bigint): number {
  return Number(fen) / 100;
}

/**
 * `base × f₁ × f₂ … ÷ d₁ ÷ d₂ …` computed exactly (as a fraction of integers) and rounded
 * half-up (half away from zero) to an integer, once.
 * @param base a JSON number; @param factors JSON numbers; @param divisors positive integers
 */
export function roundedProduct(base: number, factors: readonly number[], divisors: readonly number[] = []): bigint {
  const { digits, scale } = decimal(base);
  return roundedDecimalProduct(digits, scale, factors, divisors);
}

/** `fen × f₁ × f₂ …` rounded half-up to the fen once, exactly: a sum in fen times rates (a tax on an income). */
export function fenTimes(fen: bigint, factors: readonly number[]): bigint {
  return roundedDecimalProduct(fen, 0, factors, []);
}

function roundedDecimalProduct(base: bigint, baseScale: number, factors: readonly number[], divisors: readonly number[]): bigint {
  let digits = base, scale = baseScale;
  for (const f of factors) {
    const d = decimal(f);
    digits *= d.digits;
    scale += d.scale;
  }
  const den = divisors.reduce((acc, d) => acc * BigInt(d), 10n ** BigInt(scale));
  const q = digits / den;
  const r = digits % den;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= den) return digits < 0n ? q - 1n : q + 1n;
  return q;
}

/**
 * The smallest whole `x` with `x ≥ (r·d − n) / (1 − r·k)`, for a share `r` (a JSON number,
 * 0 ≤ r < 1): how much to add to `n` (and, with `k = 1`, to `d` as well) for `n / d` to reach `r`.
 * `n`, `d` in any integer unit (fen, people). 0 when the share is already reached.
 */
export function shareGap(r: number, n: bigint, d: bigint, k: 0 | 1): bigint {
  const { digits, scale } = decimal(r);
  const one = 10n ** BigInt(scale);
  const num = digits * d - one * n;
  const den = one - digits * BigInt(k);
  if (num <= 0n) return 0n;
  return (num + den - 1n) / den;
}

/** `1234567.5` → `"1,234,567.50"` (fen shown, thousands separated). */
export function formatYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const int = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${neg ? "-" : ""}${int}.${(abs % 100n).toString().padStart(2, "0")}`;
}
