/**
 * Synthetic rule sets for the benchmark, as in issue 5: rules of 3–8 conditions with all/any
 * nesting, numeric thresholds and `in` lists, over facts of the registry; seeded, so every run
 * measures the same rules.
 */
import fc from "fast-check";
import type { RuleSetInput } from "../../src/ruleset/schema.js";

const NUMERIC: [string, number, number][] = [
  ["employees", 0, 1000], ["techStaff", 0, 200], ["lastYear.revenue", 0, 400_000_000], ["lastYear.rdExpense", 0, 20_000_000],
  ["totalAssets", 0, 400_000_000], ["rdIntensity3y", 0, 0.1], ["techStaffShare", 0, 0.4], ["tsmeScore", 0, 100],
  ["innovationPoints", 0, 100], ["enterpriseAgeDays", 0, 5000], ["hnteAssessmentScore", 0, 100], ["averageEmployees", 0, 600],
];
const LISTS: [string, string[]][] = [
  ["industryCode", ["3985", "3232", "0932", "5164", "6513", "7320", "1610", "6211", "7010", "3240", "3812", "4210"]],
  ["smeSector", ["industry", "wholesale", "software-it", "other", "catering", "real-estate-development"]],
  ["sizeClass", ["micro", "small", "medium", "large"]],
  ["taxCollection", ["actual", "assessed"]],
];
const OPS = ["greaterThanInclusive", "greaterThan", "lessThanInclusive", "lessThan"] as const;

const numericLeaf = fc.record({ f: fc.constantFrom(...NUMERIC), op: fc.constantFrom(...OPS), q: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ f: [fact, lo, hi], op, q }) => ({ fact, operator: op, value: Math.round((lo + q * (hi - lo)) * 100) / 100 }));
const listLeaf = fc.record({ f: fc.constantFrom(...LISTS), n: fc.integer({ min: 1, max: 4 }), not: fc.boolean() })
  .map(({ f: [fact, values], n, not }) => ({ fact, operator: not ? "notIn" : "in", value: values.slice(0, n) }));
const flagLeaf = fc.constantFrom("flags.majorAccidentLastYear", "flags.seriousFraud", "flags.restrictedIndustry").map((fact) => ({ fact, operator: "equal", value: false }));
const leaf = fc.oneof({ arbitrary: numericLeaf, weight: 5 }, { arbitrary: listLeaf, weight: 2 }, { arbitrary: flagLeaf, weight: 1 });

/** 3–8 leaves, grouped into a top-level all/any with one nested any/all. */
const conditions = fc.record({ leaves: fc.array(leaf, { minLength: 3, maxLength: 8 }), top: fc.constantFrom("all", "any"), split: fc.integer({ min: 1, max: 7 }) })
  .map(({ leaves, top, split }) => {
    const k = Math.min(split, leaves.length - 1);
    const inner = { [top === "all" ? "any" : "all"]: leaves.slice(k) };
    return { [top]: [...leaves.slice(0, k), inner] };
  });

const text = { "zh-CN": "基准", en: "benchmark" };

/** A valid rule set of `n` generated measures (half with a percentOf amount), the same for the same `seed`. */
export function syntheticRuleSet(n: number, seed: number): RuleSetInput {
  const trees = fc.sample(conditions, { numRuns: n, seed });
  return {
    id: "benchmark", version: "2025.1.0", title: text, effectiveFrom: "2025-01-01",
    measures: trees.map((c, i) => ({
      id: `m${i}`, kind: "subsidy", title: text, summary: text, evidence: "V",
      source: { title: "benchmark", issuer: "benchmark", number: `B-${i}` },
      conditions: c as never, apply: { department: text },
      ...(i % 2 === 0 ? { amount: { type: "percentOf", kind: "payment", base: { fact: "lastYear.rdExpense" }, rate: 0.05, cap: 2_000_000 } } : {}),
    })),
  } as RuleSetInput;
}
