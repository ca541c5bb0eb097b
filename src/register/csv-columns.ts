/**
 * The register's CSV layout: one enterprise a row, one EnterpriseProfile field a column, nested
 * fields under dotted headers (docs/screening.md, "Register files").
 *
 * | header | profile field |
 * |---|---|
 * | `creditCode`, `employees`, … | the top-level field of the same name |
 * | `sectorTags` | the list, items separated by `\|`; `[]` for an empty list |
 * | `intellectualProperty.classI`, `project.stage`, `loanRequest.amount`, `flags.icEnterprise` | the field of the nested object |
 * | `financials.<year>.<field>`, e.g. `financials.2024.revenue` | `<field>` of the `financials` entry with that `year`; entries sorted by year |
 * | `certifications.<i>.<field>`, `talents.<i>.<field>` | `<field>` of the i-th entry (0-based); entries with every cell empty are left out |
 * | `certifications`, `talents`, `financials` | `[]`: the list is known to be empty (no certificate, no talent); leave it empty otherwise |
 * | `project`, `loanRequest` | `null`: there is none (no investment project, no loan needed); leave it empty otherwise |
 *
 * An empty cell leaves the field out (unknown), never 0 or false; an object or list whose cells
 * are all empty is left out too, so a list known to be empty is written `[]`. Numbers are written as JSON writes them (`1250000.5`, no thousands
 * separators), booleans as `true` / `false`.
 */
import { FLAG_NAMES } from "../profile/schema.js";

/**
 * How a cell's text becomes a JSON value: text; a JSON number; `true`/`false`; a `|`-separated
 * list (`[]` = empty); `empty-list`: the plain column of a list of objects, where only `[]` is
 * meaningful; `none`: the plain column of an object, where only `null` (there is none) is.
 */
export type CellType = "string" | "number" | "boolean" | "list" | "empty-list" | "none";

/** The cell text of a list known to be empty. */
export const EMPTY_LIST = "[]";

/** The cell text of an object known not to exist (`project`, `loanRequest`: DESIGN.md "(none)"). */
export const NONE = "null";

/** Top-level scalar fields, in column order. */
export const TOP_FIELDS: Readonly<Record<string, CellType>> = {
  creditCode: "string",
  name: "string",
  registrationDate: "string",
  industryCode: "string",
  zone: "string",
  sectorTags: "list",
  taxCollection: "string",
  employees: "number",
  techStaff: "number",
  averageEmployees: "number",
  totalAssets: "number",
  averageTotalAssets: "number",
  hnteAssessmentScore: "number",
  innovationPoints: "number",
  annualTaxPaid: "number",
  financials: "empty-list",
  certifications: "empty-list",
  talents: "empty-list",
  project: "none",
  loanRequest: "none",
};

/** Nested single objects: `<object>.<field>`. */
export const OBJECT_FIELDS: Readonly<Record<string, Readonly<Record<string, CellType>>>> = {
  intellectualProperty: { classI: "number", classII: "number" },
  project: {
    fixedAssetInvestment: "number", equipmentInvestment: "number", landAreaMu: "number", landTenure: "string",
    floorAreaM2: "number", foreignInvestmentUsd: "number", stage: "string",
  },
  loanRequest: { amount: "number", termMonths: "number" },
  flags: Object.fromEntries(FLAG_NAMES.map((f) => [f, "boolean" as const])),
};

/** Fields of a `financials` entry other than `year` (given by the header): `financials.<year>.<field>`. */
export const FINANCIAL_FIELDS: Readonly<Record<string, CellType>> = {
  revenue: "number", rdExpense: "number", rdExpenseDomestic: "number", highTechRevenue: "number",
  totalRevenue: "number", totalCosts: "number", taxableIncome: "number", netAssets: "number",
};

/** Arrays of objects: `<array>.<index>.<field>`. */
export const LIST_FIELDS: Readonly<Record<string, Readonly<Record<string, CellType>>>> = {
  certifications: { type: "string", issuedOn: "string", validUntil: "string" },
  talents: { tier: "string", equityShare: "number" },
};

/** Separator of the items of a list cell (`sectorTags`). */
export const LIST_SEPARATOR = "|";

/** Which years and how many array entries a written CSV has columns for. */
export interface CsvLayout {
  /** fiscal years, e.g. [2022, 2023, 2024] */
  years: readonly number[];
  /** number of `certifications.<i>.*` column groups */
  certifications: number;
  /** number of `talents.<i>.*` column groups */
  talents: number;
}

/**
 * The header of a register CSV with `layout`, in a fixed order: top-level fields, nested
 * objects (intellectual property, project, loan request, flags), financial years, certifications, talents.
 */
export function registerColumns(layout: CsvLayout): string[] {
  const cols = Object.keys(TOP_FIELDS);
  for (const [obj, fields] of Object.entries(OBJECT_FIELDS)) for (const f of Object.keys(fields)) cols.push(`${obj}.${f}`);
  for (const y of layout.years) for (const f of Object.keys(FINANCIAL_FIELDS)) cols.push(`financials.${y}.${f}`);
  for (const [list, fields] of Object.entries(LIST_FIELDS)) {
    const n = list === "certifications" ? layout.certifications : layout.talents;
    for (let i = 0; i < n; i++) for (const f of Object.keys(fields)) cols.push(`${list}.${i}.${f}`);
  }
  return cols;
}
