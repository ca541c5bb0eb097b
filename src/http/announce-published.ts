/**
 * After a publication (`PUT /v1/rulesets/{id}/versions/{version}` and
 * `POST /v1/rulesets/{id}/drafts/{version}/publish`): the version is announced to the dossiers
 * (src/jobs/announce.ts). The version is published whatever happens here: an announcement that
 * fails is logged and left for the daily cron, which resumes one cut short (docs/operations.md, "Queues").
 */
import { announce } from "../jobs/announce.js";
import type { AppDeps, Bindings } from "./env.js";
import { errorTrace } from "../log.js";

/** Announces a version just published, when the Worker has the jobs queue and D1 (the catalog read again: it holds the new version). */
export async function announcePublished(env: Bindings, deps: AppDeps, v: { id: string; version: string }): Promise<void> {
  if (!env.JOBS || !env.DB) return;
  try {
    await announce(env, await deps.catalog(env.DB), { ...v, kind: "published" }, deps.today(), new Date());
  } catch (e) {
    console.error("announcement failed", v.id, v.version, errorTrace(e));
  }
}
