/**
 * The form's fields: name in the form, kind (how the text is read), bilingual label, unit, the
 * profile field it fills and its help (that field's meaning in the data dictionary, plus what
 * the form adds). Single fields here; the repeated ones (years, certificates, talents, flags)
 * in fields-groups.ts. The form's field names mirror the profile's paths.
 */
import { codedOptions, helpOf } from "./field-help.js";
import { bi, type Msg } from "./i18n.js";

/** How a field's text is read (form-parse.ts). */
export type FieldKind =
  | "text" | "credit-code" | "industry" | "date" | "integer" | "number"
  | "wan" | "wan-signed" | "percent" | "wan-usd" | "choice" | "select";

export interface Option { value: string; label: Msg }

export interface FieldDef {
  /** the form field name, e.g. `employees`, `fy0.revenue`, `flags.seriousFraud` */
  key: string;
  kind: FieldKind;
  label: Msg;
  /** the profile field it fills (data dictionary path, e.g. `financials[].revenue`); its help is that field's meaning */
  path?: string;
  help?: Msg;
  /** shown after the input and in the label, e.g. 万元 */
  unit?: Msg;
  /** choices of a `choice` (radios) or `select` field */
  options?: readonly Option[];
  min?: number;
  max?: number;
  /** units typed after the number that are understood ("人", "亩") */
  suffixes?: readonly string[];
  /** max characters of a text field */
  maxLength?: number;
  /** where a repeated field sits (the year column, the row), put before the label in messages */
  context?: Msg;
}

/** The value of a radio group left at "don't know". */
export const UNKNOWN = "unknown";

export const WAN = bi("万元", "万元");
export const PEOPLE = bi("人", "people");
const POINTS = bi("分", "points");
const ITEMS = bi("项", "items");

/** The "don't know" choice of a radio group: the answer stays unknown. */
export const DONT_KNOW: Option = { value: UNKNOWN, label: bi("不清楚", "Don't know") };

export const YES_NO_UNKNOWN: readonly Option[] = [
  { value: "yes", label: bi("是", "Yes") },
  { value: "no", label: bi("否", "No") },
  DONT_KNOW,
];

/**
 * A field; with `path`, its help is the data dictionary's meaning of that profile field,
 * followed by `note` (what the form adds).
 */
const f = (key: string, kind: FieldKind, label: Msg, { note, ...rest }: Omit<FieldDef, "key" | "kind" | "label"> & { note?: Msg } = {}): FieldDef =>
  ({ key, kind, label, ...rest, ...(rest.path ? { help: helpOf(rest.path, note) } : note ? { help: note } : {}) });

/** Registration: who the enterprise is. */
export const REGISTRATION: readonly FieldDef[] = [
  f("name", "text", bi("企业名称", "Registered name"), { path: "name", maxLength: 200 }),
  f("creditCode", "credit-code", bi("统一社会信用代码", "Unified social credit code"), { path: "creditCode" }),
  f("registrationDate", "date", bi("成立日期", "Date of registration"), { path: "registrationDate" }),
  f("industryCode", "industry", bi("行业代码", "Industry class"), { path: "industryCode", note: bi("例如 3985。", "E.g. 3985.") }),
  f("zone", "choice", bi("注册地", "Where the enterprise is registered"), {
    path: "zone",
    options: [...codedOptions("zone"), { value: "other", label: bi("其他地区", "Elsewhere") }, DONT_KNOW],
  }),
  f("rareEarth", "choice", bi("是否稀土产业企业", "Is it a rare-earth enterprise?"), { path: "sectorTags", options: YES_NO_UNKNOWN }),
  f("taxCollection", "choice", bi("企业所得税征收方式", "How income tax is collected"), { path: "taxCollection", options: [...codedOptions("taxCollection"), DONT_KNOW] }),
];

/** People. */
export const PEOPLE_FIELDS: readonly FieldDef[] = [
  f("employees", "integer", bi("职工总数", "Employees"), { path: "employees", unit: PEOPLE, suffixes: ["人"], max: 10_000_000 }),
  f("techStaff", "integer", bi("科技人员数", "S&T staff"), { path: "techStaff", unit: PEOPLE, suffixes: ["人"], max: 10_000_000 }),
  f("averageEmployees", "number", bi("从业人数季度平均值", "Quarterly-average headcount"), { path: "averageEmployees", unit: PEOPLE, suffixes: ["人"], max: 10_000_000 }),
];

