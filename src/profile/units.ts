/**
 * Value types shared by every schema: money in yuan, ratios as fractions, ISO dates,
 * bilingual labels. Conventions: DESIGN.md "Conventions".
 */
import * as z from "zod";

/** A text shown to people, in Simplified Chinese and English. */
export const Bilingual = z.strictObject({
  "zh-CN": z.string().min(1),
  en: z.string().min(1),
}).meta({ id: "Bilingual" });
/** `{ "zh-CN": string, en: string }` */
export type Bilingual = z.infer<typeof Bilingual>;

/** Calendar date `YYYY-MM-DD` (a real date; read in Asia/Shanghai). */
export const IsoDate = z.iso.date({ error: "date expected as YYYY-MM-DD (a real calendar date, e.g. 2025-06-30)" });

const hasAtMostTwoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

/**
 * Money in CNY yuan, a JSON number with at most 2 decimals (fen).
 * @param opts.signed allow negative amounts (a loss); default non-negative
 */
export function yuan(opts: { signed?: boolean } = {}) {
  const base = z.number({ error: "amount in yuan expected as a JSON number (e.g. 1250000.5), not text" });
  return (opts.signed ? base : base.nonnegative({ error: "amount in yuan cannot be negative" }))
    .refine(Number.isFinite, { error: "amount in yuan must be finite" })
    .refine(hasAtMostTwoDecimals, { error: "amount in yuan has at most 2 decimals (fen)" });
}

/** A ratio as a fraction 0–1 (0.05 = 5 %). Above 1 → "fraction expected; did you mean …?" */
export const Fraction = z
  .number({ error: "fraction expected as a JSON number between 0 and 1 (0.05 = 5 %)" })
  .min(0, { error: "fraction cannot be negative" })
  .max(1, {
    error: (issue) =>
      `fraction expected (0–1); did you mean ${Number(issue.input) / 100}? (0.05 = 5 %)`,
  });

/** A head count: a non-negative integer number of people. */
export const Headcount = z
  .number({ error: "number of people expected as a JSON integer" })
  .int({ error: "number of people must be a whole number" })
  .nonnegative({ error: "number of people cannot be negative" });
