/**
 * The posted form → an EnterpriseProfile (as plain data, validated afterwards by the profile
 * schema) and the evaluation date, with every refusal tied to the field it is about.
 * Empty fields and "don't know" answers are left out of the profile: unknown, never 0 or false.
 * "None" is an answer: no certificate, no talent (an empty list), no project, no loan (null).
 */
import { equityOverflow, hnteTermEnd, percentOf } from "../profile/index.js";
import { ALL_FIELDS, type FormValues } from "./field-index.js";
import { CERT_ROWS, certKey, TALENT_ROWS, talentKey, YEAR_ITEMS, yearKey, YEARS } from "./fields-groups.js";
import { orderErrors } from "./form-errors.js";
import { type FieldError, msg as m, type Obj, Reader } from "./form-reader.js";

export type { FieldError } from "./form-reader.js";

/** Where each entry of the profile's lists came from: profile index → column or row of the form. */
export interface ListSource { financials: number[]; certifications: number[]; talents: number[] }

export interface FormReading {
  profile: Obj;
  /** the evaluation date given, if any */
  asOf?: string;
  errors: FieldError[];
  source: ListSource;
}

const SINGLE = ["name", "creditCode", "registrationDate", "industryCode", "zone", "taxCollection", "employees", "techStaff", "averageEmployees", "totalAssets", "averageTotalAssets"];

/** Reads the whole form. */
export function readForm(values: FormValues): FormReading {
  const r = new Reader(values);
  const profile: Obj = {};
  const source: ListSource = { financials: [], certifications: [], talents: [] };
  for (const k of SINGLE) r.put(profile, k);
  const rareEarth = r.value("rareEarth");
  if (rareEarth !== undefined) profile.sectorTags = rareEarth === "yes" ? ["rare-earth"] : [];
  readAccounts(r, profile, source);
  r.put(profile, "hnteAssessmentScore");
  r.put(profile, "innovationPoints");
  readIntellectualProperty(r, profile);
  readList(r, profile, source, "certifications", "certsAnswer", readCertificate, CERT_ROWS);
  readList(r, profile, source, "talents", "talentsAnswer", readTalent, TALENT_ROWS);
  sharesWithinWhole(r, profile, source);
  readProject(r, profile);
  readLoan(r, profile);
  r.put(profile, "annualTaxPaid");
  readFlags(r, profile);
  r.notAbove(profile, "techStaff", "employees", "techStaff", m("科技人员数不能超过职工总数", "S&T staff cannot exceed employees"));
  return { profile, asOf: r.value("asOf") as string | undefined, errors: orderErrors(r.errors), source };
}

/** Three columns of accounts, latest first; a column left empty is left out; the list oldest first. */
function readAccounts(r: Reader, profile: Obj, source: ListSource) {
  const latest = r.value("latestYear") as number | undefined;
  const financials: Obj[] = [];
  for (let col = YEARS - 1; col >= 0; col--) {
    if (!YEAR_ITEMS.some((item) => r.given(yearKey(col, item.key)))) continue;
    if (latest === undefined) {
      r.need("latestYear", m("已填写财务数据，请填写最近一个会计年度", "accounts are given: enter the latest fiscal year"));
      continue;
    }
    for (const item of YEAR_ITEMS.filter((i) => i.required)) {
      r.need(yearKey(col, item.key), m("该年度已填写其他数据，此项必填（没有请填 0）", "required once other figures of this year are given (0 if none)"));
    }
    const year: Obj = { year: latest - col };
    for (const item of YEAR_ITEMS) r.put(year, item.key, yearKey(col, item.key));
    r.notAbove(year, "rdExpenseDomestic", "rdExpense", yearKey(col, "rdExpenseDomestic"), m("境内研发费用不能超过研发费用", "R&D spent in China cannot exceed the R&D expense"));
    r.notAbove(year, "highTechRevenue", "totalRevenue", yearKey(col, "highTechRevenue"), m("高新技术产品（服务）收入不能超过收入总额", "high-tech revenue cannot exceed total income"));
    source.financials.push(col);
    financials.push(year);
  }
  if (financials.length) profile.financials = financials;
}

function readIntellectualProperty(r: Reader, profile: Obj) {
  if (!r.given("ip.classI") && !r.given("ip.classII")) return;
  const both = m("请同时填写 I 类和 II 类知识产权数量（没有请填 0）", "give both Class I and Class II counts (0 if none)");
  r.need("ip.classI", both);
  r.need("ip.classII", both);
  const ip: Obj = {};
  r.put(ip, "classI", "ip.classI");
  r.put(ip, "classII", "ip.classII");
  if (Object.keys(ip).length === 2) profile.intellectualProperty = ip;
}

/** A certificate row: type and date required once anything is entered; valid until not before issue. */
function readCertificate(r: Reader, row: number): Obj | undefined {
  const keys = { type: certKey(row, "type"), issuedOn: certKey(row, "issuedOn"), validUntil: certKey(row, "validUntil") };
  if (!Object.values(keys).some((k) => r.given(k))) return undefined;
  r.need(keys.type, m("请选择资质类型", "choose the type"));
  r.need(keys.issuedOn, m("请填写发证（入库）日期", "enter the date it was issued (entered)"));
  const c: Obj = {};
  for (const [name, key] of Object.entries(keys)) r.put(c, name, key);
  if (typeof c.validUntil === "string" && typeof c.issuedOn === "string" && c.validUntil < c.issuedOn) {
    r.refuse(keys.validUntil, m("有效期不能早于发证日期", "cannot be before the date of issue"));
  } else if (c.type === "hnte" && typeof c.validUntil === "string" && typeof c.issuedOn === "string" && c.validUntil > hnteTermEnd(c.issuedOn)) {
    const end = hnteTermEnd(c.issuedOn);
    r.refuse(keys.validUntil, m(
      `高新技术企业证书自发证之日起有效期为三年（国科发火〔2016〕32号 第九条）：${c.issuedOn} 发证的证书最晚有效至 ${end}，请按证书核对，或不填`,
      `an HNTE certificate is valid for three years from issue (国科发火〔2016〕32号 第九条): one issued on ${c.issuedOn} is valid until ${end} at the latest; check the certificate, or leave this empty`,
    ));
  }
  return c;
}

