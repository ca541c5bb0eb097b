/**
 * The end of an asynchronous screening: once every chunk's records are in R2, the files one run
 * of `npm run screen` over the register writes are put together from them, in register order —
 * `records.jsonl` (the run record, every chunk's rows, the summary recomputed from the chunks'
 * summaries: src/screen/merge-summary.ts) and `records.csv` with `summary.csv` (UTF-8 with a
 * BOM, titled headers: src/screen/csv-cells.ts) — streamed chunk by chunk into one R2 object
 * each, never held whole in memory. Idempotent: done twice (two last chunks at once, a
 * redelivery) it writes the same bytes, and the screening is marked done once.
 */
import { csvFormatRows } from "d3-dsv";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { ruleSetRef } from "../ruleset/catalog.js";
import { headerCells, rowColumns, summaryRows, titlesOf } from "../screen/csv-cells.js";
import { mergeSummaries } from "../screen/merge-summary.js";
import type { RunRecord, SummaryRecord } from "../screen/records.js";
import { chunkOutKey, fileKey, type ScreeningFile } from "./layout.js";
import type { ChunkDone, Screening } from "./store.js";

const encoder = new TextEncoder();
const BOM = "\uFEFF";

/** CSV records as the CLI's csv-stringify writes them: quoted only where needed, each ending in LF. */
export const csvText = (rows: readonly (readonly string[])[]) => (rows.length ? csvFormatRows(rows as string[][]) + "\n" : "");

/** One R2 object made of text and chunk objects, in order; `bytes` is its exact size. */
async function putJoined(bucket: R2Bucket, key: ScreeningFile, id: string, parts: readonly (string | { chunk: number; ext: "jsonl" | "csv" })[], bytes: number, contentType: string): Promise<void> {
  const { readable, writable } = new FixedLengthStream(bytes);
  const put = bucket.put(fileKey(id, key), readable, { httpMetadata: { contentType } });
  const writer = writable.getWriter();
  try {
    for (const p of parts) {
      if (typeof p === "string") {
        await writer.write(encoder.encode(p));
        continue;
      }
      const obj = await bucket.get(chunkOutKey(id, p.chunk, p.ext));
      if (!obj) throw new Error(`chunk ${p.chunk}'s ${p.ext} records are missing from R2`);
      const reader = obj.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) await writer.write(r.value);
    }
    await writer.close();
  } catch (e) {
    await writer.abort(e);
    await put.catch(() => undefined);
    throw e;
  }
  await put;
}

/** The run record of a screening, as `npm run screen` writes it for the same register, date and version. */
export function runRecord(s: Screening, loaded: LoadedRuleSet): RunRecord {
  return { type: "run", input: s.input, format: s.format, asOf: s.asOf, ruleset: ruleSetRef(loaded) };
}

/**
 * Writes the three files from the chunks' records.
 * @param chunks every chunk, done, in order
 * @returns the summary of the whole register
 */
export async function assemble(bucket: R2Bucket, s: Screening, loaded: LoadedRuleSet, chunks: readonly ChunkDone[]): Promise<SummaryRecord> {
  const summary = mergeSummaries(chunks.map((c) => c.summary));
  const bytes = (t: string) => encoder.encode(t).byteLength;
  const run = JSON.stringify(runRecord(s, loaded)) + "\n";
  const last = JSON.stringify(summary) + "\n";
  await putJoined(bucket, "records.jsonl", s.id, [run, ...chunks.map((c) => ({ chunk: c.chunk, ext: "jsonl" as const })), last],
    bytes(run) + chunks.reduce((n, c) => n + c.jsonlBytes, 0) + bytes(last), "application/x-ndjson; charset=utf-8");
  const titles = titlesOf(loaded);
  const head = BOM + csvText([headerCells(rowColumns(loaded.ruleset.measures.map((m) => m.id), false), titles)]);
  await putJoined(bucket, "records.csv", s.id, [head, ...chunks.map((c) => ({ chunk: c.chunk, ext: "csv" as const }))],
    bytes(head) + chunks.reduce((n, c) => n + c.csvBytes, 0), "text/csv; charset=utf-8");
  await bucket.put(fileKey(s.id, "summary.csv"), BOM + csvText(summaryRows(summary, titles)), { httpMetadata: { contentType: "text/csv; charset=utf-8" } });
  return summary;
}
