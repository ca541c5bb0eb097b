/**
 * Which version answers on a date (DESIGN.md "Rule files and versions", "Resolution"), as pure
 * functions over version listings, so the catalog, lint and the analysis of a draft (which is
 * in no catalog) resolve alike: without a pinned `version`, the version with the latest
 * `effectiveFrom` ≤ `asOf` answers; on equal dates the higher number.
 */
import { compareVersions } from "./version.js";

/** A version of a rule set, as resolution sees it. */
export interface VersionInfo {
  id: string;
  /** `YYYY.N.P` */
  version: string;
  /** ISO date (Asia/Shanghai) from which it answers */
  effectiveFrom: string;
}

/** What a case or a request asks for: a date, a pinned version or none, and the rule set. */
export interface VersionQuery {
  id: string;
  /** ISO date */
  asOf: string;
  version?: string | undefined;
}

/**
 * The item that answers on `asOf` by date alone (no pin), among versions of one rule set.
 * @param items versions (or things carrying one: `info` reads it), all of the same rule set
 * @returns the item with the latest effectiveFrom ≤ asOf (equal dates: the higher number); undefined when none is in force
 */
export function inForceOn<T>(items: readonly T[], asOf: string, info: (item: T) => VersionInfo): T | undefined {
  let best: T | undefined, bestInfo: VersionInfo | undefined;
  for (const item of items) {
    const v = info(item);
    if (v.effectiveFrom > asOf) continue;
    if (!bestInfo || v.effectiveFrom > bestInfo.effectiveFrom || (v.effectiveFrom === bestInfo.effectiveFrom && compareVersions(v.version, bestInfo.version) > 0)) {
      best = item;
      bestInfo = v;
    }
  }
  return best;
}

/**
 * The version a new one would replace: the version of its rule set that answers on its
 * `effectiveFrom` when it does not exist (itself, or any version of its number, left out).
 * @param draft the new version; @param others the versions that exist (any rule sets)
 * @returns the replaced version; undefined when none would answer that day (the first version of a rule set)
 */
export function replacedVersion<T>(draft: VersionInfo, others: readonly T[], info: (item: T) => VersionInfo): T | undefined {
  const same = others.filter((o) => {
    const v = info(o);
    return v.id === draft.id && compareVersions(v.version, draft.version) !== 0;
  });
  return inForceOn(same, draft.effectiveFrom, info);
}

/**
 * Whether a query (a case: its date and pinned version) is answered by `target`, given the
 * other versions that exist: it pins `target`'s number, or pins none and `target` is in force
 * on its date among `others` and `target`.
 * @param others the other versions (any rule sets; `target` itself may be among them)
 */
export function answeredBy(q: VersionQuery, target: VersionInfo, others: readonly VersionInfo[]): boolean {
  if (q.id !== target.id) return false;
  if (q.version !== undefined) return compareVersions(q.version, target.version) === 0;
  const candidates = [target, ...others.filter((o) => o.id === target.id && compareVersions(o.version, target.version) !== 0)];
  return inForceOn(candidates, q.asOf, (v) => v) === target;
}
