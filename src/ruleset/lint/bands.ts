/**
 * Bands that overlap or leave a gap, as decision-table tools report them (intervals.ts):
 * - the bands of every `tiers` amount (`from` ≤ base < `to`): two that take the same value
 *   (`band-overlap`: the first listed wins, silently), a value between two that neither takes
 *   (`band-gap`: an eligible firm there gets 0), a band no value falls in (`band-empty`); and,
 *   when the leaves of the measure's top-level `all` bound the base fact, the part of that
 *   range below the first band or above the last (`band-gap`);
 * - condition ladders: an `any` whose every child is a leaf or an `all` holding leaves on one
 *   number or date fact, with at least one rung bounded above and one bounded below (the HNTE
 *   R&D-intensity bands by revenue): rungs that overlap or leave a gap between them.
 * Each finding points at the later band and names the other by its pointer.
 */
import { FACTS, type FactDef } from "../../profile/index.js";
import { type JsonPath, jsonPointer } from "../pointer.js";
import type { Collector } from "./finding.js";
import { byStart, comparisonSpan, farther, flip, type Grid, gridOf, intersect, isEmpty, junction, nearer, span, type Span, spanText } from "./intervals.js";
import { asArray, asObject, has, type Obj } from "./json.js";

/** A band or rung: where it is, and the values it takes. */
interface Band { path: JsonPath; span: Span; }

/**
 * Lints the tiers of every amount and the ladders of every condition tree of a raw rule set.
 * @param root the posted JSON object
 */
export function lintBands(root: Obj, c: Collector): void {
  asArray(root.measures).forEach((raw, i) => {
    const m = asObject(raw);
    if (!m) return;
    tiers(m, ["measures", i], c);
    if (has(m, "conditions")) ladders(m.conditions, ["measures", i, "conditions"], c);
  });
  for (const [name, tree] of Object.entries(asObject(root.conditions) ?? {})) ladders(tree, ["conditions", name], c);
}

/** The registered number or date fact a value names. */
function numericFact(name: unknown): FactDef | undefined {
  const def = typeof name === "string" ? FACTS.get(name) : undefined;
  return def && (def.type === "number" || def.type === "integer" || def.type === "date") ? def : undefined;
}

/** A leaf itself, or the direct leaves of an `all`. */
const directLeaves = (node: Obj): Obj[] =>
  has(node, "fact") ? [node] : asArray(node.all).map(asObject).filter((k): k is Obj => k !== undefined && has(k, "fact"));

/** The spans of a node's direct leaves on `fact` that compare it with a literal. */
function leafSpans(node: Obj, fact: string): Span[] {
  return directLeaves(node).flatMap((k) => {
    const v = k.value;
    if (k.fact !== fact || (typeof v !== "number" && typeof v !== "string") || typeof k.operator !== "string") return [];
    const s = comparisonSpan(k.operator, v);
    return s ? [s] : [];
  });
}

function tiers(m: Obj, path: JsonPath, c: Collector): void {
  const amount = asObject(m.amount);
  if (amount?.type !== "tiers") return;
  const base = asObject(amount.base);
  const def = numericFact(base?.fact);
  const divided = base?.divideBy !== undefined && base.divideBy !== 1;
  const grid: Grid = def ? gridOf(def, divided) : { discrete: false, scale: Number };
  const x = def ? `${def.name}${divided ? ` ÷ ${String(base!.divideBy)}` : ""}` : "the base";
  const bands: Band[] = asArray(amount.bands).flatMap((raw, k) => {
    const b = asObject(raw);
    if (!b || (b.from !== undefined && typeof b.from !== "number") || (b.to !== undefined && typeof b.to !== "number")) return []; // the schema reports it
    return [{ path: [...path, "amount", "bands", k], span: span(b.from === undefined ? undefined : { value: b.from, open: false }, b.to === undefined ? undefined : { value: b.to, open: true }) }];
  });
  const ends = check(bands, grid, x, "band", "an eligible firm there gets an amount of 0", c);
  const top = asObject(m.conditions);
  if (!ends || !def || divided || !top || !has(top, "all")) return;
  const admitted = intersect(leafSpans(top, def.name), grid);
  const where = `the conditions (${jsonPointer([...path, "conditions"])}) admit ${spanText(admitted, x)}`;
  const uncovered = (s: Span) => spanText(intersect([s, admitted], grid), x);
  if (admitted.lo && ends.first.span.lo && junction(flip(admitted.lo), ends.first.span.lo, grid) === "gap") {
    c.report("band-gap", ends.first.path, `${where}, but the first band is ${spanText(ends.first.span, x)}: an eligible firm with ${uncovered(span(admitted.lo, flip(ends.first.span.lo)))} falls in no band, and its amount is 0`);
  }
  if (admitted.hi && ends.last.span.hi && junction(ends.last.span.hi, flip(admitted.hi), grid) === "gap") {
    c.report("band-gap", ends.last.path, `${where}, but the last band is ${spanText(ends.last.span, x)}: an eligible firm with ${uncovered(span(flip(ends.last.span.hi), admitted.hi))} falls in no band, and its amount is 0`);
  }
}

