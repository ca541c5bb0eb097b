/**
 * `screen-chunk`: one chunk of an asynchronous screening (docs/screening.md, "Asynchronous
 * screenings") screened as `npm run screen` screens rows (src/screen/screen-row.ts), its records
 * put in R2 as JSONL and CSV rows and its summary kept in D1; the delivery that finds every
 * chunk done puts the screening's files together (src/screening/assemble.ts) and marks it done.
 * Idempotent: a chunk delivered again is not screened again (its records would be the same
 * bytes under the same keys anyway), so no record is ever written twice.
 */
import { rowCells } from "../screen/csv-cells.js";
import { screenRow } from "../screen/screen-row.js";
import { ScreenSummary } from "../screen/summary.js";
import { assemble, csvText } from "../screening/assemble.js";
import { type ChunkInput, chunkRows } from "../screening/chunks.js";
import { chunkInKey, chunkOutKey } from "../screening/layout.js";
import { ScreeningStore } from "../screening/store.js";
import { binding, type JobContext, type JobOutcome } from "./context.js";
import type { ScreenChunkJob } from "./messages.js";

/** The handler. @throws D1's and R2's errors, a chunk missing from R2 (the message is retried, then dead-lettered: the screening fails) */
export async function screenChunk(job: ScreenChunkJob, ctx: JobContext): Promise<JobOutcome> {
  const db = binding(ctx.env, "DB"), bucket = binding(ctx.env, "SCREENINGS");
  const store = new ScreeningStore(db);
  const s = await store.get(job.job);
  if (!s || s.state !== "running") return; // failed, done, or unknown: nothing to do
  const loaded = (await ctx.deps.catalog(db)).resolve({ id: s.ruleset.id, version: s.ruleset.version, asOf: s.asOf });
  if (loaded.hash !== s.ruleset.hash) return store.fail(s.id, `${s.ruleset.id} ${s.ruleset.version} is no longer the version screened (${s.ruleset.hash})`, ctx.now);
  if (!(await store.isDone(s.id, job.chunk))) {
    const stored = await bucket.get(chunkInKey(s.id, job.chunk));
    if (!stored) throw new Error(`chunk ${job.chunk} of ${s.id} is missing from R2`);
    const input = await stored.json<ChunkInput>();
    const ids = loaded.ruleset.measures.map((m) => m.id);
    const summary = new ScreenSummary(s.input, s.asOf, loaded);
    const lines: string[] = [], cells: string[][] = [];
    for (const row of chunkRows(input)) {
      const screened = await screenRow(row, { loaded, asOf: s.asOf });
      if ("decided" in screened) summary.addEnterprise(screened.decided);
      else summary.addError(screened.record.reason);
      lines.push(JSON.stringify(screened.record) + "\n");
      cells.push(rowCells(screened.record, ids, false));
    }
    const jsonl = lines.join(""), csv = csvText(cells);
    await bucket.put(chunkOutKey(s.id, job.chunk, "jsonl"), jsonl);
    await bucket.put(chunkOutKey(s.id, job.chunk, "csv"), csv);
    const size = (t: string) => new TextEncoder().encode(t).byteLength;
    await store.chunkDone(s.id, { chunk: job.chunk, jsonlBytes: size(jsonl), csvBytes: size(csv), summary: summary.record() }, ctx.now);
  }
  const chunks = await store.allDone(s.id);
  if (!chunks) return;
  await store.finish(s.id, await assemble(bucket, s, loaded, chunks), ctx.now);
}
