/** The stores' rows as the dossier routes answer them. */
import type { Context } from "hono";
import type { DecisionEntry } from "../../../dossier/decisions.js";
import { DecisionStore } from "../../../dossier/decisions.js";
import { retainUntil, retentionDays } from "../../../dossier/erase.js";
import { DossierStore } from "../../../dossier/store.js";
import type { Dossier } from "../../../dossier/types.js";
import type { AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";

/** The retention period in days (`DOSSIER_RETENTION_DAYS`); a 503 naming the var when it is set wrong. */
export function configuredRetention(c: Context<AppEnv>): number {
  try {
    return retentionDays(c.env?.DOSSIER_RETENTION_DAYS);
  } catch (e) {
    throw new ProblemError(503, "dossiers-misconfigured", "Dossiers misconfigured", (e as Error).message);
  }
}

/** The path of a decision's result page. */
export const resultPage = (shareId: string) => `/decisions/${shareId}`;

/** A decision as the API lists it. */
export function decisionView({ seq: _seq, shareId, ...e }: DecisionEntry) {
  return { ...e, resultPage: resultPage(shareId) };
}

/** A dossier's overview: its latest version (with the profile), how many versions, its last decision, until when it is kept. */
export async function dossierView(c: Context<AppEnv>, db: D1Database, d: Dossier) {
  const store = new DossierStore(db);
  const [latestVersion, last] = await Promise.all([
    d.latestVersion ? store.version(d.id, d.latestVersion) : null,
    d.lastDecisionSeq === null ? null : new DecisionStore(db).bySeq(d.lastDecisionSeq),
  ]);
  return {
    creditCode: d.creditCode,
    name: d.name,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    retainUntil: retainUntil(d.updatedAt, configuredRetention(c)),
    tokenIssuedAt: d.tokenIssuedAt,
    latestVersion,
    versions: d.latestVersion,
    lastDecision: last ? decisionView(last) : null,
  };
}
