/**
 * Announcements of rule-set versions to the dossiers (migrations/0005_notices_jobs.sql,
 * `announcements`): a version is announced once when it is published and once when it comes
 * into force. The row is claimed before the first message is sent and keeps a cursor (the
 * last dossier id enqueued), so a fan-out cut short resumes where it stopped, and a version is
 * never announced twice for the same reason.
 */

/** Why a version is announced: published just now, or in force from today. */
export type AnnouncementKind = "published" | "effective";

/** An announcement's row. */
export interface Announcement {
  rulesetId: string;
  version: string;
  kind: AnnouncementKind;
  rulesetHash: string;
  /** ISO date, Asia/Shanghai: the date the dossiers are decided on */
  asOf: string;
  /** `sending` until every live dossier's id is in a message */
  state: "sending" | "sent";
  /** the last dossier id enqueued ('' before the first) */
  cursor: string;
  batches: number;
  dossiers: number;
  startedAt: string;
  sentAt: string | null;
}

const COLUMNS = `ruleset_id AS rulesetId, version, kind, ruleset_hash AS rulesetHash, as_of AS asOf, state, cursor, batches, dossiers,
  started_at AS startedAt, sent_at AS sentAt`;

/** Announcements in D1. */
export class AnnouncementStore {
  constructor(private readonly db: D1Database) {}

  /**
   * Claims the announcement of a version for a reason, or finds it.
   * @returns the row: new (`cursor` ''), or as an earlier attempt left it (`sending` to resume, `sent` to leave)
   */
  async claim(a: { rulesetId: string; version: string; kind: AnnouncementKind; rulesetHash: string; asOf: string }, now: Date): Promise<Announcement> {
    await this.db.prepare(`INSERT OR IGNORE INTO announcements (ruleset_id, version, kind, ruleset_hash, as_of, state, started_at) VALUES (?, ?, ?, ?, ?, 'sending', ?)`)
      .bind(a.rulesetId, a.version, a.kind, a.rulesetHash, a.asOf, now.toISOString()).run();
    return (await this.get(a.rulesetId, a.version, a.kind))!;
  }

  async get(rulesetId: string, version: string, kind: AnnouncementKind): Promise<Announcement | null> {
    return this.db.prepare(`SELECT ${COLUMNS} FROM announcements WHERE ruleset_id = ? AND version = ? AND kind = ?`).bind(rulesetId, version, kind).first<Announcement>();
  }

  /** Records progress: `sent` more dossiers in `batches` more messages, up to `cursor`. */
  async advance(a: Announcement, cursor: string, batches: number, dossiers: number): Promise<void> {
    await this.db.prepare("UPDATE announcements SET cursor = ?, batches = batches + ?, dossiers = dossiers + ? WHERE ruleset_id = ? AND version = ? AND kind = ?")
      .bind(cursor, batches, dossiers, a.rulesetId, a.version, a.kind).run();
  }

  /** Marks the announcement sent: every live dossier's id is in a message. */
  async sent(a: Announcement, now: Date): Promise<void> {
    await this.db.prepare("UPDATE announcements SET state = 'sent', sent_at = ? WHERE ruleset_id = ? AND version = ? AND kind = ?")
      .bind(now.toISOString(), a.rulesetId, a.version, a.kind).run();
  }

  /** Announcements cut short (a fan-out that failed), to resume. */
  async unfinished(): Promise<Announcement[]> {
    const { results } = await this.db.prepare(`SELECT ${COLUMNS} FROM announcements WHERE state = 'sending' ORDER BY started_at`).all<Announcement>();
    return results;
  }
}
