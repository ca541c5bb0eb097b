/**
 * Intervals of a fact's values, for the band lint (bands.ts): the bands of a `tiers` amount
 * (`from` ≤ base < `to`) and the rungs of a condition ladder (`revenue ≤ 50M`, `50M < revenue
 * ≤ 200M`, `revenue > 200M`). Values are compared on the fact's own grid: whole fen for yuan,
 * whole numbers for integer facts (people, items…), whole days for dates — so `≤ 300` and
 * `≥ 301` employees, or `≤ 50,000,000` and `≥ 50,000,000.01` yuan, meet without a gap — and as
 * real numbers otherwise (fractions, averages, scores).
 */
import { daysBetween, type FactDef } from "../../profile/index.js";

/** One end of an interval: its value as written (number, or ISO date for a date fact), and whether it is excluded. */
export interface End { value: number | string; open: boolean; }

/** An interval; an end left out is unbounded. */
export interface Span { lo?: End; hi?: End; }

/** How a fact's values are compared: `discrete` ones on a grid of whole steps. */
export interface Grid { discrete: boolean; scale: (v: number | string) => number; }

const EPOCH = "1970-01-01";

/** The grid of a fact's values (see the file comment); `divided` when the value is the fact divided by a whole number (a real number then). */
export function gridOf(def: FactDef, divided = false): Grid {
  if (def.type === "date") return { discrete: true, scale: (v) => daysBetween(EPOCH, String(v)) };
  if (!divided && def.unit === "yuan") return { discrete: true, scale: (v) => Math.round(Number(v) * 100) };
  if (!divided && def.type === "integer") return { discrete: true, scale: Number };
  return { discrete: false, scale: Number };
}

/** The span of one comparison `fact operator value`; undefined for an operator that does not bound a range. */
export function comparisonSpan(operator: string, value: number | string): Span | undefined {
  switch (operator) {
    case "greaterThan": return { lo: { value, open: true } };
    case "greaterThanInclusive": return { lo: { value, open: false } };
    case "lessThan": return { hi: { value, open: true } };
    case "lessThanInclusive": return { hi: { value, open: false } };
    case "equal": return { lo: { value, open: false }, hi: { value, open: false } };
  }
  return undefined;
}

/** A lower end on the grid: a number where larger is later; `-Infinity` when unbounded. Discrete ends become closed whole steps. */
function low(e: End | undefined, g: Grid): { at: number; open: boolean } {
  if (!e) return { at: -Infinity, open: false };
  const v = g.scale(e.value);
  return g.discrete ? { at: e.open ? Math.floor(v) + 1 : Math.ceil(v), open: false } : { at: v, open: e.open };
}

function high(e: End | undefined, g: Grid): { at: number; open: boolean } {
  if (!e) return { at: Infinity, open: false };
  const v = g.scale(e.value);
  return g.discrete ? { at: e.open ? Math.ceil(v) - 1 : Math.floor(v), open: false } : { at: v, open: e.open };
}

/** The intersection of spans (each end the tighter one). */
export function intersect(spans: readonly Span[], g: Grid): Span {
  let lo: End | undefined, hi: End | undefined;
  for (const s of spans) {
    if (s.lo && (!lo || compareLow(s.lo, lo, g) > 0)) lo = s.lo;
    if (s.hi && (!hi || compareHigh(s.hi, hi, g) < 0)) hi = s.hi;
  }
  return { ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
}

/** Orders lower ends: negative when `a` lets in smaller values than `b`. */
function compareLow(a: End | undefined, b: End | undefined, g: Grid): number {
  const x = low(a, g), y = low(b, g);
  return x.at !== y.at ? x.at - y.at : Number(x.open) - Number(y.open);
}

/** Orders upper ends: negative when `a` stops at smaller values than `b`. */
function compareHigh(a: End | undefined, b: End | undefined, g: Grid): number {
  const x = high(a, g), y = high(b, g);
  return x.at !== y.at ? x.at - y.at : Number(y.open) - Number(x.open);
}

/** `true` when no value falls in the span. */
export function isEmpty(s: Span, g: Grid): boolean {
  const x = low(s.lo, g), y = high(s.hi, g);
  return x.at > y.at || (x.at === y.at && (x.open || y.open));
}

/**
 * How the span after `before` ends relates to the start of `after`: `gap` (values between them
 * fall in neither), `overlap` (values fall in both) or `meet`.
 * @param before an upper end (undefined: unbounded above); @param after a lower end (undefined: unbounded below)
 */
export function junction(before: End | undefined, after: End | undefined, g: Grid): "gap" | "overlap" | "meet" {
  const x = high(before, g), y = low(after, g);
  if (g.discrete) return y.at > x.at + 1 ? "gap" : y.at <= x.at ? "overlap" : "meet";
  if (x.at !== y.at) return x.at < y.at ? "gap" : "overlap";
  return x.open && y.open ? "gap" : !x.open && !y.open ? "overlap" : "meet";
}

/** Sorts spans by where they start (unbounded first). @returns the indexes in that order */
export function byStart(spans: readonly Span[], g: Grid): number[] {
  return spans.map((_, i) => i).sort((a, b) => compareLow(spans[a]!.lo, spans[b]!.lo, g) || a - b);
}

/** The later of two upper ends (undefined: unbounded). */
export const farther = (a: End | undefined, b: End | undefined, g: Grid): End | undefined =>
  !a || !b ? undefined : compareHigh(a, b, g) >= 0 ? a : b;

/** A span as text for a message, e.g. `30000000 ≤ x < 200000000`, `x > 200000000`, `any x`. */
export function spanText(s: Span, x: string): string {
  if (s.lo && s.hi && !s.lo.open && !s.hi.open && s.lo.value === s.hi.value) return `${x} = ${s.lo.value}`;
  const lo = s.lo ? `${s.lo.value} ${s.lo.open ? "<" : "≤"} ` : "";
  const hi = s.hi ? ` ${s.hi.open ? "<" : "≤"} ${s.hi.value}` : "";
  return lo || hi ? `${lo}${x}${hi}` : `any ${x}`;
}

/** The other side of an end: `< v` for `≥ v`, `≤ v` for `> v` (the end of what comes just before or after it). */
export const flip = (e: End): End => ({ value: e.value, open: !e.open });

/** The earlier of two upper ends (undefined: unbounded). */
export const nearer = (a: End | undefined, b: End | undefined, g: Grid): End | undefined =>
  farther(a, b, g) === a ? b : a;

/** A span from optional ends. */
export const span = (lo: End | undefined, hi: End | undefined): Span => ({ ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) });
