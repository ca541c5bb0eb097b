/**
 * Value types shared by every schema: money in yuan, ratios as fractions, ISO dates, counts,
 * text, bilingual labels. Conventions: DESIGN.md "Conventions". Every message says what to
 * send instead, and a missing required value says "required".
 */
import * as z from "zod";

/** A text shown to people, in Simplified Chinese and English. */
export const Bilingual = z.strictObject({
  "zh-CN": z.string().min(1),
  en: z.string().min(1),
}).meta({ id: "Bilingual" });
/** `{ "zh-CN": string, en: string }` */
export type Bilingual = z.infer<typeof Bilingual>;

/** The message for a value of the wrong JSON type: "required" when absent, else what was expected. */
const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `required: ${expected}`
    : typeof issue.input === "number" && !Number.isFinite(issue.input)
      ? `${expected}; got a number too large to represent`
      : `${expected}, not ${Array.isArray(issue.input) ? "an array" : issue.input === null ? "null" : typeof issue.input === "string" ? "text" : typeof issue.input}`;

/** Text of at most `max` characters, well-formed Unicode (no unpaired surrogates). */
export function text(max: number) {
  return z
    .string({ error: typeError("text expected") })
    .min(1, { error: "must not be empty" })
    .max(max, { error: `at most ${max} characters` })
    .refine((s) => s.isWellFormed(), { error: "contains an unpaired UTF-16 surrogate (broken character); re-type the text" });
}

/** Calendar date `YYYY-MM-DD`, a real date between 1900 and 2100 (read in Asia/Shanghai). */
export const IsoDate = z
  .iso.date({ error: (issue) => (issue.input === undefined ? "required: a date as YYYY-MM-DD" : "date expected as YYYY-MM-DD (a real calendar date, e.g. 2025-06-30)") })
  .refine((d) => d >= "1900-01-01" && d <= "2100-12-31", { error: "date must be between 1900-01-01 and 2100-12-31" });

/** Digits after the decimal point of a JSON number as written (1e-9 has 9, 12.5 has 1). */
export function fractionDigits(n: number): number {
  if (Number.isInteger(n)) return 0;
  const [mantissa, exp = "0"] = String(n).toLowerCase().split("e");
  return Math.max(0, (mantissa!.split(".")[1]?.length ?? 0) - Number(exp));
}

/**
 * The largest money amount accepted: 10^13 yuan (ten trillion; the largest Chinese enterprises
 * report a few trillion). Below it every amount of at most 2 decimals has at most 15
 * significant digits, which a JSON number (a double) keeps exactly, so the fen is exact;
 * above it, e.g. 999,999,999,999,999.99 and …97 would both be read as 10^15.
 */
export const MAX_YUAN = 1e13;

/**
 * Money in CNY yuan, a JSON number with at most 2 decimals (fen).
 * @param opts.signed allow negative amounts (a loss); default non-negative
 */
export function yuan(opts: { signed?: boolean } = {}) {
  const base = z
    .number({ error: typeError("amount in yuan expected as a JSON number (e.g. 1250000.5)") })
    .max(MAX_YUAN, { error: "amount in yuan is implausibly large (over 10^13, ten trillion): check the unit (yuan, not fen)" })
    .min(-MAX_YUAN, { error: "amount in yuan is implausibly large (over 10^13, ten trillion)" });
  return (opts.signed ? base : base.nonnegative({ error: "amount in yuan cannot be negative" }))
    .refine((v) => fractionDigits(v) <= 2, { error: "amount in yuan has at most 2 decimals (fen)" });
}

/** A ratio as a fraction 0–1 (0.05 = 5 %). Above 1 → "fraction expected; did you mean …?" */
export const Fraction = z
  .number({ error: typeError("fraction expected as a JSON number between 0 and 1 (0.05 = 5 %)") })
  .min(0, { error: "fraction cannot be negative" })
  .max(1, {
    error: (issue) =>
      `fraction expected (0–1); did you mean ${Number(issue.input) / 100}? (0.05 = 5 %)`,
  });

/**
 * A count: a non-negative whole number of `what` (people, items…).
 * @param what the thing counted, for messages
 * @param max the largest plausible count
 */
export function count(what: string, max: number) {
  return z
    .number({ error: typeError(`number of ${what} expected as a JSON integer`) })
    .nonnegative({ error: `number of ${what} cannot be negative` })
    .max(max, { error: `number of ${what} is implausibly large (over ${max.toLocaleString("en-US")})`, abort: true })
    .int({ error: (i) => (Math.abs(Number(i.input)) > max ? `number of ${what} is implausibly large (over ${max.toLocaleString("en-US")})` : `number of ${what} must be a whole number`) });
}

/** A head count of people (at most 10,000,000). */
export const Headcount = count("people", 10_000_000);

/** A number of a unit such as mu, m² or points, non-negative, at most `max`. */
export function quantity(what: string, max: number) {
  return z
    .number({ error: typeError(`${what} expected as a JSON number`) })
    .nonnegative({ error: `${what} cannot be negative` })
    .max(max, { error: `${what} is implausibly large (over ${max.toLocaleString("en-US")})` });
}
