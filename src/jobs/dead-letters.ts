/**
 * Dead letters: messages that failed every attempt (they arrive from the dead-letter queue),
 * and messages of no known type. Each is recorded once in `dead_letters` (messages carry ids,
 * never a firm's data) and what it was for is marked failed: a webhook's delivery, an
 * asynchronous screening. A `redecide` batch that died leaves its dossiers as they were; the
 * row says which (docs/operations.md, "Queues").
 */
import { ScreeningStore } from "../screening/store.js";
import { binding, type JobContext } from "./context.js";
import type { JobMessage } from "./messages.js";

/** A message given up on. */
export interface DeadLetter {
  queue: string;
  messageId: string;
  attempts: number;
  body: unknown;
  /** the message as a job, when it is one */
  job: JobMessage | undefined;
  reason: string;
}

/** Records a dead letter and fails what it was for. @throws D1's errors (the message is retried) */
export async function recordDeadLetter(ctx: JobContext, d: DeadLetter): Promise<void> {
  const db = binding(ctx.env, "DB");
  const at = ctx.now.toISOString();
  const inserted = await db.prepare("INSERT OR IGNORE INTO dead_letters (message_id, queue, type, body, attempts, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
    .bind(d.messageId, d.queue, d.job?.type ?? null, JSON.stringify(d.body ?? null).slice(0, 10_000), d.attempts, d.reason, at).run();
  if ((inserted.meta.changes ?? 0) === 0) return; // recorded by an earlier delivery
  console.error("dead letter", d.queue, d.job?.type ?? "unknown", d.messageId, d.attempts);
  if (d.job?.type === "webhook") {
    await db.prepare("UPDATE webhook_deliveries SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ? AND state = 'pending'")
      .bind(`given up after ${d.attempts} deliveries of its message (dead-lettered)`, at, d.job.delivery).run();
  }
  if (d.job?.type === "screen-chunk") await new ScreeningStore(db).fail(d.job.job, `chunk ${d.job.chunk} failed every attempt`, ctx.now);
}
