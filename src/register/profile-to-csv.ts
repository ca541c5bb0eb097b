/**
 * An EnterpriseProfile (or any JSON object of its shape, valid or not) → the cells of one
 * register CSV row, the inverse of csv-to-profile.ts. Mapping: csv-columns.ts.
 */
import { EMPTY_LIST, LIST_SEPARATOR, NONE } from "./csv-columns.js";
import { parseHeader, type ColumnSpec } from "./csv-header.js";

/** Raised when a profile has a value the chosen columns cannot hold (a year or entry without columns, a nested value, a tag containing `|`). */
export class CsvLayoutError extends Error {
  override name = "CsvLayoutError";
}

type Json = Record<string, unknown>;
const record = (o: unknown): Json | undefined => (o !== null && typeof o === "object" && !Array.isArray(o) ? (o as Json) : undefined);

function text(value: unknown, column: string): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_LIST;
    if (value.some((v) => v !== null && typeof v === "object")) throw new CsvLayoutError(`${column}: a list of objects is written in ${column}.<i>.<field> columns`);
    const items = value.map(String);
    if (items.some((s) => s.includes(LIST_SEPARATOR))) throw new CsvLayoutError(`${column}: an item contains "${LIST_SEPARATOR}", the list separator`);
    return items.join(LIST_SEPARATOR);
  }
  if (typeof value === "object") throw new CsvLayoutError(`${column}: an object cannot be written in one cell`);
  return String(value); // numbers as JSON writes them, booleans as true/false
}

/** The value a column holds for `profile`, and the dotted path of that value in the profile (entries by array index). */
function valueFor(s: ColumnSpec, profile: Json): [value: unknown, path: string] {
  const t = s.target;
  if (t.kind === "top") {
    const v = profile[t.field];
    // a list of objects is written in its entry columns; its plain column only says "[]"
    if (s.type === "empty-list") return Array.isArray(v) && v.length === 0 ? [v, t.field] : [undefined, t.field];
    // an object is written in its field columns; its plain column only says "null" (there is none)
    if (s.type === "none") return v === null ? [NONE, t.field] : [undefined, t.field];
    return [v, t.field];
  }
  if (t.kind === "object") return [record(profile[t.object])?.[t.field], `${t.object}.${t.field}`];
  if (t.kind === "financial") {
    const years = Array.isArray(profile.financials) ? (profile.financials as unknown[]) : [];
    const i = years.findIndex((y) => record(y)?.year === t.year);
    return [i < 0 ? undefined : record(years[i])![t.field], `financials.${i}.${t.field}`];
  }
  const list = profile[t.list];
  return [Array.isArray(list) ? record(list[t.index])?.[t.field] : undefined, `${t.list}.${t.index}.${t.field}`];
}

/**
 * A writer of profiles under one header.
 * @param columns a header from `registerColumns` (or any valid register header)
 * @returns a function: profile JSON → one cell per column ("" for a field left out, `[]` for
 *          an empty list); it throws CsvLayoutError when a value of the profile has no column
 *          (it would be lost)
 * @throws CsvLayoutError for a header with unknown columns
 */
export function csvRowWriter(columns: readonly string[]): (profile: Json) => string[] {
  const { specs, problems } = parseHeader(columns);
  if (problems.length > 0) throw new CsvLayoutError(problems.join("; "));
  return (profile) => {
    const cells = new Array<string>(columns.length).fill("");
    const written = new Set<string>();
    for (const s of specs) {
      const [value, path] = valueFor(s, profile);
      if (value === undefined) continue;
      written.add(path);
      if (s.target.kind === "financial") written.add(path.replace(/[^.]+$/, "year"));
      cells[s.position] = text(value, s.column);
    }
    const lost = leafPaths(profile).filter((p) => !written.has(p));
    if (lost.length > 0) throw new CsvLayoutError(`no column for ${lost.join(", ")}`);
    return cells;
  };
}

/** `csvRowWriter(columns)(profile)`, for one row. */
export function profileToCells(columns: readonly string[], profile: Json): string[] {
  return csvRowWriter(columns)(profile);
}

/** Dotted paths of the leaves of a profile (a list of scalars such as `sectorTags`, or an empty list, counts as one leaf). */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : leafPaths(v, prefix ? `${prefix}.${k}` : k)));
}
