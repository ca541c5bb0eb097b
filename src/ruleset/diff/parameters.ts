/** Dated parameters (e.g. the LPR) compared row by row, rows matched by their `from` date. */
import type { RuleSet } from "../schema.js";

/** A dated value: in force from `from` until the next row. */
export interface DatedRow { from: string; value: number; }

/** How one parameter differs. */
export interface ParameterDiff {
  name: string;
  /** `added`/`removed`: the whole parameter; `changed`: some rows */
  change: "added" | "removed" | "changed";
  /** rows only the newer version has */
  added: DatedRow[];
  /** rows only the older version has */
  removed: DatedRow[];
  /** rows of the same date with another value */
  changed: { from: string; before: number; after: number }[];
}

/**
 * @returns one entry per parameter that differs, in the newer version's order, then the removed ones
 */
export function diffParameters(before: RuleSet["parameters"], after: RuleSet["parameters"]): ParameterDiff[] {
  const names = [...Object.keys(after), ...Object.keys(before).filter((n) => !Object.hasOwn(after, n))];
  return names.flatMap((name): ParameterDiff[] => {
    const a = before[name] ?? [], b = after[name] ?? [];
    const added = b.filter((r) => !a.some((x) => x.from === r.from)).map(({ from, value }) => ({ from, value }));
    const removed = a.filter((r) => !b.some((x) => x.from === r.from)).map(({ from, value }) => ({ from, value }));
    const changed = b.flatMap((r) => {
      const old = a.find((x) => x.from === r.from);
      return old && old.value !== r.value ? [{ from: r.from, before: old.value, after: r.value }] : [];
    });
    if (!added.length && !removed.length && !changed.length) return [];
    const change = !Object.hasOwn(before, name) ? "added" : !Object.hasOwn(after, name) ? "removed" : "changed";
    return [{ name, change, added, removed, changed }];
  });
}
