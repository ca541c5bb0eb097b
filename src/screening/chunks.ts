/**
 * A register cut into chunks for an asynchronous screening (docs/screening.md, "Asynchronous
 * screenings"): CHUNK_ROWS rows a chunk, in register order, each kept in R2 as JSON with what
 * its rows need to be read exactly as the whole file is read — a JSONL chunk its lines with
 * their numbers, a CSV chunk the header's cells and its records' cells with their lines — so a
 * chunk screened alone gives the records one run over the file gives for those rows.
 */
import { csvHeader, csvRecordRow, csvRecords, RegisterHeaderError } from "../engine/register-csv.js";
import { jsonlLines, jsonlRow } from "../engine/register-jsonl.js";
import type { RegisterRow } from "../engine/register-row.js";

/** Rows per chunk: a chunk is screened in one queue delivery, well within its CPU time. */
export const CHUNK_ROWS = 500;

/** One chunk as stored. Lines are 1-based, a CSV's header is line 1. */
export type ChunkInput =
  | { format: "jsonl"; lines: [line: number, text: string][] }
  | { format: "csv"; header: string[]; headerLine: number; records: [line: number, cells: string[]][] };

/**
 * Cuts a register's text into chunks of `rows` rows (blank lines are not rows: they stay out).
 * @throws RegisterHeaderError for a CSV without a header, or whose header names columns no profile field has
 */
export function cutRegister(text: string, format: "jsonl" | "csv", rows = CHUNK_ROWS): ChunkInput[] {
  const chunks: ChunkInput[] = [];
  if (format === "jsonl") {
    let lines: [number, string][] = [];
    for (const l of jsonlLines(text)) {
      if ((l.line === 1 ? l.text.replace(/^\uFEFF/, "") : l.text).trim() === "") continue; // blank: not a row (as jsonlRow)
      lines.push([l.line, l.text]);
      if (lines.length === rows) chunks.push({ format, lines }), (lines = []);
    }
    if (lines.length) chunks.push({ format, lines });
    return chunks;
  }
  let header: { cells: string[]; line: number } | undefined;
  let records: [number, string[]][] = [];
  for (const r of csvRecords(text)) {
    if (!header) {
      csvHeader(r.cells, r.line); // refuses a bad header now, before anything is stored
      header = r;
      continue;
    }
    records.push([r.line, r.cells]);
    if (records.length === rows) chunks.push({ format, header: header.cells, headerLine: header.line, records }), (records = []);
  }
  if (!header) throw new RegisterHeaderError("no header: the first line of a register CSV names its columns", []);
  if (records.length) chunks.push({ format, header: header.cells, headerLine: header.line, records });
  return chunks;
}

/** A chunk's rows, in order, as the register's reader gives them. */
export function* chunkRows(c: ChunkInput): Generator<RegisterRow> {
  if (c.format === "jsonl") {
    for (const [line, text] of c.lines) {
      const row = jsonlRow(text, line);
      if (row) yield row;
    }
    return;
  }
  const header = csvHeader(c.header, c.headerLine);
  for (const [line, cells] of c.records) yield csvRecordRow(header, line, cells);
}
