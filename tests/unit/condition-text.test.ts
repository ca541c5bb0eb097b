/** Condition sentences are generated from fact, operator and values, in both languages. */
import { describe, expect, it } from "vitest";
import { conditionText } from "../../src/engine/condition-text.js";
import { OPERATORS } from "../../src/ruleset/condition.js";

describe("condition text", () => {
  it("states a failed ratio threshold with its units (the DESIGN.md example)", () => {
    expect(conditionText("rdIntensity3y", "greaterThanInclusive", 0.0389, 0.04, false)).toEqual({
      "zh-CN": "近三年研发费用占销售收入比例 3.89% 低于 4.00%",
      en: "R&D intensity over the last three years 3.89% is below 4.00%",
    });
  });

  it("shows percentages to two decimals, rounded half-up, and whole where two decimals would hide a miss", () => {
    expect(conditionText("rdIntensity3y", "greaterThanInclusive", 0.038889, 0.04, false).en).toBe("R&D intensity over the last three years 3.89% is below 4.00%");
    expect(conditionText("techStaffShare", "greaterThanInclusive", 0.123456, 0.1, true).en).toBe("S&T staff share 12.35% is at least 10.00%");
    expect(conditionText("rdIntensity3y", "greaterThanInclusive", 0.049999, 0.05, false).en).toBe("R&D intensity over the last three years 4.9999% is below 5.00%");
    expect(conditionText("rdIntensity3y", "greaterThanInclusive", 0.05, 0.05, true).en).toBe("R&D intensity over the last three years 5.00% is at least 5.00%");
  });

  it("states money in yuan and counts in their unit", () => {
    expect(conditionText("lastYear.taxableIncome", "lessThanInclusive", 3000000.01, 3000000, false).en)
      .toBe("last year's taxable income 3,000,000.01 yuan exceeds 3,000,000.00 yuan");
    expect(conditionText("employees", "lessThanInclusive", 500, 500, true)["zh-CN"]).toBe("职工总数 500 人 不超过 500 人");
  });

  it("says 1 year, 1 person (not 1 years)", () => {
    expect(conditionText("tsmeConsecutiveYears", "greaterThanInclusive", 1, 2, false).en).toBe("consecutive years in the TSME database 1 year is below 2 years");
    expect(conditionText("employees", "lessThanInclusive", 1, 500, true).en).toBe("employees 1 person is at most 500 people");
  });

  it("states a missing fact with what is required", () => {
    expect(conditionText("hnteAssessmentScore", "greaterThan", undefined, 70, null)).toEqual({
      "zh-CN": "缺少高新技术企业创新能力评价得分（要求高于 70 分）",
      en: "HNTE innovation-capability score is missing (required: above 70 points)",
    });
  });

  it("states yes/no facts and lists", () => {
    expect(conditionText("hnteCertified", "equal", false, true, false).en).toBe("holds a valid HNTE certificate: no (yes required)");
    expect(conditionText("project.stage", "in", "operating", ["signed", "construction"], false)["zh-CN"]).toBe("项目阶段：正式运营（须为 已签约、建设中 之一）");
    expect(conditionText("taxCollection", "equal", "assessed", "actual", false)).toEqual({
      "zh-CN": "企业所得税征收方式：核定征收（要求：查账征收）",
      en: "income-tax collection method: assessed (on actual accounts required)",
    });
  });

  it("has a phrase for every operator, true, false and unknown", () => {
    for (const op of OPERATORS) {
      for (const r of [true, false, null]) {
        const t = conditionText("employees", op, 5, 10, r);
        expect(t["zh-CN"].length, `${op} ${r}`).toBeGreaterThan(4);
        expect(t.en, `${op} ${r}`).toMatch(/^employees/);
      }
    }
  });
});
