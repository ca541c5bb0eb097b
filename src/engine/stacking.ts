/**
 * Stacking (DESIGN.md "Amounts"): measures that cannot be combined — one `excludes`
 * the other, or both share a `stackingGroup` — are resolved by keeping the better option (the
 * larger amount; on a tie, the one listed first) and reporting the others as excluded by it,
 * with the reason. On equal amounts a measure counted in totals (not indicative) is preferred,
 * then the one listed first. A measure already received for the period (received.ts) is kept
 * whatever its amount: the firm has taken it. Only eligible measures take part.
 */
import type { Bilingual } from "../profile/index.js";
import { isIncomeTaxAmount } from "../ruleset/amount.js";
import type { Measure } from "../ruleset/schema.js";
import { money } from "./format.js";
import { toFen } from "./money.js";
import type { MeasureResult } from "./result.js";

/** What stacking reads and writes of a measure's result (a MeasureResult, or a screening decision). */
export type Stackable = Pick<MeasureResult, "id" | "status" | "indicative" | "excludedBy" | "excludedReason" | "received"> & {
  title: Bilingual;
  amount: { value: number } | null;
};

/** `true` when the two measures cannot both be taken (rate regimes among themselves: the income-tax package decides). */
function conflict(a: Measure, b: Measure): boolean {
  if (isIncomeTaxAmount(a.amount) && isIncomeTaxAmount(b.amount)) return false;
  return (
    (a.stackingGroup !== undefined && a.stackingGroup === b.stackingGroup) ||
    (a.excludes?.includes(b.id) ?? false) ||
    (b.excludes?.includes(a.id) ?? false)
  );
}

const value = (r: { amount: { value: number } | null }) => r.amount?.value ?? 0;

/** Already received for the period: kept whatever its amount. */
const taken = (r: { received?: unknown }) => r.received !== undefined;

const rivalsCache = new WeakMap<readonly Measure[], number[][]>();

/** For each measure, the indexes of those it cannot be combined with (computed once per version). */
function rivals(measures: readonly Measure[]): number[][] {
  let r = rivalsCache.get(measures);
  if (!r) {
    r = measures.map((a, i) => measures.flatMap((b, j) => (i !== j && conflict(a, b) ? [j] : [])));
    rivalsCache.set(measures, r);
  }
  return r;
}

/** What stacking reads of a measure's outcome: amounts in yuan. */
export type Candidate = Pick<Stackable, "id" | "status" | "indicative" | "amount"> & { received?: unknown };

/** The stacking rule: for each measure, the index of the measure chosen instead of it, or -1. */
function winners(measures: readonly Measure[], results: readonly Candidate[]): number[] {
  const rival = rivals(measures);
  const by = results.map(() => -1);
  const order = results
    .map((r, i) => i)
    .filter((i) => rival[i]!.length > 0 && results[i]!.status === "eligible")
    .sort((i, j) => Number(taken(results[j]!)) - Number(taken(results[i]!)) || value(results[j]!) - value(results[i]!)
      || Number(results[i]!.indicative) - Number(results[j]!.indicative) || i - j);
  const chosen: number[] = [];
  for (const i of order) {
    const winner = chosen.find((j) => rival[i]!.includes(j));
    if (winner === undefined) chosen.push(i);
    else by[i] = winner;
  }
  return by;
}

/**
 * Marks excluded measures in place: `excludedBy` (the chosen measure's id) and `excludedReason`.
 * @param measures the rule set's measures; @param results their results, same order
 */
export function applyStacking(measures: readonly Measure[], results: Stackable[]): void {
  winners(measures, results).forEach((by, i) => {
    if (by < 0) return;
    const winner = results[by]!, loser = results[i]!;
    loser.excludedBy = winner.id;
    loser.excludedReason = reason(winner, loser);
  });
}

/**
 * Stacking for answers that carry no reasons (screening, `explain=none`): the same rule.
 * @param measures the version's measures; @param decided their decisions, in the same order
 * @returns for each measure, the id of the measure chosen instead of it, or null
 */
export function excludedBy(measures: readonly Measure[], decided: readonly Candidate[]): (string | null)[] {
  return winners(measures, decided).map((by) => (by < 0 ? null : decided[by]!.id));
}

function reason(winner: Stackable, loser: Stackable): Bilingual {
  if (taken(winner)) {
    return {
      "zh-CN": `不能与本期已享受的「${winner.title["zh-CN"]}」叠加享受`,
      en: `cannot be combined with "${winner.title.en}", already received for this period`,
    };
  }
  const w = money(toFen(value(winner))), l = money(toFen(value(loser)));
  return {
    "zh-CN": `不能与「${winner.title["zh-CN"]}」叠加享受，已选择较优的该项（${w["zh-CN"]} ≥ ${l["zh-CN"]}）`,
    en: `cannot be combined with "${winner.title.en}"; the better option was chosen (${w.en} ≥ ${l.en})`,
  };
}
