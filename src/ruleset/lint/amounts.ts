/**
 * Amounts (DESIGN.md "Amounts"; src/ruleset/amount.ts): the facts an amount reads must be
 * numbers (a lookup: categories, with table keys among the fact's values), the parameters it
 * reads must be defined by the rule set, sums in yuan have at most 2 decimals, and the rates of
 * a `percentOf` or a `rateRegime` — literals, lookup tables and the dated parameters they name
 * (the LPR) — are fractions from 0 to 1: a rate typed as a percentage (5 for 5 %) would pay 100
 * times too much. A rate regime must tax below the general rate, and the rule set's `incomeTax`
 * names a taxable income in yuan and a fiscal year. (A `deduction`'s rates are multipliers:
 * 1.2 is 120 %.) Every number of an amount (sums, caps, floors, literals, rates per unit, table
 * values, band edges) and every parameter value lies within ±10^13, the money limit of
 * profiles: past it no programme pays, and a JSON number no longer keeps the fen
 * (docs/decisions.md).
 */
import { FACTS, fractionDigits, MAX_YUAN } from "../../profile/index.js";
import type { JsonPath } from "../pointer.js";
import type { Collector } from "./finding.js";
import { asArray, asObject, has, type Obj, show } from "./json.js";
import { didYouMean } from "./suggest.js";
import { describeType } from "./values.js";

/** Keys whose number is a sum in yuan. */
const YUAN_KEYS = new Set(["cap", "floor"]);

/**
 * Lints `measures[i].amount` of a raw rule set.
 * @param root the posted JSON object
 */
export function lintAmounts(root: Obj, c: Collector): void {
  const parameters = Object.keys(asObject(root.parameters) ?? {});
  const rateParameters = new Set<string>();
  const general = asObject(root.incomeTax)?.generalRate;
  asArray(root.measures).forEach((m, i) => {
    const amount = asObject(asObject(m)?.amount);
    if (amount) visit(amount, ["measures", i, "amount"], parameters, c, rateParameters);
    if (amount?.type === "rateRegime" && typeof general === "number") regimeBelowGeneral(amount, general, ["measures", i, "amount", "rate"], c);
  });
  incomeTaxFacts(asObject(root.incomeTax), c);
  for (const [name, rows] of Object.entries(asObject(root.parameters) ?? {})) {
    asArray(rows).forEach((row, j) => {
      const v = asObject(row)?.value;
      if (typeof v !== "number" || !withinLimit(v, ["parameters", name, j, "value"], c)) return;
      if (rateParameters.has(name)) fraction(v, ["parameters", name, j, "value"], `parameter ${name}, a rate`, c);
    });
  }
}

/** A rate regime's literal rates must multiply to less than the general rate (it would never be chosen otherwise). */
function regimeBelowGeneral(amount: Obj, general: number, path: JsonPath, c: Collector): void {
  const rates = (Array.isArray(amount.rate) ? amount.rate : [amount.rate]).map((r) => (typeof r === "number" ? r : asObject(r)?.value));
  if (!rates.every((r): r is number => typeof r === "number")) return; // facts, parameters, lookups: known only on a date
  const effective = rates.reduce((p, r) => p * r, 1);
  if (effective >= general) {
    c.report("regime-not-below-general", path, `the rates multiply to ${Number((effective * 100).toFixed(4))} %, not below the general rate of ${general * 100} % ("incomeTax"): the regime could never lower the tax — check the rates (0.15 = 15 %)`);
  }
}

/** The income tax's facts: taxable income in yuan, the fiscal year a year. */
function incomeTaxFacts(tax: Obj | undefined, c: Collector): void {
  if (!tax) return;
  const want = [["taxableIncome", "yuan", "a sum in yuan, e.g. lastYear.taxableIncome"], ["fiscalYear", "year", "a calendar year, e.g. lastYear.year"]] as const;
  for (const [key, unit, what] of want) {
    const def = typeof tax[key] === "string" ? FACTS.get(tax[key]) : undefined;
    if (def && def.unit !== unit) c.report("operand-type", ["incomeTax", key], `incomeTax.${key} must name ${what}; ${def.name} is ${describeType(def)}`);
  }
}

/** A number of an amount lies within ±10^13 (MAX_YUAN); @returns false when it does not (reported). */
function withinLimit(v: number, path: JsonPath, c: Collector): boolean {
  if (Math.abs(v) <= MAX_YUAN) return true;
  c.report("amount-too-large", path,
    `${v} is past the money limit of ±10^13 (ten trillion yuan) that every number of an amount obeys, as every amount of a profile does: no programme pays more, and past it a JSON number no longer keeps the fen — check the unit (yuan, not fen)`);
  return false;
}

