/**
 * The D1 store of published rule-set versions (migrations/0001_rulesets.sql). Versions are
 * immutable: a publish inserts a row or nothing (UNIQUE (ruleset_id, version)); rows are never
 * updated. Every publish attempt is audited.
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

/** One audit row: who tried to publish what, and how it ended. */
export interface PublishAttempt {
  label: string | null;
  id: string;
  version: string;
  hash: string | null;
  outcome: "created" | "conflict" | "invalid" | "unauthorized" | "forbidden" | "malformed";
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
   * Stores a version and its audit row in one transaction.
   * @param body the rule set's JSON text; @param label who publishes (an ADMIN_TOKENS label)
   * @returns `created`, or `conflict` when that id and version exist already (nothing stored)
   */
  async publish(v: PublishedVersion, body: string, label: string, now: string): Promise<"created" | "conflict"> {
    try {
      await this.db.batch([
        this.db
          .prepare("INSERT INTO ruleset_versions (ruleset_id, version, effective_from, hash, body, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(v.id, v.version, v.effectiveFrom, v.hash, body, now, label),
        this.auditStatement({ label, id: v.id, version: v.version, hash: v.hash, outcome: "created" }, now),
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
      .prepare("SELECT at, label, ruleset_id AS id, version, hash, outcome, detail FROM publish_audit ORDER BY seq DESC LIMIT ?")
      .bind(limit)
      .all<PublishAttempt & { at: string }>();
    return results;
  }

  private auditStatement(a: PublishAttempt, now: string): D1PreparedStatement {
    return this.db
      .prepare("INSERT INTO publish_audit (at, label, ruleset_id, version, hash, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(now, a.label, a.id, a.version, a.hash, a.outcome, a.detail ?? null);
  }
}
