/**
 * The register CSV mapping (src/register/csv-*.ts): dotted headers both ways, fiscal years
 * as the middle segment, `|` lists, `[]` for a known-empty list, and an empty cell = left out.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { FINANCIAL_FIELDS, LIST_FIELDS, OBJECT_FIELDS, registerColumns, TOP_FIELDS } from "../../src/register/csv-columns.js";
import { parseHeader } from "../../src/register/csv-header.js";
import { cellValue, columnOf, rowToProfile } from "../../src/register/csv-to-profile.js";
import { CsvLayoutError, csvRowWriter, profileToCells } from "../../src/register/profile-to-csv.js";
import { fieldErrors } from "../../src/http/problem.js";
import { EnterpriseProfile, FiscalYear, Flags, LoanRequest, Project, Talent } from "../../src/profile/schema.js";
import { PROFILES } from "../support/cases.js";

/** Reads one CSV row given as header → cell. */
function read(cells: Record<string, string>) {
  const header = Object.keys(cells);
  const { specs, problems } = parseHeader(header);
  expect(problems).toEqual([]);
  return rowToProfile(specs, Object.values(cells));
}

describe("CSV → profile", () => {
  it("maps dotted headers to nested fields, financial years to entries sorted by year, lists split on |", () => {
    const { profile, problems } = read({
      creditCode: "91150200MA0QY7D85N", name: "包头稀粘磁业科技有限公司", sectorTags: "rare-earth | permanent-magnet",
      employees: "96", "flags.icEnterprise": "false", "flags.pendingLitigation": "true",
      "intellectualProperty.classI": "1", "intellectualProperty.classII": "8",
      "project.stage": "construction", "project.fixedAssetInvestment": "30000000",
      "financials.2024.revenue": "28000000", "financials.2024.rdExpense": "1620000",
      "financials.2022.revenue": "21000000", "financials.2022.rdExpense": "1160000.5", "financials.2022.taxableIncome": "-1520000",
      "certifications.0.type": "hnte", "certifications.0.issuedOn": "2024-06-30",
      "talents.0.tier": "provincial", "talents.0.equityShare": "0.3",
    });
    expect(problems).toEqual([]);
    expect(profile).toEqual({
      creditCode: "91150200MA0QY7D85N", name: "包头稀粘磁业科技有限公司", sectorTags: ["rare-earth", "permanent-magnet"], employees: 96,
      flags: { icEnterprise: false, pendingLitigation: true },
      intellectualProperty: { classI: 1, classII: 8 },
      project: { stage: "construction", fixedAssetInvestment: 30_000_000 },
      financials: [
        { year: 2022, revenue: 21_000_000, rdExpense: 1_160_000.5, taxableIncome: -1_520_000 },
        { year: 2024, revenue: 28_000_000, rdExpense: 1_620_000 },
      ],
      certifications: [{ type: "hnte", issuedOn: "2024-06-30" }],
      talents: [{ tier: "provincial", equityShare: 0.3 }],
    });
    expect(EnterpriseProfile.safeParse(profile).success).toBe(true);
  });

  it("leaves a field out for an empty cell, never 0 or false; an object or year with only empty cells is left out", () => {
    const { profile } = read({
      creditCode: "91150200MA0QY7D85N", employees: "", techStaff: "  ", "flags.icEnterprise": "", "flags.pendingLitigation": "false",
      "project.stage": "", "project.fixedAssetInvestment": "", "financials.2023.revenue": "", "financials.2023.rdExpense": "",
      "financials.2024.revenue": "0", "financials.2024.rdExpense": "0", "certifications.0.type": "", "certifications.0.issuedOn": "", sectorTags: "",
    });
    expect(profile).toEqual({ creditCode: "91150200MA0QY7D85N", flags: { pendingLitigation: false }, financials: [{ year: 2024, revenue: 0, rdExpense: 0 }] });
  });

  it("reads [] as a list known to be empty (no certificate), unlike an empty cell (unknown)", () => {
    expect(read({ certifications: "[]", talents: "", sectorTags: "[]" }).profile).toEqual({ certifications: [], sectorTags: [] });
  });

  it("reads null in the project and loanRequest columns as none (no project, no loan needed), unlike an empty cell (unknown)", () => {
    expect(read({ project: "null", loanRequest: "null", talents: "[]" }).profile).toEqual({ project: null, loanRequest: null, talents: [] });
    expect(read({ project: "", loanRequest: "" }).profile).toEqual({});
    expect(EnterpriseProfile.safeParse(read({ project: "null", loanRequest: "null" }).profile).success).toBe(true);
    const { problems } = read({ project: "null", "project.stage": "signed", "project.fixedAssetInvestment": "1" });
    expect(problems).toEqual([{ pointer: "/project", message: expect.stringMatching(/given as "null" \(none\) and also has fields/) }]);
  });

  it("keeps entries in index order without gaps", () => {
    const { profile } = read({ "certifications.3.type": "tsme", "certifications.3.issuedOn": "2025-05-16", "certifications.1.type": "tsme", "certifications.1.issuedOn": "2024-05-15" });
    expect(profile.certifications).toEqual([{ type: "tsme", issuedOn: "2024-05-15" }, { type: "tsme", issuedOn: "2025-05-16" }]);
  });

  it("keeps text where a number or boolean is expected, so the schema reports it at its pointer, and the pointer maps back to the column", () => {
    const row = read({ "financials.2023.revenue": "1", "financials.2023.rdExpense": "1", "financials.2024.revenue": "12万", "financials.2024.rdExpense": "1", "flags.icEnterprise": "yes", "certifications.2.type": "hnte", "certifications.2.issuedOn": "2024-13-01" });
    const parsed = EnterpriseProfile.safeParse(row.profile);
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error!.issues).map((e) => ({ ...e, column: columnOf(row, e.pointer) }));
    expect(errors.map((e) => [e.pointer, e.column])).toEqual(expect.arrayContaining([
      ["/financials/1/revenue", "financials.2024.revenue"],
      ["/flags/icEnterprise", "flags.icEnterprise"],
      ["/certifications/0/issuedOn", "certifications.2.issuedOn"],
    ]));
    expect(errors.find((e) => e.pointer === "/financials/1/revenue")!.message).toMatch(/number.*not text/);
  });

  it("reports a list given both as [] and with entries", () => {
    const { problems } = read({ certifications: "[]", "certifications.0.type": "hnte", "certifications.0.issuedOn": "2024-06-30" });
    expect(problems).toEqual([{ pointer: "/certifications", message: expect.stringMatching(/also has entries/) }]);
  });

  it("reads numbers as JSON writes them and nothing else", () => {
    expect(cellValue("1250000.5", "number")).toBe(1_250_000.5);
    expect(cellValue("-3000000", "number")).toBe(-3_000_000);
    expect(cellValue("1e6", "number")).toBe(1_000_000);
    expect(cellValue("1,000", "number")).toBe("1,000");
    expect(cellValue("0x10", "number")).toBe("0x10");
    expect(cellValue("TRUE", "boolean")).toBe("TRUE");
  });
});

