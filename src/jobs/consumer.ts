/**
 * The Worker's `queue` handler: one small dispatcher over the jobs queue and its dead-letter
 * queue (wrangler.toml `[[queues.consumers]]`). Each message is handled on its own by the
 * handler of its type and acknowledged, or retried alone with a backoff when its handler
 * throws, so one failing message never redelivers the others. Every handler is idempotent:
 * a message delivered twice (Queues delivers at least once) changes nothing the second time.
 * A message of no known type is recorded as a dead letter at once (it would fail every
 * attempt); one that failed every attempt arrives from the dead-letter queue and is recorded
 * there (dead-letters.ts). Logs name the job type and the error's frames, never a message body.
 */
import type { AppDeps, Bindings } from "../worker-env.js";
import { errorTrace } from "../log.js";
import { recordDeadLetter } from "./dead-letters.js";
import { type JobContext, type JobOutcome, HANDLERS } from "./handlers.js";
import { JobMessage } from "./messages.js";

/** The dead-letter queue's name ends so (wrangler.toml: `dead_letter_queue = "policy-match-jobs-dlq"`). */
export const DEAD_LETTER_SUFFIX = "-dlq";

/**
 * The delay before retrying a message whose handler threw, by the number of the attempt that
 * failed: 10 s, 20 s, 40 s, … at most 10 minutes.
 */
export function retryDelay(attempts: number): number {
  return Math.min(10 * 2 ** Math.max(0, attempts - 1), 600);
}

/**
 * The `queue` export of the Worker.
 * @param deps the catalog and the clock, as the app's
 */
export function queueHandler(deps: AppDeps) {
  return async (batch: MessageBatch<unknown>, env: Bindings, _ctx?: ExecutionContext): Promise<void> => {
    const dead = batch.queue.endsWith(DEAD_LETTER_SUFFIX);
    for (const msg of batch.messages) {
      const parsed = JobMessage.safeParse(msg.body);
      const ctx: JobContext = { env, deps, now: new Date(), attempts: msg.attempts };
      try {
        if (dead || !parsed.success) {
          await recordDeadLetter(ctx, { queue: batch.queue, messageId: msg.id, attempts: msg.attempts, body: msg.body, job: parsed.success ? parsed.data : undefined, reason: dead ? "failed every attempt" : "not a job message" });
          msg.ack();
          continue;
        }
        const outcome: JobOutcome = await (HANDLERS[parsed.data.type] as (job: JobMessage, ctx: JobContext) => Promise<JobOutcome>)(parsed.data, ctx);
        if (outcome?.retryIn !== undefined) msg.retry({ delaySeconds: outcome.retryIn });
        else msg.ack();
      } catch (e) {
        console.error("job failed", dead ? "dead-letter" : parsed.success ? parsed.data.type : "unknown", msg.attempts, errorTrace(e));
        msg.retry({ delaySeconds: retryDelay(msg.attempts) });
      }
    }
  };
}
