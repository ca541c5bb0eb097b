/**
 * The Worker's cron handler (wrangler.toml `[triggers]`): enforces the dossiers' retention
 * period, deleting the dossiers not written for `DOSSIER_RETENTION_DAYS` days (docs/dossiers.md,
 * "Retention"). It logs how many, never which.
 */
import { retentionDays, sweepExpired } from "./dossier/erase.js";
import type { Bindings } from "./http/env.js";

/**
 * @param controller its `scheduledTime` is the "now" the period counts back from
 * @throws Error when `DOSSIER_RETENTION_DAYS` is set to something other than a whole number ≥ 1 (nothing is deleted)
 */
export async function scheduled(controller: Pick<ScheduledController, "scheduledTime">, env: Bindings, _ctx?: ExecutionContext): Promise<void> {
  if (!env.DB) return;
  const days = retentionDays(env.DOSSIER_RETENTION_DAYS);
  const deleted = await sweepExpired(env.DB, days, new Date(controller.scheduledTime));
  console.log(`dossier retention (${days} days): ${deleted} deleted`);
}
