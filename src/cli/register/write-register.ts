/**
 * Writes register rows as JSONL (one profile a line) or as CSV with the dotted-header mapping
 * of csv-columns.ts. A malformed row is written truncated: the first 60 % of its JSON line, or
 * the first 40 % of its CSV cells.
 */
import { createWriteStream } from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { csvRecords, jsonlLine, type RegisterRow } from "../../register/generate.js";

export { csvRecords, REGISTER_LAYOUT } from "../../register/generate.js";

/** `jsonl` or `csv`. */
export type RegisterFormat = "jsonl" | "csv";

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
