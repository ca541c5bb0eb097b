/**
 * The rows of asynchronous screenings (migrations/0005_notices_jobs.sql, `screenings` and
 * `screening_chunks`): what was screened, against what, how far it has got, and each chunk's
 * sizes and summary once its records are in R2 (docs/screening.md, "Asynchronous jobs").
 * The register and the records themselves are in R2 (layout.ts).
 */
import type { RuleSetRef } from "../ruleset/catalog.js";
import type { SummaryRecord } from "../screen/records.js";

/** A screening's state: `running` until every chunk is screened and the files assembled, then `done`; `failed` when a chunk failed every attempt. */
export type ScreeningState = "running" | "done" | "failed";

/** A screening as its row holds it. */
export interface Screening {
  id: string;
  state: ScreeningState;
  /** the register's name as given (the `input` of the run and summary records) */
  input: string;
  format: "jsonl" | "csv";
  /** ISO date, Asia/Shanghai */
  asOf: string;
  ruleset: RuleSetRef;
  /** the register's size in bytes */
  bytes: number;
  rows: number;
  chunks: number;
  /** chunks whose records are in R2 */
  chunksDone: number;
  /** the summary record, once done */
  summary: SummaryRecord | null;
  error: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

/** A chunk screened: its records' sizes and its rows' summary. */
export interface ChunkDone {
  chunk: number;
  rows: number;
  jsonlBytes: number;
  csvBytes: number;
  summary: SummaryRecord;
}

type Row = Omit<Screening, "ruleset" | "summary"> & { rid: string; rversion: string; rhash: string; effectiveFrom: string; summary: string | null };

const COLUMNS = `s.id, s.state, s.input, s.format, s.as_of AS asOf, s.ruleset_id AS rid, s.ruleset_version AS rversion, s.ruleset_hash AS rhash,
  s.effective_from AS effectiveFrom, s.bytes, s.rows, s.chunks, (SELECT COUNT(*) FROM screening_chunks c WHERE c.screening_id = s.id AND c.done_at IS NOT NULL) AS chunksDone,
  s.summary, s.error, s.created_by AS createdBy, s.created_at AS createdAt, s.finished_at AS finishedAt`;

const screening = ({ rid, rversion, rhash, effectiveFrom, summary, ...rest }: Row): Screening => ({
  ...rest, ruleset: { id: rid, version: rversion, hash: rhash, effectiveFrom }, summary: summary === null ? null : JSON.parse(summary) as SummaryRecord,
});

/** Screenings in D1. */
export class ScreeningStore {
  constructor(private readonly db: D1Database) {}

  /** Stores a new screening, `running`, with its chunks (rows per chunk, in register order), in one transaction. */
  async create(s: { id: string; input: string; format: "jsonl" | "csv"; asOf: string; ruleset: RuleSetRef; bytes: number; createdBy: string }, chunkRows: readonly number[], now: Date): Promise<void> {
    const rows = chunkRows.reduce((a, b) => a + b, 0);
    await this.db.batch([
      this.db.prepare(`INSERT INTO screenings (id, state, input, format, as_of, ruleset_id, ruleset_version, ruleset_hash, effective_from, bytes, rows, chunks, created_by, created_at)
        VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .bind(s.id, s.input, s.format, s.asOf, s.ruleset.id, s.ruleset.version, s.ruleset.hash, s.ruleset.effectiveFrom, s.bytes, rows, chunkRows.length, s.createdBy, now.toISOString()),
      ...chunkRows.map((n, chunk) => this.db.prepare("INSERT INTO screening_chunks (screening_id, chunk, rows) VALUES (?, ?, ?)").bind(s.id, chunk, n)),
    ]);
  }

  /** A screening by id, or null. */
  async get(id: string): Promise<Screening | null> {
    const row = await this.db.prepare(`SELECT ${COLUMNS} FROM screenings s WHERE s.id = ?`).bind(id).first<Row>();
    return row ? screening(row) : null;
  }

  /** Whether a chunk's records are in R2 already (a redelivered message then does nothing but check the end). */
  async isDone(id: string, chunk: number): Promise<boolean> {
    return (await this.db.prepare("SELECT done_at FROM screening_chunks WHERE screening_id = ? AND chunk = ?").bind(id, chunk).first<{ done_at: string | null }>())?.done_at != null;
  }

  /** Marks a chunk done with its sizes and summary (once: a second call changes nothing). */
  async chunkDone(id: string, c: Omit<ChunkDone, "rows">, now: Date): Promise<void> {
    await this.db.prepare("UPDATE screening_chunks SET done_at = ?, jsonl_bytes = ?, csv_bytes = ?, summary = ? WHERE screening_id = ? AND chunk = ? AND done_at IS NULL")
      .bind(now.toISOString(), c.jsonlBytes, c.csvBytes, JSON.stringify(c.summary), id, c.chunk).run();
  }

  /** Every chunk, in order, when all are done; null while one is not. */
  async allDone(id: string): Promise<ChunkDone[] | null> {
    const { results } = await this.db.prepare(`SELECT chunk, rows, done_at AS doneAt, jsonl_bytes AS jsonlBytes, csv_bytes AS csvBytes, summary
      FROM screening_chunks WHERE screening_id = ? ORDER BY chunk`).bind(id).all<{ chunk: number; rows: number; doneAt: string | null; jsonlBytes: number; csvBytes: number; summary: string }>();
    if (results.some((r) => r.doneAt === null)) return null;
    return results.map(({ doneAt: _d, summary, ...r }) => ({ ...r, summary: JSON.parse(summary) as SummaryRecord }));
  }

  /** Marks a running screening done with its summary. */
  async finish(id: string, summary: SummaryRecord, now: Date): Promise<void> {
    await this.db.prepare("UPDATE screenings SET state = 'done', summary = ?, finished_at = ? WHERE id = ? AND state = 'running'")
      .bind(JSON.stringify(summary), now.toISOString(), id).run();
  }

  /** Marks a running screening failed, saying why. */
  async fail(id: string, error: string, now: Date): Promise<void> {
    await this.db.prepare("UPDATE screenings SET state = 'failed', error = ?, finished_at = ? WHERE id = ? AND state = 'running'")
      .bind(error, now.toISOString(), id).run();
  }
}
