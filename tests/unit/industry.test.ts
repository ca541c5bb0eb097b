/**
 * GB/T 4754-2017 class → SME sector (工信部联企业〔2011〕300号) and the R&D super-deduction
 * negative list (财税〔2015〕119号): policy/SOURCES.md §12, one row at a time, at the range edges.
 */
import { describe, expect, it } from "vitest";
import { industryClass, isIndustryClass, type SmeSector } from "../../src/profile/industry.js";

type Row = [code: string, sector: SmeSector, negative: boolean, why: string];

describe("industryClass: §12 table", () => {
  it.each<Row>([
    ["0111", "agriculture", false, "01 first agriculture division"],
    ["0500", "agriculture", false, "05 last agriculture division"],
    ["0600", "industry", false, "06 first mining division"],
    ["0932", "industry", false, "rare-earth ore mining (§9)"],
    ["1290", "industry", false, "12 last mining division"],
    ["1310", "industry", false, "13 first manufacturing division"],
    ["1510", "industry", false, "15 beverages: manufacturing, not on the list"],
    ["1610", "industry", true, "16 tobacco manufacturing: on the list"],
    ["1690", "industry", true, "16 tobacco, last class"],
    ["1710", "industry", false, "17 textiles: off the list again"],
    ["3985", "industry", false, "electronic materials / NdFeB (§9)"],
    ["4390", "industry", false, "43 last manufacturing division"],
    ["4411", "industry", false, "44 electricity (section D)"],
    ["4690", "industry", false, "46 water: last industry division"],
    ["4710", "construction", false, "47 first construction division"],
    ["5010", "construction", false, "50 last construction division"],
    ["5110", "wholesale", true, "51 wholesale"],
    ["5164", "wholesale", true, "metals and ores wholesale (§9: on the list)"],
    ["5190", "wholesale", true, "51 wholesale, last group"],
    ["5210", "retail", true, "52 retail"],
    ["5310", "transport", false, "53 rail: first transport division"],
    ["5810", "transport", false, "58 multimodal and agency: last transport division"],
    ["5910", "warehousing", false, "59 warehousing"],
    ["6010", "postal", false, "60 postal"],
    ["6110", "accommodation", true, "61 accommodation"],
    ["6210", "catering", true, "62 catering"],
    ["6310", "information-transmission", false, "63 telecom"],
    ["6410", "information-transmission", false, "64 internet"],
    ["6510", "software-it", false, "65 software and IT services"],
    ["6610", "finance", false, "66 first finance division"],
    ["6710", "finance", false, "67 capital markets"],
    ["6810", "finance", false, "68 insurance"],
    ["6990", "finance", false, "69 last finance division"],
    ["7010", "real-estate-development", true, "7010 development"],
    ["7020", "property-management", true, "7020 property management"],
    ["7030", "other", true, "other 70xx → other sectors, still real estate"],
    ["7090", "other", true, "other 70xx → other sectors, still real estate"],
    ["7110", "leasing-business", true, "71 leasing"],
    ["7210", "leasing-business", true, "72 business services"],
    ["7310", "other", false, "73 research"],
    ["7590", "other", false, "75 technical services (last of M)"],
    ["7610", "other", false, "76 water and public facilities"],
    ["8510", "other", false, "85 social work"],
    ["8610", "other", false, "86 press and publishing"],
    ["8910", "other", false, "89 sports"],
    ["9010", "other", true, "90 entertainment: on the list"],
    ["9090", "other", true, "90 entertainment, last class"],
    ["9110", "other", false, "91 public administration"],
    ["9710", "other", false, "97 international organisations: last division"],
  ])("%s → %s, negative list %s (%s)", (code, sector, negative) => {
    const c = industryClass(code);
    expect(c).toEqual({ code, division: Number(code.slice(0, 2)), sector, rdNegativeList: negative });
    expect(isIndustryClass(code)).toBe(true);
  });
});

describe("industryClass: input errors (four digits, division 01–97)", () => {
  it.each([
    ["0099", "division 00"],
    ["0000", "division 00"],
    ["9810", "division 98"],
    ["9910", "division 99"],
    ["39851", "five digits"],
    ["398", "three digits"],
    ["39a5", "a letter"],
    [" 3985", "a space"],
    ["", "empty"],
    ["３９８５", "full-width digits"],
  ])("refuses %j (%s)", (code) => {
    expect(isIndustryClass(code)).toBe(false);
    expect(() => industryClass(code)).toThrow(/not a GB\/T 4754-2017 class/);
  });
});
