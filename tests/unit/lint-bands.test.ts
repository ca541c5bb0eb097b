/**
 * Band lint (src/ruleset/lint/bands.ts): the factory-construction bands of a `tiers` amount
 * (30M–200M, 200M–500M, ≥ 500M of fixed-asset investment) and the HNTE R&D-intensity ladder
 * by revenue (≤ 50M, 50M–200M, > 200M) changed the ways an author gets them wrong: a gap, an
 * overlap, a band that takes nothing, a range the conditions admit that no band covers — each
 * an error pointing at the later band and naming the other. Values compare on the fact's grid
 * (one fen, one person, one day).
 */
import { describe, expect, it } from "vitest";
import { lintRuleSet } from "../../src/ruleset/lint.js";
import { draftOf, measure } from "../support/drafts.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const BAND_RULES = new Set(["band-gap", "band-overlap", "band-empty"]);
const bandFindings = (d: unknown) => lintRuleSet(d).errors.filter((f) => BAND_RULES.has(f.rule));
const factory = (d: any) => measure(d, "factory-construction-subsidy");
const BANDS = "/measures/10/amount/bands";
const withBands = (edit: (bands: any[], d: any) => void) => {
  const d = draftOf();
  edit(factory(d).amount.bands, d);
  return bandFindings(d);
};

describe("tiers", () => {
  it("the bundled bands meet: no finding, in any order", () => {
    expect(bandFindings(draftOf())).toEqual([]);
    expect(withBands((b) => b.reverse())).toEqual([]);
  });

  it("a gap between 200M and 250M: an error at the later band naming the earlier", () => {
    expect(withBands((b) => { b[1].from = 250_000_000; })).toEqual([{
      rule: "band-gap", pointer: `${BANDS}/1`,
      message: `bands ${BANDS}/0 (30000000 ≤ project.fixedAssetInvestment < 200000000) and ${BANDS}/1 (250000000 ≤ project.fixedAssetInvestment < 500000000) leave a gap: 200000000 ≤ project.fixedAssetInvestment < 250000000 falls in neither, so an eligible firm there gets an amount of 0`,
    }]);
  });

  it("a gap of one fen is a gap; bands that meet to the fen are not", () => {
    expect(withBands((b) => { b[0].to = 199_999_999.99; })).toMatchObject([{ rule: "band-gap", pointer: `${BANDS}/1`, message: expect.stringContaining("199999999.99 ≤ project.fixedAssetInvestment < 200000000 falls in neither") }]);
  });

  it("an overlap: the values both take, and which band's amount is paid", () => {
    expect(withBands((b) => { b[2].from = 400_000_000; })).toEqual([{
      rule: "band-overlap", pointer: `${BANDS}/2`,
      message: `bands ${BANDS}/1 (200000000 ≤ project.fixedAssetInvestment < 500000000) and ${BANDS}/2 (400000000 ≤ project.fixedAssetInvestment) overlap: 400000000 ≤ project.fixedAssetInvestment < 500000000 falls in both (the amount of ${BANDS}/1, listed first, is paid)`,
    }]);
    expect(withBands((b) => { delete b[2].from; })).toMatchObject([{ rule: "band-overlap", pointer: `${BANDS}/0` }, { rule: "band-overlap", pointer: `${BANDS}/1` }]);
  });

  it("a band that takes no value", () => {
    expect(withBands((b) => { b[1].to = 200_000_000; })).toMatchObject([
      { rule: "band-empty", pointer: `${BANDS}/1` },
      { rule: "band-gap", pointer: `${BANDS}/2`, message: expect.stringContaining("200000000 ≤ project.fixedAssetInvestment < 500000000 falls in neither") },
    ]);
  });

  it("conditions admitting investment below the first band: 20M–30M would be eligible with 0", () => {
    expect(withBands((_, d) => { factory(d).conditions.all[3].value = 20_000_000; })).toEqual([{
      rule: "band-gap", pointer: `${BANDS}/0`,
      message: `the conditions (/measures/10/conditions) admit 20000000 ≤ project.fixedAssetInvestment, but the first band is 30000000 ≤ project.fixedAssetInvestment < 200000000: an eligible firm with 20000000 ≤ project.fixedAssetInvestment < 30000000 falls in no band, and its amount is 0`,
    }]);
    expect(withBands((_, d) => { factory(d).conditions.all[3].value = 40_000_000; })).toEqual([]); // narrower than the bands: covered
  });

  it("conditions capping the base above the last band", () => {
    expect(withBands((b, d) => {
      b[2].to = 900_000_000;
      factory(d).conditions.all.push({ fact: "project.fixedAssetInvestment", operator: "lessThanInclusive", value: 1_000_000_000, clause: "test" });
    })).toMatchObject([{ rule: "band-gap", pointer: `${BANDS}/2`, message: expect.stringContaining("an eligible firm with 900000000 ≤ project.fixedAssetInvestment ≤ 1000000000 falls in no band") }]);
  });

  it("the loan-term tiers (months) meet at 61: none; a gap of one month is reported", () => {
    const d = draftOf();
    expect(bandFindings(d)).toEqual([]);
    measure(d, "working-capital-loan-interest-subsidy").amount.bands[1].from = 62;
    expect(bandFindings(d)).toMatchObject([{ rule: "band-gap", message: expect.stringContaining("61 ≤ loanRequest.termMonths < 62 falls in neither") }]);
  });
});

