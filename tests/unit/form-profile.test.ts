/**
 * The form read back into a profile: every fixture profile, typed into the form, comes back
 * as the same profile (money through 万元, shares through percent); what is left empty stays
 * unknown; refusals point at the field.
 */
import { describe, expect, it } from "vitest";
import { EnterpriseProfile } from "../../src/profile/index.js";
import { fieldId } from "../../src/views/field-index.js";
import { keyOfPath } from "../../src/views/form-errors.js";
import { readForm } from "../../src/views/form-profile.js";
import { PROFILES } from "../support/cases.js";
import { formProfileOf, percentText, profileToForm } from "../support/profile-form.js";

const keys = (values: Record<string, string>) => readForm(values).errors.map((e) => e.key);

describe("every fixture profile through the form", () => {
  it.each(Object.entries(PROFILES))("%s", (_path, profile) => {
    const reading = readForm(profileToForm(profile));
    expect(reading.errors).toEqual([]);
    expect(reading.profile).toEqual(formProfileOf(profile));
    expect(EnterpriseProfile.safeParse(reading.profile).success).toBe(true);
  });

  it("types shares as percent exactly", () => {
    expect(percentText(0.29)).toBe("29");
    expect(percentText(0.125)).toBe("12.5");
    expect(percentText(1)).toBe("100");
  });
});

describe("empty is unknown", () => {
  it("an empty form is an empty profile", () => {
    expect(readForm({}).profile).toEqual({});
    expect(readForm({ zone: "unknown", rareEarth: "unknown", "flags.seriousFraud": "unknown", certsAnswer: "unknown" }).profile).toEqual({});
  });

  it("no is false, don't know is left out; none is an empty list", () => {
    const { profile } = readForm({ "flags.seriousFraud": "no", "flags.pendingLitigation": "yes", "flags.icEnterprise": "unknown", certsAnswer: "none", talentsAnswer: "none", rareEarth: "no" });
    expect(profile).toEqual({ flags: { seriousFraud: false, pendingLitigation: true }, certifications: [], talents: [], sectorTags: [] });
  });

  it("“no investment project” and “no loan needed” are null (none); not answering and nothing filled in leaves them out (unknown)", () => {
    expect(readForm({ projectAnswer: "none", loanAnswer: "none" }).profile).toEqual({ project: null, loanRequest: null });
    expect(readForm({ projectAnswer: "unknown", loanAnswer: "unknown" }).profile).toEqual({});
    const filled = readForm({ "project.fixedAssetInvestment": "3000", "project.stage": "signed", "loan.amount": "100", "loan.termMonths": "12" }).profile;
    expect(filled).toEqual({ project: { fixedAssetInvestment: 30_000_000, stage: "signed" }, loanRequest: { amount: 1_000_000, termMonths: 12 } });
    expect(EnterpriseProfile.safeParse(readForm({ projectAnswer: "none", loanAnswer: "none" }).profile).success).toBe(true);
  });

  it("a year left empty is left out; the others keep their years", () => {
    const { profile, source } = readForm({ latestYear: "2024", "fy0.revenue": "100", "fy0.rdExpense": "0", "fy2.revenue": "80", "fy2.rdExpense": "1" });
    expect(profile.financials).toEqual([{ year: 2022, revenue: 800_000, rdExpense: 10_000 }, { year: 2024, revenue: 1_000_000, rdExpense: 0 }]);
    expect(source.financials).toEqual([2, 0]);
  });
});

