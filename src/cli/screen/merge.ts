/**
 * Joins the shards of one screening (`npm run screen -- --shard k/n`, JSONL) into the file one
 * run over the whole register writes (docs/screening.md, "Shards"): the run record without its
 * `shard`, every row in input order (by line: each shard is in input order, so the files are
 * merged as they are read, holding one record of each), and the summary recomputed from the
 * shards' (src/screen/merge-summary.ts). JSONL gives the same bytes as the unsharded run; CSV
 * the same as the unsharded run's CSV.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { mergeSummaries } from "../../screen/merge-summary.js";
import type { RowRecord, RunRecord, SummaryRecord } from "../../screen/records.js";
import type { LoadedRuleSet } from "../../ruleset/catalog.js";
import { csvWriter } from "./csv-writer.js";
import { RegisterFileError } from "./input-row.js";
import { jsonlWriter } from "./jsonl-writer.js";
import { formatOf } from "./run.js";

/** One shard file as it is read: its run record, then one record at a time. */
interface ShardReader {
  file: string;
  run: RunRecord;
  index: number;
  count: number;
  next: () => Promise<RowRecord | SummaryRecord | undefined>;
  head: RowRecord | SummaryRecord | undefined;
}

async function open(file: string): Promise<ShardReader> {
  let lines: AsyncIterator<string>;
  try {
    lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator]();
  } catch (e) {
    throw new RegisterFileError(`${file}: cannot read: ${(e as Error).message}`);
  }
  let n = 0;
  const next = async () => {
    const { value, done } = await lines.next().catch((e: Error) => { throw new RegisterFileError(`${file}: cannot read: ${e.message}`); });
    if (done) return undefined;
    n++;
    try {
      return JSON.parse(value) as RowRecord | SummaryRecord | RunRecord;
    } catch {
      throw new RegisterFileError(`${file}, line ${n}: not a record of npm run screen (not JSON)`);
    }
  };
  const run = (await next()) as RunRecord | undefined;
  const shard = run?.type === "run" && typeof run.shard === "string" ? /^(\d+)\/(\d+)$/.exec(run.shard) : null;
  if (!run || !shard) throw new RegisterFileError(`${file}: not a shard of npm run screen -- --shard k/n (its first record is not a run record with a shard)`);
  const r: ShardReader = { file, run, index: Number(shard[1]), count: Number(shard[2]), next: next as ShardReader["next"], head: undefined };
  r.head = await r.next();
  return r;
}

/** The run record without `shard`. */
const whole = ({ shard: _shard, ...run }: RunRecord): RunRecord => run;

/**
 * Merges the shard files into `out` (JSONL, or CSV when it ends in `.csv`).
 * @param loaded for CSV: the screened version (its measures are the columns); its hash must be the shards'
 * @returns the summary written and the files
 * @throws RegisterFileError when a file is not a shard, the shards are not 1…n of one screening, or one is cut short
 */
export async function mergeShards(files: readonly string[], out: string, loaded?: LoadedRuleSet): Promise<{ summary: SummaryRecord; files: readonly string[] }> {
  const shards = await Promise.all(files.map(open));
  const count = shards[0]!.count;
  const run = whole(shards[0]!.run);
  for (const s of shards) {
    if (s.count !== count || JSON.stringify(whole(s.run)) !== JSON.stringify(run)) throw new RegisterFileError(`${s.file}: not a shard of the same screening as ${shards[0]!.file} (input, date, versions or shard count differ)`);
  }
  const indexes = shards.map((s) => s.index).sort((a, b) => a - b);
  if (indexes.length !== count || indexes.some((k, i) => k !== i + 1)) {
    throw new RegisterFileError(`give every shard 1…${count} once: got ${shards.map((s) => `${s.index}/${s.count}`).join(", ")}`);
  }
  const csv = formatOf(out) === "csv";
  if (csv && loaded?.hash !== run.ruleset.hash) throw new RegisterFileError(`CSV needs the screened version ${run.ruleset.id} ${run.ruleset.version} (${run.ruleset.hash}): write JSONL, or give that version with --version`);
  const writer = csv ? csvWriter(out, loaded!, run.compare !== undefined, run.received !== undefined) : jsonlWriter(out);
  const changeOrder = new Set<string>();
  const read = new Map<ShardReader, number>(shards.map((s) => [s, 0]));
  try {
    await writer.run(run);
    for (;;) {
      let min: ShardReader | undefined;
      for (const s of shards) if (s.head && s.head.type !== "summary" && (!min || s.head.line < (min.head as RowRecord).line)) min = s;
      if (!min) break;
      const row = min.head as RowRecord;
      if (row.type === "enterprise") for (const c of row.compare?.changes ?? []) changeOrder.add(c.measureId);
      await writer.row(row);
      read.set(min, read.get(min)! + 1);
      min.head = await min.next();
    }
    const parts = shards.map((s) => {
      if (s.head?.type !== "summary" || s.head.rows !== read.get(s)) throw new RegisterFileError(`${s.file}: cut short (no summary record at its end, or fewer rows than it counts)`);
      const { shard: _shard, ...summary } = s.head;
      return { index: s.index, summary };
    }).sort((a, b) => a.index - b.index).map((p) => p.summary);
    const summary = mergeSummaries(parts, [...changeOrder]);
    await writer.summary(summary);
    return { summary, files: writer.files };
  } finally {
    await writer.close();
  }
}
