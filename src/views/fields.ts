/**
 * The form's fields: name in the form, kind (how the text is read), bilingual label, unit and
 * one-line help. Single fields here; the repeated ones (years, certificates, talents, flags)
 * in fields-groups.ts. The form's field names mirror the profile's paths.
 */
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

export const YES_NO_UNKNOWN: readonly Option[] = [
  { value: "yes", label: bi("是", "Yes") },
  { value: "no", label: bi("否", "No") },
  { value: UNKNOWN, label: bi("不清楚", "Don't know") },
];

const f = (key: string, kind: FieldKind, label: Msg, rest: Omit<FieldDef, "key" | "kind" | "label"> = {}): FieldDef => ({ key, kind, label, ...rest });

/** Registration: who the enterprise is. */
export const REGISTRATION: readonly FieldDef[] = [
  f("name", "text", bi("企业名称", "Registered name"), { help: bi("与营业执照一致", "As on the business licence"), maxLength: 200 }),
  f("creditCode", "credit-code", bi("统一社会信用代码", "Unified social credit code"), { help: bi("18 位，见营业执照", "18 characters, on the business licence") }),
  f("registrationDate", "date", bi("成立日期", "Date of registration"), { help: bi("营业执照上的成立日期", "The date on the business licence") }),
  f("industryCode", "industry", bi("行业代码", "Industry class"), { help: bi("国民经济行业分类（GB/T 4754-2017）4 位小类代码，例如 3985", "Four-digit GB/T 4754-2017 class, e.g. 3985") }),
  f("zone", "choice", bi("注册地", "Where the enterprise is registered"), {
    options: [
      { value: "baotou-rare-earth-hi-tech-zone", label: bi("包头稀土高新技术产业开发区", "Baotou Rare Earth Hi-Tech Zone") },
      { value: "other", label: bi("其他地区", "Elsewhere") },
      { value: UNKNOWN, label: bi("不清楚", "Don't know") },
    ],
  }),
  f("rareEarth", "choice", bi("是否稀土产业企业", "Is it a rare-earth enterprise?"), {
    help: bi("从事稀土开采、冶炼分离、新材料或终端应用", "Mining, smelting and separation, materials or applications of rare earths"),
    options: YES_NO_UNKNOWN,
  }),
  f("taxCollection", "choice", bi("企业所得税征收方式", "How income tax is collected"), {
    options: [
      { value: "actual", label: bi("查账征收", "On actual accounts (查账征收)") },
      { value: "assessed", label: bi("核定征收", "Assessed (核定征收)") },
      { value: UNKNOWN, label: bi("不清楚", "Don't know") },
    ],
  }),
];

/** People. */
export const PEOPLE_FIELDS: readonly FieldDef[] = [
  f("employees", "integer", bi("职工总数", "Employees"), { unit: PEOPLE, suffixes: ["人"], max: 10_000_000, help: bi("上年末在职职工人数", "Headcount at last year-end") }),
  f("techStaff", "integer", bi("科技人员数", "S&T staff"), { unit: PEOPLE, suffixes: ["人"], max: 10_000_000, help: bi("直接从事研发和相关技术创新活动的人员", "People working directly on R&D and related technical innovation") }),
  f("averageEmployees", "number", bi("从业人数季度平均值", "Quarterly-average headcount"), { unit: PEOPLE, suffixes: ["人"], max: 10_000_000, help: bi("含劳务派遣人员，用于判定小型微利企业", "Including agency workers; for the small low-profit enterprise test") }),
];

/** Assets and taxes, in 万元. */
export const ASSETS: readonly FieldDef[] = [
  f("totalAssets", "wan", bi("资产总额", "Total assets"), { unit: WAN, help: bi("上年末数", "At last year-end") }),
  f("averageTotalAssets", "wan", bi("资产总额季度平均值", "Quarterly-average total assets"), { unit: WAN, help: bi("上年度四个季度末的平均值", "Average of last year's four quarter-ends") }),
  f("annualTaxPaid", "wan", bi("上年度纳税总额", "Taxes paid last year"), { unit: WAN, help: bi("各项税收合计", "All taxes together") }),
];

