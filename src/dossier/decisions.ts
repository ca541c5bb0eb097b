/**
 * The decisions log of the dossiers and their receipts, in D1 (migrations/0004_dossiers.sql):
 * every match made for a dossier, with the explained result as answered, its hash, a compact
 * summary for comparisons, and the capability id of its result page.
 */
import type { Decided } from "../engine/decide.js";
import type { MatchResult } from "../engine/result.js";
import { canonicalHash } from "../ruleset/hash.js";
import type { Receipt } from "./receipt.js";
import { randomId } from "./secret.js";
import type { Actor } from "./types.js";

/** A decision as the log lists it (the result itself apart). */
export interface DecisionEntry {
  /** order of the log, across all dossiers */
  seq: number;
  /** the answer's decisionId */
  decisionId: string;
  ruleset: { id: string; version: string; hash: string };
  /** ISO date, Asia/Shanghai */
  asOf: string;
  /** the profile version decided */
  profileVersion: number;
  /** `sha256:` of the result's RFC 8785 canonical JSON */
  resultHash: string;
  /** the capability id of the decision's result page, `/decisions/<shareId>` */
  shareId: string;
  /** ISO timestamp, UTC */
  decidedAt: string;
  decidedBy: Actor;
}

/** A match to record. */
export interface NewDecision {
  profileVersion: number;
  result: MatchResult;
  /** the per-measure decisions and totals of `result` (summary.ts) */
  summary: Decided;
  by: Actor;
}

/** The entry's columns, of the table aliased `t` when given. */
const columns = (t = "") => `${t}seq AS seq, ${t}decision_id AS decisionId, ${t}ruleset_id AS rid, ${t}ruleset_version AS rversion,
  ${t}ruleset_hash AS rhash, ${t}as_of AS asOf, ${t}profile_version AS profileVersion, ${t}result_hash AS resultHash, ${t}share_id AS shareId,
  ${t}decided_at AS decidedAt, ${t}decided_by AS decidedBy`;
const COLUMNS = columns();

type Row = Omit<DecisionEntry, "ruleset"> & { rid: string; rversion: string; rhash: string };

const entry = ({ rid, rversion, rhash, ...rest }: Row): DecisionEntry => ({ ...rest, ruleset: { id: rid, version: rversion, hash: rhash } });

/** The decisions log and receipts of the dossiers. */
export class DecisionStore {
  constructor(private readonly db: D1Database) {}

  /** Records a match and makes it the dossier's last decision, in one transaction. */
  async record(dossierId: string, d: NewDecision, now: Date): Promise<DecisionEntry> {
    const { result } = d;
    const text = JSON.stringify(result);
    const at = now.toISOString();
    const [inserted] = await this.db.batch<Row>([
      this.db.prepare(`INSERT INTO dossier_decisions (dossier_id, decision_id, ruleset_hash, result_hash, share_id, ruleset_id, ruleset_version, as_of,
          profile_version, result, summary, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`)
        .bind(dossierId, result.decisionId, result.ruleset.hash, canonicalHash(JSON.parse(text)), randomId(), result.ruleset.id, result.ruleset.version, result.asOf,
          d.profileVersion, text, JSON.stringify(d.summary), at, d.by),
      this.db.prepare("UPDATE dossiers SET last_decision_seq = (SELECT MAX(seq) FROM dossier_decisions WHERE dossier_id = ?1), updated_at = ?2 WHERE id = ?1")
        .bind(dossierId, at),
    ]);
    return entry(inserted!.results[0]!);
  }

  /** The dossier's decisions, newest first. */
  async list(dossierId: string): Promise<DecisionEntry[]> {
    const { results } = await this.db.prepare(`SELECT ${COLUMNS} FROM dossier_decisions WHERE dossier_id = ? AND result IS NOT NULL ORDER BY seq DESC`)
      .bind(dossierId).all<Row>();
    return results.map(entry);
  }

