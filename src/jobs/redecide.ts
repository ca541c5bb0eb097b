/**
 * `redecide`: a batch of dossiers decided under a rule-set version on a date and compared with
 * each one's last decision (compare.ts `diffDecisions`). When a measure became eligible, stopped
 * being eligible or changed its counted amount, the re-decision is kept in the dossier's
 * decisions log (by `system`), each such change becomes a notice (notices.ts), and when the
 * firm registered a webhook a call is queued (webhook.ts) — all of a dossier's writes in one
 * transaction. A dossier whose answers did not change is left as it was.
 *
 * Idempotent: delivered again, a batch finds each dossier's last decision to be the one it
 * kept and writes nothing; the unique keys of notices and deliveries stand behind that. Calls
 * kept but never queued (a failure between the two) are queued by the redelivery.
 * Dossiers without a profile, and profiles that contradict the date (registered later), are skipped.
 */
import { diffDecisions } from "../engine/compare.js";
import { decide, type Decided } from "../engine/decide.js";
import { match } from "../engine/match.js";
import { DecisionStore } from "../dossier/decisions.js";
import { noticeChanges, NoticeStore } from "../dossier/notices.js";
import type { DossierSnapshot } from "../dossier/snapshot.js";
import { snapshots } from "../dossier/snapshot.js";
import { summaryOf } from "../dossier/summary.js";
import { WebhookStore } from "../dossier/webhooks.js";
import { ProfileDateError } from "../profile/index.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { binding, type JobContext, type JobOutcome } from "./context.js";
import { type RedecideJob, sendAll } from "./messages.js";
import { noticesEvent, eventKey } from "./notices-event.js";

/** Before a dossier's first decision: nothing was eligible, so whatever is eligible now is a gain. */
const NOTHING_DECIDED: Decided = { decisions: [], totals: { payment: 0, taxSaving: 0, creditLine: 0, interestSubsidy: 0 } };

/** What a batch did (for the tests and the log line). */
export interface RedecideOutcome {
  decided: number;
  changed: number;
  skipped: number;
}

/** Re-decides one dossier; writes only when something changed. @returns whether it changed, or why it was skipped */
async function redecideOne(db: D1Database, s: DossierSnapshot, loaded: LoadedRuleSet, asOf: string, now: Date): Promise<"changed" | "unchanged" | "skipped"> {
  if (!s.latest) return "skipped";
  const { profile, version } = s.latest;
  let decided: Decided;
  try {
    decided = decide(profile, loaded, { asOf, received: s.support });
  } catch (e) {
    if (e instanceof ProfileDateError) return "skipped";
    throw e;
  }
  const before = s.lastDecision?.summary ?? NOTHING_DECIDED;
  if (noticeChanges(diffDecisions(before, decided).changes).length === 0) return "unchanged";
  // the explained result is what the decisions log keeps; its summary is what is compared
  const result = await match(profile, loaded, { asOf, explain: "full", received: s.support });
  const summary = summaryOf(result);
  const changes = noticeChanges(diffDecisions(before, summary).changes);
  const ref = { id: loaded.ruleset.id, version: loaded.ruleset.version, hash: loaded.hash };
  const event = noticesEvent({ creditCode: s.creditCode, ruleset: ref, asOf, decisionId: result.decisionId, changes, measures: loaded.ruleset.measures }, now);
  await db.batch([
    ...new DecisionStore(db).recordStatements(s.id, { profileVersion: version, result, summary, by: "system" }, now),
    ...new NoticeStore(db).writeStatements(s.id, ref, asOf, changes, now),
    new WebhookStore(db).deliveryStatement(s.id, eventKey(loaded.hash, asOf), JSON.stringify(event), now),
  ]);
  return "changed";
}

/**
 * The handler.
 * @throws RuleSetNotFoundError when the version is gone (the message is retried, then dead-lettered); D1's and the queue's errors
 */
export async function redecide(job: RedecideJob, ctx: JobContext): Promise<JobOutcome> {
  await redecideBatch(job, ctx);
}

/** The handler's work, with what it did. */
export async function redecideBatch(job: RedecideJob, ctx: JobContext): Promise<RedecideOutcome> {
  const db = binding(ctx.env, "DB");
  const loaded = (await ctx.deps.catalog(db)).resolve({ id: job.ruleset.id, version: job.ruleset.version, asOf: job.asOf });
  const out: RedecideOutcome = { decided: 0, changed: 0, skipped: 0 };
  for (const s of await snapshots(db, job.ids)) {
    const r = await redecideOne(db, s, loaded, job.asOf, ctx.now);
    if (r === "skipped") out.skipped++;
    else out.decided++;
    if (r === "changed") out.changed++;
  }
  const calls = await new WebhookStore(db).untried(job.ids, eventKey(loaded.hash, job.asOf));
  if (calls.length) await sendAll(binding(ctx.env, "JOBS"), calls.map((delivery) => ({ type: "webhook" as const, delivery })));
  return out;
}
