/**
 * Helpers of the jobs tests inside workerd: a queue that records what is sent to it (the tests'
 * JOBS sends to a queue nothing consumes: vitest.config.ts), the consumer run on chosen
 * messages with a chosen delivery count, and rule-set versions that change known answers.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { AppDeps } from "../../src/http/env.js";
import { queueHandler } from "../../src/jobs/consumer.js";
import type { JobMessage } from "../../src/jobs/messages.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { Catalog } from "../../src/ruleset/catalog.js";

/** A message as sent: its body and the delay asked for. */
export interface Sent {
  body: JobMessage;
  delaySeconds?: number | undefined;
}

/** A Queue that keeps what is sent, in order. */
export function recordingQueue(): { queue: Queue<JobMessage>; sent: Sent[] } {
  const sent: Sent[] = [];
  const queue = {
    async send(body: JobMessage, o?: QueueSendOptions) {
      sent.push({ body, delaySeconds: o?.delaySeconds });
    },
    async sendBatch(messages: Iterable<MessageSendRequest<JobMessage>>, o?: QueueSendBatchOptions) {
      for (const m of messages) sent.push({ body: m.body, delaySeconds: m.delaySeconds ?? o?.delaySeconds });
    },
  } as unknown as Queue<JobMessage>;
  return { queue, sent };
}

let seq = 0;

/** What the consumer did with each message: acknowledged, or retried after that many seconds. */
export type Outcome = "ack" | { retry: number | undefined };

/**
 * Runs the Worker's consumer on messages of `queueName`, each delivered for the `attempts`-th time.
 * @returns per message, in order, what the consumer did
 */
export async function consume(deps: AppDeps, bodies: readonly unknown[], { attempts = 1, queueName = "policy-match-jobs", bindings = {} }: { attempts?: number; queueName?: string; bindings?: Record<string, unknown> } = {}): Promise<Outcome[]> {
  const messages = bodies.map((body) => ({ id: `test-${++seq}`, timestamp: new Date(), body, attempts }));
  const batch = createMessageBatch(queueName, messages);
  // the test batch keeps whether a message was retried, not the delay asked for: noted here
  const delays = new Map<string, number | undefined>();
  for (const m of batch.messages) {
    const retry = m.retry.bind(m);
    Object.defineProperty(m, "retry", { value: (o?: QueueRetryOptions) => (delays.set(m.id, o?.delaySeconds), retry(o)) });
  }
  const ctx = createExecutionContext();
  await queueHandler(deps)(batch, { ...env, ...bindings } as never, ctx);
  const result = await getQueueResult(batch, ctx);
  return messages.map((m) => {
    const retried = result.retryMessages.find((r: { msgId: string }) => r.msgId === m.id);
    if (retried) return { retry: delays.get(m.id) };
    if (result.explicitAcks.includes(m.id)) return "ack";
    throw new Error(`message ${m.id} neither acknowledged nor retried`);
  });
}

const LATEST = BUNDLED_FILES.at(-1) as { conditions: unknown; measures: { id: string; amount?: { cap?: number } }[] } & Record<string, unknown>;

const TECH_STAFF_10 = '"fact":"techStaffShare","operator":"greaterThanInclusive","value":0.1,';

/**
 * The latest bundled version as `version`, from `effectiveFrom`, changed so that known answers change:
 * - `strict-hnte`: HNTE recognition (the named condition `hnte-article-11`) asks a science-and-technology
 *   staff share of 99 % (not 10 %): a firm that met it loses the measure;
 * - `capped-rd`: the R&D post-subsidy is capped at 50,000 yuan (not 2,000,000): a firm whose
 *   subsidy was more keeps the measure with another amount.
 * @throws Error when the bundled file no longer has what a change edits (the helper must follow the rules)
 */
export function changedVersion(version: string, effectiveFrom: string, changes: readonly ("strict-hnte" | "capped-rd")[]): Record<string, unknown> {
  const file = structuredClone(LATEST);
  file.version = version;
  file.effectiveFrom = effectiveFrom;
  file.changelog = [{ "zh-CN": "测试版本", en: "test version" }];
  if (changes.includes("strict-hnte")) {
    const text = JSON.stringify(file.conditions);
    if (!text.includes(TECH_STAFF_10)) throw new Error("the bundled rules no longer state the 10 % staff share as the helper expects");
    file.conditions = JSON.parse(text.replace(TECH_STAFF_10, TECH_STAFF_10.replace("0.1,", "0.99,")));
  }
  if (changes.includes("capped-rd")) {
    const m = file.measures.find((x) => x.id === "rd-post-subsidy");
    if (m?.amount?.cap !== 2_000_000) throw new Error("the bundled rules no longer cap the R&D post-subsidy at 2,000,000 yuan");
    m.amount = { ...m.amount, cap: 50_000 };
  }
  return file;
}

/** Deps whose catalog is the bundled versions and `extra` (in memory: no publication), today `today`. */
export async function depsWith(extra: readonly Record<string, unknown>[], today: string): Promise<AppDeps> {
  const catalog = await Catalog.load([...BUNDLED_FILES, ...extra]);
  return { catalog: async () => catalog, today: () => today };
}

/**
 * Writes a notice straight into D1 for the dossier of `creditCode` (as a re-decision would:
 * src/jobs/redecide.ts), for tests of the routes that read and acknowledge notices.
 * @returns the notice's id
 */
export async function addNotice(creditCode: string, measureId = "rd-post-subsidy"): Promise<number> {
  const row = await env.DB.prepare(`INSERT INTO dossier_notices (dossier_id, ruleset_hash, measure_id, kind, ruleset_id, ruleset_version, as_of, status_before, status_after, amount_before, amount_after, created_at)
    SELECT id, 'sha256:test-' || ?3, ?2, 'amount', 'baotou-rare-earth-hi-tech-zone', '2026.7.0', '2026-07-01', 'eligible', 'eligible', 125000, 50000, ?4 FROM dossiers WHERE credit_code = ?1 AND deleted_at IS NULL RETURNING seq`)
    .bind(creditCode, measureId, crypto.randomUUID(), new Date().toISOString()).first<{ seq: number }>();
  if (!row) throw new Error(`no live dossier ${creditCode}`);
  return row.seq;
}
