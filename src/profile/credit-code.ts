/**
 * Unified social credit code (USCC, 统一社会信用代码) check, GB 32100-2015 §4–5.
 *
 * 18 characters from the 31-symbol set `0-9 A-H J-N P-R T-U W-Y` (I, O, Z, S and V are
 * never used). Position i (1..17) has weight Wᵢ = 3^(i−1) mod 31; the check character is
 * C₁₈ = 31 − (Σ Cᵢ·Wᵢ mod 31), where a computed 31 is written "0" (`(31 − s mod 31) mod 31`).
 * Source: GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》, see policy/SOURCES.md §8.
 */

/** The GB 32100-2015 character set, in value order (value = index, 0–30). */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Weights Wᵢ = 3^(i−1) mod 31 for positions 1..17. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/**
 * The check character (position 18) for the first 17 characters of a code.
 * @param first17 exactly 17 characters of the USCC charset
 * @returns the expected 18th character
 * @throws Error if `first17` is not 17 characters of the charset
 */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`17 characters expected, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`character "${first17[i]}" at position ${i + 1} is not in the GB 32100-2015 set`);
    sum += value * WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * Checks a unified social credit code.
 * Upper-case only, as the standard writes it: lower-case input is refused with a hint.
 * @returns `null` when valid, otherwise a message a person can act on (English; the
 *          code itself is quoted so the reader sees which one failed)
 */
export function usccProblem(code: string): string | null {
  if (code.length !== 18) {
    const shown = code.length <= 40 ? `"${code}"` : "the code given";
    return `unified social credit code must have 18 characters (GB 32100-2015), ${shown} has ${code.length}`;
  }
  if (code !== code.toUpperCase()) {
    return `unified social credit code is written in upper case (GB 32100-2015): did you mean "${code.toUpperCase()}"?`;
  }
  for (let i = 0; i < 17; i++) {
    if (!USCC_CHARSET.includes(code[i]!)) {
      return `unified social credit code "${code}": character "${code[i]}" at position ${i + 1} is not allowed (GB 32100-2015 never uses I, O, Z, S or V)`;
    }
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return `unified social credit code "${code}" fails the GB 32100-2015 check: the 18th character should be "${expected}", not "${code[17]}"; check the code for a typing error (I, O, Z, S and V are never used)`;
  }
  return null;
}
