/**
 * Screens a register file against a rule-set version, streaming: rows are read, screened and
 * written one at a time, so memory holds one row and the summary (one entry per measure),
 * whatever the register's size. Every input row gets a record; a bad row never stops the run.
 */
import { closeSync, openSync, statSync } from "node:fs";
import type { RegisterFormat } from "../register/write-register.js";
import { countLines } from "./count-lines.js";
import { csvWriter } from "./csv-writer.js";
import { RegisterFileError, type InputRow } from "./input-row.js";
import { jsonlWriter } from "./jsonl-writer.js";
import { NO_PROGRESS, type Progress } from "./progress.js";
import { readCsv } from "./read-csv.js";
import { readJsonl } from "./read-jsonl.js";
import type { SummaryRecord } from "../../screen/records.js";
import { screenRow, type ScreenContext } from "../../screen/screen-row.js";
import { ruleSetRef, ScreenSummary } from "../../screen/summary.js";

export type { RegisterFormat };

/** What to screen, against what, and where to write. */
export interface ScreenOptions extends ScreenContext {
  /** the register file */
  input: string;
  /** its format; default from its extension (`.csv` → CSV, else JSONL) */
  format?: RegisterFormat | undefined;
  /** the output file: CSV when it ends in `.csv` (plus `<out>.summary.csv`), else JSONL */
  out: string;
  /** progress reporting, given the expected row count; default none */
  progress?: ((expectedRows: number) => Progress) | undefined;
  /** the `--received` ledger file as given (its records are `received`) */
  receivedFile?: string | undefined;
  /** screen only shard `index` (1-based) of `count`: the rows whose 0-based position in the register is index − 1 modulo count */
  shard?: Shard | undefined;
}

/** A shard of a register: `index` of `count`, 1 ≤ index ≤ count. */
export interface Shard {
  index: number;
  count: number;
}

/** `k/n` → the shard; null when it is not two whole numbers with 1 ≤ k ≤ n. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]), count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The format a file name implies: `.csv` → csv, else jsonl. */
export function formatOf(path: string): RegisterFormat {
  return path.toLowerCase().endsWith(".csv") ? "csv" : "jsonl";
}

/**
 * Screens the register.
 * @returns the summary record (also written last), and the files written
 * @throws RegisterFileError when the input is not a readable file or a CSV header is refused;
 *         the output stream's error when it cannot be written
 */
export async function screenRegister(opts: ScreenOptions): Promise<{ summary: SummaryRecord; files: readonly string[] }> {
  try {
    if (!statSync(opts.input).isFile()) throw new RegisterFileError(`${opts.input}: not a file`);
    closeSync(openSync(opts.input, "r"));
  } catch (e) {
    throw e instanceof RegisterFileError ? e : new RegisterFileError(`${opts.input}: cannot read: ${(e as Error).message}`);
  }
  const format = opts.format ?? formatOf(opts.input);
  const rows: AsyncGenerator<InputRow> = format === "csv" ? readCsv(opts.input) : readJsonl(opts.input);
  const first = await rows.next(); // reads a CSV header: a refused header fails here, before any output is written
  const expected = opts.progress ? Math.max(0, (await countLines(opts.input)) - (format === "csv" ? 1 : 0)) : 0;
  const ledger = opts.received !== undefined;
  const writer = formatOf(opts.out) === "csv" ? csvWriter(opts.out, opts.loaded, opts.other !== undefined, ledger) : jsonlWriter(opts.out);
  const summary = new ScreenSummary(opts.input, opts.asOf, opts.loaded, opts.other, ledger);
  const shard = opts.shard ? { shard: `${opts.shard.index}/${opts.shard.count}` } : {};
  const bar = opts.progress?.(opts.shard ? Math.ceil(expected / opts.shard.count) : expected) ?? NO_PROGRESS;
  try {
    await writer.run({
      type: "run", input: opts.input, format, asOf: opts.asOf, ruleset: ruleSetRef(opts.loaded),
      ...(opts.other ? { compare: ruleSetRef(opts.other) } : {}), ...(opts.receivedFile ? { received: opts.receivedFile } : {}), ...shard,
    });
    let done = 0, bad = 0, position = 0;
    const all = async function* () {
      if (!first.done) yield first.value;
      yield* rows;
    };
    for await (const row of all()) {
      if (opts.shard && position++ % opts.shard.count !== opts.shard.index - 1) continue;
      const screened = await screenRow(row, opts);
      if ("decided" in screened) summary.addEnterprise(screened.decided, screened.diff);
      else {
        summary.addError(screened.record.reason);
        bad++;
      }
      await writer.row(screened.record);
      bar.update(++done, bad);
    }
    const record = { ...summary.record(), ...shard };
    await writer.summary(record);
    return { summary: record, files: writer.files };
  } finally {
    bar.stop();
    await writer.close();
  }
}
