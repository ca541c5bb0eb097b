/**
 * The support records of the dossiers (migrations/0004_dossiers.sql, `dossier_support`):
 * measures applied for, granted and paid, one row per event, as the firm or staff enter them.
 * Each record is given to a match as `received` (src/profile/support.ts says what counts).
 */
import type { SupportRecord } from "../profile/index.js";
import type { Actor } from "./types.js";

/** A stored support record: the record, its id in the dossier, and who entered it when. */
export type StoredSupport = SupportRecord & { id: number; recordedAt: string; recordedBy: Actor };

/** A `dossier_support` row as SUPPORT_COLUMNS reads it. */
export type SupportRow = { id: number; measureId: string; status: SupportRecord["status"]; amount: number | null; date: string; reference: string | null; fiscalYear: number | null; recordedAt: string; recordedBy: Actor };

/** The row as a record: columns left empty are left out. */
export const storedSupport = ({ amount, reference, fiscalYear, ...rest }: SupportRow): StoredSupport => ({
  ...rest,
  ...(amount !== null ? { amount } : {}),
  ...(reference !== null ? { reference } : {}),
  ...(fiscalYear !== null ? { fiscalYear } : {}),
});

/** The columns of a support record. */
export const SUPPORT_COLUMNS = `seq AS id, measure_id AS measureId, status, amount, date, reference, fiscal_year AS fiscalYear, recorded_at AS recordedAt, recorded_by AS recordedBy`;

/** A dossier's support records as a match takes them (`received`): the records alone, without their ids and who entered them. */
export async function supportOf(db: D1Database, dossierId: string): Promise<SupportRecord[]> {
  return (await new SupportStore(db).list(dossierId)).map(({ id: _id, recordedAt: _at, recordedBy: _by, ...r }) => r);
}

/** Support records in D1. */
export class SupportStore {
  constructor(private readonly db: D1Database) {}

  /** Adds a record (and counts it as the dossier's last write). */
  async add(dossierId: string, r: SupportRecord, by: Actor, now: Date): Promise<StoredSupport> {
    const at = now.toISOString();
    const [inserted] = await this.db.batch<SupportRow>([
      this.db.prepare(`INSERT INTO dossier_support (dossier_id, measure_id, status, amount, date, reference, fiscal_year, recorded_at, recorded_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${SUPPORT_COLUMNS}`)
        .bind(dossierId, r.measureId, r.status, r.amount ?? null, r.date, r.reference ?? null, r.fiscalYear ?? null, at, by),
      this.db.prepare("UPDATE dossiers SET updated_at = ? WHERE id = ?").bind(at, dossierId),
    ]);
    return storedSupport(inserted!.results[0]!);
  }

  /** The dossier's records in the order entered. */
  async list(dossierId: string): Promise<StoredSupport[]> {
    const { results } = await this.db.prepare(`SELECT ${SUPPORT_COLUMNS} FROM dossier_support WHERE dossier_id = ? ORDER BY seq`).bind(dossierId).all<SupportRow>();
    return results.map(storedSupport);
  }

  /** Removes a record entered by mistake. @returns false when the dossier has no record of that id */
  async remove(dossierId: string, id: number, now: Date): Promise<boolean> {
    const [deleted] = await this.db.batch([
      this.db.prepare("DELETE FROM dossier_support WHERE dossier_id = ? AND seq = ?").bind(dossierId, id),
      this.db.prepare("UPDATE dossiers SET updated_at = ? WHERE id = ?").bind(now.toISOString(), dossierId),
    ]);
    return (deleted!.meta.changes ?? 0) > 0;
  }
}
