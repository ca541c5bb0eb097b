/**
 * The levers of the fact registry (fact.ts `Lever`): which facts a firm would move to meet a
 * threshold, which way, and how far within a year is plausible. Facts without a lever never
 * appear in a near-miss: headcount, profit and assets (a firm is not advised to shrink for a
 * relief), sales revenue, registration, location, industry, record, certificates, projects,
 * loans, foreign investment and taxes paid, and what the firm does not have (a talent, IP, a
 * project). The bounds are judgements, written down in docs/decisions.md ("Near-misses").
 */
import type { Lever } from "./fact.js";

const increase = (field: string, unit: Lever["unit"], relative: number, absolute: number, reason: string): Lever =>
  ({ direction: "increase", field, unit, relative, absolute, reason });

const RD_REASON =
  "R&D budgets plausibly grow by up to a quarter of what the firm already spends, and by no more than 5,000,000 yuan, within a year; more is an investment decision, not a near miss; a firm with no R&D is not near";

/** R&D over the HNTE window (国科发火〔2016〕32号 第十一条(五)): +25 % of the window's R&D, at most 5,000,000 yuan. */
export const RD_WINDOW = increase("financials[].rdExpense", "yuan", 0.25, 5_000_000, RD_REASON);
/** R&D spent in China over the window: the same bounds, on the R&D spent in China. */
export const RD_DOMESTIC = increase("financials[].rdExpenseDomestic", "yuan", 0.25, 5_000_000, RD_REASON);
/** Last year's R&D: the same bounds. */
export const RD_LAST_YEAR = increase("financials[-1].rdExpense", "yuan", 0.25, 5_000_000, RD_REASON);

/** High-tech product and service revenue (32号 第十一条(六)): +20 %, at most 10,000,000 yuan. */
export const HIGH_TECH_REVENUE = increase("financials[-1].highTechRevenue", "yuan", 0.2, 10_000_000,
  "a firm can shift up to a fifth more of its sales to high-tech products and services within a year, at most 10,000,000 yuan; beyond that its business changes");

/** S&T staff (32号 第十一条(四); 国科发政〔2017〕115号): +50 %, at most 10 people, counted as new hires. */
export const TECH_STAFF = increase("techStaff", "people", 0.5, 10,
  "hiring up to half as many S&T staff again, and no more than ten people, within a year is plausible for an SME; a firm with no S&T staff is not near");

/** A project's fixed-asset or equipment investment: +20 %, at most 10,000,000 yuan. */
export const investment = (field: string): Lever => increase(field, "yuan", 0.2, 10_000_000,
  "a project's budget can grow by up to a fifth, and by no more than 10,000,000 yuan, to reach a band; beyond that it is another project");

/** Scores (innovation points, the HNTE expert score): +10 %, at most 5 points. */
export const score = (field: string): Lever => increase(field, "points", 0.1, 5,
  "a score moves a few points with better evidence and results: up to a tenth, at most 5 points");

/** IP items held (32号 第十一条(二) also counts IP bought or transferred): +100 %, at most 2 items. */
export const IP_ITEMS = increase("intellectualProperty", "items", 1, 2,
  "a firm that holds IP can add one or two items (filed, bought or transferred) within a year; a firm with none is not near");
