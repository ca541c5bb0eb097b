/**
 * The D1 store of drafts and their review log (migrations/0003_review.sql). Every change of a
 * draft is conditional on the state and revision it was read in, so two officers acting at once
 * never both succeed: the second finds nothing changed and is told the draft moved on. Each
 * change and its log entry are written in one transaction; publishing writes the version and
 * its audit row (src/ruleset/store.ts) in the same one.
 */
import { canonicalHash } from "../ruleset/hash.js";
import { PublishedStore } from "../ruleset/store.js";
import type { Draft, DraftContent, DraftFindings, LogAction, LogEntry } from "./draft.js";
import type { DraftState } from "./machine.js";
import type { Officer } from "./roles.js";

/** A draft's row as D1 returns it. */
interface Row {
  ruleset_id: string; version: string; state: DraftState; body: string; cases: string; retroactive: number; reason: string | null;
  hash: string; effective_from: string | null; findings: string; revision: number; created_by: string; created_at: string;
  updated_by: string; updated_at: string; proposed_by: string | null; approved_by: string | null;
}

const draftOf = (r: Row): Draft => ({
  id: r.ruleset_id, version: r.version, state: r.state, ruleset: JSON.parse(r.body) as Record<string, unknown>, cases: JSON.parse(r.cases) as unknown[],
  retroactive: r.retroactive === 1, reason: r.reason, hash: r.hash, effectiveFrom: r.effective_from, findings: JSON.parse(r.findings) as DraftFindings,
  revision: r.revision, createdBy: r.created_by, createdAt: r.created_at, updatedBy: r.updated_by, updatedAt: r.updated_at,
  proposedBy: r.proposed_by, approvedBy: r.approved_by,
});

/** Who acts, when, on which request. */
export interface Act {
  officer: Officer;
  /** ISO timestamp, UTC */
  now: string;
  requestId?: string | undefined;
}

/** A draft as read: the state and revision a change is conditional on. */
export type Seen = Pick<Draft, "id" | "version" | "state" | "revision">;

/** Filters of the review log (all optional; dates ISO, inclusive). */
export interface LogFilter {
  id?: string | undefined;
  version?: string | undefined;
  label?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  /** only rows before this `seq` (the next page of a newest-first list) */
  before?: number | undefined;
}

/** The WHERE clause of the filters, on a table with ruleset_id, version, `label`, an action column and `at`. */
export function filterClause(f: LogFilter, action: string): { where: string; binds: unknown[] } {
  const parts: string[] = [], binds: unknown[] = [];
  const add = (sql: string, v: unknown) => { parts.push(sql); binds.push(v); };
  if (f.id) add("ruleset_id = ?", f.id);
  if (f.version) add("version = ?", f.version);
  if (f.label) add("label = ?", f.label);
  if (f.action) add(`${action} = ?`, f.action);
  if (f.from) add("at >= ?", f.from);
  if (f.to) add("at < ?", `${f.to}T99`); // through the end of that day (UTC timestamps)
  if (f.before !== undefined) add("seq < ?", f.before);
  return { where: parts.length ? `WHERE ${parts.join(" AND ")}` : "", binds };
}

/** Access to the drafts and the review log. Every method may reject with D1's errors. */
export class DraftStore {
  constructor(private readonly db: D1Database) {}

  /** The draft of that version, or undefined. */
  async get(id: string, version: string): Promise<Draft | undefined> {
    const row = await this.db.prepare("SELECT * FROM drafts WHERE ruleset_id = ? AND version = ?").bind(id, version).first<Row>();
    return row ? draftOf(row) : undefined;
  }

  /** Every draft of a rule set (or of all), newest change first. */
  async list(id?: string): Promise<Draft[]> {
    const q = id ? this.db.prepare("SELECT * FROM drafts WHERE ruleset_id = ? ORDER BY updated_at DESC").bind(id) : this.db.prepare("SELECT * FROM drafts ORDER BY updated_at DESC");
    return (await q.all<Row>()).results.map(draftOf);
  }

