/**
 * Reads a CSV register (mapping: src/cli/register/csv-columns.ts), streamed with csv-parse.
 * The first record is the header; a header cell that names no profile field refuses the whole
 * file (a misspelt column would otherwise be refused on every row). Each later record is a row:
 * empty lines are skipped; a row whose cell count differs from the header's, or whose quotes
 * never close, is a row with a `malformed` problem, and reading goes on.
 */
import { createReadStream } from "node:fs";
import { parse, type CsvError, type Options } from "csv-parse";
import { type CsvHeader, csvHeader, csvRecordRow, RegisterHeaderError } from "../../engine/register-csv.js";
import { RegisterFileError, type InputRow } from "./input-row.js";

const newlines = (s: string) => (s.match(/\n/g) ?? []).length;
const leadingNewlines = (s: string) => (s.match(/^(\r?\n)*/)![0].match(/\n/g) ?? []).length;

type Parsed = { seq: number; line: number; cells: string[] };

/**
 * @param path the file
 * @returns its rows, in order, each with the line where it starts (the header is line 1)
 * @throws RegisterFileError for an empty file or a header with unknown or malformed columns
 */
export async function* readCsv(path: string): AsyncGenerator<InputRow> {
  let seq = 0;
  let lastEnd = 0; // the line where the previous record (or skipped error) ended
  const skipped: { seq: number; line: number; message: string }[] = [];
  const options: Options<unknown> = {
    bom: true, raw: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true,
    // called in parse order, so line numbers follow the file even though records are consumed later
    on_record: (rec: unknown): Parsed => {
      const { record, raw } = rec as unknown as { record: string[]; raw: string };
      const line = lastEnd + 1 + leadingNewlines(raw);
      lastEnd = line + newlines(raw.replace(/^(\r?\n)*/, "").replace(/\r?\n$/, ""));
      return { seq: seq++, line, cells: record };
    },
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      const line = lastEnd + 1 + leadingNewlines(raw ?? "");
      const end = typeof err?.lines === "number" ? err.lines : line;
      skipped.push({ seq: seq++, line, message: `the CSV cannot be read from here${end > line ? ` to line ${end}` : ""}: ${err?.message ?? "parse error"}` });
      lastEnd = end;
    },
  };
  const parser = createReadStream(path).pipe(parse(options as Options));

  let header: CsvHeader | undefined;
  const flush = function* (before: number): Generator<InputRow> {
    while (skipped.length > 0 && skipped[0]!.seq < before) {
      const s = skipped.shift()!;
      yield { line: s.line, problems: [{ pointer: "", message: s.message }] };
    }
  };
  for await (const rec of parser as AsyncIterable<Parsed>) {
    yield* flush(rec.seq);
    if (!header) {
      try {
        header = csvHeader(rec.cells, rec.line);
      } catch (e) {
        throw e instanceof RegisterHeaderError ? new RegisterFileError(`${path}: ${e.message}`) : e;
      }
      continue;
    }
    yield csvRecordRow(header, rec.line, rec.cells);
  }
  yield* flush(Infinity);
  if (!header) throw new RegisterFileError(`${path}: no header: the first line of a register CSV names its columns`);
}
