/**
 * What a fact is: a named value a rule may test, with its type, unit and bilingual label.
 * The registry (registry.ts) lists every one; rule lint refuses any other name.
 */
import type { EnterpriseProfile } from "./schema.js";
import type { Bilingual } from "./units.js";

/** JSON type of a fact's value. `date` is an ISO `YYYY-MM-DD` string. */
export type FactType = "number" | "integer" | "boolean" | "string" | "date" | "string[]";

/** Unit of a numeric fact: money in yuan, ratios as fractions, … (DESIGN.md "Conventions"); `year` is a calendar year, `years` a duration. */
export type FactUnit =
  | "yuan" | "fraction" | "people" | "days" | "points" | "items" | "mu" | "m2" | "usd" | "months" | "years" | "year";

/** The evaluation context: the validated profile and the evaluation date (ISO, Asia/Shanghai). */
export interface FactContext {
  profile: EnterpriseProfile;
  asOf: string;
}

/** A fact a rule may name. `get` returns `undefined` when the fact is unknown. */
export interface FactDef {
  /** camelCase name, dotted for nested profile fields (`lastYear.revenue`, `flags.icEnterprise`) */
  name: string;
  type: FactType;
  unit?: FactUnit;
  /** allowed values of a string fact */
  values?: readonly string[];
  /** the words for its coded values (`small` → 小型 / small), shown instead of the codes */
  valueLabels?: Readonly<Record<string, Bilingual>>;
  label: Bilingual;
  /** computed from other fields (reported in `derived`), not entered */
  derived: boolean;
  /** where the definition comes from (document and clause), for derived facts */
  source?: string;
  get(ctx: FactContext): unknown;
}

/** Builds a bilingual label. */
export const label = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, en });
