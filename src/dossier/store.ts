/**
 * The D1 store of dossiers and their profile versions (migrations/0004_dossiers.sql). A
 * dossier is found by its credit code while it lives; a profile version is added, never
 * changed. Every method may reject with D1's errors. Access control is not here: the HTTP
 * layer admits callers (src/http/dossier-access.ts) before it calls the store.
 */
import { type EnterpriseProfile, todayInShanghai } from "../profile/index.js";
import { canonicalHash } from "../ruleset/hash.js";
import type { Actor, Dossier, ProfileSource, StoredVersion, VersionEntry } from "./types.js";

const DOSSIER_COLUMNS = `id, credit_code AS creditCode, name, token_hash AS tokenHash, token_issued_at AS tokenIssuedAt,
  created_at AS createdAt, updated_at AS updatedAt, latest_version AS latestVersion, last_decision_seq AS lastDecisionSeq`;
const VERSION_COLUMNS = "version, saved_at AS savedAt, saved_on AS savedOn, source, saved_by AS savedBy, profile_hash AS profileHash";

/** A profile to save: what, from where, by whom. */
export interface NewVersion {
  profile: EnterpriseProfile;
  source: ProfileSource;
  by: Actor;
}

/** The staff listing's row. */
export interface DossierListing {
  creditCode: string;
  name: string | null;
  createdAt: string;
  updatedAt: string;
  latestVersion: number;
}

/** Dossiers and profile versions in D1. */
export class DossierStore {
  constructor(private readonly db: D1Database) {}

  /**
   * Creates a dossier, with its first profile version when one is given, in one transaction.
   * @param tokenHash hex SHA-256 of the access token issued (secret.ts)
   * @returns the new dossier, or `exists` when a live dossier has that credit code (nothing stored)
   */
  async create(creditCode: string, tokenHash: string, now: Date, first?: NewVersion): Promise<Dossier | "exists"> {
    const id = crypto.randomUUID();
    const at = now.toISOString();
    const statements = [
      this.db.prepare("INSERT INTO dossiers (id, credit_code, name, token_hash, token_issued_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(id, creditCode, first?.profile.name ?? null, tokenHash, at, at, at),
      ...(first ? this.versionStatements(id, first, now) : []),
    ];
    try {
      await this.db.batch(statements);
    } catch (e) {
      if (/UNIQUE constraint failed: dossiers\.credit_code/i.test(String((e as Error).message))) return "exists";
      throw e;
    }
    return (await this.byId(id))!;
  }

  /** The live dossier of a credit code, or null. */
  async byCode(creditCode: string): Promise<Dossier | null> {
    return this.db.prepare(`SELECT ${DOSSIER_COLUMNS} FROM dossiers WHERE credit_code = ? AND deleted_at IS NULL`).bind(creditCode).first<Dossier>();
  }

  /** A live dossier by its id, or null. */
  async byId(id: string): Promise<Dossier | null> {
    return this.db.prepare(`SELECT ${DOSSIER_COLUMNS} FROM dossiers WHERE id = ? AND deleted_at IS NULL`).bind(id).first<Dossier>();
  }

  /**
   * Adds a profile version (the next number) and makes it the latest, in one transaction.
   * @returns the version's entry
   */
  async saveVersion(dossierId: string, v: NewVersion, now: Date): Promise<VersionEntry> {
    const results = await this.db.batch<VersionEntry>(this.versionStatements(dossierId, v, now));
    return results[0]!.results[0]!;
  }

  /** Every version of a dossier, oldest first, without profiles. */
  async versions(dossierId: string): Promise<VersionEntry[]> {
    const { results } = await this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM dossier_versions WHERE dossier_id = ? ORDER BY version`).bind(dossierId).all<VersionEntry>();
    return results;
  }

  /** Every version of a dossier with its profile, oldest first (for the export). */
  async versionsWithProfiles(dossierId: string): Promise<StoredVersion[]> {
    const { results } = await this.db.prepare(`SELECT ${VERSION_COLUMNS}, profile FROM dossier_versions WHERE dossier_id = ? ORDER BY version`)
      .bind(dossierId).all<VersionEntry & { profile: string }>();
    return results.map((row) => ({ ...row, profile: JSON.parse(row.profile) as EnterpriseProfile }));
  }

  /** One version with its profile, or null when there is no such number. */
  async version(dossierId: string, version: number): Promise<StoredVersion | null> {
    const row = await this.db.prepare(`SELECT ${VERSION_COLUMNS}, profile FROM dossier_versions WHERE dossier_id = ? AND version = ?`)
      .bind(dossierId, version).first<VersionEntry & { profile: string }>();
    return row ? { ...row, profile: JSON.parse(row.profile) as EnterpriseProfile } : null;
  }

  /** Replaces the access token's hash: the previous token stops working at once. */
  async rotateToken(dossierId: string, tokenHash: string, now: Date): Promise<void> {
    const at = now.toISOString();
    await this.db.prepare("UPDATE dossiers SET token_hash = ?, token_issued_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL")
      .bind(tokenHash, at, at, dossierId).run();
  }

  /**
   * Live dossiers for staff, ordered by credit code.
   * @param q a credit-code prefix or a part of the name (case-insensitive); empty: all
   * @param after the last credit code of the previous page
   * @param limit at most this many (1–200)
   */
  async list({ q = "", after = "", limit = 50 }: { q?: string; after?: string; limit?: number }): Promise<DossierListing[]> {
    const like = q.replace(/[\\%_]/g, (c) => "\\" + c);
    const { results } = await this.db.prepare(`SELECT credit_code AS creditCode, name, created_at AS createdAt, updated_at AS updatedAt, latest_version AS latestVersion
      FROM dossiers WHERE deleted_at IS NULL AND credit_code > ?
      AND (? = '' OR credit_code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
      ORDER BY credit_code LIMIT ?`).bind(after, q, `${like.toUpperCase()}%`, `%${like}%`, limit).all<DossierListing>();
    return results;
  }

  /** Ids of live dossiers after `after` in id order, at most `limit` (for walking every dossier in batches). */
  async liveIds(after = "", limit = 100): Promise<string[]> {
    const { results } = await this.db.prepare("SELECT id FROM dossiers WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?").bind(after, limit).all<{ id: string }>();
    return results.map((r) => r.id);
  }

  /** The statements that add a version and make it the latest (numbered in the transaction, so concurrent saves never share a number). */
  private versionStatements(dossierId: string, v: NewVersion, now: Date): D1PreparedStatement[] {
    const at = now.toISOString();
    return [
      this.db.prepare(`INSERT INTO dossier_versions (dossier_id, version, profile, profile_hash, source, saved_at, saved_on, saved_by)
        SELECT id, latest_version + 1, ?, ?, ?, ?, ?, ? FROM dossiers WHERE id = ? RETURNING ${VERSION_COLUMNS}`)
        .bind(JSON.stringify(v.profile), canonicalHash(v.profile), v.source, at, todayInShanghai(now), v.by, dossierId),
      this.db.prepare("UPDATE dossiers SET latest_version = latest_version + 1, name = ?, updated_at = ? WHERE id = ?")
        .bind(v.profile.name ?? null, at, dossierId),
    ];
  }
}
