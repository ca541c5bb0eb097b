/**
 * The `incomeTax` block of an answer: the firm's income tax for the fiscal year, with and
 * without its incentives, and each incentive's share of the saving (package.ts), so a finance
 * manager can check it by hand. Amounts in yuan.
 */
import * as z from "zod";
import { Bilingual } from "../../profile/index.js";
import type { RuleSet } from "../../ruleset/schema.js";
import type { TaxPackage } from "./package.js";

/** One incentive's part of the saving. */
export const IncomeTaxShare = z.object({
  measureId: z.string(),
  /** `deduction`: from taxable income; `regime`: the rate */
  role: z.enum(["deduction", "regime"]),
  /** yuan: its share of `saving`; for an indicative measure the further saving if confirmed; null when it cannot be priced (undetermined) */
  amount: z.number().nullable(),
  /** counted in `saving` (not indicative unless received, not undetermined), and in `totals.taxSaving` unless received */
  counted: z.boolean(),
  /** already received for the fiscal year (the request's `received`): the firm has it, so it is part of the tax computed but not of `totals.taxSaving` */
  received: z.boolean(),
});
export type IncomeTaxShare = z.infer<typeof IncomeTaxShare>;

/**
 * The income tax computed once, for the package (DESIGN.md "Amounts"): taxable income as filed
 * plus the counted deductions is the taxable income before incentives; the tax without
 * incentives is the general rate on it; the tax with them is the chosen regime's (or the general
 * rate's) on taxable income as filed; `saving` is the difference, which the counted shares add
 * up to; `totals.taxSaving` includes those not already received (a regime already received is
 * the one chosen). Every sum in yuan; negative incomes are losses.
 */
export const IncomeTax = z.object({
  /** the fiscal year of the taxable income (null when unknown) */
  fiscalYear: z.number().int().nullable(),
  /** 应纳税所得额 before the incentives: taxableIncome + deductions */
  taxableIncomeBeforeIncentives: z.number(),
  /** the counted deductions from taxable income (e.g. the R&D super-deduction) */
  deductions: z.number(),
  /** 应纳税所得额 as filed, after the deductions */
  taxableIncome: z.number(),
  /** the general rate (fraction, 0.25: 企业所得税法 第四条) */
  generalRate: z.number(),
  /** the rate regime chosen (a measure id: the lowest tax, or the one already received), or null: the general rate */
  regime: z.string().nullable(),
  /** the general rate on the taxable income before incentives (0 for a loss) */
  taxWithoutIncentives: z.number(),
  /** the chosen regime's tax on taxable income as filed */
  taxWithIncentives: z.number(),
  /** taxWithoutIncentives − taxWithIncentives: the sum of the counted shares (received ones included) */
  saving: z.number(),
  /** the incentives' shares, in catalogue order (regimes excluded by the chosen one are not listed) */
  shares: z.array(IncomeTaxShare),
  /** the computation with the numbers filled in */
  basis: Bilingual,
}).meta({ id: "IncomeTax" });
export type IncomeTax = z.infer<typeof IncomeTax>;

/** The block in an answer without explanations (`explain=none`): no basis. */
export const IncomeTaxDecision = IncomeTax.omit({ basis: true }).meta({ id: "IncomeTaxDecision" });
export type IncomeTaxDecision = z.infer<typeof IncomeTaxDecision>;

const yuan = (fen: number) => fen / 100;

/** The block of a package, without texts. @param fiscalYear the year of the taxable income, when known */
export function incomeTaxDecision(pkg: TaxPackage, ruleset: RuleSet, fiscalYear: number | undefined): IncomeTaxDecision {
  const id = (i: number) => ruleset.measures[i]!.id;
  return {
    fiscalYear: fiscalYear ?? null,
    taxableIncomeBeforeIncentives: yuan(pkg.before),
    deductions: yuan(pkg.deducted),
    taxableIncome: yuan(pkg.income),
    generalRate: ruleset.incomeTax!.generalRate,
    regime: pkg.regime < 0 ? null : id(pkg.regime),
    taxWithoutIncentives: yuan(pkg.taxWithout),
    taxWithIncentives: yuan(pkg.taxWith),
    saving: yuan(pkg.saving),
    shares: pkg.shares.filter((s) => s.excludedBy < 0).map((s) => ({ measureId: id(s.index), role: s.role, amount: s.amount === undefined ? null : yuan(s.amount), counted: s.counted, received: s.received })),
  };
}

/**
 * The heading of the computation: the fiscal year and the accounts it is computed from (the
 * same year: `incomeTax.fiscalYear` is the last fiscal year of the accounts), e.g.
 * "2025年度企业所得税测算（按2025年度账目）" / "Income tax for fiscal 2025, from the 2025 accounts".
 */
export function incomeTaxHeading(fiscalYear: number | null): Bilingual {
  return fiscalYear === null
    ? { "zh-CN": "企业所得税测算（按最近会计年度账目）", en: "Income tax, from the accounts of the last fiscal year" }
    : { "zh-CN": `${fiscalYear}年度企业所得税测算（按${fiscalYear}年度账目）`, en: `Income tax for fiscal ${fiscalYear}, from the ${fiscalYear} accounts` };
}
