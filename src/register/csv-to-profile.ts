/**
 * One register CSV row → the JSON value of an EnterpriseProfile (not yet validated), with the
 * column behind every value so errors can name it. Mapping: csv-columns.ts.
 */
import { EMPTY_LIST, LIST_SEPARATOR, NONE, type CellType } from "./csv-columns.js";
import type { ColumnSpec } from "./csv-header.js";

/**
 * A row read: the profile JSON, and for each array the header key of each entry (the year of
 * each `financials` entry, the column index of each `certifications`/`talents` entry), so an
 * error pointer can be turned back into a column name (`columnOf`).
 */
export interface RowProfile {
  profile: Record<string, unknown>;
  entryKeys: ReadonlyMap<string, readonly number[]>;
  /** contradictions within the row (`[]` for a list whose entries are also given), as pointer + message */
  problems: { pointer: string; message: string }[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell's text as a JSON value. Text that is not a number (or boolean) where one is expected
 * is kept as text, so schema validation reports it at its pointer ("… expected as a JSON number, not text").
 * @returns undefined for an empty (or all-space) cell: the field is left out; null for `null` in an object's plain column (there is none)
 */
export function cellValue(text: string, type: CellType): unknown {
  const t = text.trim();
  if (t === "") return undefined;
  switch (type) {
    case "string": return t;
    case "number": return NUMBER.test(t) ? Number(t) : t;
    case "boolean": return t === "true" ? true : t === "false" ? false : t;
    case "list": return t === EMPTY_LIST ? [] : t.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== "");
    case "empty-list": return t === EMPTY_LIST ? [] : t;
    case "none": return t === NONE ? null : t;
  }
}

/**
 * Builds the profile of one row.
 * @param specs the header's column specs (csv-header.ts)
 * @param cells the row's cells; missing trailing cells count as empty
 * @returns the profile JSON: `financials` sorted by year, `certifications`/`talents` in index
 *          order without all-empty entries; objects and years whose cells are all empty are left out
 */
export function rowToProfile(specs: readonly ColumnSpec[], cells: readonly string[]): RowProfile {
  const profile: Record<string, unknown> = {};
  const objects = new Map<string, Record<string, unknown>>();
  const entries = new Map<string, Map<number, Record<string, unknown>>>(); // array → key (year or index) → entry

  for (const s of specs) {
    const value = cellValue(cells[s.position] ?? "", s.type);
    if (value === undefined) continue;
    const t = s.target;
    if (t.kind === "top") {
      profile[t.field] = value;
    } else if (t.kind === "object") {
      const o = objects.get(t.object) ?? {};
      o[t.field] = value;
      objects.set(t.object, o);
    } else {
      const [array, key] = t.kind === "financial" ? ["financials", t.year] : [t.list, t.index];
      const byKey = entries.get(array) ?? new Map<number, Record<string, unknown>>();
      const e = byKey.get(key) ?? (t.kind === "financial" ? { year: t.year } : {});
      e[t.field] = value;
      byKey.set(key, e);
      entries.set(array, byKey);
    }
  }
  const problems: RowProfile["problems"] = [];
  for (const [name, o] of objects) {
    if (name in profile) problems.push({ pointer: `/${name}`, message: `${name} is given as "${String(profile[name])}" (none) and also has fields: leave the ${name} cell empty when its fields are given` });
    profile[name] = o;
  }
  const entryKeys = new Map<string, number[]>();
  for (const [array, byKey] of entries) {
    if (array in profile) problems.push({ pointer: `/${array}`, message: `${array} is given as "${String(profile[array]) || EMPTY_LIST}" and also has entries: leave the ${array} cell empty when entries are given` });
    const sorted = [...byKey.entries()].sort(([a], [b]) => a - b);
    profile[array] = sorted.map(([, e]) => e);
    entryKeys.set(array, sorted.map(([k]) => k));
  }
  return { profile, entryKeys, problems };
}

/**
 * The CSV column an RFC 6901 error pointer refers to: `/financials/2/revenue` →
 * `financials.2024.revenue` (the year of entry 2), `/certifications/0/type` →
 * `certifications.<its column index>.type`, `/flags/icEnterprise` → `flags.icEnterprise`.
 * @returns undefined for the row as a whole (pointer "")
 */
export function columnOf(row: RowProfile, pointer: string): string | undefined {
  if (pointer === "") return undefined;
  const parts = pointer.slice(1).split("/").map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
  const keys = row.entryKeys.get(parts[0]!);
  if (keys && parts.length > 1 && /^\d+$/.test(parts[1]!)) {
    const key = keys[Number(parts[1])];
    if (key !== undefined) parts[1] = String(key);
  }
  return parts.join(".");
}
