/**
 * Writes register rows as JSONL (one profile a line) or as CSV with the dotted-header mapping
 * of csv-columns.ts. A malformed row is written truncated: the first 60 % of its JSON line, or
 * the first 40 % of its CSV cells.
 */
import { createWriteStream } from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { registerColumns, type CsvLayout } from "../../register/csv-columns.js";
import { jsonlLine, type RegisterRow } from "../../register/generate.js";
import { csvRowWriter } from "../../register/profile-to-csv.js";
import { MAX_CERTIFICATIONS, MAX_TALENTS, REGISTER_YEARS } from "../../register/synth-profile.js";

/** `jsonl` or `csv`. */
export type RegisterFormat = "jsonl" | "csv";

/** The CSV layout of the synthetic register: years 2022–2024, 5 certificates, 2 talents. */
export const REGISTER_LAYOUT: CsvLayout = { years: REGISTER_YEARS, certifications: MAX_CERTIFICATIONS, talents: MAX_TALENTS };

/** The CSV records (arrays of cells), the header first. */
export function* csvRecords(rows: Iterable<RegisterRow>, layout: CsvLayout = REGISTER_LAYOUT): Generator<string[]> {
  const columns = registerColumns(layout);
  const write = csvRowWriter(columns);
  yield columns;
  for (const row of rows) {
    const cells = write(row.profile);
    yield row.malformed ? cells.slice(0, Math.ceil(cells.length * 0.4)) : cells;
  }
}

/**
 * Streams rows to `out` (a writable stream, or a file path created/overwritten).
 * @returns when everything is written
 * @throws CsvLayoutError if a profile does not fit the CSV layout; the stream's I/O errors
 */
export async function writeRegister(rows: Iterable<RegisterRow>, format: RegisterFormat, out: string | Writable): Promise<void> {
  const sink = typeof out === "string" ? createWriteStream(out) : out;
  if (format === "jsonl") {
    await pipeline(Readable.from((function* () { for (const row of rows) yield jsonlLine(row); })()), sink);
  } else {
    await pipeline(Readable.from(csvRecords(rows)), stringify(), sink);
  }
}
