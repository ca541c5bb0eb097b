/**
 * Reads a JSONL register file, streamed, line by line through the engine's reader
 * (src/engine/register-jsonl.ts: blank lines skipped, a BOM ignored, a line that is not JSON a
 * `malformed` row).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { jsonlRow } from "../../engine/register-jsonl.js";
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
    const row = jsonlRow(raw, ++line);
    if (row) yield row;
  }
}
