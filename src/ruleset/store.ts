/**
 * The D1 store of published rule-set versions (migrations/0001_rulesets.sql, 0002) and of the
 * withdrawals of versions (0003). Versions are immutable: a publish inserts a row or nothing
 * (one row per number, in its one spelling: UNIQUE (ruleset_id, version) and the triggers of
 * 0002); rows are never updated. Every publish attempt is audited
 * (http/routes/publish-audit.ts). Publishing and withdrawing go through review
 * (src/review/draft-store.ts), which writes here in the same transaction as the draft.
 */
import type { Withdrawal } from "./withdrawal.js";

/** A stored version as its row holds it: the columns, and the JSON text (which may not load). */
export interface StoredRow {
  seq: number;
  id: string;
  version: string;
  effectiveFrom: string;
  body: string;
}

/**
 * How a publish attempt ended (docs/publishing.md, "The audit"): `created`; refused for the
 * caller (`unauthorized`, `forbidden`), the body (`too-large`, `unsupported-media-type`,
 * `malformed`), the content (`invalid`: a path, lint or a path/body mismatch) or the number
 * (`conflict`); or failed (`unavailable`: the store could not be read; `error`: unexpected).
 */
export type PublishOutcome =
  | "created" | "conflict" | "invalid" | "malformed" | "unauthorized" | "forbidden"
  | "too-large" | "unsupported-media-type" | "unavailable" | "error";

/** One audit row: who tried to publish what, and how it ended. */
export interface PublishAttempt {
  label: string | null;
  id: string;
  version: string;
  hash: string | null;
  outcome: PublishOutcome;
  /** the HTTP status answered */
  status: number;
  /** the answer's X-Request-Id */
  requestId?: string | undefined;
  detail?: string;
}

/** Access to the `DB` binding's tables. Every method may reject with D1's errors. */
export class PublishedStore {
  constructor(private readonly db: D1Database) {}

  /** The generation of an empty store. */
  static readonly EMPTY = "0:0:0:0";

  /**
   * The generation of the stored rows, `"<latest seq>:<row count>:<latest withdrawal>:<withdrawals>"`:
   * changes when a version is added or withdrawn, and when an operator deletes a row by hand.
   */
  async generation(): Promise<string> {
    const row = await this.db.prepare(
      "SELECT (SELECT COALESCE(MAX(seq), 0) FROM ruleset_versions) AS g, (SELECT COUNT(*) FROM ruleset_versions) AS n, (SELECT COALESCE(MAX(seq), 0) FROM withdrawals) AS wg, (SELECT COUNT(*) FROM withdrawals) AS wn",
    ).first<{ g: number; n: number; wg: number; wn: number }>();
    return `${row?.g ?? 0}:${row?.n ?? 0}:${row?.wg ?? 0}:${row?.wn ?? 0}`;
  }

  /** Every withdrawal, oldest first. */
  async withdrawals(): Promise<Withdrawal[]> {
    const { results } = await this.db
      .prepare("SELECT ruleset_id AS id, version, from_date AS \"from\", reason FROM withdrawals ORDER BY seq")
      .all<{ id: string; version: string; from: string; reason: string }>();
    return results.map(({ id, version, from, reason }) => ({ id, version, withdrawn: { from, reason } }));
  }

  /** Every stored version, in publication order. */
  async rows(): Promise<StoredRow[]> {
    const { results } = await this.db
      .prepare("SELECT seq, ruleset_id AS id, version, effective_from AS effectiveFrom, body FROM ruleset_versions ORDER BY seq")
      .all<StoredRow>();
    return results;
  }

  /** Records a publish attempt that stored nothing. */
  async audit(a: PublishAttempt, now: string): Promise<void> {
    await this.auditStatement(a, now).run();
  }

  /** The audit, newest first (for tests and operators). */
  async auditLog(limit = 100): Promise<(PublishAttempt & { at: string })[]> {
    const { results } = await this.db
      .prepare("SELECT at, label, ruleset_id AS id, version, hash, outcome, status, request_id AS requestId, detail FROM publish_audit ORDER BY seq DESC LIMIT ?")
      .bind(limit)
      .all<PublishAttempt & { at: string }>();
    return results;
  }

  /**
   * The statement recording an attempt (for a transaction of the caller's: review's publish);
   * with `when`, it records only if that SQL condition then holds.
   */
  auditStatement(a: PublishAttempt, now: string, when?: { sql: string; binds: unknown[] }): D1PreparedStatement {
    return this.db
      .prepare(`INSERT INTO publish_audit (at, label, ruleset_id, version, hash, outcome, status, request_id, detail) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?${when ? ` WHERE ${when.sql}` : ""}`)
      .bind(now, a.label, a.id, a.version, a.hash, a.outcome, a.status, a.requestId ?? null, a.detail ?? null, ...(when?.binds ?? []));
  }
}
