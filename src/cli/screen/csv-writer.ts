/**
 * Writes the screen's records as CSV files (docs/screening.md, "Output"; the cells:
 * src/screen/csv-cells.ts): the rows to `<out>.csv` and the summary to `<out>.summary.csv`.
 * Both open in Excel on a Chinese PC: UTF-8 with a byte-order mark (without it Excel reads
 * them as GBK).
 */
import { once } from "node:events";
import { createWriteStream, openSync, writeFileSync } from "node:fs";
import { stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import type { LoadedRuleSet } from "../../ruleset/catalog.js";
import { headerCells, rowCells, rowColumns, summaryRows, titlesOf } from "../../screen/csv-cells.js";
import type { RecordWriter } from "./jsonl-writer.js";
import { endStream, writeChunk } from "./write-stream.js";

/** `screen.csv` → `screen.summary.csv`. */
export function summaryPath(out: string): string {
  return out.replace(/(\.csv)?$/i, ".summary.csv");
}

/**
 * A CSV writer: rows to `path`, the summary to `summaryPath(path)`.
 * @param loaded the screened version (its measures are columns); @param compare a `--compare` run; @param ledger a `--received` run
 * @throws the open error (ENOENT, EACCES…) at once, not later from the stream
 */
export function csvWriter(path: string, loaded: LoadedRuleSet, compare: boolean, ledger = false): RecordWriter {
  const ids = loaded.ruleset.measures.map((m) => m.id);
  const titles = titlesOf(loaded);
  const file = createWriteStream(path, { fd: openSync(path, "w") });
  const csv = stringify({ bom: true });
  csv.pipe(file);
  return {
    files: [path, summaryPath(path)],
    run: () => writeChunk(csv, headerCells(rowColumns(ids, compare, ledger), titles)),
    row: (r) => writeChunk(csv, rowCells(r, ids, compare, ledger)),
    summary: async (s) => writeFileSync(summaryPath(path), stringifySync(summaryRows(s, titles), { bom: true })),
    close: async () => {
      const flushed = once(file, "finish"); // the pipe ends the file once the stringifier has ended
      await endStream(csv);
      await flushed;
    },
  };
}