describe("condition ladders", () => {
  const LADDER = "/conditions/hnte-article-11/all/3/any"; // the art. 11 conditions hnte-recognition and hnte-re-recognition share
  const withRungs = (edit: (rungs: any[]) => void) => {
    const d = draftOf();
    edit(d.conditions["hnte-article-11"].all[3].any);
    return bandFindings(d);
  };

  it("the HNTE bands by revenue (≤ 50M, > 50M and ≤ 200M, > 200M) meet", () => {
    expect(withRungs(() => {})).toEqual([]);
  });

  it("the second band from 60M: a gap, pointed at its rung", () => {
    expect(withRungs((r) => { r[1].all[0].value = 60_000_000; })).toEqual([{
      rule: "band-gap", pointer: `${LADDER}/1`,
      message: `rungs ${LADDER}/0 (lastYear.revenue ≤ 50000000) and ${LADDER}/1 (60000000 < lastYear.revenue ≤ 200000000) leave a gap: 50000000 < lastYear.revenue ≤ 60000000 falls in neither, so the ladder does not decide it as the source's bands would`,
    }]);
  });

  it("“5,000万元至2亿元” read as ≥ 50M: the two bands both take exactly 50,000,000", () => {
    expect(withRungs((r) => { r[1].all[0].operator = "greaterThanInclusive"; })).toMatchObject([{
      rule: "band-overlap", pointer: `${LADDER}/1`, message: expect.stringContaining("overlap: lastYear.revenue = 50000000 falls in both"),
    }]);
  });

  it("a gap of one fen", () => {
    expect(withRungs((r) => { r[1].all[0].value = 50_000_000.01; })).toMatchObject([{ rule: "band-gap", message: expect.stringContaining("50000000 < lastYear.revenue ≤ 50000000.01 falls in neither") }]);
  });

  it("whole numbers meet at the next whole number: ≤ 300 and ≥ 301 employees; ≥ 302 leaves 301 out", () => {
    const ladder = (second: number) => {
      const d = draftOf();
      d.conditions = { staff: { any: [
        { all: [{ fact: "employees", operator: "lessThanInclusive", value: 300, clause: "a" }, { fact: "rdIntensity3y", operator: "greaterThanInclusive", value: 0.05, clause: "a" }] },
        { all: [{ fact: "employees", operator: "greaterThanInclusive", value: second, clause: "b" }, { fact: "rdIntensity3y", operator: "greaterThanInclusive", value: 0.03, clause: "b" }] },
      ] } };
      return bandFindings(d);
    };
    expect(ladder(301)).toEqual([]);
    expect(ladder(302)).toMatchObject([{ rule: "band-gap", pointer: "/conditions/staff/any/1", message: expect.stringContaining("300 < employees < 302 falls in neither") }]);
  });

  it("alternatives are not bands: “≥ 10M and A, or ≥ 20M and B” and “FAI ≥ 1bn or foreign investment ≥ USD 150M” pass", () => {
    const d = draftOf();
    d.conditions = { alt: { any: [
      { all: [{ fact: "lastYear.revenue", operator: "greaterThanInclusive", value: 10_000_000, clause: "a" }, { fact: "flags.icEnterprise", operator: "equal", value: true }] },
      { all: [{ fact: "lastYear.revenue", operator: "greaterThanInclusive", value: 20_000_000, clause: "b" }, { fact: "flags.machineToolEnterprise", operator: "equal", value: true }] },
    ] } };
    expect(bandFindings(d)).toEqual([]);
  });
});
