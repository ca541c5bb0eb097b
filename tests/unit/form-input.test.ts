/** What people type into the form: understood exactly, or refused with a message in both languages. */
import { describe, expect, it } from "vitest";
import { parseCreditCode, parseIndustryCode } from "../../src/views/form-codes.js";
import { normalizeInput, parseDate, parseNumber, parsePercent, parseText, parseWan, type Parsed } from "../../src/views/form-input.js";
import { amountText, wan, yuanText } from "../../src/views/format.js";

const value = <T>(r: Parsed<T>) => (r.ok ? r.value : `error: ${r.error.en}`);
const refused = <T>(r: Parsed<T>) => {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("accepted");
  expect(r.error["zh-CN"]).not.toBe("");
  expect(r.error.en).not.toBe("");
  return r.error;
};

describe("normalizeInput", () => {
  it("turns full-width digits and punctuation into ASCII", () => {
    expect(normalizeInput("　１２，３４５．６７％　")).toBe("12,345.67%");
    expect(normalizeInput("－５")).toBe("-5");
    expect(normalizeInput("−5")).toBe("-5");
    expect(normalizeInput("12。5")).toBe("12.5");
  });
});

describe("parseWan: 万元 to yuan, exact to the fen", () => {
  it.each([
    ["12.3456", 123456],
    ["12.345678", 123456.78],
    ["0.000001", 0.01],
    ["5000", 50_000_000],
    ["5,000", 50_000_000],
    ["５，０００", 50_000_000],
    ["1,234,567.89", 12_345_678_900],
    ["12.5万元", 125_000],
    ["１２．５万", 125_000],
    [" 0 ", 0],
    [".5", 5000],
    ["0.57", 5700],
    ["1.1", 11000],
    ["0.0001", 1],
  ])("%s 万元 = %d yuan", (text, yuan) => {
    expect(value(parseWan(text))).toBe(yuan);
  });

  it("keeps the fen that float arithmetic would lose (0.57 × 10000 = 5699.999…)", () => {
    expect(0.57 * 10000).not.toBe(5700);
    expect(value(parseWan("0.57"))).toBe(5700);
    expect(value(parseWan("100.000001"))).toBe(1_000_000.01);
  });

  it("reads an empty field as missing, never 0", () => {
    expect(parseWan("")).toEqual({ ok: true, value: undefined });
    expect(parseWan("   ")).toEqual({ ok: true, value: undefined });
    expect(parseWan("　")).toEqual({ ok: true, value: undefined });
  });

  it("refuses more than 6 decimals (less than a fen)", () => {
    expect(refused(parseWan("1.2345678")).en).toMatch(/6 decimals/);
  });

  it("refuses negative amounts unless signed (a loss)", () => {
    refused(parseWan("-5"));
    expect(value(parseWan("-120", { signed: true }))).toBe(-1_200_000);
    expect(value(parseWan("－120", { signed: true }))).toBe(-1_200_000);
  });

  it("refuses yuan typed where 万元 is asked, with the conversion", () => {
    const e = refused(parseWan("12000元"));
    expect(e["zh-CN"]).toContain("1.2 万元");
  });

  it("refuses misplaced separators, two points, percent and words", () => {
    expect(refused(parseWan("12,34")).en).toMatch(/thousands separators/);
    expect(refused(parseWan("1,2345")).en).toMatch(/thousands separators/);
    expect(refused(parseWan("1.2.3")).en).toMatch(/one decimal point/);
    refused(parseWan("3%"));
    refused(parseWan("abc"));
    refused(parseWan("五千"));
    refused(parseWan("-"));
  });

  it("refuses implausibly large amounts", () => {
    // 10^13 yuan = 10^9 万元, the profile schema's limit
    refused(parseWan("1000000000.0001"));
    refused(parseWan("1000000001"));
    expect(value(parseWan("1000000000"))).toBe(1e13);
    expect(value(parseWan("999999999.9999"))).toBe(9_999_999_999_999);
  });
});

