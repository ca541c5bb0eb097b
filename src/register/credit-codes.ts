/**
 * Synthetic unified social credit codes of Baotou enterprises: `91` (enterprise, company),
 * `150200` (Baotou), a 9-character organisation code (new-style `MA…` for most recent firms),
 * and the GB 32100-2015 check character. Unique within one generator.
 */
import { USCC_CHARSET, usccCheckCharacter } from "../profile/credit-code.js";
import type { Random } from "./random.js";

/** Prefix of every code: 9 (registered with SAMR) 1 (enterprise) 150200 (Baotou). */
export const BAOTOU_PREFIX = "91150200";

/** Issues distinct valid codes. */
export class CreditCodes {
  private readonly issued = new Set<string>();

  /** A new valid code, never issued before by this instance (18 characters). */
  next(r: Random): string {
    for (;;) {
      const body = r.chance(0.65)
        ? "MA" + Array.from({ length: 7 }, () => r.pick(USCC_CHARSET.split(""))).join("")
        : Array.from({ length: 9 }, () => r.pick(USCC_CHARSET.split(""))).join("");
      const first17 = BAOTOU_PREFIX + body;
      const code = first17 + usccCheckCharacter(first17);
      if (!this.issued.has(code)) {
        this.issued.add(code);
        return code;
      }
    }
  }
}

/** `code` with its check character replaced by another one of the charset: a code that fails GB 32100-2015. */
export function withWrongCheckCharacter(r: Random, code: string): string {
  const others = USCC_CHARSET.split("").filter((c) => c !== code[17]);
  return code.slice(0, 17) + r.pick(others);
}
