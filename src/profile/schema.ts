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
import { fieldDescription } from "./dictionary/index.js";
import { hnteTermEnd } from "./hnte-term.js";
import { isIndustryClass } from "./industry.js";
import { count, Fraction, Headcount, IsoDate, quantity, text, yuan } from "./units.js";

/** The schema with the data dictionary's text for `path` as its description (OpenAPI, docs/data-dictionary.md). */
const about = <T extends z.ZodType>(path: string, schema: T): T => schema.meta({ description: fieldDescription(path) });

/** 统一社会信用代码, GB 32100-2015 (18 characters, check character verified). */
export const CreditCode = z.string({ error: (i) => (i.input === undefined ? "required: the 18-character unified social credit code" : "unified social credit code expected as text") }).superRefine((code, ctx) => {
  const problem = usccProblem(code);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** One fiscal year of accounts (yuan). */
export const FiscalYear = z.strictObject({
  /** fiscal (calendar) year, e.g. 2024 */
  year: about("financials[].year", z.number().int().min(1949).max(2100)),
  /** sales (operating) revenue 销售收入/营业收入: R&D-intensity denominator, size-class revenue */
  revenue: about("financials[].revenue", yuan()),
  /** R&D expense 研发费用 */
  rdExpense: about("financials[].rdExpense", yuan()),
  /** of which spent in China 境内研发费用 */
  rdExpenseDomestic: about("financials[].rdExpenseDomestic", yuan().optional()),
  /** revenue from high-tech products and services 高新技术产品（服务）收入 */
  highTechRevenue: about("financials[].highTechRevenue", yuan().optional()),
  /** total income 收入总额: denominator of the high-tech revenue share */
  totalRevenue: about("financials[].totalRevenue", yuan().optional()),
  /** costs and expenses 成本费用总额 (TSME R&D option b) */
  totalCosts: about("financials[].totalCosts", yuan().optional()),
  /** 应纳税所得额 as filed (after the super-deduction); negative for a loss */
  taxableIncome: about("financials[].taxableIncome", yuan({ signed: true }).optional()),
  /** year-end net assets 净资产 */
  netAssets: about("financials[].netAssets", yuan({ signed: true }).optional()),
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

/**
 * Why an HNTE certificate's `validUntil` past its term is refused (国科发火〔2016〕32号 第九条:
 * three years from issue; the last day is the third anniversary, hnte-term.ts).
 */
const hnteTermMessage = (issuedOn: string, validUntil: string) =>
  `an HNTE certificate is valid for three years from the date of issue (国科发火〔2016〕32号 第九条): one issued on ${issuedOn} is valid until ${hnteTermEnd(issuedOn)} at the latest, not ${validUntil}; check the dates printed on the certificate, or leave validUntil out`;

/**
 * A certificate or database entry: `hnte`, `tsme` (one entry per year in the database),
 * `specialized-sme`, … `validUntil` (the last valid day) is not before `issuedOn` and, for an
 * HNTE certificate, not after its three-year term (hnte-term.ts, 国科发火〔2016〕32号 第九条).
 */
export const Certification = z.strictObject({
  type: about("certifications[].type", CertificationType),
  issuedOn: about("certifications[].issuedOn", IsoDate),
  validUntil: about("certifications[].validUntil", IsoDate.optional()),
}).superRefine((c, ctx) => {
  if (c.validUntil === undefined) return;
  if (c.validUntil < c.issuedOn) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "validUntil cannot be before issuedOn" });
  else if (c.type === "hnte" && c.validUntil > hnteTermEnd(c.issuedOn)) {
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: hnteTermMessage(c.issuedOn, c.validUntil) });
  }
});

/** A recognised high-level talent and the equity share (fraction) they hold. */
export const Talent = z.strictObject({
  tier: about("talents[].tier", z.enum(["national", "provincial", "municipal"])),
  equityShare: about("talents[].equityShare", Fraction),
});

/**
 * Where the equity shares held by the talents listed pass the whole enterprise: the index of
 * the share at which their running total first exceeds 1, and the total of them all (a
 * fraction); undefined when they fit. Each talent is a different person, so their shares add
 * up. A tolerance of 1e-9 lets decimal shares that make exactly 1 (0.1 + 0.2 + 0.7, which
 * doubles add to 1.0000000000000002) fit.
 */
export function equityOverflow(shares: readonly number[]): { index: number; total: number } | undefined {
  let running = 0;
  let index = -1;
  shares.forEach((s, i) => {
    running += s;
    if (index < 0 && running > 1 + 1e-9) index = i;
  });
  return index < 0 ? undefined : { index, total: running };
}

/** The total of the shares as a percentage, e.g. 1.8 → "180 %" (two decimals at most). */
export const percentOf = (fraction: number) => `${Math.round(fraction * 10_000) / 100} %`;

/** The talents of a profile: their equity shares together are at most the whole enterprise. */
const Talents = z.array(Talent).max(50).superRefine((talents, ctx) => {
  const shares = talents.map((t) => t.equityShare);
  if (!shares.every((s) => s >= 0 && s <= 1)) return; // a share out of 0–1 has its own message (Fraction)
  const over = equityOverflow(shares);
  if (!over) return;
  ctx.addIssue({
    code: "custom",
    path: [over.index, "equityShare"],
    message: `the talents' equity shares add up to ${percentOf(over.total)} (${Math.round(over.total * 1e6) / 1e6}), more than the whole enterprise: each share is the fraction that talent holds (0.3 = 30 %); check this share and those listed before it`,
  });
});