describe("CSV header", () => {
  it("refuses unknown and malformed columns with a message naming them", () => {
    const { specs, problems } = parseHeader(["creditCode", "revenue", "financials.24.revenue", "financials.2024.year", "flags.icEnterprse", "certifications.x.type", "intellectualProperty", "creditCode"]);
    expect(specs.map((s) => s.column)).toEqual(["creditCode"]);
    expect(problems).toHaveLength(7);
    expect(problems.join("\n")).toMatch(/"revenue": unknown column/);
    expect(problems.join("\n")).toMatch(/financials\.<year>\.<field>/);
    expect(problems.join("\n")).toMatch(/flags has no field "icEnterprse"/);
    expect(problems.join("\n")).toMatch(/appears twice/);
  });

  it("the written header: top-level fields, nested objects, then financials.<year>.<field>, certifications.<i>.<field>, talents.<i>.<field>", () => {
    const cols = registerColumns({ years: [2022, 2023, 2024], certifications: 2, talents: 1 });
    expect(cols.slice(0, 3)).toEqual(["creditCode", "name", "registrationDate"]);
    expect(cols).toContain("financials.2024.revenue");
    expect(cols).toContain("intellectualProperty.classI");
    expect(cols).toContain("certifications.1.validUntil");
    expect(cols).toContain("talents.0.equityShare");
    expect(cols).not.toContain("talents.1.tier");
    expect(parseHeader(cols).problems).toEqual([]);
  });

  it("covers every field of the EnterpriseProfile schema", () => {
    const keys = (o: z.ZodObject) => Object.keys(o.shape).sort();
    expect(Object.keys({ ...TOP_FIELDS, ...OBJECT_FIELDS, ...LIST_FIELDS }).sort()).toEqual(keys(EnterpriseProfile));
    expect([...Object.keys(FINANCIAL_FIELDS), "year"].sort()).toEqual(keys(FiscalYear));
    expect(Object.keys(OBJECT_FIELDS.project!).sort()).toEqual(keys(Project));
    expect(Object.keys(OBJECT_FIELDS.loanRequest!).sort()).toEqual(keys(LoanRequest));
    expect(Object.keys(OBJECT_FIELDS.flags!).sort()).toEqual(keys(Flags));
    expect(Object.keys(LIST_FIELDS.talents!).sort()).toEqual(keys(Talent));
    expect(Object.keys(LIST_FIELDS.certifications!).sort()).toEqual(["issuedOn", "type", "validUntil"]);
    expect(Object.keys(OBJECT_FIELDS.intellectualProperty!).sort()).toEqual(["classI", "classII"]);
  });
});

