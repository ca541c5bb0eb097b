/**
 * The amount language (DESIGN.md "Amounts"): declarative, in the rule JSON, no code, no eval.
 * - `fixed`: a sum in yuan.
 * - `percentOf`: base (yuan) × rate (× further rates), then `floor` and `cap` (yuan).
 * - `perUnit`: units (mu, m², …) × rate (yuan per unit), then `floor` and `cap`.
 * - `tiers`: bands of a base value, each with its own fixed / percentOf / perUnit amount.
 * Operands name a fact, a dated rule-set parameter (e.g. the LPR in force on the evaluation
 * date), a labelled literal, or a lookup of a categorical fact in a table.
 */
import * as z from "zod";
import { Bilingual } from "../profile/index.js";
import { FactName } from "./condition.js";

/** What an amount is: paid out, tax saved, a credit ceiling, or interest paid for the firm. */
export const AmountKind = z.enum(["payment", "tax-saving", "credit-line", "interest-subsidy"]);
export type AmountKind = z.infer<typeof AmountKind>;

/** A number in a formula. */
export const Operand = z.union([
  z.number(),
  /** a fact's value, optionally divided by a whole number (e.g. months ÷ 12 = years, exactly) */
  z.strictObject({ fact: FactName, divideBy: z.number().int().positive().optional() }),
  /** a dated rule-set parameter: the value in force on the evaluation date, with the name the basis shows */
  z.strictObject({ parameter: z.string().min(1), label: Bilingual.optional() }),
  /** a literal with a name shown in the basis */
  z.strictObject({ value: z.number(), label: Bilingual }),
  /** the value of a categorical fact looked up in a table (`"true"`/`"false"` for booleans); a value not in the table is unknown */
  z.strictObject({ lookup: FactName, table: z.record(z.string(), z.number()).refine((t) => Object.keys(t).length > 0, { error: "table needs at least one entry" }) }),
]).meta({ id: "Operand" });
export type Operand = z.infer<typeof Operand>;

const clamp = {
  /** yuan: the amount is at least this */
  floor: z.number().optional(),
  /** yuan: the amount is at most this */
  cap: z.number().nonnegative().optional(),
};

const FixedFormula = z.strictObject({ type: z.literal("fixed"), value: Operand });
const PercentOfFormula = z.strictObject({
  type: z.literal("percentOf"),
  base: Operand,
  rate: z.union([Operand, z.array(Operand).min(1)]),
  ...clamp,
});
const PerUnitFormula = z.strictObject({ type: z.literal("perUnit"), units: Operand, rate: Operand, ...clamp });

/** A formula without kind: what a tier band carries. */
export const Formula = z.discriminatedUnion("type", [FixedFormula, PercentOfFormula, PerUnitFormula]);
export type Formula = z.infer<typeof Formula>;

/** A band of a tier: `from` ≤ base < `to` (either end open when left out). */
export const Band = z.strictObject({
  from: z.number().optional(),
  to: z.number().optional(),
  amount: Formula,
});

const TiersFormula = z.strictObject({ type: z.literal("tiers"), base: Operand, bands: z.array(Band).min(1) });

const common = {
  kind: AmountKind,
  /** the source gives only a lower (`floor`) or upper (`ceiling`) bound */
  bound: z.enum(["floor", "ceiling"]).optional(),
};

export const Amount = z.discriminatedUnion("type", [
  FixedFormula.extend(common),
  PercentOfFormula.extend(common),
  PerUnitFormula.extend(common),
  TiersFormula.extend(common),
]);
export type Amount = z.infer<typeof Amount>;
