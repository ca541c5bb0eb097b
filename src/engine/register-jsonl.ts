/**
 * JSONL registers (docs/screening.md "Register files"): one EnterpriseProfile JSON object a
 * line. Blank lines are not rows; a UTF-8 BOM before the first line is ignored; a line that is
 * not JSON is a row with a `malformed` problem, never the end of the file. Pure: the CLI feeds
 * it a file's lines (src/cli/screen/read-jsonl.ts), a Worker an upload's text.
 */
import type { RegisterRow } from "./register-row.js";

/**
 * JSON.parse's message without the " (line 1 column 8)" newer V8s (workerd's, Node 22's) add
 * after the position Node 20's gives alone: a row's error reads the same whichever runtime
 * read it, so an asynchronous screening's records equal the CLI's (docs/decisions.md).
 */
const jsonErrorText = (e: Error) => e.message.replace(/ \(line \d+ column \d+\)$/, "");

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
    return { line, problems: [{ pointer: "", message: `malformed JSON: ${jsonErrorText(e as Error)}` }] };
  }
}

/**
 * The lines of a JSONL register held in memory with their 1-based numbers, split as Node's
 * readline splits a file (the CLI's reader): at LF, CRLF or a lone CR; a last line without a
 * line end is a line, a text that ends in one has no empty line after it.
 */
export function* jsonlLines(text: string): Generator<{ line: number; text: string }> {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === "") lines.pop();
  for (let i = 0; i < lines.length; i++) yield { line: i + 1, text: lines[i]! };
}

/** The rows of a JSONL register held in memory, in order. */
export function* jsonlRows(text: string): Generator<RegisterRow> {
  for (const l of jsonlLines(text)) {
    const row = jsonlRow(l.text, l.line);
    if (row) yield row;
  }
}
