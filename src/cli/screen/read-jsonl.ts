/**
 * Reads a JSONL register: one EnterpriseProfile JSON object a line, streamed. Blank lines are
 * skipped (they are not rows); a UTF-8 BOM is ignored; a line that is not JSON is a row with a
 * `malformed` problem, never the end of the file.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { InputRow } from "./input-row.js";

/**
 * @param path the file
 * @returns its rows, in order, with 1-based line numbers
 * @throws the stream's error when the file cannot be read (the CLI checks it can be opened first)
 */
export async function* readJsonl(path: string): AsyncGenerator<InputRow> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text), problems: [] };
    } catch (e) {
      yield { line, problems: [{ pointer: "", message: `malformed JSON: ${(e as Error).message}` }] };
    }
  }
}
