/**
 * A dossier's export (PIPL art. 45: the firm may have a copy of its data): everything the
 * service holds about it, as one JSON document — every profile version with its profile,
 * every decision with its result, every receipt and support record.
 */
import type { MatchResult } from "../engine/result.js";
import { type DecisionEntry, DecisionStore } from "./decisions.js";
import type { Receipt } from "./receipt.js";
import { DossierStore } from "./store.js";
import { type StoredSupport, SupportStore } from "./support.js";
import type { Dossier, StoredVersion } from "./types.js";

/** The export document. */
export interface DossierExport {
  format: "policy-match-dossier-export/1";
  /** ISO timestamp, UTC */
  exportedAt: string;
  dossier: { creditCode: string; name: string | null; createdAt: string; updatedAt: string; tokenIssuedAt: string };
  versions: StoredVersion[];
  decisions: (DecisionEntry & { result: MatchResult })[];
  receipts: Receipt[];
  support: StoredSupport[];
}

/** Reads the whole of a live dossier. */
export async function exportDossier(db: D1Database, d: Dossier, now: Date): Promise<DossierExport> {
  const decisions = new DecisionStore(db);
  const [versions, decided, receipts, support] = await Promise.all([
    new DossierStore(db).versionsWithProfiles(d.id),
    decisions.listWithResults(d.id),
    decisions.receipts(d.id),
    new SupportStore(db).list(d.id),
  ]);
  return {
    format: "policy-match-dossier-export/1",
    exportedAt: now.toISOString(),
    dossier: { creditCode: d.creditCode, name: d.name, createdAt: d.createdAt, updatedAt: d.updatedAt, tokenIssuedAt: d.tokenIssuedAt },
    versions,
    decisions: decided,
    receipts,
    support,
  };
}
