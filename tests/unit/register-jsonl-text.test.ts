/**
 * A JSONL register read from text in memory (src/engine/register-jsonl.ts `jsonlRows`, what a
 * Worker does with an upload or a chunk of an asynchronous screening) gives the rows the CLI's
 * readline stream gives (src/cli/screen/read-jsonl.ts): the same line numbers at LF, CRLF and a
 * lone CR, blank lines skipped, a BOM ignored, a last line without a line end, a line that is not
 * JSON a malformed row with the same message.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonl } from "../../src/cli/screen/read-jsonl.js";
import { jsonlRows } from "../../src/engine/register-jsonl.js";
import type { RegisterRow } from "../../src/engine/register-row.js";

const dir = mkdtempSync(join(tmpdir(), "register-jsonl-text-"));
const plain = (rows: Iterable<RegisterRow>) => [...rows].map(({ line, value, problems }) => ({ line, value, problems }));

async function fromFile(text: string) {
  const path = join(dir, `r${Math.random()}.jsonl`);
  writeFileSync(path, text);
  const rows: RegisterRow[] = [];
  for await (const r of readJsonl(path)) rows.push(r);
  return plain(rows);
}

describe("jsonlRows(text) = readJsonl(file)", () => {
  it.each([
    ["LF", '{"employees":1}\n{"employees":2}\n'],
    ["CRLF and blank lines", '{"employees":1}\r\n\r\n  \r\n{"employees":2}\r\n'],
    ["a lone CR", '{"employees":1}\r{"employees":2}\r\n{"employees":3}'],
    ["a BOM and no line end at the end", '\uFEFF{"employees":1}\n{"employees":2}'],
    ["malformed lines", '{"employees":1\n[1,2\n"text"\n{"name":"x"}\n'],
  ])("%s", async (_name, text) => {
    const expected = await fromFile(text);
    expect(expected.length).toBeGreaterThan(1);
    expect(plain(jsonlRows(text))).toEqual(expected);
  });
});