  /** A decision by its `seq`, or null. */
  async bySeq(seq: number): Promise<DecisionEntry | null> {
    const row = await this.db.prepare(`SELECT ${COLUMNS} FROM dossier_decisions WHERE seq = ? AND result IS NOT NULL`).bind(seq).first<Row>();
    return row ? entry(row) : null;
  }

  /** The dossier's decisions with their results, oldest first (for the export). */
  async listWithResults(dossierId: string): Promise<(DecisionEntry & { result: MatchResult })[]> {
    const { results } = await this.db.prepare(`SELECT ${COLUMNS}, result FROM dossier_decisions WHERE dossier_id = ? AND result IS NOT NULL ORDER BY seq`)
      .bind(dossierId).all<Row & { result: string }>();
    return results.map(({ result, ...row }) => ({ ...entry(row), result: JSON.parse(result) as MatchResult }));
  }

  /** The latest decision of the dossier with that decisionId, with its result; null when none. */
  async get(dossierId: string, decisionId: string): Promise<(DecisionEntry & { result: MatchResult }) | null> {
    const row = await this.db.prepare(`SELECT ${COLUMNS}, result FROM dossier_decisions WHERE dossier_id = ? AND decision_id = ? AND result IS NOT NULL ORDER BY seq DESC LIMIT 1`)
      .bind(dossierId, decisionId).first<Row & { result: string }>();
    if (!row) return null;
    const { result, ...rest } = row;
    return { ...entry(rest), result: JSON.parse(result) as MatchResult };
  }

  /** The decision a result page's capability id names, with its result, its dossier and the firm's name; null when none (or the dossier was deleted). */
  async byShareId(shareId: string): Promise<(DecisionEntry & { result: MatchResult; dossierId: string; creditCode: string; name: string | null }) | null> {
    const row = await this.db.prepare(`SELECT ${columns("x.")}, x.result, x.dossier_id AS dossierId, d.credit_code AS creditCode, d.name
        FROM dossier_decisions x JOIN dossiers d ON d.id = x.dossier_id WHERE x.share_id = ? AND d.deleted_at IS NULL AND x.result IS NOT NULL`)
      .bind(shareId).first<Row & { result: string; dossierId: string; creditCode: string; name: string | null }>();
    if (!row) return null;
    const { result, dossierId, creditCode, name, ...rest } = row;
    return { ...entry(rest), result: JSON.parse(result) as MatchResult, dossierId, creditCode, name };
  }

  /** Stores a receipt issued for the decision `decisionSeq`. */
  async addReceipt(dossierId: string, decisionSeq: number, receipt: Receipt): Promise<void> {
    await this.db.prepare("INSERT INTO dossier_receipts (dossier_id, decision_seq, key_id, payload, signature, issued_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(dossierId, decisionSeq, receipt.payload.keyId, JSON.stringify(receipt.payload), receipt.signature, receipt.payload.issuedAt).run();
  }

  /** The latest receipt of a decision, or null. */
  async receipt(decisionSeq: number): Promise<Receipt | null> {
    const row = await this.db.prepare("SELECT payload, signature FROM dossier_receipts WHERE decision_seq = ? ORDER BY seq DESC LIMIT 1")
      .bind(decisionSeq).first<{ payload: string; signature: string }>();
    return row ? receiptOf(row) : null;
  }

  /** Every receipt of the dossier, newest first. */
  async receipts(dossierId: string): Promise<Receipt[]> {
    const { results } = await this.db.prepare("SELECT payload, signature FROM dossier_receipts WHERE dossier_id = ? ORDER BY seq DESC")
      .bind(dossierId).all<{ payload: string; signature: string }>();
    return results.map(receiptOf);
  }
}

const receiptOf = (row: { payload: string; signature: string }): Receipt => ({ payload: JSON.parse(row.payload), algorithm: "Ed25519", signature: row.signature });
