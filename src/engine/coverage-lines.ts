/**
 * Where a case's value sits against a threshold, for coverage (coverage.ts): at the line, just
 * below it or just above it, "just" being one step of the fact's unit — one fen for yuan (and
 * one cent for US dollars), one hundredth for mu and m², 0.0001 for fractions, one for people,
 * points, items, months and years, one day for dates. `below` means line − step ≤ value < line,
 * `above` line < value ≤ line + step: a case at 69.99 innovation points sits just below 70.
 * A side no profile can reach (just below 0 of a sum that cannot be negative, just above a
 * score's 100) is left out (`possible`).
 */
import type * as z from "zod";
import { daysBetween, EnterpriseProfile, type FactDef, type FactUnit, FiscalYear } from "../profile/index.js";

/** One step of each unit. */
export const STEP: Readonly<Record<FactUnit, number>> = {
  yuan: 0.01, usd: 0.01, mu: 0.01, m2: 0.01, fraction: 0.0001,
  people: 1, points: 1, items: 1, months: 1, years: 1, year: 1, days: 1,
};

/** The step of a fact: its unit's, one day for a date, one for a whole number, else 0.0001. */
export function stepOf(def: FactDef): number {
  if (def.type === "date") return 1;
  if (def.unit) return STEP[def.unit];
  return def.type === "integer" ? 1 : 0.0001;
}

/** Where a value sits against a line. */
export type Side = "at" | "below" | "above";

/**
 * @param value the case's value of the fact; @param line the threshold; @param step `stepOf` the fact
 * @returns the side within one step, or undefined when the value is farther away (or not comparable)
 */
export function sideOf(value: unknown, line: number | string, step: number, def: FactDef): Side | undefined {
  let steps: number;
  if (def.type === "date") {
    if (typeof value !== "string" || typeof line !== "string") return undefined;
    steps = daysBetween(line, value);
  } else {
    if (typeof value !== "number" || typeof line !== "number") return undefined;
    steps = Math.round(((value - line) / step) * 1e6) / 1e6; // exact to far below a step: 0.57 − 0.56 is 1 fen, not 0.99999…
  }
  return steps === 0 ? "at" : steps >= -1 && steps < 0 ? "below" : steps > 0 && steps <= 1 ? "above" : undefined;
}

/** The profile field schema behind an input fact (`lastYear.x` is the latest `financials` entry's `x`), when there is one. */
function fieldSchema(name: string): z.ZodType | undefined {
  const [head, tail] = name.split(".") as [string, string | undefined];
  if (head === "lastYear") return tail === undefined ? undefined : (FiscalYear.shape as Record<string, z.ZodType>)[tail];
  let s = (EnterpriseProfile.shape as Record<string, z.ZodType>)[head];
  if (tail === undefined) return s;
  while (s && !("shape" in s) && "unwrap" in s) s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
  return s && "shape" in s ? (s.shape as Record<string, z.ZodType>)[tail] : undefined;
}

/** Units whose values are never negative (a fraction is at most 1 too). */
const NON_NEGATIVE = new Set<FactUnit>(["fraction", "people", "points", "items", "months", "years", "days", "mu", "m2", "usd"]);

/**
 * Whether some profile can give the fact this value: the profile field's schema accepts it
 * (input facts), or it lies in the unit's range (derived facts); dates always.
 */
export function possible(def: FactDef, value: number | string): boolean {
  if (typeof value !== "number") return true;
  const schema = fieldSchema(def.name);
  if (schema) return schema.safeParse(value).success;
  if (def.unit === "fraction") return value >= 0 && value <= 1;
  return !(def.unit && NON_NEGATIVE.has(def.unit) && value < 0);
}

/** The values just below and just above a line (one step away), and the line itself, by side. */
export function probes(line: number | string, step: number): Record<Side, number | string> {
  if (typeof line === "string") return { at: line, below: line, above: line };
  const round = (v: number) => Math.round(v * 1e9) / 1e9;
  return { at: line, below: round(line - step), above: round(line + step) };
}