function ladders(node: unknown, path: JsonPath, c: Collector): void {
  const n = asObject(node);
  if (!n) return;
  for (const key of ["all", "any"] as const) asArray(n[key]).forEach((child, k) => ladders(child, [...path, key, k], c));
  if (has(n, "not")) ladders(n.not, [...path, "not"], c);
  const rungs = asArray(n.any).map(asObject);
  if (rungs.length < 2 || !rungs.every((r): r is Obj => r !== undefined && (has(r, "fact") || has(r, "all")))) return;
  for (const fact of new Set(directLeaves(rungs[0]!).map((k) => k.fact))) {
    const def = numericFact(fact);
    if (!def || !rungs.every((r) => leafSpans(r, def.name).length > 0)) continue;
    const grid = gridOf(def);
    const bands = rungs.map((r, k): Band => ({ path: [...path, "any", k], span: intersect(leafSpans(r, def.name), grid) }));
    if (!bands.some((b) => b.span.lo) || !bands.some((b) => b.span.hi)) continue; // alternatives ("≥ a or ≥ b"), not bands
    check(bands, grid, def.name, "rung", "the ladder does not decide it as the source's bands would", c);
  }
}

/**
 * Reports empty bands, and gaps and overlaps between the others taken in order of where they
 * start (each compared with the farthest-reaching band before it).
 * @returns the band that starts first and the one that reaches farthest, when any is not empty
 */
function check(bands: readonly Band[], grid: Grid, x: string, what: "band" | "rung", gapEffect: string, c: Collector): { first: Band; last: Band } | undefined {
  const kept = bands.filter((b) => {
    if (!isEmpty(b.span, grid)) return true;
    c.report("band-empty", b.path, `this ${what} (${spanText(b.span, x)}) takes no value: ${what === "band" ? "`from` must be below `to` (`to` is excluded)" : "its bounds contradict each other"}`);
    return false;
  });
  const order = byStart(kept.map((b) => b.span), grid).map((k) => kept[k]!);
  let reach: Band | undefined;
  for (const b of order) {
    if (reach) {
      const pair = `${what}s ${jsonPointer(reach.path)} (${spanText(reach.span, x)}) and ${jsonPointer(b.path)} (${spanText(b.span, x)})`;
      const j = junction(reach.span.hi, b.span.lo, grid);
      if (j === "gap") c.report("band-gap", b.path, `${pair} leave a gap: ${spanText(span(flip(reach.span.hi!), flip(b.span.lo!)), x)} falls in neither, so ${gapEffect}`);
      const listedFirst = jsonPointer(Number(reach.path.at(-1)) < Number(b.path.at(-1)) ? reach.path : b.path);
      if (j === "overlap") c.report("band-overlap", b.path, `${pair} overlap: ${spanText(span(b.span.lo, nearer(reach.span.hi, b.span.hi, grid)), x)} falls in both${what === "band" ? ` (the amount of ${listedFirst}, listed first, is paid)` : ""}`);
    }
    if (!reach || farther(reach.span.hi, b.span.hi, grid) === b.span.hi) reach = b;
  }
  return reach ? { first: order[0]!, last: reach } : undefined;
}