describe("profile → CSV → profile", () => {
  const columns = registerColumns({ years: [2021, 2022, 2023, 2024], certifications: 3, talents: 2 });
  const write = csvRowWriter(columns);
  const { specs } = parseHeader(columns);

  it.each(Object.entries(PROFILES))("%s round-trips unchanged", (_file, profile) => {
    const cells = write(profile);
    expect(rowToProfile(specs, cells).profile).toEqual(profile);
  });

  it("writes no project and no loan as null in their plain columns", () => {
    const cells = write({ project: null, loanRequest: null });
    expect([cells[columns.indexOf("project")], cells[columns.indexOf("loanRequest")], cells[columns.indexOf("project.stage")]]).toEqual(["null", "null", ""]);
    expect(rowToProfile(specs, cells).profile).toEqual({ project: null, loanRequest: null });
    expect(write({ project: { fixedAssetInvestment: 1, stage: "signed" } })[columns.indexOf("project")]).toBe("");
  });

  it("writes an empty list as [], a field left out as an empty cell, numbers and booleans as JSON does", () => {
    const cells = profileToCells(columns, { certifications: [], employees: 0, flags: { icEnterprise: false }, financials: [{ year: 2024, revenue: 6480000.35, rdExpense: 0 }], sectorTags: ["rare-earth", "permanent-magnet"] });
    const at = (c: string) => cells[columns.indexOf(c)];
    expect([at("certifications"), at("employees"), at("techStaff"), at("flags.icEnterprise"), at("flags.seriousFraud"), at("financials.2024.revenue"), at("financials.2023.revenue"), at("sectorTags")])
      .toEqual(["[]", "0", "", "false", "", "6480000.35", "", "rare-earth|permanent-magnet"]);
  });

  it("refuses a value the columns cannot hold instead of dropping it", () => {
    expect(() => write({ financials: [{ year: 2019, revenue: 1, rdExpense: 0 }] })).toThrow(CsvLayoutError);
    expect(() => write({ certifications: [1, 2, 3, 4].map(() => ({ type: "tsme", issuedOn: "2024-05-01" })) })).toThrow(/certifications\.3/);
    expect(() => write({ sectorTags: ["a|b"] })).toThrow(/separator/);
  });
});