/** An investment project on the sign-to-scale chain. */
export const Project = z.strictObject({
  fixedAssetInvestment: about("project.fixedAssetInvestment", yuan()),
  equipmentInvestment: about("project.equipmentInvestment", yuan().optional()),
  landAreaMu: about("project.landAreaMu", quantity("land area in mu", 1_000_000).optional()),
  landTenure: about("project.landTenure", z.enum(["purchased", "leased"]).optional()),
  floorAreaM2: about("project.floorAreaM2", quantity("floor area in m²", 100_000_000).optional()),
  foreignInvestmentUsd: about("project.foreignInvestmentUsd", quantity("foreign investment in USD", 1e13).optional()),
  stage: about("project.stage", z.enum(["signed", "construction", "commissioning", "operating"])),
});

/** A loan asked for: amount in yuan, term in months. */
export const LoanRequest = z.strictObject({
  amount: about("loanRequest.amount", yuan()),
  termMonths: about("loanRequest.termMonths", count("months", 600).min(1, { error: "loan term is at least 1 month" })),
});

/** Self-declared situations. A flag left out is unknown, not false. */
export const Flags = z.strictObject({
  majorAccidentLastYear: about("flags.majorAccidentLastYear", z.boolean().optional()),
  seriousEnvironmentalViolation: about("flags.seriousEnvironmentalViolation", z.boolean().optional()),
  seriousFraud: about("flags.seriousFraud", z.boolean().optional()),
  researchMisconduct: about("flags.researchMisconduct", z.boolean().optional()),
  abnormalOperationList: about("flags.abnormalOperationList", z.boolean().optional()),
  seriousIllegalityList: about("flags.seriousIllegalityList", z.boolean().optional()),
  restrictedIndustry: about("flags.restrictedIndustry", z.boolean().optional()),
  icEnterprise: about("flags.icEnterprise", z.boolean().optional()),
  machineToolEnterprise: about("flags.machineToolEnterprise", z.boolean().optional()),
  pendingLitigation: about("flags.pendingLitigation", z.boolean().optional()),
});
/** The names of the flags, in DESIGN.md order. */
export const FLAG_NAMES = Object.keys(Flags.shape) as (keyof z.infer<typeof Flags>)[];

/** The EnterpriseProfile of DESIGN.md. All fields optional: a missing one is unknown. */
export const EnterpriseProfile = z.strictObject({
  creditCode: about("creditCode", CreditCode.optional()),
  name: about("name", text(200).optional()),
  registrationDate: about("registrationDate", IsoDate.optional()),
  industryCode: about("industryCode", z
    .string()
    .refine(isIndustryClass, { error: "industry code expected as a GB/T 4754-2017 class: four digits, division 01–97 (e.g. \"3985\")" })
    .optional()),
  zone: about("zone", text(100).optional()),
  sectorTags: about("sectorTags", z.array(text(50)).max(50).optional()),
  taxCollection: about("taxCollection", z.enum(["actual", "assessed"]).optional()),
  employees: about("employees", Headcount.optional()),
  techStaff: about("techStaff", Headcount.optional()),
  averageEmployees: about("averageEmployees", quantity("quarterly-average employees", 10_000_000).optional()),
  totalAssets: about("totalAssets", yuan().optional()),
  averageTotalAssets: about("averageTotalAssets", yuan().optional()),
  financials: about("financials", z
    .array(FiscalYear)
    .max(20)
    .refine((ys) => ys.every((y, i) => i === 0 || y.year > ys[i - 1]!.year), {
      error: "financials must be in increasing year order, one entry per year, most recent last",
    })
    .optional()),
  hnteAssessmentScore: about("hnteAssessmentScore", quantity("score (0–100)", 100).optional()),
  innovationPoints: about("innovationPoints", quantity("innovation points (0–100)", 100).optional()),
  intellectualProperty: about("intellectualProperty", z.strictObject({
    classI: about("intellectualProperty.classI", count("Class I IP items", 1_000_000)),
    classII: about("intellectualProperty.classII", count("Class II IP items", 1_000_000)),
  }).optional()),
  certifications: about("certifications", z.array(Certification).max(50).optional()),
  talents: about("talents", Talents.optional()),
  /** `null`: no investment project (the measures for projects are ineligible); left out: unknown */
  project: about("project", Project.nullable().optional()),
  /** `null`: no loan needed (the loan measures are ineligible); left out: unknown */
  loanRequest: about("loanRequest", LoanRequest.nullable().optional()),
  annualTaxPaid: about("annualTaxPaid", yuan().optional()),
  flags: about("flags", Flags.optional()),
}, {
  error: (i) => (i.code !== "invalid_type" ? undefined : i.input === undefined ? "required: the enterprise profile, a JSON object" : "the enterprise profile must be a JSON object"),
}).refine((p) => !(typeof p.techStaff === "number" && typeof p.employees === "number" && p.employees >= 0 && p.techStaff > p.employees), {
  error: "techStaff (S&T staff) cannot exceed employees",
  path: ["techStaff"],
});
/** A validated enterprise profile. */
export type EnterpriseProfile = z.infer<typeof EnterpriseProfile>;
