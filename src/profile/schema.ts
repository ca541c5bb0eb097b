/**
 * The EnterpriseProfile: what an enterprise tells policy-match about itself.
 * Canonical field names, types and units: DESIGN.md "EnterpriseProfile (input)".
 * Money in yuan, ratios as fractions, dates as ISO dates (Asia/Shanghai).
 * Every object is strict: a misspelt field is an error, never silently dropped.
 * A field left out is unknown (not zero, not false): rules that need it are undetermined.
 * "None" is an answer: `project: null`, `loanRequest: null`, `talents: []`, `certifications: []`
 * (the measures that need them are ineligible, not undetermined).
 */
import * as z from "zod";
import { usccProblem } from "./credit-code.js";
import { isIndustryClass } from "./industry.js";
import { count, Fraction, Headcount, IsoDate, quantity, text, yuan } from "./units.js";

/** 统一社会信用代码, GB 32100-2015 (18 characters, check character verified). */
export const CreditCode = z.string({ error: (i) => (i.input === undefined ? "required: the 18-character unified social credit code" : "unified social credit code expected as text") }).superRefine((code, ctx) => {
  const problem = usccProblem(code);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** One fiscal year of accounts (yuan). */
export const FiscalYear = z.strictObject({
  /** fiscal (calendar) year, e.g. 2024 */
  year: z.number().int().min(1949).max(2100),
  /** sales (operating) revenue 销售收入/营业收入: R&D-intensity denominator, size-class revenue */
  revenue: yuan(),
  /** R&D expense 研发费用 */
  rdExpense: yuan(),
  /** of which spent in China 境内研发费用 */
  rdExpenseDomestic: yuan().optional(),
  /** revenue from high-tech products and services 高新技术产品（服务）收入 */
  highTechRevenue: yuan().optional(),
  /** total income 收入总额: denominator of the high-tech revenue share */
  totalRevenue: yuan().optional(),
  /** costs and expenses 成本费用总额 (TSME R&D option b) */
  totalCosts: yuan().optional(),
  /** 应纳税所得额 as filed (after the super-deduction); negative for a loss */
  taxableIncome: yuan({ signed: true }).optional(),
  /** year-end net assets 净资产 */
  netAssets: yuan({ signed: true }).optional(),
}).superRefine((y, ctx) => {
  const part = (key: keyof typeof y, of: keyof typeof y, what: string) => {
    const a = y[key], b = y[of];
    if (typeof a === "number" && typeof b === "number" && a > b) ctx.addIssue({ code: "custom", path: [key], message: `${what} (${a}) cannot exceed ${of} (${b})` });
  };
  part("rdExpenseDomestic", "rdExpense", "R&D spent in China");
  part("highTechRevenue", "totalRevenue", "high-tech revenue");
});
export type FiscalYear = z.infer<typeof FiscalYear>;

/** Certificate types: 高新技术企业 HNTE, 科技型中小企业 TSME (入库), 专精特新中小企业, 专精特新“小巨人”. */
export const CERTIFICATION_TYPES = ["hnte", "tsme", "specialized-sme", "little-giant"] as const;
export const CertificationType = z.enum(CERTIFICATION_TYPES, {
  error: (i) => `certificate type must be one of ${CERTIFICATION_TYPES.join(", ")} (lower case)${typeof i.input === "string" && CERTIFICATION_TYPES.includes(i.input.trim().toLowerCase() as never) ? `: did you mean "${i.input.trim().toLowerCase()}"?` : ""}`,
});

/** A certificate or database entry: `hnte`, `tsme` (one entry per year in the database), `specialized-sme`, … */
export const Certification = z.strictObject({
  type: CertificationType,
  issuedOn: IsoDate,
  validUntil: IsoDate.optional(),
}).refine((c) => c.validUntil === undefined || c.validUntil >= c.issuedOn, { error: "validUntil cannot be before issuedOn", path: ["validUntil"] });

/** A recognised high-level talent and the equity share (fraction) they hold. */
export const Talent = z.strictObject({
  tier: z.enum(["national", "provincial", "municipal"]),
  equityShare: Fraction,
});

/** An investment project on the sign-to-scale chain. */
export const Project = z.strictObject({
  fixedAssetInvestment: yuan(),
  equipmentInvestment: yuan().optional(),
  landAreaMu: quantity("land area in mu", 1_000_000).optional(),
  landTenure: z.enum(["purchased", "leased"]).optional(),
  floorAreaM2: quantity("floor area in m²", 100_000_000).optional(),
  foreignInvestmentUsd: quantity("foreign investment in USD", 1e13).optional(),
  stage: z.enum(["signed", "construction", "commissioning", "operating"]),
});

/** A loan asked for: amount in yuan, term in months. */
export const LoanRequest = z.strictObject({
  amount: yuan(),
  termMonths: count("months", 600).min(1, { error: "loan term is at least 1 month" }),
});

/** Self-declared situations. A flag left out is unknown, not false. */
export const Flags = z.strictObject({
  majorAccidentLastYear: z.boolean().optional(),
  seriousEnvironmentalViolation: z.boolean().optional(),
  seriousFraud: z.boolean().optional(),
  researchMisconduct: z.boolean().optional(),
  abnormalOperationList: z.boolean().optional(),
  seriousIllegalityList: z.boolean().optional(),
  restrictedIndustry: z.boolean().optional(),
  icEnterprise: z.boolean().optional(),
  machineToolEnterprise: z.boolean().optional(),
  pendingLitigation: z.boolean().optional(),
});
/** The names of the flags, in DESIGN.md order. */
export const FLAG_NAMES = Object.keys(Flags.shape) as (keyof z.infer<typeof Flags>)[];

/** The EnterpriseProfile of DESIGN.md. All fields optional: a missing one is unknown. */
export const EnterpriseProfile = z.strictObject({
  creditCode: CreditCode.optional(),
  name: text(200).optional(),
  registrationDate: IsoDate.optional(),
  industryCode: z
    .string()
    .refine(isIndustryClass, { error: "industry code expected as a GB/T 4754-2017 class: four digits, division 01–97 (e.g. \"3985\")" })
    .optional(),
  zone: text(100).optional(),
  sectorTags: z.array(text(50)).max(50).optional(),
  taxCollection: z.enum(["actual", "assessed"]).optional(),
  employees: Headcount.optional(),
  techStaff: Headcount.optional(),
  averageEmployees: quantity("quarterly-average employees", 10_000_000).optional(),
  totalAssets: yuan().optional(),
  averageTotalAssets: yuan().optional(),
  financials: z
    .array(FiscalYear)
    .max(20)
    .refine((ys) => ys.every((y, i) => i === 0 || y.year > ys[i - 1]!.year), {
      error: "financials must be in increasing year order, one entry per year, most recent last",
    })
    .optional(),
  hnteAssessmentScore: quantity("score (0–100)", 100).optional(),
  innovationPoints: quantity("innovation points (0–100)", 100).optional(),
  intellectualProperty: z.strictObject({ classI: count("Class I IP items", 1_000_000), classII: count("Class II IP items", 1_000_000) }).optional(),
  certifications: z.array(Certification).max(50).optional(),
  talents: z.array(Talent).max(50).optional(),
  /** `null`: no investment project (the measures for projects are ineligible); left out: unknown */
  project: Project.nullable().optional(),
  /** `null`: no loan needed (the loan measures are ineligible); left out: unknown */
  loanRequest: LoanRequest.nullable().optional(),
  annualTaxPaid: yuan().optional(),
  flags: Flags.optional(),
}, {
  error: (i) => (i.code !== "invalid_type" ? undefined : i.input === undefined ? "required: the enterprise profile, a JSON object" : "the enterprise profile must be a JSON object"),
}).refine((p) => !(typeof p.techStaff === "number" && typeof p.employees === "number" && p.employees >= 0 && p.techStaff > p.employees), {
  error: "techStaff (S&T staff) cannot exceed employees",
  path: ["techStaff"],
});
/** A validated enterprise profile. */
export type EnterpriseProfile = z.infer<typeof EnterpriseProfile>;