function readTalent(r: Reader, row: number): Obj | undefined {
  const keys = { tier: talentKey(row, "tier"), equityShare: talentKey(row, "equityShare") };
  if (!Object.values(keys).some((k) => r.given(k))) return undefined;
  r.need(keys.tier, m("请选择人才层次", "choose the tier"));
  r.need(keys.equityShare, m("请填写持股比例（没有持股请填 0）", "enter the equity held (0 if none)"));
  const t: Obj = {};
  for (const [name, key] of Object.entries(keys)) r.put(t, name, key);
  return t;
}

/** Refuses the talent row whose equity share takes the total past 100 % (the profile schema's rule, said in both languages). */
function sharesWithinWhole(r: Reader, profile: Obj, source: ListSource) {
  const shares = ((profile.talents ?? []) as Obj[]).map((t) => t.equityShare);
  if (!shares.every((s): s is number => typeof s === "number")) return;
  const over = equityOverflow(shares);
  if (!over) return;
  const total = percentOf(over.total);
  r.refuse(talentKey(source.talents[over.index]!, "equityShare"), m(
    `各位人才的持股比例合计 ${total}，超过企业全部股份（100 %）：请核对本行及以上各行`,
    `the talents' equity shares add up to ${total}, more than the whole enterprise (100 %): check this share and those above it`,
  ));
}

/**
 * A question "listed below / none / not answering" and whether anything is filled in below it:
 * "none" with something filled in, or "listed" with nothing, is refused.
 * @returns `none` when the answer is none (and nothing is filled in), else whether something is given
 */
function answered(r: Reader, question: string, given: boolean): "none" | "given" | "nothing" {
  const answer = r.value(question);
  if (answer === "none" && given) {
    r.refuse(question, m("您选择了“没有”，但下方填写了内容：请改选或清空下方各项", "you answered none but filled in what is below: change the answer or clear it"));
  } else if (answer === "listed" && !given) {
    r.refuse(question, m("您选择了“有”，请在下方填写", "you answered yes: fill in what is below"));
  }
  return given ? "given" : answer === "none" ? "none" : "nothing";
}

/** A list with its question: rows given → the list; "none" → an empty list (known: none); "don't know" and no rows → left out (unknown). */
function readList(r: Reader, profile: Obj, source: ListSource, name: "certifications" | "talents", question: string, readRow: (r: Reader, row: number) => Obj | undefined, count: number) {
  const rows: { row: number; value: Obj }[] = [];
  for (let row = 0; row < count; row++) {
    const value = readRow(r, row);
    if (value) rows.push({ row, value });
  }
  const state = answered(r, question, rows.length > 0);
  if (state === "given") {
    profile[name] = rows.map((x) => x.value);
    source[name] = rows.map((x) => x.row);
  } else if (state === "none") {
    profile[name] = [];
  }
}

const PROJECT_KEYS = ALL_FIELDS.filter((f) => f.key.startsWith("project.")).map((f) => f.key);

/** The project: described → the object; "no investment project" → null (known: none); else left out (unknown). */
function readProject(r: Reader, profile: Obj) {
  const state = answered(r, "projectAnswer", PROJECT_KEYS.some((k) => r.given(k)));
  if (state === "none") profile.project = null;
  if (state !== "given") return;
  r.need("project.fixedAssetInvestment", m("已填写投资项目信息，请填写项目固定资产投资", "a project is described: enter its fixed-asset investment"));
  r.need("project.stage", m("已填写投资项目信息，请选择项目阶段", "a project is described: choose its stage"));
  const project: Obj = {};
  for (const key of PROJECT_KEYS) r.put(project, key.slice("project.".length), key);
  profile.project = project;
}

/** The loan: described → the object; "no loan needed" → null (known: none); else left out (unknown). */
function readLoan(r: Reader, profile: Obj) {
  const state = answered(r, "loanAnswer", r.given("loan.amount") || r.given("loan.termMonths"));
  if (state === "none") profile.loanRequest = null;
  if (state !== "given") return;
  r.need("loan.amount", m("请填写贷款金额", "enter the loan amount"));
  r.need("loan.termMonths", m("请填写贷款期限", "enter the loan term"));
  profile.loanRequest = { amount: r.value("loan.amount"), termMonths: r.value("loan.termMonths") };
}

/** Yes → true, no → false, don't know → left out. */
function readFlags(r: Reader, profile: Obj) {
  const flags: Record<string, boolean> = {};
  for (const f of ALL_FIELDS.filter((d) => d.key.startsWith("flags."))) {
    const answer = r.value(f.key);
    if (answer !== undefined) flags[f.key.slice("flags.".length)] = answer === "yes";
  }
  if (Object.keys(flags).length) profile.flags = flags;
}
