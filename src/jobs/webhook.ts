/**
 * `webhook`: one attempt to deliver a call to a dossier's webhook (docs/dossiers.md,
 * "Webhooks"). The body is the delivery's, the same on every attempt; the headers are signed
 * for this attempt (webhook-signature.ts) and carry the delivery's id as `webhook-id`, the
 * receiver's idempotency key. A 2xx answer delivers it. Anything else — another status, a
 * redirect (not followed), no answer within WEBHOOK_TIMEOUT_MS — is retried through the queue
 * after a growing delay (WEBHOOK_BACKOFF), WEBHOOK_ATTEMPTS attempts in all, then the delivery
 * is recorded as failed. A delivery whose webhook was removed meanwhile fails at once.
 * Each attempt is claimed in D1 first, so a message delivered twice calls the receiver once.
 */
import { WebhookStore } from "../dossier/webhooks.js";
import { signWebhook } from "../dossier/webhook-signature.js";
import { binding, type JobContext, type JobOutcome } from "./context.js";
import type { WebhookJob } from "./messages.js";

/** Seconds to wait after failed attempt n (1-based) before the next: 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, 12 h, 12 h — about 42 hours in all. */
export const WEBHOOK_BACKOFF: readonly number[] = [60, 300, 1800, 7200, 18_000, 36_000, 43_200, 43_200];

/** Attempts before a delivery is recorded as failed (the first and one after each backoff step; wrangler.toml's `max_retries` must allow them). */
export const WEBHOOK_ATTEMPTS = WEBHOOK_BACKOFF.length + 1;

/** How long the receiver has to answer one attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The handler. @throws D1's errors (the message is retried) */
export async function webhook(job: WebhookJob, ctx: JobContext): Promise<JobOutcome> {
  const store = new WebhookStore(binding(ctx.env, "DB"));
  const claimed = await store.claim(job.delivery, ctx.attempts, ctx.now);
  if (!claimed) return; // delivered or failed already, or this attempt was made by another delivery of the message
  const target = await store.target(claimed.dossierId);
  if (!target) return store.outcome(job.delivery, "failed", null, "the dossier's webhook was removed", ctx.now);
  const headers = await signWebhook(target.secret, job.delivery, Math.floor(ctx.now.getTime() / 1000), claimed.payload);
  let status: number | null = null;
  let error: string;
  try {
    const res = await fetch(target.url, {
      method: "POST", body: claimed.payload, redirect: "manual", signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: { ...headers, "Content-Type": "application/json", "User-Agent": "policy-match-webhooks/1" },
    });
    status = res.status;
    await res.body?.cancel();
    if (status >= 200 && status < 300) return store.outcome(job.delivery, "delivered", status, null, ctx.now);
    error = `answered ${status}`;
  } catch (e) {
    error = (e as Error).name === "TimeoutError" ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : `the request failed: ${(e as Error).message}`.slice(0, 300);
  }
  if (ctx.attempts >= WEBHOOK_ATTEMPTS) return store.outcome(job.delivery, "failed", status, `${error} (attempt ${ctx.attempts} of ${WEBHOOK_ATTEMPTS}: given up)`, ctx.now);
  await store.outcome(job.delivery, "pending", status, error, ctx.now);
  return { retryIn: WEBHOOK_BACKOFF[ctx.attempts - 1]! };
}
