/**
 * Announcing a rule-set version to the dossiers (docs/dossiers.md, "Notices"): every live
 * dossier's id goes into `redecide` messages of REDECIDE_BATCH ids, on the jobs queue, to be
 * re-decided under the version and compared with its last decision.
 * - When a version is **published**, on the later of today and its `effectiveFrom` — the firm
 *   hears of a coming change before the day — unless by then another version will answer
 *   (a later `effectiveFrom` supersedes it): then it changes no firm's answers and is not announced.
 * - When a version **comes into force** (the daily cron, `announceInForce`): the version in
 *   force today, if its `effectiveFrom` is within the last EFFECTIVE_WINDOW_DAYS days (a cron run
 *   or two missed are caught up), on today.
 * Each version is announced once for each reason (announcements.ts); a fan-out cut short (the
 * queue or D1 failing) is resumed by the next cron run from the last id it enqueued.
 */
import { AnnouncementStore, type Announcement, type AnnouncementKind } from "../dossier/announcements.js";
import { DossierStore } from "../dossier/store.js";
import type { Bindings } from "../worker-env.js";
import { addDays } from "../profile/index.js";
import type { Catalog } from "../ruleset/catalog.js";
import { binding } from "./context.js";
import { type JobMessage, REDECIDE_BATCH, sendAll } from "./messages.js";

/** Dossier ids read per page of a fan-out (ten messages). */
const PAGE = 10 * REDECIDE_BATCH;

/** A version that came into force up to this many days ago and was not announced yet is announced by the cron. */
export const EFFECTIVE_WINDOW_DAYS = 7;

/** Enqueues the rest of an announcement's dossiers, from its cursor, and marks it sent. */
async function fanOut(env: Bindings, a: Announcement, now: Date): Promise<Announcement> {
  const db = binding(env, "DB"), queue = binding(env, "JOBS");
  const store = new AnnouncementStore(db);
  const dossiers = new DossierStore(db);
  let { cursor, batches, dossiers: count } = a;
  for (;;) {
    const ids = await dossiers.liveIds(cursor, PAGE);
    if (ids.length > 0) {
      const messages: JobMessage[] = [];
      for (let i = 0; i < ids.length; i += REDECIDE_BATCH) {
        messages.push({ type: "redecide", ruleset: { id: a.rulesetId, version: a.version }, asOf: a.asOf, ids: ids.slice(i, i + REDECIDE_BATCH) });
      }
      await sendAll(queue, messages);
      cursor = ids.at(-1)!;
      await store.advance(a, cursor, messages.length, ids.length);
      batches += messages.length;
      count += ids.length;
    }
    if (ids.length < PAGE) break;
  }
  await store.sent(a, now);
  return { ...a, cursor, batches, dossiers: count, state: "sent", sentAt: now.toISOString() };
}

/**
 * Announces `version` for `kind` (see the file comment for the date).
 * @param today ISO date, Asia/Shanghai
 * @returns the announcement (as it stands: a version announced before is not announced again), or
 *          "superseded" when another version will answer on the date
 * @throws RuleSetNotFoundError for a version the catalog lacks; D1's and the queue's errors (the row keeps its cursor)
 */
export async function announce(env: Bindings, catalog: Catalog, q: { id: string; version: string; kind: AnnouncementKind }, today: string, now: Date): Promise<Announcement | "superseded"> {
  const loaded = catalog.resolve({ id: q.id, version: q.version, asOf: today });
  const asOf = loaded.ruleset.effectiveFrom > today ? loaded.ruleset.effectiveFrom : today;
  if (catalog.resolve({ id: q.id, asOf }).ruleset.version !== q.version) return "superseded";
  const a = await new AnnouncementStore(binding(env, "DB")).claim({ rulesetId: q.id, version: q.version, kind: q.kind, rulesetHash: loaded.hash, asOf }, now);
  return a.state === "sent" ? a : fanOut(env, a, now);
}

/**
 * The cron's part: resumes announcements cut short, then announces each rule set's version in
 * force today when it came into force within EFFECTIVE_WINDOW_DAYS days.
 * @returns the announcements made or resumed
 */
export async function announceInForce(env: Bindings, catalog: Catalog, today: string, now: Date): Promise<Announcement[]> {
  const done: Announcement[] = [];
  for (const a of await new AnnouncementStore(binding(env, "DB")).unfinished()) done.push(await fanOut(env, a, now));
  const ids = [...new Set(catalog.summaries().map((s) => s.id))];
  for (const id of ids) {
    let inForce;
    try {
      inForce = catalog.resolve({ id, asOf: today });
    } catch {
      continue; // no version of it in force yet
    }
    if (inForce.ruleset.effectiveFrom < addDays(today, -EFFECTIVE_WINDOW_DAYS)) continue;
    const a = await announce(env, catalog, { id, version: inForce.ruleset.version, kind: "effective" }, today, now);
    if (a !== "superseded" && a.sentAt === now.toISOString()) done.push(a);
  }
  return done;
}