  /**
   * Saves a new draft (state `draft`, revision 1), or the new content of `seen` (back to
   * `draft`, proposal and approval voided), with a `saved` log entry.
   * @returns false when the draft was made or changed by someone else meanwhile (nothing written)
   */
  async save(id: string, version: string, content: DraftContent, findings: DraftFindings, act: Act, seen?: Seen): Promise<boolean> {
    const hash = canonicalHash(content.ruleset);
    const from = typeof content.ruleset.effectiveFrom === "string" ? content.ruleset.effectiveFrom : null;
    const values = [JSON.stringify(content.ruleset), JSON.stringify(content.cases), content.retroactive ? 1 : 0, content.reason, hash, from, JSON.stringify(findings)];
    const write = seen
      ? this.db.prepare(`UPDATE drafts SET state = 'draft', body = ?, cases = ?, retroactive = ?, reason = ?, hash = ?, effective_from = ?, findings = ?,
          revision = revision + 1, updated_by = ?, updated_at = ?, proposed_by = NULL, approved_by = NULL
          WHERE ruleset_id = ? AND version = ? AND state = ? AND revision = ?`).bind(...values, act.officer.label, act.now, id, version, seen.state, seen.revision)
      : this.db.prepare(`INSERT INTO drafts (ruleset_id, version, state, body, cases, retroactive, reason, hash, effective_from, findings, revision,
          created_by, created_at, updated_by, updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
        .bind(id, version, ...values, act.officer.label, act.now, act.officer.label, act.now);
    const revision = (seen?.revision ?? 0) + 1;
    const saved = { sql: "EXISTS (SELECT 1 FROM drafts WHERE ruleset_id = ? AND version = ? AND revision = ? AND updated_at = ? AND updated_by = ?)", binds: [id, version, revision, act.now, act.officer.label] };
    const [result] = await this.db.batch([write, this.entry(id, version, "saved", act, revision, hash, content.retroactive ? content.reason : null, saved)]);
    return (result?.meta.changes ?? 0) === 1;
  }

  /**
   * Moves `seen` to `to` (propose, approve, reject, withdraw a proposal), with its log entry.
   * @param set who proposed or approved it (null clears)
   * @returns false when the draft changed meanwhile (nothing written)
   */
  async move(seen: Seen & { hash: string }, to: DraftState, action: LogAction, act: Act, opts: { reason?: string | null; proposedBy?: string | null; approvedBy?: string | null } = {}): Promise<boolean> {
    const sets = ["state = ?"], binds: unknown[] = [to];
    if (opts.proposedBy !== undefined) { sets.push("proposed_by = ?"); binds.push(opts.proposedBy); }
    if (opts.approvedBy !== undefined) { sets.push("approved_by = ?"); binds.push(opts.approvedBy); }
    const [result] = await this.db.batch([
      this.db.prepare(`UPDATE drafts SET ${sets.join(", ")} WHERE ruleset_id = ? AND version = ? AND state = ? AND revision = ?`)
        .bind(...binds, seen.id, seen.version, seen.state, seen.revision),
      this.entry(seen.id, seen.version, action, act, seen.revision, seen.hash, opts.reason ?? null,
        { sql: "EXISTS (SELECT 1 FROM drafts WHERE ruleset_id = ? AND version = ? AND revision = ? AND state = ?)", binds: [seen.id, seen.version, seen.revision, to] }),
    ]);
    return (result?.meta.changes ?? 0) === 1;
  }

  /**
   * Publishes an approved draft: the version (row of ruleset_versions), its audit row (201), the
   * draft `published` and the log entry, in one transaction; the version is inserted only while
   * the draft is still approved at that revision.
   * @returns `created`; `moved` when the draft changed meanwhile; `conflict` when the version exists (nothing stored)
   */
  async publish(d: Draft, act: Act, auditDetail?: string): Promise<"created" | "moved" | "conflict"> {
    const approved = { sql: "EXISTS (SELECT 1 FROM drafts WHERE ruleset_id = ? AND version = ? AND state = 'approved' AND revision = ?)", binds: [d.id, d.version, d.revision] };
    const published = { sql: "EXISTS (SELECT 1 FROM drafts WHERE ruleset_id = ? AND version = ? AND state = 'published' AND revision = ?)", binds: [d.id, d.version, d.revision] };
    try {
      const [inserted] = await this.db.batch([
        this.db.prepare(`INSERT INTO ruleset_versions (ruleset_id, version, effective_from, hash, body, published_at, published_by)
          SELECT ?, ?, ?, ?, ?, ?, ? WHERE ${approved.sql}`)
          .bind(d.id, d.version, d.effectiveFrom, d.hash, JSON.stringify(d.ruleset), act.now, act.officer.label, ...approved.binds),
        this.db.prepare(`UPDATE drafts SET state = 'published' WHERE ruleset_id = ? AND version = ? AND state = 'approved' AND revision = ?
          AND EXISTS (SELECT 1 FROM ruleset_versions WHERE ruleset_id = ? AND version = ? AND hash = ?)`)
          .bind(d.id, d.version, d.revision, d.id, d.version, d.hash),
        new PublishedStore(this.db).auditStatement({
          label: act.officer.label, id: d.id, version: d.version, hash: d.hash, outcome: "created", status: 201, requestId: act.requestId,
          ...(auditDetail ? { detail: auditDetail } : {}),
        }, act.now, published),
        this.entry(d.id, d.version, "published", act, d.revision, d.hash, d.retroactive ? d.reason : null, published),
      ]);
      return (inserted?.meta.changes ?? 0) === 1 ? "created" : "moved";
    } catch (e) {
      if (/UNIQUE constraint failed/i.test(String((e as Error).message))) return "conflict";
      throw e;
    }
  }

  /**
   * Withdraws a version from a date: the withdrawal, its draft (if any) `withdrawn`, the log entry.
   * @returns false when the version was withdrawn already (nothing written)
   */
  async withdraw(id: string, version: string, from: string, reason: string, act: Act, draft?: Draft): Promise<boolean> {
    try {
      await this.db.batch([
        this.db.prepare("INSERT INTO withdrawals (ruleset_id, version, from_date, reason, withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?)")
          .bind(id, version, from, reason, act.officer.label, act.now),
        this.db.prepare("UPDATE drafts SET state = 'withdrawn' WHERE ruleset_id = ? AND version = ? AND state = 'published'").bind(id, version),
        this.entry(id, version, "withdrawn", act, draft?.revision ?? null, draft?.hash ?? null, `from ${from}: ${reason}`),
      ]);
      return true;
    } catch (e) {
      if (/UNIQUE constraint failed/i.test(String((e as Error).message))) return false;
      throw e;
    }
  }

  /** The review log, newest first, filtered. */
  async log(f: LogFilter = {}): Promise<LogEntry[]> {
    const { where, binds } = filterClause(f, "action");
    const { results } = await this.db.prepare(`SELECT seq, at, ruleset_id AS id, version, action, label, role, revision, hash, reason, request_id AS requestId
      FROM review_log ${where} ORDER BY seq DESC LIMIT ?`).bind(...binds, f.limit ?? 200).all<LogEntry>();
    return results;
  }

  /** A log entry; with `when`, written only if that condition then holds (the change before it in the batch took). */
  private entry(id: string, version: string, action: LogAction, act: Act, revision: number | null, hash: string | null, reason: string | null,
    when?: { sql: string; binds: unknown[] }): D1PreparedStatement {
    return this.db.prepare(`INSERT INTO review_log (at, ruleset_id, version, action, label, role, revision, hash, reason, request_id)
      SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${when ? ` WHERE ${when.sql}` : ""}`)
      .bind(act.now, id, version, action, act.officer.label, act.officer.role, revision, hash, reason, act.requestId ?? null, ...(when?.binds ?? []));
  }
}
