/**
 * Deleting dossiers (by their firm, by staff, or when their retention period has run out):
 * everything about the firm goes — profile versions, support records, receipts, results, the
 * credit code, name and token — and what is kept is the dossier's random id with the date of
 * deletion, and each decision's id and hashes (`decision_id`, `ruleset_hash`, `result_hash`),
 * so that a receipt shown later can still be matched to a decision the service made.
 * Each deletion is one transaction of five statements, however many dossiers it takes.
 * docs/dossiers.md, "What is kept, where, for how long".
 */
import type { Actor } from "./types.js";

/** What a deletion did. */
export interface Erased {
  /** ISO timestamp, UTC */
  deletedAt: string;
  /** decisions whose ids and hashes were kept */
  decisionsKept: number;
}

/**
 * Deletes the live dossiers `which` selects (an SQL condition on `dossiers`, with its values).
 * @returns the decisions kept and the dossiers deleted
 */
async function erase(db: D1Database, which: string, values: unknown[], by: Actor, at: string): Promise<{ decisionsKept: number; dossiers: number }> {
  const selected = `SELECT id FROM dossiers WHERE deleted_at IS NULL AND ${which}`;
  const results = await db.batch([
    db.prepare(`DELETE FROM dossier_receipts WHERE dossier_id IN (${selected})`).bind(...values),
    db.prepare(`DELETE FROM dossier_support WHERE dossier_id IN (${selected})`).bind(...values),
    db.prepare(`DELETE FROM dossier_versions WHERE dossier_id IN (${selected})`).bind(...values),
    db.prepare(`UPDATE dossier_decisions SET share_id = NULL, ruleset_id = NULL, ruleset_version = NULL, as_of = NULL, profile_version = NULL,
      result = NULL, summary = NULL, decided_at = NULL, decided_by = NULL WHERE dossier_id IN (${selected})`).bind(...values),
    db.prepare(`UPDATE dossiers SET credit_code = NULL, name = NULL, token_hash = NULL, token_issued_at = NULL, latest_version = 0,
      last_decision_seq = NULL, deleted_at = ?, deleted_by = ? WHERE deleted_at IS NULL AND ${which}`).bind(at, by, ...values),
  ]);
  return { decisionsKept: results[3]!.meta.changes ?? 0, dossiers: results[4]!.meta.changes ?? 0 };
}

/** Deletes one live dossier (see the file comment). */
export async function eraseDossier(db: D1Database, dossierId: string, by: Actor, now: Date): Promise<Erased> {
  const deletedAt = now.toISOString();
  const { decisionsKept } = await erase(db, "id = ?", [dossierId], by, deletedAt);
  return { deletedAt, decisionsKept };
}

/** The default retention period: three years without a write (docs/dossiers.md). */
export const DEFAULT_RETENTION_DAYS = 1095;

/**
 * The `DOSSIER_RETENTION_DAYS` var as a number of days: a whole number ≥ 1; unset → the default.
 * @throws Error naming the var when it is set to anything else (the cron then fails loudly instead of deleting by a guess)
 */
export function retentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) throw new Error(`DOSSIER_RETENTION_DAYS must be a whole number of days ≥ 1, not "${value}"`);
  return days;
}

/** When a dossier last written at `updatedAt` is deleted unless written to again: `updatedAt` + `days` (ISO timestamp, UTC). */
export function retainUntil(updatedAt: string, days: number): string {
  return new Date(Date.parse(updatedAt) + days * 86_400_000).toISOString();
}

/** Deletes every dossier not written for `days` days before `now`. @returns how many */
export async function sweepExpired(db: D1Database, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return (await erase(db, "updated_at < ?", [cutoff], "retention", now.toISOString())).dossiers;
}