describe("parsePercent", () => {
  it.each([
    ["3%", 0.03],
    ["3％", 0.03],
    ["３％", 0.03],
    ["30", 0.3],
    ["29", 0.29],
    ["12.5 %", 0.125],
    ["0.1%", 0.001],
    ["100", 1],
    ["0", 0],
  ])("%s → %d", (text, fraction) => {
    expect(value(parsePercent(text))).toBe(fraction);
  });

  it("a bare number below 1 is a fraction typed into a percent field: refused with the percent it probably meant", () => {
    const r = parsePercent("0.35");
    expect(r).toMatchObject({ ok: false });
    expect(JSON.stringify(r)).toMatch(/did you mean 35%\?/);
    expect(value(parsePercent("0.35%"))).toBe(0.0035);
  });

  it("is empty when empty; refuses over 100 and negatives", () => {
    expect(value(parsePercent(""))).toBeUndefined();
    refused(parsePercent("101"));
    refused(parsePercent("-3%"));
    refused(parsePercent("3‰"));
  });
});

describe("parseNumber", () => {
  it("reads counts with separators, full-width digits and the unit typed", () => {
    expect(value(parseNumber("1,200", { integer: true }))).toBe(1200);
    expect(value(parseNumber("１８０人", { integer: true, suffixes: ["人"] }))).toBe(180);
    expect(value(parseNumber("180.0", { integer: true }))).toBe(180);
    expect(value(parseNumber("12.5亩", { suffixes: ["亩"] }))).toBe(12.5);
    expect(value(parseNumber("12000.5 m²", { suffixes: ["m2"] }))).toBe(12000.5);
  });

  it("refuses decimals in counts, percent signs, negatives and out-of-range values", () => {
    expect(refused(parseNumber("12.5", { integer: true })).en).toMatch(/whole number/);
    expect(refused(parseNumber("30%", {})).en).toMatch(/not a percentage/);
    refused(parseNumber("-1", {}));
    expect(refused(parseNumber("101", { max: 100 })).en).toMatch(/at most 100/);
    refused(parseNumber("0", { min: 1 }));
  });

  it("reads an empty field as missing", () => {
    expect(value(parseNumber("", { integer: true }))).toBeUndefined();
  });
});

describe("parseDate", () => {
  it.each([
    ["2025-06-30", "2025-06-30"],
    ["2025/6/30", "2025-06-30"],
    ["2025.6.3", "2025-06-03"],
    ["2025年6月30日", "2025-06-30"],
    ["２０２５年６月３０日", "2025-06-30"],
    ["20250630", "2025-06-30"],
    ["2024-02-29", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });

  it("refuses dates that do not exist and other shapes", () => {
    refused(parseDate("2025-02-29"));
    refused(parseDate("2025-13-01"));
    refused(parseDate("30/06/2025"));
    refused(parseDate("1899-12-31"));
  });
});

describe("parseText, codes", () => {
  it("trims text and limits its length", () => {
    expect(value(parseText("  包头  稀晟 ", 200))).toBe("包头 稀晟");
    expect(value(parseText("   ", 200))).toBeUndefined();
    refused(parseText("长".repeat(201), 200));
  });

  it("reads a credit code typed in lower case, full width or with spaces", () => {
    expect(value(parseCreditCode("91150200ma0n3k7r4k"))).toBe("91150200MA0N3K7R4K");
    expect(value(parseCreditCode("９１１５０２００ＭＡ０Ｎ３Ｋ７Ｒ４Ｋ"))).toBe("91150200MA0N3K7R4K");
    expect(value(parseCreditCode("9115 0200 MA0N 3K7R 4K"))).toBe("91150200MA0N3K7R4K");
    expect(refused(parseCreditCode("91150200MA0N3K7R4A")).en).toMatch(/check character/);
    expect(refused(parseCreditCode("9115")).en).toMatch(/18 characters/);
    expect(refused(parseCreditCode("91150200MA0N3K7RO4")).en).toMatch(/"O"/);
  });

  it("reads an industry class", () => {
    expect(value(parseIndustryCode("３９８５"))).toBe("3985");
    refused(parseIndustryCode("398"));
    refused(parseIndustryCode("9901"));
  });
});

describe("amounts shown in 万元", () => {
  it.each([
    [1_200_050, "120.005"],
    [123_456, "12.3456"],
    [125_000, "12.5"],
    [0.01, "0.000001"],
    [25_800_000, "2,580"],
    [0, "0"],
    [-1_200_000, "-120"],
  ])("%d yuan = %s 万元", (yuan, text) => {
    expect(wan(yuan)).toBe(text);
  });

  it("writes yuan with fen and both languages", () => {
    expect(yuanText(1_200_050)).toBe("1,200,050.00");
    expect(yuanText(0.5)).toBe("0.50");
    expect(amountText(125_000, "zh-CN")).toBe("12.5 万元");
    expect(amountText(125_000, "en")).toBe("125,000.00 yuan (12.5 万元)");
  });
});
