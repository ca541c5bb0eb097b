/**
 * Reads a register CSV header (csv-columns.ts) into column specs: where each column's value
 * goes in the profile and how its text is read.
 */
import { FINANCIAL_FIELDS, LIST_FIELDS, OBJECT_FIELDS, TOP_FIELDS, type CellType } from "./csv-columns.js";

/** Where a column's value goes. */
export type ColumnTarget =
  | { kind: "top"; field: string }
  | { kind: "object"; object: string; field: string }
  | { kind: "financial"; year: number; field: string }
  | { kind: "list"; list: string; index: number; field: string };

/** One header cell understood. */
export interface ColumnSpec {
  /** the header text, e.g. `financials.2024.revenue` */
  column: string;
  /** position in the row (0-based) */
  position: number;
  type: CellType;
  target: ColumnTarget;
}

/** The header read: the specs, and every header cell that names no profile field (with why). */
export interface ParsedHeader {
  specs: ColumnSpec[];
  problems: string[];
}

const MAX_INDEX = 49; // the schema accepts at most 50 certifications / talents

function spec(column: string): { type: CellType; target: ColumnTarget } | string {
  const parts = column.split(".");
  const [head, second, third] = parts;
  if (parts.length === 1 && head! in TOP_FIELDS) return { type: TOP_FIELDS[head!]!, target: { kind: "top", field: head! } };
  if (parts.length === 2 && head! in OBJECT_FIELDS) {
    const type = OBJECT_FIELDS[head!]![second!];
    return type ? { type, target: { kind: "object", object: head!, field: second! } } : `"${column}": ${head} has no field "${second}" (fields: ${Object.keys(OBJECT_FIELDS[head!]!).join(", ")})`;
  }
  if (head === "financials") {
    if (parts.length !== 3 || !/^\d{4}$/.test(second!)) return `"${column}": financial columns are financials.<year>.<field>, e.g. financials.2024.revenue`;
    const type = FINANCIAL_FIELDS[third!];
    return type ? { type, target: { kind: "financial", year: Number(second), field: third! } } : `"${column}": a fiscal year has no field "${third}" (fields: ${Object.keys(FINANCIAL_FIELDS).join(", ")})`;
  }
  if (head! in LIST_FIELDS) {
    if (parts.length !== 3 || !/^\d{1,2}$/.test(second!) || Number(second) > MAX_INDEX) return `"${column}": ${head} columns are ${head}.<index 0–${MAX_INDEX}>.<field>, e.g. ${head}.0.${Object.keys(LIST_FIELDS[head!]!)[0]}`;
    const type = LIST_FIELDS[head!]![third!];
    return type ? { type, target: { kind: "list", list: head!, index: Number(second), field: third! } } : `"${column}": ${head} entries have no field "${third}" (fields: ${Object.keys(LIST_FIELDS[head!]!).join(", ")})`;
  }
  if (head! in TOP_FIELDS || head! in OBJECT_FIELDS) return `"${column}": ${head} is ${head! in TOP_FIELDS ? "a plain column" : `written as ${head}.<field>`}`;
  return `"${column}": unknown column; check its spelling against the documented field names`;
}

/**
 * Reads a header row.
 * @param header the header cells, as in the file (surrounding spaces ignored)
 * @returns the specs of the columns understood and a message for every other one (unknown
 *          names, malformed dotted paths, duplicates); the caller refuses the file when any
 */
export function parseHeader(header: readonly string[]): ParsedHeader {
  const specs: ColumnSpec[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  header.forEach((raw, position) => {
    const column = raw.trim();
    if (column === "") {
      problems.push(`column ${position + 1} has no name: remove it, or name the profile field it holds`);
      return;
    }
    if (seen.has(column)) {
      problems.push(`"${column}": the column appears twice`);
      return;
    }
    seen.add(column);
    const s = spec(column);
    if (typeof s === "string") problems.push(s);
    else specs.push({ column, position, ...s });
  });
  return { specs, problems };
}
