/**
 * Amounts for screening: the same value as `evaluateAmount` (integer fen, one half-up
 * rounding), compiled once per measure into allocation-free arithmetic on doubles while every
 * integer stays below 2^53 — the common case — and through exact BigInt arithmetic otherwise.
 * No basis text.
 */
import type { FactValues } from "../profile/index.js";
import type { Formula, Operand, StandaloneAmount } from "../ruleset/amount.js";
import { parameterOn } from "../ruleset/parameters.js";
import type { RuleSet } from "../ruleset/schema.js";
import { decimal, fenTimes, MAX_FEN, roundedProduct } from "./money.js";

/**
 * fen; undefined when a fact or parameter it needs is missing; null when the amount passes the
 * money limit of ±10^13 yuan (withheld: `PAST_LIMIT` of amount.ts).
 */
export type AmountFenFn = (facts: FactValues, asOf: string) => number | null | undefined;

/** MAX_FEN as a number (10^15: exact in a double). */
const LIMIT = Number(MAX_FEN);

/** Digits of a number as written; its scale is left in `scale` (no tuple allocated on the hot path). */
let scale = 0;
function digits(n: number): number {
  if (Number.isSafeInteger(n)) { scale = 0; return n; }
  let x = Math.round(n * 100);
  if (Number.isSafeInteger(x) && x / 100 === n) { scale = 2; return x; }
  x = Math.round(n * 10_000);
  if (Number.isSafeInteger(x) && x / 10_000 === n) { scale = 4; return x; }
  const d = decimal(n);
  scale = d.scale;
  return Number(d.digits);
}

type Op =
  | { k: "const"; v: number }
  | { k: "fact"; name: string; div: number }
  | { k: "lookup"; name: string; table: Record<string, number> }
  | { k: "param"; name: string };

const compileOp = (o: Operand): Op =>
  typeof o === "number" ? { k: "const", v: o }
  : "value" in o ? { k: "const", v: o.value }
  : "fact" in o ? { k: "fact", name: o.fact, div: o.divideBy ?? 1 }
  : "lookup" in o ? { k: "lookup", name: o.lookup, table: o.table }
  : { k: "param", name: o.parameter };

function opValue(op: Op, f: FactValues, ruleset: RuleSet, asOf: string): number | undefined {
  switch (op.k) {
    case "const": return op.v;
    case "fact": { const v = f[op.name]; return typeof v === "number" ? v : undefined; }
    case "lookup": { const v = f[op.name]; return v === undefined ? undefined : op.table[String(v)]; }
    case "param": return parameterOn(ruleset, op.name, asOf)?.value;
  }
}

/** `p ÷ den` rounded half-up (away from zero) when both are exact integers below 2^53; undefined otherwise. */
function dividedFast(p: number, den: number): number | undefined {
  if (Math.abs(p) >= 2 ** 53 || den >= 2 ** 53) return undefined;
  const a = Math.abs(p);
  let q = Math.floor(a / den), r = a - q * den; // exact integers below 2^53
  if (r < 0) { q -= 1; r += den; } else if (r >= den) { q += 1; r -= den; }
  if (2 * r >= den) q += 1;
  return p < 0 && q !== 0 ? -q : q;
}

/**
 * The product of operands in fen, rounded half-up once: `ops[0]` (yuan) × `ops[1]` × …, each
 * fact operand divided by its `divideBy`. Undefined when an operand is missing.
 */
export function compileProductFen(operands: readonly Operand[], ruleset: RuleSet): (facts: FactValues, asOf: string) => number | undefined {
  const ops = operands.map(compileOp);
  return (f, asOf) => {
    let p = 100, sc = 0, den = 1;
    for (const op of ops) {
      const v = opValue(op, f, ruleset, asOf);
      if (v === undefined) return undefined;
      p *= digits(v);
      sc += scale;
      if (op.k === "fact") den *= op.div;
    }
    const fast = dividedFast(p, den * 10 ** sc);
    if (fast !== undefined) return fast;
    const vals = ops.map((op) => opValue(op, f, ruleset, asOf)!);
    return Number(roundedProduct(vals[0]!, [100, ...vals.slice(1)], ops.flatMap((op) => (op.k === "fact" && op.div !== 1 ? [op.div] : []))));
  };
}

/**
 * The rates of `operands` on `asOf` (for a tax on an income), or undefined when one is missing.
 */
export function compileRatesFen(operands: readonly Operand[], ruleset: RuleSet): (f: FactValues, asOf: string) => readonly number[] | undefined {
  const ops = operands.map(compileOp);
  if (ops.every((op) => op.k === "const")) {
    const fixed = ops.map((op) => (op as { v: number }).v); // literal rates (the bundled regimes): the same array every time
    return () => fixed;
  }
  return (f, asOf) => {
    const out: number[] = [];
    for (const op of ops) {
      const v = opValue(op, f, ruleset, asOf);
      if (v === undefined) return undefined;
      out.push(op.k === "fact" && op.div !== 1 ? v / op.div : v);
    }
    return out;
  };
}

/** `fen × r₁ × r₂ …`, rounded half-up to the fen once (a tax on an income in fen): the same as `fenTimes`, without BigInt in the common case. */
export function fenTimesFast(fen: number, rates: readonly number[]): number {
  let p = fen, sc = 0;
  for (const r of rates) {
    p *= digits(r);
    sc += scale;
  }
  return dividedFast(p, 10 ** sc) ?? Number(fenTimes(BigInt(fen), rates));
}

function compileFormula(x: Formula, ruleset: RuleSet): AmountFenFn {
  const product = compileProductFen(x.type === "fixed" ? [x.value] : x.type === "percentOf" ? [x.base, ...(Array.isArray(x.rate) ? x.rate : [x.rate])] : [x.units, x.rate], ruleset);
  const floor = x.type !== "fixed" && x.floor !== undefined ? Math.round(x.floor * 100) : -Infinity;
  const cap = x.type !== "fixed" && x.cap !== undefined ? Math.round(x.cap * 100) : Infinity;
  return (f, asOf) => {
    const fen = product(f, asOf);
    if (fen === undefined) return undefined;
    const clamped = Math.min(cap, Math.max(floor, fen));
    return Math.abs(clamped) > LIMIT ? null : clamped;
  };
}

/** Compiles a measure's own amount for `ruleset` (dated parameters are read on each call's `asOf`); deductions and rate regimes are the income-tax package's. */
export function compileAmountFen(amount: StandaloneAmount, ruleset: RuleSet): AmountFenFn {
  if (amount.type !== "tiers") return compileFormula(amount, ruleset);
  const base = compileOp(amount.base);
  const div = base.k === "fact" ? base.div : 1;
  const bands = amount.bands.map((b) => ({ from: b.from ?? -Infinity, to: b.to ?? Infinity, fn: compileFormula(b.amount, ruleset) }));
  return (f, asOf) => {
    const v = opValue(base, f, ruleset, asOf);
    if (v === undefined) return undefined;
    const x = v / div;
    for (const b of bands) if (x >= b.from && x < b.to) return b.fn(f, asOf);
    return 0;
  };
}
