/**
 * The audit as staff read it (docs/staff.md, "The audit"): the publish audit (src/ruleset/store.ts,
 * every publish attempt) and the review log (draft-store.ts), newest first, filtered alike.
 */
import type { PublishAttempt } from "../ruleset/store.js";
import type { LogEntry } from "./draft.js";
import { DraftStore, filterClause } from "./draft-store.js";

/** The filters: version, officer (token label), outcome (a publish outcome or a review action), dates (ISO, inclusive). */
export interface AuditFilter {
  version?: string | undefined;
  officer?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A publish attempt as the audit lists it. */
export type AuditedAttempt = Omit<PublishAttempt, "requestId" | "detail"> & { at: string; requestId: string | null; detail: string | null; status: number | null };

/** At most this many rows of each. */
export const AUDIT_LIMIT = 500;

/** @returns the publish attempts and the review steps that pass the filters, newest first */
export async function readAudit(db: D1Database, f: AuditFilter): Promise<{ publishes: AuditedAttempt[]; reviews: LogEntry[] }> {
  const common = { version: f.version || undefined, label: f.officer || undefined, from: f.from, to: f.to };
  const { where, binds } = filterClause({ ...common, action: f.outcome || undefined }, "outcome");
  const [publishes, reviews] = await Promise.all([
    db.prepare(`SELECT at, label, ruleset_id AS id, version, hash, outcome, status, request_id AS requestId, detail FROM publish_audit ${where} ORDER BY seq DESC LIMIT ?`)
      .bind(...binds, AUDIT_LIMIT).all<AuditedAttempt>(),
    new DraftStore(db).log({ ...common, action: f.outcome || undefined, limit: AUDIT_LIMIT }),
  ]);
  return { publishes: publishes.results, reviews };
}
