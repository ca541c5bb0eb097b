/**
 * The amount language (DESIGN.md "Amounts"): declarative, in the rule JSON, no code, no eval.
 * - `fixed`: a sum in yuan.
 * - `percentOf`: base × rate (× further rates), then `floor` and `cap` (yuan).
 * Operands name a fact, a dated rule-set parameter, or a literal with a bilingual label.
 */
import * as z from "zod";
import { Bilingual } from "../profile/index.js";
import { FactName } from "./condition.js";

/** What an amount is: paid out, tax saved, a credit ceiling, or interest paid for the firm. */
export const AmountKind = z.enum(["payment", "tax-saving", "credit-line", "interest-subsidy"]);
export type AmountKind = z.infer<typeof AmountKind>;

/** A number in a formula: literal, fact (`{ fact }`), dated parameter (`{ parameter }`), or labelled literal. */
export const Operand = z.union([
  z.number(),
  z.strictObject({ fact: FactName }),
  z.strictObject({ parameter: z.string().min(1) }),
  z.strictObject({ value: z.number(), label: Bilingual }),
]);
export type Operand = z.infer<typeof Operand>;

const common = {
  kind: AmountKind,
  /** the source gives only a lower (`floor`) or upper (`ceiling`) bound */
  bound: z.enum(["floor", "ceiling"]).optional(),
};

/** A fixed sum (yuan). */
export const FixedAmount = z.strictObject({ type: z.literal("fixed"), value: z.number().nonnegative(), ...common });

/** base × rate(s), clamped to [floor, cap] (yuan). Rates are fractions (0.05 = 5 %). */
export const PercentOfAmount = z.strictObject({
  type: z.literal("percentOf"),
  base: Operand,
  rate: z.union([Operand, z.array(Operand).min(1)]),
  floor: z.number().optional(),
  cap: z.number().nonnegative().optional(),
  ...common,
});

export const Amount = z.discriminatedUnion("type", [FixedAmount, PercentOfAmount]);
export type Amount = z.infer<typeof Amount>;
