/**
 * The D1 store of published rule-set versions (migrations/0001_rulesets.sql, 0002). Versions are
 * immutable: a publish inserts a row or nothing (one row per number, in its one spelling:
 * UNIQUE (ruleset_id, version) and the triggers of 0002); rows are never updated. Every publish
 * attempt is audited (http/routes/publish-audit.ts).
 */

/** A published version's listing. */
export interface PublishedVersion {
  id: string;
  version: string;
  effectiveFrom: string;
  hash: string;
}

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
  static readonly EMPTY = "0:0";

  /**
   * The generation of the stored rows, `"<latest seq>:<row count>"`: changes when a version is
   * added, and when an operator deletes a row by hand.
   */
  async generation(): Promise<string> {
    const row = await this.db.prepare("SELECT COALESCE(MAX(seq), 0) AS g, COUNT(*) AS n FROM ruleset_versions").first<{ g: number; n: number }>();
    return `${row?.g ?? 0}:${row?.n ?? 0}`;
  }

  /** Every stored version, in publication order. */
  async rows(): Promise<StoredRow[]> {
    const { results } = await this.db
      .prepare("SELECT seq, ruleset_id AS id, version, effective_from AS effectiveFrom, body FROM ruleset_versions ORDER BY seq")
      .all<StoredRow>();
    return results;
  }

  /**
   * Stores a version and its audit row (status 201) in one transaction.
   * @param body the rule set's JSON text; @param who the ADMIN_TOKENS label and the request id
   * @returns `created`, or `conflict` when that id and version exist already (nothing stored)
   */
  async publish(v: PublishedVersion, body: string, who: { label: string; requestId?: string | undefined }, now: string): Promise<"created" | "conflict"> {
    try {
      await this.db.batch([
        this.db
          .prepare("INSERT INTO ruleset_versions (ruleset_id, version, effective_from, hash, body, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(v.id, v.version, v.effectiveFrom, v.hash, body, now, who.label),
        this.auditStatement({ ...who, id: v.id, version: v.version, hash: v.hash, outcome: "created", status: 201 }, now),
      ]);
      return "created";
    } catch (e) {
      if (/UNIQUE constraint failed/i.test(String((e as Error).message))) return "conflict";
      throw e;
    }
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

  private auditStatement(a: PublishAttempt, now: string): D1PreparedStatement {
    return this.db
      .prepare("INSERT INTO publish_audit (at, label, ruleset_id, version, hash, outcome, status, request_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(now, a.label, a.id, a.version, a.hash, a.outcome, a.status, a.requestId ?? null, a.detail ?? null);
  }
}