describe("refusals point at their field", () => {
  it("accounts need the latest year, and sales and R&D in each year given", () => {
    expect(keys({ "fy1.totalCosts": "5" })).toEqual(["latestYear"]);
    expect(keys({ latestYear: "2024", "fy1.totalCosts": "5" })).toEqual(["fy1.revenue", "fy1.rdExpense"]);
  });

  it("parts cannot exceed their whole", () => {
    expect(keys({ employees: "10", techStaff: "11" })).toEqual(["techStaff"]);
    expect(keys({ latestYear: "2024", "fy0.revenue": "1", "fy0.rdExpense": "1", "fy0.rdExpenseDomestic": "2" })).toEqual(["fy0.rdExpenseDomestic"]);
  });

  it("groups must be complete: IP, project, loan, certificate and talent rows", () => {
    expect(keys({ "ip.classI": "2" })).toEqual(["ip.classII"]);
    expect(keys({ "project.landAreaMu": "12" })).toEqual(["project.fixedAssetInvestment", "project.stage"]);
    expect(keys({ "loan.termMonths": "12" })).toEqual(["loan.amount"]);
    expect(keys({ "cert1.type": "hnte" })).toEqual(["cert1.issuedOn"]);
    expect(keys({ "cert0.type": "hnte", "cert0.issuedOn": "2024-05-01", "cert0.validUntil": "2024-04-30" })).toEqual(["cert0.validUntil"]);
  });

  it("an HNTE certificate is valid three years from issue, through the third anniversary (国科发火〔2016〕32号 第九条)", () => {
    const cert = (type: string, validUntil: string) => readForm({ certsAnswer: "listed", "cert0.type": type, "cert0.issuedOn": "2022-12-01", "cert0.validUntil": validUntil }).errors;
    expect(cert("hnte", "2025-12-01")).toEqual([]); // at the line
    expect(cert("hnte", "2025-11-30")).toEqual([]); // a day under
    expect(cert("hnte", "2025-12-02")).toEqual([{ key: "cert0.validUntil", message: {
      "zh-CN": "高新技术企业证书自发证之日起有效期为三年（国科发火〔2016〕32号 第九条）：2022-12-01 发证的证书最晚有效至 2025-12-01，请按证书核对，或不填",
      en: "an HNTE certificate is valid for three years from issue (国科发火〔2016〕32号 第九条): one issued on 2022-12-01 is valid until 2025-12-01 at the latest; check the certificate, or leave this empty",
    } }]); // a day over
    expect(cert("tsme", "2099-12-31")).toEqual([]); // a TSME entry's validUntil is read by no fact: not bounded
    expect(keys({ "talent2.equityShare": "30%" })).toEqual(["talent2.tier"]);
  });

  it("a list answer must agree with its rows", () => {
    expect(keys({ certsAnswer: "none", "cert0.type": "tsme", "cert0.issuedOn": "2024-05-01" })).toEqual(["certsAnswer"]);
    expect(keys({ talentsAnswer: "listed" })).toEqual(["talentsAnswer"]);
    expect(keys({ projectAnswer: "none", "project.fixedAssetInvestment": "3000", "project.stage": "signed" })).toEqual(["projectAnswer"]);
    expect(keys({ loanAnswer: "listed" })).toEqual(["loanAnswer"]);
    expect(keys({ loanAnswer: "none", "loan.amount": "100", "loan.termMonths": "12" })).toEqual(["loanAnswer"]);
  });

  it("unknown options are refused", () => {
    expect(keys({ zone: "atlantis" })).toEqual(["zone"]);
    expect(keys({ "cert0.type": "nobel", "cert0.issuedOn": "2024-01-01" })).toEqual(["cert0.type"]);
  });

  it("messages are in both languages and in form order", () => {
    const { errors } = readForm({ "loan.amount": "x", name: " ", employees: "1.5", creditCode: "123" });
    expect(errors.map((e) => e.key)).toEqual(["creditCode", "employees", "loan.amount", "loan.termMonths"]);
    for (const e of errors) expect(e.message["zh-CN"] && e.message.en).toBeTruthy();
  });

  it("maps profile paths back to form fields", () => {
    const source = { financials: [2, 0], certifications: [3], talents: [1] };
    expect(keyOfPath(["financials", 1, "revenue"], source)).toBe("fy0.revenue");
    expect(keyOfPath(["financials", 0, "year"], source)).toBe("latestYear");
    expect(keyOfPath(["certifications", 0, "issuedOn"], source)).toBe("cert3.issuedOn");
    expect(keyOfPath(["talents", 0, "equityShare"], source)).toBe("talent1.equityShare");
    expect(keyOfPath(["intellectualProperty", "classII"], source)).toBe("ip.classII");
    expect(keyOfPath(["loanRequest", "termMonths"], source)).toBe("loan.termMonths");
    expect(keyOfPath(["flags", "seriousFraud"], source)).toBe("flags.seriousFraud");
    expect(keyOfPath(["sectorTags", 0], source)).toBe("rareEarth");
    expect(keyOfPath(["creditCode"], source)).toBe("creditCode");
    expect(keyOfPath(["nonsense"], source)).toBe("");
    expect(fieldId("fy0.revenue")).toBe("f-fy0-revenue");
  });
});
