/**
 * CSV registers (docs/screening.md "Register files"; the layout: src/register/csv-columns.ts):
 * the header, then one enterprise a record. A header cell that names no profile field refuses
 * the whole file (a misspelt column would otherwise be refused on every row); a record whose cell
 * count differs from the header's is a row with a `malformed` problem, and reading goes on;
 * empty lines are not rows; a UTF-8 BOM is ignored. The header and the records are understood
 * here for every reader: the CLI streams a file through csv-parse (src/cli/screen/read-csv.ts),
 * a Worker parses an upload held in memory with d3-dsv (`csvRows`), which needs no Node API.
 */
import { csvParseRows } from "d3-dsv";
import { type ColumnSpec, parseHeader } from "../register/csv-header.js";
import { columnOf, rowToProfile } from "../register/csv-to-profile.js";
import type { RegisterRow } from "./register-row.js";

/** A header that names columns no profile field has, or no header at all: the file is refused. */
export class RegisterHeaderError extends Error {
  override name = "RegisterHeaderError";
  constructor(message: string, readonly problems: readonly string[]) {
    super(message);
  }
}

/** A header understood: the columns' specs and the number of cells every record must have. */
export interface CsvHeader {
  specs: ColumnSpec[];
  width: number;
}

/**
 * @param cells the header's cells; @param line its line (1 unless empty lines come first)
 * @throws RegisterHeaderError listing every column that names no profile field
 */
export function csvHeader(cells: readonly string[], line: number): CsvHeader {
  const header = parseHeader(cells);
  if (header.problems.length > 0) throw new RegisterHeaderError(`the header (line ${line}) has columns that name no profile field:\n  ${header.problems.join("\n  ")}`, header.problems);
  return { specs: header.specs, width: cells.length };
}

/** One record as a row: the profile it gives, or `malformed` when its cell count is not the header's. */
export function csvRecordRow(h: CsvHeader, line: number, cells: readonly string[]): RegisterRow {
  if (cells.length !== h.width) {
    return { line, problems: [{ pointer: "", message: `the row has ${cells.length} cells, the header ${h.width}: a row cut short, or a comma in an unquoted cell` }] };
  }
  const row = rowToProfile(h.specs, cells);
  return { line, value: row.profile, problems: row.problems, columnOf: (pointer) => columnOf(row, pointer) };
}

const newlines = (cells: readonly string[]) => cells.reduce((n, c) => n + (c.match(/\n/g) ?? []).length, 0);

/**
 * The records of a CSV held in memory, header first, each with the line where it starts and its
 * cells; empty lines are not records; a UTF-8 BOM is ignored. A quote never closed makes one
 * record of the rest of the file.
 */
export function* csvRecords(text: string): Generator<{ line: number; cells: string[] }> {
  let line = 1;
  for (const cells of csvParseRows(text.replace(/^\uFEFF/, ""))) {
    const at = line;
    line += 1 + newlines(cells);
    if (cells.length === 1 && cells[0] === "") continue; // an empty line
    yield { line: at, cells };
  }
}

/**
 * The rows of a CSV register held in memory, in order, each with the line where it starts (the
 * header is line 1). A quote never closed makes one malformed row of the rest of the file.
 * @throws RegisterHeaderError for a file without a header, or a header with unknown or malformed columns
 */
export function* csvRows(text: string): Generator<RegisterRow> {
  let header: CsvHeader | undefined;
  for (const { line, cells } of csvRecords(text)) {
    if (!header) header = csvHeader(cells, line);
    else yield csvRecordRow(header, line, cells);
  }
  if (!header) throw new RegisterHeaderError("no header: the first line of a register CSV names its columns", []);
}
