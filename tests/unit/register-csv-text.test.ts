/**
 * A CSV register read from text in memory (src/engine/register-csv.ts `csvRows`, what a Worker
 * does with an upload) gives the rows the CLI's csv-parse stream gives (src/cli/screen/read-csv.ts):
 * lines, profiles and problems, on a generated register with its malformed and invalid rows, with
 * a BOM, empty lines and a cell spanning lines, and CRLF line ends. (csv-parse's raw text of a
 * record after an empty CRLF line lacks its line end, so the CLI numbers the rows of such a file
 * one line early; the text reader counts them right.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeRegister } from "../../src/cli/register/write-register.js";
import { readCsv } from "../../src/cli/screen/read-csv.js";
import { csvRows, RegisterHeaderError } from "../../src/engine/register-csv.js";
import type { RegisterRow } from "../../src/engine/register-row.js";
import { generateRegister } from "../../src/register/generate.js";

const dir = mkdtempSync(join(tmpdir(), "register-csv-text-"));
const plain = (rows: Iterable<RegisterRow>) => [...rows].map(({ line, value, problems, columnOf }) => ({ line, value, problems, column: columnOf?.("/financials/0/revenue") }));
async function fromFile(path: string) {
  const rows: RegisterRow[] = [];
  for await (const r of readCsv(path)) rows.push(r);
  return plain(rows);
}

describe("csvRows(text) = readCsv(file)", () => {
  it("on a generated register of 800 firms (its malformed and invalid rows included)", async () => {
    const path = join(dir, "register.csv");
    await writeRegister(generateRegister({ seed: 3, count: 800 }), "csv", path);
    const text = readFileSync(path, "utf8");
    const expected = await fromFile(path);
    expect(expected.some((r) => r.problems.length > 0)).toBe(true);
    expect(plain(csvRows(text))).toEqual(expected);
  });

  it.each([
    ["a BOM, empty lines and a quoted cell over two lines", "\uFEFFcreditCode,name,employees\n\n91150200MA0QY7D85N,\"包头\n稀土\",12\n\nx,y\n91150200MA0QY7D85N,\"a,b\",3\n", [3, 6, 7]],
    ["CRLF line ends and a quoted cell over two lines", "creditCode,name,employees\r\n91150200MA0QY7D85N,\"包头\r\n稀土\",12\r\nx,y\r\n91150200MA0QY7D85N,\"a,b\",3\r\n", [2, 4, 5]],
  ])("with %s", async (_name, text, lines) => {
    const path = join(dir, "odd.csv");
    writeFileSync(path, text);
    const rows = plain(csvRows(text));
    expect(rows).toEqual(await fromFile(path));
    expect(rows.map((r) => r.line)).toEqual(lines);
  });

  it("with CRLF and empty lines, the text reader numbers the lines of the file", () => {
    expect(plain(csvRows("creditCode,name\r\n\r\nA,b\r\n\r\nC,d\r\n")).map((r) => r.line)).toEqual([3, 5]);
  });

  it("refuses a header naming no profile field, and a file without a header", () => {
    expect(() => [...csvRows("creditCode,revenu\nx,1\n")]).toThrow(RegisterHeaderError);
    expect(() => [...csvRows("\n\n")]).toThrow(/no header/);
  });
});
