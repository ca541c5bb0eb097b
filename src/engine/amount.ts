/**
 * Evaluates a measure's `amount` (DESIGN.md "Amounts") exactly, in fen, rounded half-up once,
 * and writes its basis: the formula with the numbers filled in, in zh-CN and en, so a person
 * can check it by hand. Deductions and rate regimes are priced by the income-tax package
 * (income-tax/), which uses `resolveAll` and `product` from here.
 */
import type { Bilingual, FactValues } from "../profile/index.js";
import type { Formula, Operand, StandaloneAmount } from "../ruleset/amount.js";
import type { RuleSet } from "../ruleset/schema.js";
import { money, valueWithUnit } from "./format.js";
import { fenToYuan, MAX_FEN, roundedProduct, toFen } from "./money.js";
import { resolveOperand, showTerm, type Term } from "./operand.js";
import type { AmountResult } from "./result.js";

/**
 * The amount; or what it still needs (facts, or `parameter:<name>`); or that it passes the
 * money limit of ±10^13 yuan and is withheld (`PAST_LIMIT` says why).
 */
export type AmountOutcome = { amount: AmountResult; fen: bigint } | { missing: string[] } | { pastLimit: true };

/** Why an amount past the money limit is not stated: no programme pays it; the figures given are likely in the wrong unit. */
export const PAST_LIMIT: Bilingual = {
  "zh-CN": "按所填数据计算的金额超过 10^13 元（十万亿元）的金额上限，不予列出，也不计入合计：请核对所填金额与数量的单位（元，而非分）",
  en: "the amount computed from the figures given passes the money limit of 10^13 yuan (ten trillion), so it is neither stated nor counted in totals: check the units of the figures (yuan, not fen)",
};

/** A sum in fen with the steps that led to it, or what it still needs. */
export type Computed = { fen: bigint; steps: Bilingual[] } | { missing: string[] };

/** Joins texts, language by language. */
export const join = (parts: Bilingual[], sep: string): Bilingual => ({
  "zh-CN": parts.map((p) => p["zh-CN"]).join(sep),
  en: parts.map((p) => p.en).join(sep),
});
const eq = (lhs: Bilingual, fen: bigint) => join([lhs, money(fen)], " = ");

/** Resolves operands; the missing ones by name (`<fact>` or `parameter:<name>`). */
export function resolveAll(ops: readonly Operand[], facts: FactValues, ruleset: RuleSet, asOf: string): Term[] | { missing: string[] } {
  const terms = ops.map((op) => resolveOperand(op, facts, ruleset, asOf));
  const missing = terms.filter((t): t is string => typeof t === "string");
  return missing.length ? { missing } : (terms as Term[]);
}

/** `first × rest…` in fen, one step per factor, each intermediate shown to the fen; the result is exact, rounded once. */
export function product(first: Term, rest: Term[], firstRole: "money" | "quantity", restRole: "rate" | "money"): Computed {
  const steps: Bilingual[] = [];
  let shown = showTerm(first, firstRole);
  const fenOf = (n: number) => {
    const used = [first, ...rest.slice(0, n)];
    return roundedProduct(first.factor, [100, ...used.slice(1).map((t) => t.factor)], used.map((t) => t.divisor));
  };
  rest.forEach((t, i) => {
    const fen = fenOf(i + 1);
    steps.push(eq(join([shown, showTerm(t, restRole)], " × "), fen));
    shown = money(fen);
  });
  return { fen: fenOf(rest.length), steps };
}

function clampFen(c: Computed, f: { floor?: number | undefined; cap?: number | undefined }): Computed {
  if ("missing" in c) return c;
  let { fen } = c;
  const steps = [...c.steps];
  if (f.floor !== undefined && fen < toFen(f.floor)) {
    fen = toFen(f.floor);
    steps.push({ "zh-CN": `不低于 ${money(fen)["zh-CN"]}`, en: `at least ${money(fen).en}` });
  }
  if (f.cap !== undefined && fen > toFen(f.cap)) {
    fen = toFen(f.cap);
    steps.push({ "zh-CN": `封顶 ${money(fen)["zh-CN"]}`, en: `capped at ${money(fen).en}` });
  }
  return { fen, steps };
}

function formula(f: Formula, facts: FactValues, ruleset: RuleSet, asOf: string): Computed {
  if (f.type === "fixed") {
    const t = resolveAll([f.value], facts, ruleset, asOf);
    if (!Array.isArray(t)) return t;
    const fen = roundedProduct(t[0]!.factor, [100]);
    return { fen, steps: [showTerm(t[0]!, "money")] };
  }
  if (f.type === "percentOf") {
    const t = resolveAll([f.base, ...(Array.isArray(f.rate) ? f.rate : [f.rate])], facts, ruleset, asOf);
    if (!Array.isArray(t)) return t;
    return clampFen(product(t[0]!, t.slice(1), "money", "rate"), f);
  }
  const t = resolveAll([f.units, f.rate], facts, ruleset, asOf);
  if (!Array.isArray(t)) return t;
  return clampFen(product(t[0]!, t.slice(1), "quantity", "money"), f);
}

function tiers(a: Extract<StandaloneAmount, { type: "tiers" }>, facts: FactValues, ruleset: RuleSet, asOf: string): Computed {
  const t = resolveAll([a.base], facts, ruleset, asOf);
  if (!Array.isArray(t)) return t;
  const base = t[0]!;
  const x = base.factor / base.divisor;
  const band = a.bands.find((b) => (b.from === undefined || x >= b.from) && (b.to === undefined || x < b.to));
  const shown = showTerm(base, base.unit === "yuan" ? "money" : "quantity");
  if (!band) return { fen: 0n, steps: [{ "zh-CN": `${shown["zh-CN"]} 不在任何档位`, en: `${shown.en} is in no band` }] };
  const edge = (n: number | undefined) => (n === undefined ? undefined : valueWithUnit(n, base.unit));
  const lo = edge(band.from), hi = edge(band.to);
  const range: Bilingual = {
    "zh-CN": `${lo ? lo["zh-CN"] + "（含）" : ""}至${hi ? hi["zh-CN"] + "（不含）" : "以上"}档`,
    en: `band ${lo ? "from " + lo.en + " (inclusive)" : ""}${lo && hi ? " " : ""}${hi ? "below " + hi.en : ""}`,
  };
  const inner = formula(band.amount, facts, ruleset, asOf);
  if ("missing" in inner) return inner;
  return { fen: inner.fen, steps: [join([shown, range], ": "), ...inner.steps] };
}

/**
 * @param amount the measure's amount spec
 * @param facts the profile's fact values
 * @param ruleset for dated parameters; @param asOf ISO date selecting parameter values
 * @returns the amount (yuan, rounded half-up to the fen once) with its basis, what is missing,
 *          or that it passes the money limit (±10^13 yuan)
 */
export function evaluateAmount(amount: StandaloneAmount, facts: FactValues, ruleset: RuleSet, asOf: string): AmountOutcome {
  const c = amount.type === "tiers" ? tiers(amount, facts, ruleset, asOf) : formula(amount, facts, ruleset, asOf);
  if ("missing" in c) return c;
  if (c.fen > MAX_FEN || c.fen < -MAX_FEN) return { pastLimit: true };
  return {
    fen: c.fen,
    amount: { value: fenToYuan(c.fen), kind: amount.kind, basis: join(c.steps, "; "), ...(amount.bound ? { bound: amount.bound } : {}) },
  };
}
