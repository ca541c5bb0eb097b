/**
 * Facts read straight from the EnterpriseProfile, under flat names
 * (`lastYear.revenue` is `financials[-1].revenue`). DESIGN.md "EnterpriseProfile (input)".
 * Labels of fields read as they are come from the data dictionary; the `lastYear.*` facts say
 * "last year's" and have their own. A lever says how a firm would move a fact for a measure
 * (levers.ts); a project's and a loan's facts are ABSENT when the firm said it has none.
 */
import { lastYear } from "./derived/ratios.js";
import { ABSENT, type FactDef, type FactType, type FactUnit, label } from "./fact.js";
import { fieldText } from "./dictionary/index.js";
import { investment, RD_LAST_YEAR, score } from "./levers.js";
import { type EnterpriseProfile, FLAG_NAMES, type FiscalYear } from "./schema.js";

/** What a fact may add: its lever, and what it says of a firm that has none of the thing. */
type More = Pick<FactDef, "lever" | "absent">;

/** A fact of its own label (the last fiscal year's figures). */
const input = (name: string, type: FactType, unit: FactUnit, zh: string, en: string, get: (p: EnterpriseProfile) => unknown, more: More = {}): FactDef =>
  ({ name, type, unit, label: label(zh, en), derived: false, get: ({ profile }) => get(profile), ...more });

/**
 * A fact that is a profile field of the same path: its label and the words for its values are
 * the data dictionary's (src/profile/dictionary/); a coded field's values are the allowed ones.
 */
const field = (name: string, type: FactType, unit: FactUnit | undefined, get: (p: EnterpriseProfile) => unknown, closed = false, more: More = {}): FactDef => {
  const t = fieldText(name);
  return {
    name, type, unit, label: t.label, derived: false, get: ({ profile }) => get(profile),
    ...(t.values ? { valueLabels: t.values, ...(closed ? { values: Object.keys(t.values) } : {}) } : {}),
    ...more,
  };
};

const NO_PROJECT = label("未申报投资项目", "no investment project declared");
const NO_LOAN = label("不需要贷款", "no loan needed");

/** A field of the project: ABSENT when the firm said it has none (`project: null`). */
const ofProject = <K extends keyof NonNullable<EnterpriseProfile["project"]>>(key: K) => (p: EnterpriseProfile) =>
  p.project === null ? ABSENT : p.project?.[key];
/** A field of the loan request: ABSENT when the firm said it needs none (`loanRequest: null`). */
const ofLoan = <K extends keyof NonNullable<EnterpriseProfile["loanRequest"]>>(key: K) => (p: EnterpriseProfile) =>
  p.loanRequest === null ? ABSENT : p.loanRequest?.[key];

const FISCAL: ReadonlyArray<readonly [keyof FiscalYear, FactType, FactUnit, string, string]> = [
  ["year", "integer", "year", "最近会计年度", "last fiscal year"],
  ["revenue", "number", "yuan", "上年度销售收入", "last year's sales revenue"],
  ["rdExpense", "number", "yuan", "上年度研发费用", "last year's R&D expense"],
  ["rdExpenseDomestic", "number", "yuan", "上年度境内研发费用", "last year's R&D spent in China"],
  ["highTechRevenue", "number", "yuan", "上年度高新技术产品（服务）收入", "last year's high-tech product and service revenue"],
  ["totalRevenue", "number", "yuan", "上年度收入总额", "last year's total income"],
  ["totalCosts", "number", "yuan", "上年度成本费用总额", "last year's costs and expenses"],
  ["taxableIncome", "number", "yuan", "上年度应纳税所得额", "last year's taxable income"],
  ["netAssets", "number", "yuan", "上年末净资产", "net assets at last year-end"],
];

/** Every input fact. */
export const INPUT_FACTS: readonly FactDef[] = [
  field("creditCode", "string", undefined, (p) => p.creditCode),
  field("name", "string", undefined, (p) => p.name),
  field("registrationDate", "date", undefined, (p) => p.registrationDate),
  field("industryCode", "string", undefined, (p) => p.industryCode),
  field("zone", "string", undefined, (p) => p.zone),
  field("sectorTags", "string[]", undefined, (p) => p.sectorTags),
  field("taxCollection", "string", undefined, (p) => p.taxCollection, true),
  field("employees", "integer", "people", (p) => p.employees),
  field("techStaff", "integer", "people", (p) => p.techStaff),
  field("averageEmployees", "number", "people", (p) => p.averageEmployees),
  field("totalAssets", "number", "yuan", (p) => p.totalAssets),
  field("averageTotalAssets", "number", "yuan", (p) => p.averageTotalAssets),
  ...FISCAL.map(([key, type, unit, zh, en]) =>
    input(`lastYear.${key}`, type, unit, zh, en, (p) => lastYear(p)?.[key], key === "rdExpense" ? { lever: RD_LAST_YEAR } : {}),
  ),
  field("hnteAssessmentScore", "number", "points", (p) => p.hnteAssessmentScore, false, { lever: score("hnteAssessmentScore") }),
  field("innovationPoints", "number", "points", (p) => p.innovationPoints, false, { lever: score("innovationPoints") }),
  field("intellectualProperty.classI", "integer", "items", (p) => p.intellectualProperty?.classI),
  field("intellectualProperty.classII", "integer", "items", (p) => p.intellectualProperty?.classII),
  field("project.fixedAssetInvestment", "number", "yuan", ofProject("fixedAssetInvestment"), false, { absent: NO_PROJECT, lever: investment("project.fixedAssetInvestment") }),
  field("project.equipmentInvestment", "number", "yuan", ofProject("equipmentInvestment"), false, { absent: NO_PROJECT, lever: investment("project.equipmentInvestment") }),
  field("project.landAreaMu", "number", "mu", ofProject("landAreaMu"), false, { absent: NO_PROJECT }),
  field("project.landTenure", "string", undefined, ofProject("landTenure"), true, { absent: NO_PROJECT }),
  field("project.floorAreaM2", "number", "m2", ofProject("floorAreaM2"), false, { absent: NO_PROJECT }),
  field("project.foreignInvestmentUsd", "number", "usd", ofProject("foreignInvestmentUsd"), false, { absent: NO_PROJECT }),
  field("project.stage", "string", undefined, ofProject("stage"), true, { absent: NO_PROJECT }),
  field("loanRequest.amount", "number", "yuan", ofLoan("amount"), false, { absent: NO_LOAN }),
  field("loanRequest.termMonths", "integer", "months", ofLoan("termMonths"), false, { absent: NO_LOAN }),
  field("annualTaxPaid", "number", "yuan", (p) => p.annualTaxPaid),
  ...FLAG_NAMES.map((key) => field(`flags.${key}`, "boolean", undefined, (p) => p.flags?.[key])),
];
