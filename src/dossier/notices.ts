/**
 * The notices of the dossiers (migrations/0005_notices_jobs.sql, `dossier_notices`): what
 * changed for a firm when it was re-decided under a new rule-set version — a measure newly
 * eligible (`gain`), one no longer eligible (`loss`), or one still eligible with another counted
 * amount (`amount`). One row per dossier, version hash, measure and kind, so a batch decided
 * twice writes each notice once. A notice is open until the firm or staff acknowledge it.
 */
import type { MeasureChange } from "../engine/compare.js";
import type { Status } from "../engine/result.js";
import type { Actor } from "./types.js";

/** The changes a notice is written for (compare.ts ChangeKind without `status`: a change of status that leaves the measure ineligible tells the firm nothing to act on). */
export const NOTICE_KINDS = ["gain", "loss", "amount"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The changes of a comparison that are notices, in the comparison's order. */
export const noticeChanges = (changes: readonly MeasureChange[]): (MeasureChange & { change: NoticeKind })[] =>
  changes.filter((c): c is MeasureChange & { change: NoticeKind } => (NOTICE_KINDS as readonly string[]).includes(c.change));

/** A notice as the API shows it. Amounts are counted amounts in yuan (0 when not counted). */
export interface Notice {
  id: number;
  measureId: string;
  kind: NoticeKind;
  ruleset: { id: string; version: string; hash: string };
  /** ISO date, Asia/Shanghai: the date the dossier was decided on */
  asOf: string;
  /** null: no earlier decision, or the earlier version had no such measure */
  statusBefore: Status | null;
  /** null: the version has no such measure */
  statusAfter: Status | null;
  amountBefore: number;
  amountAfter: number;
  /** the decision kept for the re-decision (GET …/decisions/{decisionId}) */
  decisionId: string | null;
  /** ISO timestamp, UTC */
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: Actor | null;
}

type Row = Omit<Notice, "ruleset"> & { rid: string; rversion: string; rhash: string };

const COLUMNS = `n.seq AS id, n.measure_id AS measureId, n.kind, n.ruleset_id AS rid, n.ruleset_version AS rversion, n.ruleset_hash AS rhash,
  n.as_of AS asOf, n.status_before AS statusBefore, n.status_after AS statusAfter, n.amount_before AS amountBefore, n.amount_after AS amountAfter,
  x.decision_id AS decisionId, n.created_at AS createdAt, n.acknowledged_at AS acknowledgedAt, n.acknowledged_by AS acknowledgedBy`;

const notice = ({ rid, rversion, rhash, ...rest }: Row): Notice => ({ ...rest, ruleset: { id: rid, version: rversion, hash: rhash } });

/** Notices in D1. */
export class NoticeStore {
  constructor(private readonly db: D1Database) {}

  /**
   * The statements that write the notices of one re-decision, each once (a notice already
   * written for the same version hash, measure and kind is left as it is). Run them after
   * DecisionStore.recordStatements in the same transaction: they point at the dossier's last decision.
   */
  writeStatements(dossierId: string, ruleset: { id: string; version: string; hash: string }, asOf: string, changes: readonly (MeasureChange & { change: NoticeKind })[], now: Date): D1PreparedStatement[] {
    return changes.map((c) => this.db.prepare(`INSERT OR IGNORE INTO dossier_notices (dossier_id, ruleset_hash, measure_id, kind, ruleset_id, ruleset_version, as_of,
        status_before, status_after, amount_before, amount_after, decision_seq, created_at)
      SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, last_decision_seq, ?12 FROM dossiers WHERE id = ?1`)
      .bind(dossierId, ruleset.hash, c.measureId, c.change, ruleset.id, ruleset.version, asOf, c.before, c.after, c.amountBefore, c.amountAfter, now.toISOString()));
  }

  /**
   * The dossier's notices, newest first.
   * @param open only those not yet acknowledged
   */
  async list(dossierId: string, { open = false }: { open?: boolean } = {}): Promise<Notice[]> {
    const { results } = await this.db.prepare(`SELECT ${COLUMNS} FROM dossier_notices n LEFT JOIN dossier_decisions x ON x.seq = n.decision_seq
      WHERE n.dossier_id = ? ${open ? "AND n.acknowledged_at IS NULL" : ""} ORDER BY n.seq DESC`).bind(dossierId).all<Row>();
    return results.map(notice);
  }

  /**
   * Acknowledges a notice (the firm has read it, or staff have followed it up); acknowledging
   * it again changes nothing.
   * @returns the notice, or null when the dossier has no notice of that id
   */
  async acknowledge(dossierId: string, id: number, by: Actor, now: Date): Promise<Notice | null> {
    await this.db.prepare("UPDATE dossier_notices SET acknowledged_at = ?, acknowledged_by = ? WHERE dossier_id = ? AND seq = ? AND acknowledged_at IS NULL")
      .bind(now.toISOString(), by, dossierId, id).run();
    const row = await this.db.prepare(`SELECT ${COLUMNS} FROM dossier_notices n LEFT JOIN dossier_decisions x ON x.seq = n.decision_seq WHERE n.dossier_id = ? AND n.seq = ?`)
      .bind(dossierId, id).first<Row>();
    return row ? notice(row) : null;
  }
}
