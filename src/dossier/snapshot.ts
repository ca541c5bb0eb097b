/**
 * What re-deciding a batch of dossiers needs, read in three queries whatever the batch's size:
 * for each live dossier its latest profile version, its support records, and its last
 * decision's summary (per measure status and amount, and totals: what a comparison reads).
 * For the consumers that re-decide every dossier when a rule-set version is published.
 */
import type { Decided } from "../engine/decide.js";
import type { EnterpriseProfile } from "../profile/index.js";
import { type StoredSupport, SUPPORT_COLUMNS, type SupportRow, storedSupport } from "./support.js";

/** One dossier as a batch sees it. */
export interface DossierSnapshot {
  id: string;
  creditCode: string;
  /** the latest profile version, null before the first save */
  latest: { version: number; profile: EnterpriseProfile } | null;
  /** the support records, in the order entered (to pass to match as `received`) */
  support: StoredSupport[];
  /** the last decision, null before the first */
  lastDecision: { seq: number; decisionId: string; rulesetVersion: string; rulesetHash: string; asOf: string; summary: Decided } | null;
}

/** D1 binds at most 100 parameters a statement. */
const CHUNK = 90;

async function inChunks<T>(ids: readonly string[], query: (marks: string, chunk: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    out.push(...(await query(chunk.map(() => "?").join(", "), chunk)));
  }
  return out;
}

/**
 * @param ids dossier ids (DossierStore.liveIds pages through them); deleted or unknown ids are left out
 * @returns one snapshot per live dossier, in the order of `ids`
 */
export async function snapshots(db: D1Database, ids: readonly string[]): Promise<DossierSnapshot[]> {
  type Head = { id: string; creditCode: string; version: number | null; profile: string | null; seq: number | null; decisionId: string | null; rulesetVersion: string | null; rulesetHash: string | null; asOf: string | null; summary: string | null };
  const heads = await inChunks(ids, async (marks, chunk) => (await db.prepare(`SELECT d.id, d.credit_code AS creditCode, v.version, v.profile,
      x.seq, x.decision_id AS decisionId, x.ruleset_version AS rulesetVersion, x.ruleset_hash AS rulesetHash, x.as_of AS asOf, x.summary
    FROM dossiers d
    LEFT JOIN dossier_versions v ON v.dossier_id = d.id AND v.version = d.latest_version
    LEFT JOIN dossier_decisions x ON x.seq = d.last_decision_seq
    WHERE d.deleted_at IS NULL AND d.id IN (${marks})`).bind(...chunk).all<Head>()).results);
  const rows = await inChunks(ids, async (marks, chunk) => (await db.prepare(`SELECT dossier_id AS dossierId, ${SUPPORT_COLUMNS}
    FROM dossier_support WHERE dossier_id IN (${marks}) ORDER BY seq`).bind(...chunk).all<SupportRow & { dossierId: string }>()).results);
  const support = new Map<string, StoredSupport[]>();
  for (const { dossierId, ...row } of rows) support.set(dossierId, [...(support.get(dossierId) ?? []), storedSupport(row)]);
  const byId = new Map(heads.map((h) => [h.id, h]));
  return ids.flatMap((id): DossierSnapshot[] => {
    const h = byId.get(id);
    if (!h) return [];
    return [{
      id: h.id,
      creditCode: h.creditCode,
      latest: h.version === null ? null : { version: h.version, profile: JSON.parse(h.profile!) as EnterpriseProfile },
      support: support.get(id) ?? [],
      lastDecision: h.seq === null ? null : {
        seq: h.seq, decisionId: h.decisionId!, rulesetVersion: h.rulesetVersion!, rulesetHash: h.rulesetHash!, asOf: h.asOf!, summary: JSON.parse(h.summary!) as Decided,
      },
    }];
  });
}