/** Assets and taxes, in 万元. */
export const ASSETS: readonly FieldDef[] = [
  f("totalAssets", "wan", bi("资产总额", "Total assets"), { path: "totalAssets", unit: WAN }),
  f("averageTotalAssets", "wan", bi("资产总额季度平均值", "Quarterly-average total assets"), { path: "averageTotalAssets", unit: WAN }),
  f("annualTaxPaid", "wan", bi("上年度纳税总额", "Taxes paid last year"), { path: "annualTaxPaid", unit: WAN }),
];

/** The latest fiscal year: the columns of the accounts table count back from it. */
export const LATEST_YEAR = f("latestYear", "integer", bi("最近一个会计年度", "Latest fiscal year"), {
  path: "financials[].year", min: 1949, max: 2100, suffixes: ["年", "年度"],
  note: bi("例如 2024。下表三列依次为该年度、前一年度和再前一年度。", "E.g. 2024. The table's three columns are that year and the two before it."),
});

/** R&D, innovation and intellectual property. */
export const INNOVATION: readonly FieldDef[] = [
  f("hnteAssessmentScore", "number", bi("高新技术企业创新能力评价得分", "HNTE innovation-capability score"), { path: "hnteAssessmentScore", unit: POINTS, suffixes: ["分"], max: 100 }),
  f("innovationPoints", "number", bi("企业创新积分", "Innovation points"), { path: "innovationPoints", unit: POINTS, suffixes: ["分"], max: 100 }),
  f("ip.classI", "integer", bi("I 类知识产权", "Class I intellectual property"), { path: "intellectualProperty.classI", unit: ITEMS, suffixes: ["项", "个", "件"], max: 1_000_000 }),
  f("ip.classII", "integer", bi("II 类知识产权", "Class II intellectual property"), { path: "intellectualProperty.classII", unit: ITEMS, suffixes: ["项", "个", "件"], max: 1_000_000 }),
];

/** The investment project. */
export const PROJECT: readonly FieldDef[] = [
  f("project.fixedAssetInvestment", "wan", bi("项目固定资产投资", "Fixed-asset investment of the project"), {
    path: "project.fixedAssetInvestment", unit: WAN,
  }),
  f("project.equipmentInvestment", "wan", bi("其中设备投资", "of which equipment"), { path: "project.equipmentInvestment", unit: WAN }),
  f("project.landAreaMu", "number", bi("项目用地面积", "Land area"), { path: "project.landAreaMu", unit: bi("亩", "mu"), suffixes: ["亩"], max: 1_000_000 }),
  f("project.landTenure", "choice", bi("用地方式", "Land tenure"), { path: "project.landTenure", options: [...codedOptions("project.landTenure"), DONT_KNOW] }),
  f("project.floorAreaM2", "number", bi("新建厂房建筑面积", "Floor area of new factory buildings"), { path: "project.floorAreaM2", unit: bi("平方米", "m²"), suffixes: ["平方米", "m2", "平米"], max: 100_000_000 }),
  f("project.foreignInvestmentUsd", "wan-usd", bi("外资投资额", "Foreign investment"), { path: "project.foreignInvestmentUsd", unit: bi("万美元", "万美元 (10,000 USD)"), suffixes: ["万美元"] }),
  f("project.stage", "choice", bi("项目阶段", "Project stage"), { path: "project.stage", options: [...codedOptions("project.stage"), DONT_KNOW] }),
];

/** The loan asked for. */
export const LOAN: readonly FieldDef[] = [
  f("loan.amount", "wan", bi("拟申请流动资金贷款", "Working-capital loan requested"), {
    path: "loanRequest.amount", unit: WAN,
  }),
  f("loan.termMonths", "integer", bi("贷款期限", "Loan term"), { path: "loanRequest.termMonths", unit: bi("个月", "months"), suffixes: ["个月", "月"], min: 1, max: 600 }),
];

/** The evaluation date. */
/** The evaluation date: a field of the request, not of the profile. */
export const AS_OF = f("asOf", "date", bi("评估日期", "Evaluation date"), { note: bi("留空即为今天（北京时间）；可填过去的日期查看当时适用的政策", "Leave empty for today (Beijing time), or give a past date to see the rules then in force") });
