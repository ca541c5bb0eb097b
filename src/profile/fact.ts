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

/**
 * The value of a fact about something the firm says it does not have: `project: null` (no
 * investment project), `loanRequest: null` (no loan needed), `talents: []` (no recognised
 * talent). Known, unlike `undefined` (unknown): every condition on it is false, whatever its
 * operator, so the measures that need the thing are ineligible, never undetermined (DESIGN.md
 * "EnterpriseProfile", "(none)"). Never serialized: answers show it as `null` with a sentence.
 */
export const ABSENT: unique symbol = Symbol("absent");

/**
 * How a firm would move a fact to meet a threshold, for near-misses: the only direction it
 * would move it for a measure (more R&D, S&T staff, high-tech revenue, investment, points; never
 * fewer people, less profit or fewer assets) and how far is plausible within a year. A gap is
 * offered only when it is at most `relative` × the field's current value **and** at most
 * `absolute`: a firm that has none of the thing (no R&D, no S&T staff) is not near.
 * The values and their reasons: levers.ts (docs/decisions.md, "Near-misses").
 */
export interface Lever {
  direction: "increase";
  /** the profile field the firm changes, e.g. `financials[].rdExpense`, `techStaff` */
  field: string;
  /** the unit of the change: yuan, people, points, items */
  unit: FactUnit;
  /** the change is at most this fraction of the field's current value (0.25 = +25 %) */
  relative: number;
  /** …and at most this much, in `unit` */
  absolute: number;
  /** why these bounds, for people reading the registry */
  reason: string;
}

/** A fact a rule may name. `get` returns `undefined` when the fact is unknown, `ABSENT` when the firm said it has none of the thing. */
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
  /** for a fact that can be ABSENT: what the firm said, e.g. "no investment project declared" */
  absent?: Bilingual;
  /** how a firm would move it to meet a threshold; none: no near-miss ever asks to change it */
  lever?: Lever;
  get(ctx: FactContext): unknown;
}

/** Builds a bilingual label. */
export const label = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, en });
