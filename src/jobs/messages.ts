/**
 * The messages of the jobs queue (`JOBS`, wrangler.toml `[[queues.producers]]`): one type per
 * kind of work, each handled by its own file of src/jobs/. Messages carry ids, never a firm's
 * data (a dossier id is random; a screening's rows stay in R2), so a message seen in the
 * dashboard, a log or the dead-letter queue shows nothing of a firm.
 */
import * as z from "zod";

/** A rule-set version as a message names it. */
const VersionRef = z.object({ id: z.string(), version: z.string() });

/**
 * Re-decide these dossiers under `ruleset` on `asOf` and turn what changed since their last
 * decision into notices (src/jobs/redecide.ts). At most REDECIDE_BATCH ids.
 */
export const RedecideJob = z.object({
  type: z.literal("redecide"),
  ruleset: VersionRef,
  /** ISO date, Asia/Shanghai */
  asOf: z.string(),
  ids: z.array(z.string()).min(1),
});

/** Deliver one webhook call (src/jobs/webhook.ts); `delivery` is its id, the `webhook-id` the receiver sees. */
export const WebhookJob = z.object({ type: z.literal("webhook"), delivery: z.string() });

/** Screen one chunk of an asynchronous screening (src/jobs/screen-chunk.ts); `job` is the screening's id. */
export const ScreenChunkJob = z.object({ type: z.literal("screen-chunk"), job: z.string(), chunk: z.number().int().min(0) });

/** Any message of the queue. */
export const JobMessage = z.discriminatedUnion("type", [RedecideJob, WebhookJob, ScreenChunkJob]);

export type RedecideJob = z.infer<typeof RedecideJob>;
export type WebhookJob = z.infer<typeof WebhookJob>;
export type ScreenChunkJob = z.infer<typeof ScreenChunkJob>;
export type JobMessage = z.infer<typeof JobMessage>;

/** Dossiers per `redecide` message. */
export const REDECIDE_BATCH = 100;

/** Messages per `sendBatch` call (the platform's limit: 100 messages, 256 KB). */
export const SEND_BATCH = 100;

/**
 * Sends messages in batches of SEND_BATCH.
 * @param delaySeconds held back this long before the first delivery
 */
export async function sendAll(queue: Queue<JobMessage>, messages: readonly JobMessage[], delaySeconds?: number): Promise<void> {
  for (let i = 0; i < messages.length; i += SEND_BATCH) {
    await queue.sendBatch(messages.slice(i, i + SEND_BATCH).map((body) => ({ body, contentType: "json" as const, ...(delaySeconds ? { delaySeconds } : {}) })));
  }
}
