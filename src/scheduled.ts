/**
 * The Worker's cron handler (wrangler.toml `[triggers]`), daily at 02:30 Asia/Shanghai:
 * - enforces the dossiers' retention period, deleting the dossiers not written for
 *   `DOSSIER_RETENTION_DAYS` days (docs/dossiers.md, "Retention"); it logs how many, never which;
 * - announces the rule-set version that came into force (src/jobs/announce.ts `announceInForce`):
 *   every dossier re-decided under it on the day, through the jobs queue, and resumes an
 *   announcement cut short. It logs the version and counts.
 * Each runs whatever the other does; the first failure is thrown after both (the run is marked failed).
 */
import { retentionDays, sweepExpired } from "./dossier/erase.js";
import type { Bindings } from "./http/env.js";
import { announceInForce } from "./jobs/announce.js";
import { todayInShanghai } from "./profile/index.js";
import { liveCatalog } from "./ruleset/live-catalog.js";

/**
 * @param controller its `scheduledTime` is "now": the retention period counts back from it, and its date in Asia/Shanghai is "today"
 * @throws Error when `DOSSIER_RETENTION_DAYS` is set to something other than a whole number ≥ 1 (nothing is deleted); D1's and the queue's errors
 */
export async function scheduled(controller: Pick<ScheduledController, "scheduledTime">, env: Bindings, _ctx?: ExecutionContext): Promise<void> {
  if (!env.DB) return;
  const now = new Date(controller.scheduledTime);
  const failures: unknown[] = [];
  try {
    const days = retentionDays(env.DOSSIER_RETENTION_DAYS);
    const deleted = await sweepExpired(env.DB, days, now);
    console.log(`dossier retention (${days} days): ${deleted} deleted`);
  } catch (e) {
    failures.push(e);
  }
  try {
    if (env.JOBS) {
      for (const a of await announceInForce(env, await liveCatalog(env.DB), todayInShanghai(now), now)) {
        console.log(`announced ${a.rulesetId} ${a.version} (${a.kind}, on ${a.asOf}): ${a.dossiers} dossiers in ${a.batches} messages`);
      }
    }
  } catch (e) {
    failures.push(e);
  }
  if (failures.length) throw failures[0];
}
