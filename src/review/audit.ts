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
  /** the next page of the publish attempts: those before this `seq` (the previous answer's `next.publishesBefore`) */
  publishesBefore?: number | undefined;
  /** the next page of the review steps: those before this `seq` (`next.reviewsBefore`) */
  reviewsBefore?: number | undefined;
}

/** A publish attempt as the audit lists it. */
export type AuditedAttempt = Omit<PublishAttempt, "requestId" | "detail"> & { seq: number; at: string; requestId: string | null; detail: string | null; status: number | null };

/** Where the next page of each list starts, when there is more than one page (pass back as the filters of the same name). */
export interface AuditNext {
  publishesBefore?: number;
  reviewsBefore?: number;
}

/** At most this many rows of each. */
export const AUDIT_LIMIT = 500;

/**
 * @param limit rows of each list a page (default AUDIT_LIMIT)
 * @returns the publish attempts and the review steps that pass the filters, newest first, a
 *          page of each, and where the next pages start (`next`, empty on the last page): no
 *          row is out of reach however many attempts come after it
 */
export async function readAudit(db: D1Database, f: AuditFilter, limit = AUDIT_LIMIT): Promise<{ publishes: AuditedAttempt[]; reviews: LogEntry[]; next: AuditNext }> {
  const common = { version: f.version || undefined, label: f.officer || undefined, from: f.from, to: f.to, action: f.outcome || undefined };
  const { where, binds } = filterClause({ ...common, before: f.publishesBefore }, "outcome");
  const [attempts, steps] = await Promise.all([
    db.prepare(`SELECT seq, at, label, ruleset_id AS id, version, hash, outcome, status, request_id AS requestId, detail FROM publish_audit ${where} ORDER BY seq DESC LIMIT ?`)
      .bind(...binds, limit + 1).all<AuditedAttempt>(),
    new DraftStore(db).log({ ...common, before: f.reviewsBefore, limit: limit + 1 }),
  ]);
  const publishes = attempts.results.slice(0, limit), reviews = steps.slice(0, limit);
  const next: AuditNext = {
    ...(attempts.results.length > limit ? { publishesBefore: publishes.at(-1)!.seq } : {}),
    ...(steps.length > limit ? { reviewsBefore: reviews.at(-1)!.seq } : {}),
  };
  return { publishes, reviews, next };
}
