/**
 * The yardstick: plain JavaScript closures compiled once from the rule JSON, two-valued, no
 * trace, no amounts — the fastest honest evaluation of the same conditions (issue 5's table).
 */
import type { FactValues } from "../../src/profile/index.js";
import type { Amount, Formula, Operand } from "../../src/ruleset/amount.js";
import type { Tree } from "../../src/ruleset/condition.js";

type Fn = (f: FactValues) => boolean;

/** Compiles a tree into a boolean closure (a shared condition anew at each use: the benchmark's rule sets have none). */
export function baseline(c: Tree): Fn {
  if ("all" in c) { const k = c.all.map(baseline); return (f) => k.every((x) => x(f)); }
  if ("any" in c) { const k = c.any.map(baseline); return (f) => k.some((x) => x(f)); }
  if ("not" in c) { const k = baseline(c.not); return (f) => !k(f); }
  if ("use" in c) return baseline(c.use.tree);
  const { fact, value } = c;
  switch (c.operator) {
    case "equal": return (f) => f[fact] === value;
    case "notEqual": return (f) => f[fact] !== value;
    case "in": { const s = new Set(value as unknown[]); return (f) => s.has(f[fact]); }
    case "notIn": { const s = new Set(value as unknown[]); return (f) => !s.has(f[fact]); }
    case "greaterThan": return (f) => (f[fact] as number) > (value as number);
    case "greaterThanInclusive": return (f) => (f[fact] as number) >= (value as number);
    case "lessThan": return (f) => (f[fact] as number) < (value as number);
    case "lessThanInclusive": return (f) => (f[fact] as number) <= (value as number);
    default: throw new Error(`baseline has no ${c.operator}`);
  }
}

type AmountFn = (f: FactValues) => number;

/**
 * A plain floating-point amount closure (no exactness, no basis) for the baseline's "statuses
 * and amounts": the same formula, the cheapest way.
 * @param param the value of a dated parameter on the evaluation date
 */
export function baselineAmount(a: Amount, param: (name: string) => number): AmountFn {
  const op = (o: Operand): AmountFn => {
    if (typeof o === "number") return () => o;
    if ("value" in o) return () => o.value;
    if ("fact" in o) { const d = o.divideBy ?? 1; return (f) => (f[o.fact] as number) / d; }
    if ("lookup" in o) return (f) => o.table[String(f[o.lookup])] ?? 0;
    const v = param(o.parameter);
    return () => v;
  };
  const formula = (x: Formula): AmountFn => {
    if (x.type === "fixed") return op(x.value);
    const parts = (x.type === "percentOf" ? [x.base, ...(Array.isArray(x.rate) ? x.rate : [x.rate])] : [x.units, x.rate]).map(op);
    const lo = x.floor ?? -Infinity, hi = x.cap ?? Infinity;
    return (f) => Math.min(hi, Math.max(lo, parts.reduce((p, g) => p * g(f), 1)));
  };
  // the income-tax package's amounts, the cheapest way: a deduction's amount, a regime's rate on taxable income
  if (a.type === "deduction") return formula({ type: "percentOf", base: a.base, rate: a.rate });
  if (a.type === "rateRegime") return formula({ type: "percentOf", base: { fact: "lastYear.taxableIncome" }, rate: a.rate });
  if (a.type !== "tiers") return formula(a);
  const base = op(a.base);
  const bands = a.bands.map((b) => ({ from: b.from ?? -Infinity, to: b.to ?? Infinity, fn: formula(b.amount) }));
  return (f) => { const x = base(f); const b = bands.find((y) => x >= y.from && x < y.to); return b ? b.fn(f) : 0; };
}
