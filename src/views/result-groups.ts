/**
 * How the result page (and its printed summary) sorts the eligible measures, so that what it
 * counts is what a firm can apply for:
 * - `apply`: eligible, counted in the totals (not indicative, not set aside for a better rival),
 *   and not a fast track, which the page shows as the channel it opens;
 * - `notCounted`: eligible but indicative or not combinable with a better one: shown, not counted;
 * - `fastTracks`: eligible measures of kind `fast-track` that open channels: shown once, with
 *   their channel, never counted again as a measure.
 * A measure already received for the period (engine/received.ts) is in none of them: the page
 * lists it apart, not as an opportunity.
 */
import type { MatchResult, MeasureResult } from "../engine/result.js";

export interface EligibleGroups {
  apply: MeasureResult[];
  notCounted: MeasureResult[];
  fastTracks: MeasureResult[];
}

/** A fast track shown as the channel it opens. */
export const opensChannelOnly = (m: MeasureResult): boolean => m.kind === "fast-track" && m.channels.length > 0;

/** The eligible measures of `result`, sorted as the file comment says (rule-set order kept). */
export function eligibleGroups(result: MatchResult): EligibleGroups {
  const groups: EligibleGroups = { apply: [], notCounted: [], fastTracks: [] };
  for (const m of result.measures) {
    if (m.status !== "eligible" || m.received) continue;
    if (opensChannelOnly(m)) groups.fastTracks.push(m);
    else if (m.indicative || m.excludedBy !== null) groups.notCounted.push(m);
    else groups.apply.push(m);
  }
  return groups;
}
