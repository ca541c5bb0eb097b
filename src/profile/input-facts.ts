/**
 * Facts read straight from the EnterpriseProfile, under flat names
 * (`lastYear.revenue` is `financials[-1].revenue`). DESIGN.md "EnterpriseProfile (input)".
 */
import { lastYear } from "./derived/ratios.js";
import { ABSENT, type FactDef, type FactType, type FactUnit, label } from "./fact.js";
import { investment, RD_LAST_YEAR, score } from "./levers.js";
import type { EnterpriseProfile, FiscalYear } from "./schema.js";

const input = (
  name: string,
  type: FactType,
  unit: FactUnit | undefined,
  zh: string,
  en: string,
  get: (p: EnterpriseProfile) => unknown,
  more: Pick<FactDef, "values" | "lever" | "absent"> = {},
): FactDef => ({ name, type, unit, ...more, label: label(zh, en), derived: false, get: ({ profile }) => get(profile) });

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

const FLAGS: ReadonlyArray<readonly [string, string, string]> = [
  ["majorAccidentLastYear", "上一年度发生重大安全、重大质量事故", "major safety or quality accident in the last year"],
  ["seriousEnvironmentalViolation", "发生严重环境违法行为", "serious environmental violation"],
  ["seriousFraud", "存在严重弄虚作假行为", "serious fraud"],
  ["researchMisconduct", "存在严重科研失信行为", "serious research misconduct"],
  ["abnormalOperationList", "列入经营异常名录", "on the abnormal-operation list"],
  ["seriousIllegalityList", "列入严重违法失信名单", "on the serious-illegality list"],
  ["restrictedIndustry", "属于国家限制或禁止行业", "in a restricted or prohibited industry"],
  ["icEnterprise", "集成电路企业", "integrated-circuit enterprise"],
  ["machineToolEnterprise", "工业母机企业", "industrial machine-tool enterprise"],
  ["pendingLitigation", "有涉企诉讼待办", "has pending litigation"],
];

/** Every input fact. */
export const INPUT_FACTS: readonly FactDef[] = [
  input("creditCode", "string", undefined, "统一社会信用代码", "unified social credit code", (p) => p.creditCode),
  input("name", "string", undefined, "企业名称", "registered name", (p) => p.name),
  input("registrationDate", "date", undefined, "成立日期", "registration date", (p) => p.registrationDate),
  input("industryCode", "string", undefined, "行业代码（GB/T 4754-2017）", "industry class (GB/T 4754-2017)", (p) => p.industryCode),
  input("zone", "string", undefined, "注册地", "zone of registration", (p) => p.zone),
  input("sectorTags", "string[]", undefined, "产业标签", "sector tags", (p) => p.sectorTags),
  input("taxCollection", "string", undefined, "企业所得税征收方式", "income-tax collection method", (p) => p.taxCollection, { values: ["actual", "assessed"] }),
  input("employees", "integer", "people", "职工总数", "employees", (p) => p.employees),
  input("techStaff", "integer", "people", "科技人员数", "S&T staff", (p) => p.techStaff),
  input("averageEmployees", "number", "people", "从业人数季度平均值", "quarterly-average employees", (p) => p.averageEmployees),
  input("totalAssets", "number", "yuan", "资产总额", "total assets", (p) => p.totalAssets),
  input("averageTotalAssets", "number", "yuan", "资产总额季度平均值", "quarterly-average total assets", (p) => p.averageTotalAssets),
  ...FISCAL.map(([key, type, unit, zh, en]) =>
    input(`lastYear.${key}`, type, unit, zh, en, (p) => lastYear(p)?.[key], key === "rdExpense" ? { lever: RD_LAST_YEAR } : {}),
  ),
  input("hnteAssessmentScore", "number", "points", "高新技术企业创新能力评价得分", "HNTE innovation-capability score", (p) => p.hnteAssessmentScore, { lever: score("hnteAssessmentScore") }),
  input("innovationPoints", "number", "points", "企业创新积分", "innovation points", (p) => p.innovationPoints, { lever: score("innovationPoints") }),
  input("intellectualProperty.classI", "integer", "items", "I类知识产权数", "Class I IP items", (p) => p.intellectualProperty?.classI),
  input("intellectualProperty.classII", "integer", "items", "II类知识产权数", "Class II IP items", (p) => p.intellectualProperty?.classII),
  input("project.fixedAssetInvestment", "number", "yuan", "项目固定资产投资", "project fixed-asset investment", ofProject("fixedAssetInvestment"), { absent: NO_PROJECT, lever: investment("project.fixedAssetInvestment") }),
  input("project.equipmentInvestment", "number", "yuan", "项目设备投资", "project equipment investment", ofProject("equipmentInvestment"), { absent: NO_PROJECT, lever: investment("project.equipmentInvestment") }),
  input("project.landAreaMu", "number", "mu", "项目用地面积", "project land area", ofProject("landAreaMu"), { absent: NO_PROJECT }),
  input("project.landTenure", "string", undefined, "用地方式", "land tenure", ofProject("landTenure"), { absent: NO_PROJECT, values: ["purchased", "leased"] }),
  input("project.floorAreaM2", "number", "m2", "厂房建筑面积", "factory floor area", ofProject("floorAreaM2"), { absent: NO_PROJECT }),
  input("project.foreignInvestmentUsd", "number", "usd", "外资投资额", "foreign investment", ofProject("foreignInvestmentUsd"), { absent: NO_PROJECT }),
  input("project.stage", "string", undefined, "项目阶段", "project stage", ofProject("stage"), { absent: NO_PROJECT, values: ["signed", "construction", "commissioning", "operating"] }),
  input("loanRequest.amount", "number", "yuan", "申请贷款金额", "loan amount requested", ofLoan("amount"), { absent: NO_LOAN }),
  input("loanRequest.termMonths", "integer", "months", "贷款期限", "loan term", ofLoan("termMonths"), { absent: NO_LOAN }),
  input("annualTaxPaid", "number", "yuan", "上年度纳税额", "taxes paid last year", (p) => p.annualTaxPaid),
  ...FLAGS.map(([key, zh, en]) =>
    input(`flags.${key}`, "boolean", undefined, zh, en, (p) => p.flags?.[key as keyof NonNullable<EnterpriseProfile["flags"]>]),
  ),
];
