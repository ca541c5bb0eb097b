/**
 * The amount language (DESIGN.md "Amounts"): declarative, in the rule JSON, no code, no eval.
 * - `fixed`: a sum in yuan.
 * - `percentOf`: base (yuan) × rate (× further rates), then `floor` and `cap` (yuan).
 * - `perUnit`: units (mu, m², …) × rate (yuan per unit), then `floor` and `cap`.
 * - `tiers`: bands of a base value, each with its own fixed / percentOf / perUnit amount.
 * - `deduction`: a deduction from taxable income, base (yuan) × rate (× further rates), e.g.
 *   last year's R&D × the super-deduction rate.
 * - `rateRegime`: an income-tax rate regime, taxable income × rate (× further rates), e.g.
 *   the HNTE 15 %, or the SLPE's 25 % of income taxed at 20 %.
 * Deductions and rate regimes are not priced one by one: the engine computes the firm's income
 * tax once, for the package, with the rule set's `incomeTax` (general rate, taxable income),
 * and each measure's tax saving is its share (DESIGN.md "Amounts"; src/engine/income-tax/).
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

const Rates = z.union([Operand, z.array(Operand).min(1)]);

/**
 * A deduction from taxable income: `base` × `rate` (× further rates), in yuan, e.g. last
 * year's R&D × the super-deduction rate (财政部 税务总局公告2023年第7号). Its tax saving is its
 * share of the income-tax package, at the general rate, never more than the income it absorbs.
 */
export const DeductionAmount = z.strictObject({ type: z.literal("deduction"), kind: z.literal("tax-saving"), base: Operand, rate: Rates });
export type DeductionAmount = z.infer<typeof DeductionAmount>;

/**
 * An income-tax rate regime: taxable income × `rate` (× further rates), e.g. 0.15 for a
 * certified HNTE (企业所得税法 第二十八条) or [0.25, 0.2] for the SLPE relief (25 % of income
 * taxed at 20 %, 公告2023年第12号). The regimes of a rule set cannot be combined: the engine takes
 * the one with the lowest tax, and its saving over the general rate is its share.
 */
export const RateRegimeAmount = z.strictObject({ type: z.literal("rateRegime"), kind: z.literal("tax-saving"), rate: Rates });
export type RateRegimeAmount = z.infer<typeof RateRegimeAmount>;

export const Amount = z.discriminatedUnion("type", [
  FixedFormula.extend(common),
  PercentOfFormula.extend(common),
  PerUnitFormula.extend(common),
  TiersFormula.extend(common),
  DeductionAmount,
  RateRegimeAmount,
]);
export type Amount = z.infer<typeof Amount>;

/** An amount the income-tax package prices (a deduction or a rate regime), rather than the measure alone. */
export type IncomeTaxAmount = DeductionAmount | RateRegimeAmount;
/** An amount a measure has on its own: fixed, percentOf, perUnit, tiers. */
export type StandaloneAmount = Exclude<Amount, IncomeTaxAmount>;

/** `true` for a deduction or a rate regime: priced by the income-tax package. */
export const isIncomeTaxAmount = (a: Amount | undefined): a is IncomeTaxAmount => a?.type === "deduction" || a?.type === "rateRegime";

/** Its rates as a list. */
export const ratesOf = (rate: z.infer<typeof Rates>): Operand[] => (Array.isArray(rate) ? rate : [rate]);

/** What a deduction or rate regime multiplies: a deduction's base and rates; a regime's rates (taxable income comes first). */
export const operandsOf = (a: IncomeTaxAmount): Operand[] => (a.type === "deduction" ? [a.base, ...ratesOf(a.rate)] : ratesOf(a.rate));

/**
 * The income tax a rule set's deductions and rate regimes act on (DESIGN.md "Amounts"): the
 * fiscal year and the taxable income (应纳税所得额 as filed, after the deductions; negative for a
 * loss), both facts, and the general rate with its source (企业所得税法 第四条: 25 %).
 */
export const IncomeTax = z.strictObject({
  /** the fact giving the fiscal year of `taxableIncome`, e.g. `lastYear.year` */
  fiscalYear: FactName,
  /** the fact giving taxable income as filed (yuan), e.g. `lastYear.taxableIncome` */
  taxableIncome: FactName,
  /** the general rate, a fraction (0.25) */
  generalRate: z.number().min(0).max(1),
  /** where the general rate comes from, e.g. "中华人民共和国企业所得税法 第四条" */
  clause: z.string().min(1),
});
export type IncomeTax = z.infer<typeof IncomeTax>;