/** The latest fiscal year: the columns of the accounts table count back from it. */
export const LATEST_YEAR = f("latestYear", "integer", bi("最近一个会计年度", "Latest fiscal year"), {
  min: 1949, max: 2100, suffixes: ["年", "年度"],
  help: bi("已结束的年度，例如 2024。下表三列依次为该年度、前一年度和再前一年度", "A year that has ended, e.g. 2024. The table's three columns are that year and the two before it"),
});

/** R&D, innovation and intellectual property. */
export const INNOVATION: readonly FieldDef[] = [
  f("hnteAssessmentScore", "number", bi("高新技术企业创新能力评价得分", "HNTE innovation-capability score"), { unit: POINTS, suffixes: ["分"], max: 100, help: bi("专家评价得分（0–100）；尚未评价可不填", "The experts' score (0–100); leave empty if not yet assessed") }),
  f("innovationPoints", "number", bi("企业创新积分", "Innovation points"), { unit: POINTS, suffixes: ["分"], max: 100, help: bi("科技部门公布的创新积分（0–100）", "As published by the S&T authorities (0–100)") }),
  f("ip.classI", "integer", bi("I 类知识产权", "Class I intellectual property"), { unit: ITEMS, suffixes: ["项", "个", "件"], max: 1_000_000, help: bi("有效的发明专利、植物新品种、集成电路布图设计等；没有请填 0", "Valid invention patents, plant varieties, IC layouts…; 0 if none") }),
  f("ip.classII", "integer", bi("II 类知识产权", "Class II intellectual property"), { unit: ITEMS, suffixes: ["项", "个", "件"], max: 1_000_000, help: bi("有效的实用新型、外观设计、软件著作权等；没有请填 0", "Valid utility models, designs, software copyrights…; 0 if none") }),
];

/** The investment project. */
export const PROJECT: readonly FieldDef[] = [
  f("project.fixedAssetInvestment", "wan", bi("项目固定资产投资", "Fixed-asset investment of the project"), { unit: WAN }),
  f("project.equipmentInvestment", "wan", bi("其中设备投资", "of which equipment"), { unit: WAN, help: bi("新购生产设备投资", "New production equipment") }),
  f("project.landAreaMu", "number", bi("项目用地面积", "Land area"), { unit: bi("亩", "mu"), suffixes: ["亩"], max: 1_000_000, help: bi("1 亩约 666.7 平方米", "1 mu is about 666.7 m²") }),
  f("project.landTenure", "choice", bi("用地方式", "Land tenure"), {
    options: [
      { value: "purchased", label: bi("购买（出让）", "Bought (granted)") },
      { value: "leased", label: bi("租赁", "Leased") },
      { value: UNKNOWN, label: bi("不清楚", "Don't know") },
    ],
  }),
  f("project.floorAreaM2", "number", bi("新建厂房建筑面积", "Floor area of new factory buildings"), { unit: bi("平方米", "m²"), suffixes: ["平方米", "m2", "平米"], max: 100_000_000 }),
  f("project.foreignInvestmentUsd", "wan-usd", bi("外资投资额", "Foreign investment"), { unit: bi("万美元", "万美元 (10,000 USD)"), suffixes: ["万美元"], help: bi("没有外资请填 0", "0 if none") }),
  f("project.stage", "choice", bi("项目阶段", "Project stage"), {
    options: [
      { value: "signed", label: bi("已签约", "Signed") },
      { value: "construction", label: bi("建设中", "Under construction") },
      { value: "commissioning", label: bi("投产调试", "Commissioning") },
      { value: "operating", label: bi("正式运营", "Operating") },
      { value: UNKNOWN, label: bi("不清楚", "Don't know") },
    ],
  }),
];

/** The loan asked for. */
export const LOAN: readonly FieldDef[] = [
  f("loan.amount", "wan", bi("拟申请流动资金贷款", "Working-capital loan requested"), { unit: WAN }),
  f("loan.termMonths", "integer", bi("贷款期限", "Loan term"), { unit: bi("个月", "months"), suffixes: ["个月", "月"], min: 1, max: 600 }),
];

/** The evaluation date. */
export const AS_OF = f("asOf", "date", bi("评估日期", "Evaluation date"), { help: bi("留空即为今天（北京时间）；可填过去的日期查看当时适用的政策", "Leave empty for today (Beijing time), or give a past date to see the rules then in force") });
