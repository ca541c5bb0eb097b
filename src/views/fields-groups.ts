/**
 * The form's repeated fields: three fiscal years of accounts, certificate rows, talent rows and
 * the yes / no / don't-know situations (flags).
 */
import { FACTS } from "../profile/index.js";
import { FLAG_NAMES } from "../profile/schema.js";
import { type FieldDef, type Option, UNKNOWN, WAN, YES_NO_UNKNOWN } from "./fields.js";
import { bi, type Msg } from "./i18n.js";

/** Years of accounts the form asks for: column 0 is the latest. */
export const YEARS = 3;

/** One line of the accounts table. */
export interface YearItem { key: string; label: Msg; help?: Msg; required?: boolean; signed?: boolean }

export const YEAR_ITEMS: readonly YearItem[] = [
  { key: "revenue", label: bi("销售（营业）收入", "Sales (operating) revenue"), required: true },
  { key: "rdExpense", label: bi("研发费用", "R&D expense"), help: bi("没有请填 0", "0 if none"), required: true },
  { key: "rdExpenseDomestic", label: bi("其中境内研发费用", "of which spent in China") },
  { key: "highTechRevenue", label: bi("高新技术产品（服务）收入", "High-tech products and services revenue") },
  { key: "totalRevenue", label: bi("收入总额", "Total income") },
  { key: "totalCosts", label: bi("成本费用总额", "Costs and expenses") },
  { key: "taxableIncome", label: bi("应纳税所得额", "Taxable income"), help: bi("亏损填负数", "Negative for a loss"), signed: true },
  { key: "netAssets", label: bi("年末净资产", "Net assets at year-end"), signed: true },
];

/** Column labels, latest first. */
export const YEAR_COLUMNS: readonly Msg[] = [
  bi("最近年度", "Latest year"),
  bi("前一年度", "Year before"),
  bi("再前一年度", "Two years before"),
];

/** `fy0.revenue`: the field of an accounts item in column `col` (0 = latest). */
export const yearKey = (col: number, item: string) => `fy${col}.${item}`;

export const YEAR_FIELDS: readonly FieldDef[] = Array.from({ length: YEARS }, (_, col) =>
  YEAR_ITEMS.map((item): FieldDef => ({ key: yearKey(col, item.key), kind: item.signed ? "wan-signed" : "wan", label: item.label, unit: WAN, help: item.help, context: YEAR_COLUMNS[col] })),
).flat();

/** The answer of a list question: listed below, none, or not answered. */
export const LIST_ANSWERS = (listed: Msg, none: Msg): readonly Option[] => [
  { value: "listed", label: listed },
  { value: "none", label: none },
  { value: UNKNOWN, label: bi("暂不回答", "Not answering now") },
];

export const CERT_ROWS = 5;
export const CERT_TYPES: readonly Option[] = [
  { value: "hnte", label: bi("高新技术企业", "High and New Technology Enterprise (HNTE)") },
  { value: "tsme", label: bi("科技型中小企业（入库）", "Technology-based SME (database entry)") },
  { value: "specialized-sme", label: bi("专精特新中小企业", "Specialised and sophisticated SME") },
  { value: "little-giant", label: bi("专精特新“小巨人”企业", "“Little giant” enterprise") },
];

export const CERTS_ANSWER: FieldDef = {
  key: "certsAnswer", kind: "choice", label: bi("是否持有以下资质或入库登记", "Does the enterprise hold any of these recognitions?"),
  help: bi("科技型中小企业每年入库一次，每年填一行", "TSME database entries are yearly: one row per year"),
  options: LIST_ANSWERS(bi("有，填写如下", "Yes, listed below"), bi("没有", "None")),
};

export const certKey = (row: number, item: "type" | "issuedOn" | "validUntil") => `cert${row}.${item}`;

/** Is there an investment project? "none" makes the project measures ineligible (`project: null`). */
export const PROJECT_ANSWER: FieldDef = {
  key: "projectAnswer", kind: "choice", label: bi("是否有在建或拟建的投资项目", "Is there an investment project (planned or under way)?"),
  options: LIST_ANSWERS(bi("有，填写如下", "Yes, described below"), bi("没有投资项目", "No investment project")),
};

/** Is a loan needed? "none" makes the loan measures ineligible (`loanRequest: null`). */
export const LOAN_ANSWER: FieldDef = {
  key: "loanAnswer", kind: "choice", label: bi("是否需要流动资金贷款", "Is a working-capital loan needed?"),
  options: LIST_ANSWERS(bi("需要，填写如下", "Yes, described below"), bi("不需要贷款", "No loan needed")),
};

const certRow = (row: number) => bi(`资质第 ${row + 1} 行`, `Recognition ${row + 1}`);

export const CERT_FIELDS: readonly FieldDef[] = Array.from({ length: CERT_ROWS }, (_, row): FieldDef[] => [
  { key: certKey(row, "type"), kind: "select", label: bi("类型", "Type"), options: CERT_TYPES, context: certRow(row) },
  { key: certKey(row, "issuedOn"), kind: "date", label: bi("发证（入库）日期", "Issued (entered) on"), context: certRow(row) },
  { key: certKey(row, "validUntil"), kind: "date", label: bi("有效期至", "Valid until"), context: certRow(row) },
]).flat();

export const TALENT_ROWS = 3;
export const TALENT_TIERS: readonly Option[] = [
  { value: "national", label: bi("国家级", "National") },
  { value: "provincial", label: bi("自治区（省）级", "Provincial") },
  { value: "municipal", label: bi("市级", "Municipal") },
];

export const TALENTS_ANSWER: FieldDef = {
  key: "talentsAnswer", kind: "choice", label: bi("是否有经认定的高层次人才创办或持股", "Was it founded by, or is it held by, recognised high-level talent?"),
  options: LIST_ANSWERS(bi("有，填写如下", "Yes, listed below"), bi("没有", "No")),
};

export const talentKey = (row: number, item: "tier" | "equityShare") => `talent${row}.${item}`;

const talentRow = (row: number) => bi(`人才第 ${row + 1} 位`, `Talent ${row + 1}`);

export const TALENT_FIELDS: readonly FieldDef[] = Array.from({ length: TALENT_ROWS }, (_, row): FieldDef[] => [
  { key: talentKey(row, "tier"), kind: "select", label: bi("人才层次", "Tier"), options: TALENT_TIERS, context: talentRow(row) },
  { key: talentKey(row, "equityShare"), kind: "percent", label: bi("持股比例", "Equity held"), unit: bi("%", "%"), context: talentRow(row) },
]).flat();

/** The registry's label as a sentence: the English one capitalised. */
const sentence = (label: Msg): Msg => ({ ...label, en: label.en.charAt(0).toUpperCase() + label.en.slice(1) });

/** The self-declared situations, labelled as the fact registry labels them. */
export const FLAG_FIELDS: readonly FieldDef[] = FLAG_NAMES.map((name): FieldDef => ({
  key: `flags.${name}`, kind: "choice", label: sentence(FACTS.get(`flags.${name}`)!.label), options: YES_NO_UNKNOWN,
}));
