/** Writes the screen's records as JSONL: one JSON object a line (records.ts). */
import { createWriteStream, openSync } from "node:fs";
import type { RowRecord, RunRecord, SummaryRecord } from "../../screen/records.js";
import { endStream, writeChunk } from "./write-stream.js";

/** Where the screen's records go. Each method resolves once the record is buffered; `close` once all is on disk. */
export interface RecordWriter {
  run(r: RunRecord): Promise<void>;
  row(r: RowRecord): Promise<void>;
  summary(s: SummaryRecord): Promise<void>;
  close(): Promise<void>;
  /** the files written */
  readonly files: readonly string[];
}

/**
 * A JSONL writer to `path` (created or overwritten).
 * @throws the open error (ENOENT, EACCES…) at once, not later from the stream
 */
export function jsonlWriter(path: string): RecordWriter {
  const out = createWriteStream(path, { fd: openSync(path, "w") });
  const line = (r: object) => writeChunk(out, JSON.stringify(r) + "\n");
  return { run: line, row: line, summary: line, close: () => endStream(out), files: [path] };
}
