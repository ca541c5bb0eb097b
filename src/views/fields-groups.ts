/**
 * The form's repeated fields: three fiscal years of accounts, certificate rows, talent rows and
 * the yes / no / don't-know situations (flags).
 */
import { fieldText } from "../profile/index.js";
import { FLAG_NAMES } from "../profile/schema.js";
import { codedOptions, helpOf } from "./field-help.js";
import { type FieldDef, type Option, UNKNOWN, WAN, YES_NO_UNKNOWN } from "./fields.js";
import { bi, type Msg } from "./i18n.js";

/** Years of accounts the form asks for: column 0 is the latest. */
export const YEARS = 3;

/** One line of the accounts table. */
export interface YearItem { key: string; label: Msg; help?: Msg; required?: boolean; signed?: boolean }

/** An accounts item, its help the data dictionary's meaning of `financials[].<key>`. */
const item = (key: string, label: Msg, more: Partial<YearItem> = {}): YearItem => ({ key, label, help: helpOf(`financials[].${key}`), ...more });

export const YEAR_ITEMS: readonly YearItem[] = [
  item("revenue", bi("销售（营业）收入", "Sales (operating) revenue"), { required: true }),
  item("rdExpense", bi("研发费用", "R&D expense"), { required: true }),
  item("rdExpenseDomestic", bi("其中境内研发费用", "of which spent in China")),
  item("highTechRevenue", bi("高新技术产品（服务）收入", "High-tech products and services revenue")),
  item("totalRevenue", bi("收入总额", "Total income")),
  item("totalCosts", bi("成本费用总额", "Costs and expenses")),
  item("taxableIncome", bi("应纳税所得额", "Taxable income"), { signed: true }),
  item("netAssets", bi("年末净资产", "Net assets at year-end"), { signed: true }),
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
  YEAR_ITEMS.map((item): FieldDef => ({ key: yearKey(col, item.key), kind: item.signed ? "wan-signed" : "wan", label: item.label, path: `financials[].${item.key}`, unit: WAN, help: item.help, context: YEAR_COLUMNS[col] })),
).flat();

/**
 * The introductions of the form's sections that stand for a group of the profile: the data
 * dictionary's meaning of the group, then what the form adds.
 */
export const SECTION_INTROS = {
  financials: helpOf("financials", bi("请按年度汇算清缴或审计报告填写，单位万元；某一年度没有数据可整列留空。", "Fill them in as in the annual tax return or audited accounts, in 万元 (10,000 yuan); leave a whole column empty for a year without accounts.")),
  project: helpOf("project"),
  loanRequest: helpOf("loanRequest"),
  flags: helpOf("flags", bi("请如实选择；不清楚的保留“不清楚”，相关政策将显示为尚无法判断。", "Answer truthfully; keep “Don't know” where unsure: the measures concerned will show as undetermined.")),
} as const satisfies Record<string, Msg>;

/** The answer of a list question: listed below, none, or not answered. */
export const LIST_ANSWERS = (listed: Msg, none: Msg): readonly Option[] => [
  { value: "listed", label: listed },
  { value: "none", label: none },
  { value: UNKNOWN, label: bi("暂不回答", "Not answering now") },
];

export const CERT_ROWS = 5;
export const CERT_TYPES: readonly Option[] = codedOptions("certifications[].type");

export const CERTS_ANSWER: FieldDef = {
  key: "certsAnswer", kind: "choice", label: bi("是否持有以下资质或入库登记", "Does the enterprise hold any of these recognitions?"),
  path: "certifications", help: helpOf("certifications"),
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

/** A field of a list's row: the first row carries the help (the same for every row). */
const rowField = (row: number, key: string, path: string, def: Omit<FieldDef, "key" | "path" | "help">): FieldDef =>
  ({ key, path, ...(row === 0 ? { help: helpOf(path) } : {}), ...def });

export const CERT_FIELDS: readonly FieldDef[] = Array.from({ length: CERT_ROWS }, (_, row): FieldDef[] => [
  rowField(row, certKey(row, "type"), "certifications[].type", { kind: "select", label: bi("类型", "Type"), options: CERT_TYPES, context: certRow(row) }),
  rowField(row, certKey(row, "issuedOn"), "certifications[].issuedOn", { kind: "date", label: bi("发证（入库）日期", "Issued (entered) on"), context: certRow(row) }),
  rowField(row, certKey(row, "validUntil"), "certifications[].validUntil", { kind: "date", label: bi("有效期至", "Valid until"), context: certRow(row) }),
]).flat();

export const TALENT_ROWS = 3;
export const TALENT_TIERS: readonly Option[] = codedOptions("talents[].tier");

export const TALENTS_ANSWER: FieldDef = {
  key: "talentsAnswer", kind: "choice", label: bi("是否有经认定的高层次人才创办或持股", "Was it founded by, or is it held by, recognised high-level talent?"),
  path: "talents", help: helpOf("talents"),
  options: LIST_ANSWERS(bi("有，填写如下", "Yes, listed below"), bi("没有", "No")),
};

export const talentKey = (row: number, item: "tier" | "equityShare") => `talent${row}.${item}`;

const talentRow = (row: number) => bi(`人才第 ${row + 1} 位`, `Talent ${row + 1}`);

export const TALENT_FIELDS: readonly FieldDef[] = Array.from({ length: TALENT_ROWS }, (_, row): FieldDef[] => [
  rowField(row, talentKey(row, "tier"), "talents[].tier", { kind: "select", label: bi("人才层次", "Tier"), options: TALENT_TIERS, context: talentRow(row) }),
  rowField(row, talentKey(row, "equityShare"), "talents[].equityShare", { kind: "percent", label: bi("持股比例", "Equity held"), unit: bi("%", "%"), context: talentRow(row) }),
]).flat();

/** The registry's label as a sentence: the English one capitalised. */
const sentence = (label: Msg): Msg => ({ ...label, en: label.en.charAt(0).toUpperCase() + label.en.slice(1) });

/** The self-declared situations, labelled and explained as the data dictionary does. */
export const FLAG_FIELDS: readonly FieldDef[] = FLAG_NAMES.map((name): FieldDef => ({
  key: `flags.${name}`, kind: "choice", label: sentence(fieldText(`flags.${name}`).label), path: `flags.${name}`, help: helpOf(`flags.${name}`), options: YES_NO_UNKNOWN,
}));
