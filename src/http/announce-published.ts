/**
 * After a publication: the version is announced to the dossiers (src/jobs/announce.ts). The
 * version is published whatever happens here: an announcement that fails is logged and left
 * for the daily cron, which resumes one cut short (docs/operations.md, "Queues").
 */
import { announce } from "../jobs/announce.js";
import type { Catalog } from "../ruleset/catalog.js";
import type { Bindings } from "./env.js";
import { errorTrace } from "./log.js";

/** Announces a version just published, when the Worker has the jobs queue. @param today ISO date, Asia/Shanghai */
export async function announcePublished(env: Bindings, catalog: Catalog, v: { id: string; version: string }, today: string): Promise<void> {
  if (!env.JOBS || !env.DB) return;
  try {
    await announce(env, catalog, { ...v, kind: "published" }, today, new Date());
  } catch (e) {
    console.error("announcement failed", v.id, v.version, errorTrace(e));
  }
}