/** A rate must be a fraction from 0 to 1 (0.05 = 5 %); a number past the money limit is reported as such instead. */
function fraction(v: number, path: JsonPath, what: string, c: Collector): void {
  if (Math.abs(v) > MAX_YUAN) return;
  if (v > 1) c.report("value-unit", path, `${what} is a fraction (0.05 = 5 %); ${v} would be ${v * 100} % — did you mean ${v / 100}?`);
  else if (v < 0) c.report("value-unit", path, `${what} cannot be negative; got ${v}`);
}

/** The rates of a percentOf node: literals and lookup tables checked here, parameters collected for the rule set's rows. */
function rates(n: Obj, path: JsonPath, c: Collector, rateParameters: Set<string>): void {
  const list = Array.isArray(n.rate) ? n.rate.map((r, k) => [r, [...path, "rate", k]] as const) : [[n.rate, [...path, "rate"]] as const];
  for (const [r, at] of list) {
    if (typeof r === "number") fraction(r, at, "a rate", c);
    const o = asObject(r);
    if (!o) continue;
    if (typeof o.value === "number") fraction(o.value, [...at, "value"], "a rate", c);
    if (typeof o.parameter === "string") rateParameters.add(o.parameter);
    for (const [key, v] of Object.entries(asObject(o.table) ?? {})) if (typeof v === "number") fraction(v, [...at, "table", key], "a rate", c);
  }
}

function visit(node: unknown, path: JsonPath, parameters: readonly string[], c: Collector, rateParameters: Set<string>): void {
  if (typeof node === "number") {
    withinLimit(node, path, c);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((x, k) => visit(x, [...path, k], parameters, c, rateParameters));
    return;
  }
  const n = asObject(node);
  if (!n) return;
  if (n.type === "percentOf" || n.type === "rateRegime") rates(n, path, c, rateParameters);
  if (has(n, "fact") && typeof n.fact === "string") {
    const def = FACTS.get(n.fact);
    if (!def) c.report("unknown-fact", [...path, "fact"], `unknown fact ${show(n.fact)} in an amount: not in the fact registry${didYouMean(n.fact, FACTS.keys())}`);
    else if (def.type !== "number" && def.type !== "integer") {
      c.report("operand-type", [...path, "fact"], `an amount computes with numbers; ${def.name} is ${describeType(def)}${def.type === "string" || def.type === "boolean" ? ` — use { "lookup": "${def.name}", "table": { … } }` : ""}`);
    }
  }
  if (has(n, "lookup") && typeof n.lookup === "string") lookup(n, path, c);
  if (has(n, "parameter") && typeof n.parameter === "string" && !parameters.includes(n.parameter)) {
    c.report("unknown-parameter", [...path, "parameter"],
      `parameter ${show(n.parameter)} is not defined in the rule set's "parameters"${parameters.length ? ` (${parameters.join(", ")})` : ""}${didYouMean(n.parameter, parameters)}`);
  }
  if (has(n, "parameter") && typeof n.parameter === "string" && !has(n, "label")) {
    c.report("unlabelled-parameter", path, `parameter ${show(n.parameter)} has no "label": the amount's working would show people its name; add { "zh-CN": "…", "en": "…" }, e.g. 一年期贷款市场报价利率（LPR） / 1-year loan prime rate (LPR)`);
  }
  if (n.type === "fixed" && typeof n.value === "number") yuan(n.value, [...path, "value"], c);
  for (const key of YUAN_KEYS) if (typeof n[key] === "number") yuan(n[key], [...path, key], c);
  for (const [key, child] of Object.entries(n)) {
    if (key === "table") {
      for (const [k, v] of Object.entries(asObject(child) ?? {})) if (typeof v === "number") withinLimit(v, [...path, "table", k], c);
    } else if (key !== "label") visit(child, [...path, key], parameters, c, rateParameters);
  }
}

function lookup(n: Obj, path: JsonPath, c: Collector): void {
  const def = FACTS.get(n.lookup as string);
  if (!def) {
    c.report("unknown-fact", [...path, "lookup"], `unknown fact ${show(n.lookup)} in a lookup: not in the fact registry${didYouMean(n.lookup as string, FACTS.keys())}`);
    return;
  }
  if (def.type !== "string" && def.type !== "boolean") {
    c.report("operand-type", [...path, "lookup"], `a lookup reads a category (text or true/false); ${def.name} is ${describeType(def)} — use a "tiers" amount for bands of a number`);
    return;
  }
  const allowed = def.type === "boolean" ? ["true", "false"] : def.values;
  if (!allowed) return;
  for (const key of Object.keys(asObject(n.table) ?? {})) {
    if (!allowed.includes(key)) c.report("value-not-allowed", [...path, "table", key], `${show(key)} is not a value of ${def.name} (${allowed.map((v) => `"${v}"`).join(", ")})${didYouMean(key, allowed)}`);
  }
}

function yuan(v: number, path: JsonPath, c: Collector): void {
  if (fractionDigits(v) > 2) c.report("value-unit", path, `a sum in yuan has at most 2 decimals (fen); got ${v}`);
}
