/**
 * JSONL registers (docs/screening.md "Register files"): one EnterpriseProfile JSON object a
 * line. Blank lines are not rows; a UTF-8 BOM before the first line is ignored; a line that is
 * not JSON is a row with a `malformed` problem, never the end of the file. Pure: the CLI feeds
 * it a file's lines (src/cli/screen/read-jsonl.ts), a Worker an upload's text.
 */
import type { RegisterRow } from "./register-row.js";

/**
 * @param text one line, without its line end; @param line its 1-based number
 * @returns the row, or undefined for a blank line
 */
export function jsonlRow(text: string, line: number): RegisterRow | undefined {
  const t = line === 1 ? text.replace(/^\uFEFF/, "") : text;
  if (t.trim() === "") return undefined;
  try {
    return { line, value: JSON.parse(t), problems: [] };
  } catch (e) {
    return { line, problems: [{ pointer: "", message: `malformed JSON: ${(e as Error).message}` }] };
  }
}

/** The rows of a JSONL register held in memory (LF or CRLF line ends), in order. */
export function* jsonlRows(text: string): Generator<RegisterRow> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const row = jsonlRow(lines[i]!, i + 1);
    if (row) yield row;
  }
}
