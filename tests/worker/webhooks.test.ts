/**
 * The firm's webhook (issue 15), inside workerd: registration and its refusals, a call queued
 * when notices are written, signed as Standard Webhooks signs and verified here by a receiver
 * that exists only inside the test (the Worker's fetch is routed to it; any other address
 * fails), retried with backoff through the queue with the same webhook-id (the receiver's
 * idempotency key), never sent twice for a redelivered message, recorded as failed after the
 * last attempt or from the dead-letter queue; messages of no known type dead-lettered.
 */
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyWebhook, type WebhookHeaders } from "../../src/dossier/webhook-signature.js";
import type { RedecideJob, WebhookJob } from "../../src/jobs/messages.js";
import { WEBHOOK_ATTEMPTS, WEBHOOK_BACKOFF } from "../../src/jobs/webhook.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";
import { changedVersion, consume, depsWith, recordingQueue } from "../support/jobs.js";

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const { creditCode: _, ...anonymous } = magnet;
const ID = "baotou-rare-earth-hi-tech-zone";
const HOOK = "https://hooks.firm.example/policy-match";
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The receiver: what it was sent, and the statuses it answers in turn (200 once they run out). */
let received: { headers: WebhookHeaders; body: string; contentType: string | null }[] = [];
let answers: number[] = [];

beforeEach(() => {
  received = [];
  answers = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const req = new Request(input, init);
    if (req.url !== HOOK) throw new TypeError(`no network in this test: ${req.url}`);
    const h = (k: string) => req.headers.get(k) ?? "";
    received.push({ headers: { "webhook-id": h("webhook-id"), "webhook-timestamp": h("webhook-timestamp"), "webhook-signature": h("webhook-signature") }, body: await req.text(), contentType: req.headers.get("content-type") });
    return new Response(null, { status: answers.shift() ?? 200 });
  });
});
afterEach(() => vi.restoreAllMocks());

async function dossierWithHook(): Promise<{ code: string; token: string; id: string; secret: string }> {
  const code = freshCode();
  const token = await createDossier(code, anonymous);
  expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2026-06-01" } })).status).toBe(201);
  const res = await call("PUT", `/v1/dossiers/${code}/webhook`, { token, body: { url: HOOK } });
  expect(res.status).toBe(201);
  const { secret } = await json<{ secret: string }>(res);
  const { id } = (await env.DB.prepare("SELECT id FROM dossiers WHERE credit_code = ?").bind(code).first<{ id: string }>())!;
  return { code, token, id, secret };
}

/** Re-decides the dossier under a version that loses it HNTE recognition; @returns the webhook messages queued. */
async function notify(id: string): Promise<WebhookJob[]> {
  const deps = await depsWith([changedVersion("2026.7.0", "2026-07-01", ["strict-hnte"])], "2026-07-01");
  const { queue, sent } = recordingQueue();
  const job: RedecideJob = { type: "redecide", ruleset: { id: ID, version: "2026.7.0" }, asOf: "2026-07-01", ids: [id] };
  expect(await consume(deps, [job], { bindings: { JOBS: queue } })).toEqual(["ack"]);
  return sent.map((s) => s.body as WebhookJob);
}

const deps = () => depsWith([], "2026-07-01");
const deliveries = async (code: string, token: string) => (await json<{ deliveries: Record<string, unknown>[] }>(await call("GET", `/v1/dossiers/${code}/webhook`, { token }))).deliveries;

describe("registering a webhook", () => {
  it("answers the secret once (201), shows the webhook without it, replaces it with a new secret (200), removes it (204, then 404)", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    expect(await json(await call("GET", `/v1/dossiers/${code}/webhook`, { token }))).toEqual({ webhook: null, deliveries: [] });
    const first = await call("PUT", `/v1/dossiers/${code}/webhook`, { token, body: { url: HOOK } });
    expect(first.status).toBe(201);
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const a = await json(first);
    expect(a).toMatchObject({ webhook: { url: HOOK, createdBy: "owner" }, secret: expect.stringMatching(/^whsec_/) });
    const shown = await call("GET", `/v1/dossiers/${code}/webhook`, { token: STAFF });
    expect(JSON.stringify(await json(shown))).not.toContain(a.secret.slice(6));
    const second = await call("PUT", `/v1/dossiers/${code}/webhook`, { token, body: { url: `${HOOK}/v2` } });
    expect(second.status).toBe(200);
    expect((await json(second)).secret).not.toBe(a.secret);
    expect((await call("DELETE", `/v1/dossiers/${code}/webhook`, { token })).status).toBe(204);
    const gone = await call("DELETE", `/v1/dossiers/${code}/webhook`, { token });
    expect(gone.status).toBe(404);
    expect(gone.headers.get("Content-Type")).toContain("application/problem+json");
  });

  it.each([
    ["http://hooks.firm.example/x", "plain http"],
    ["https://127.0.0.1/x", "an IP address"],
    ["https://[::1]/x", "an IPv6 address"],
    ["https://intranet/x", "a host without a domain"],
    ["https://app.localhost/x", "localhost"],
    ["https://user:pw@hooks.firm.example/x", "credentials"],
    ["not a url", "not a URL"],
  ])("refuses %s (%s): 400 pointing at /url, nothing stored", async (url) => {
    const code = freshCode();
    const token = await createDossier(code);
    const res = await call("PUT", `/v1/dossiers/${code}/webhook`, { token, body: { url } });
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: "/url" }));
    expect((await json(await call("GET", `/v1/dossiers/${code}/webhook`, { token }))).webhook).toBeNull();
  });

  it("refuses a body that is not { url } (400) and a caller without the dossier's token (401/404)", async () => {
    const code = freshCode();
    const token = await createDossier(code);
    expect((await call("PUT", `/v1/dossiers/${code}/webhook`, { token, body: { url: HOOK, secret: "mine" } })).status).toBe(400);
    expect((await call("PUT", `/v1/dossiers/${code}/webhook`, { token, body: "[" })).status).toBe(400);
    expect((await call("PUT", `/v1/dossiers/${code}/webhook`, { body: { url: HOOK } })).status).toBe(401);
    expect((await call("PUT", `/v1/dossiers/${code}/webhook`, { token: "pmd_" + "y".repeat(43), body: { url: HOOK } })).status).toBe(404);
  });
});

describe("delivering a call", () => {
  it("queues one call when notices are written, signed with the dossier's secret, delivered on a 2xx", async () => {
    const d = await dossierWithHook();
    const jobs = await notify(d.id);
    expect(jobs).toHaveLength(1);
    expect(await consume(await deps(), jobs)).toEqual(["ack"]);
    expect(received).toHaveLength(1);
    const [call1] = received;
    expect(call1!.contentType).toBe("application/json");
    expect(call1!.headers["webhook-id"]).toBe(jobs[0]!.delivery);
    expect(await verifyWebhook(d.secret, call1!.headers, call1!.body, Math.floor(Date.now() / 1000))).toBe(true);
    const event = JSON.parse(call1!.body);
    expect(event).toMatchObject({ type: "dossier.notices", data: { creditCode: d.code, ruleset: { id: ID, version: "2026.7.0" }, asOf: "2026-07-01" } });
    expect(event.data.notices).toEqual([expect.objectContaining({ measureId: "hnte-recognition", kind: "loss", statusBefore: "eligible", statusAfter: "ineligible" })]);
    expect(await deliveries(d.code, d.token)).toEqual([expect.objectContaining({ id: jobs[0]!.delivery, state: "delivered", attempts: 1, lastStatus: 200 })]);
  });

  it("retries a failed attempt after the backoff with the same webhook-id and body, and calls once for a message delivered twice", async () => {
    const d = await dossierWithHook();
    const [job] = await notify(d.id);
    answers = [503];
    expect(await consume(await deps(), [job])).toEqual([{ retry: WEBHOOK_BACKOFF[0] }]);
    expect(await deliveries(d.code, d.token)).toEqual([expect.objectContaining({ state: "pending", attempts: 1, lastStatus: 503, lastError: "answered 503" })]);
    expect(await consume(await deps(), [job])).toEqual(["ack"]); // the first delivery again: that attempt was made
    expect(received).toHaveLength(1);
    expect(await consume(await deps(), [job], { attempts: 2 })).toEqual(["ack"]);
    expect(received).toHaveLength(2);
    expect(received[1]!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
    expect(received[1]!.body).toBe(received[0]!.body);
    expect(await deliveries(d.code, d.token)).toEqual([expect.objectContaining({ state: "delivered", attempts: 2, lastStatus: 200, lastError: null })]);
    expect(await consume(await deps(), [job], { attempts: 3 })).toEqual(["ack"]);
    expect(received).toHaveLength(2);
  });

  it("a redelivered batch queues no second call", async () => {
    const d = await dossierWithHook();
    const first = await notify(d.id);
    await consume(await deps(), first);
    expect(await notify(d.id)).toEqual([]);
    expect(await deliveries(d.code, d.token)).toHaveLength(1);
  });

  it(`gives up after ${WEBHOOK_ATTEMPTS} attempts: the delivery is failed, the message acknowledged`, async () => {
    const d = await dossierWithHook();
    const [job] = await notify(d.id);
    answers = [500, 500];
    expect(await consume(await deps(), [job], { attempts: WEBHOOK_ATTEMPTS - 1 })).toEqual([{ retry: WEBHOOK_BACKOFF.at(-1) }]);
    expect(await consume(await deps(), [job], { attempts: WEBHOOK_ATTEMPTS })).toEqual(["ack"]);
    expect(await deliveries(d.code, d.token)).toEqual([expect.objectContaining({ state: "failed", attempts: WEBHOOK_ATTEMPTS, lastStatus: 500 })]);
  });

  it("no answer (the network fails) is retried; a webhook removed meanwhile fails the delivery without a call", async () => {
    const d = await dossierWithHook();
    const [job] = await notify(d.id);
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError("connection refused"));
    expect(await consume(await deps(), [job])).toEqual([{ retry: WEBHOOK_BACKOFF[0] }]);
    expect((await deliveries(d.code, d.token))[0]).toMatchObject({ state: "pending", lastStatus: null, lastError: "the request failed: connection refused" });
    expect((await call("DELETE", `/v1/dossiers/${d.code}/webhook`, { token: d.token })).status).toBe(204);
    expect(await consume(await deps(), [job], { attempts: 2 })).toEqual(["ack"]);
    expect(received).toHaveLength(0);
    expect((await deliveries(d.code, d.token))[0]).toMatchObject({ state: "failed", lastError: "the dossier's webhook was removed" });
  });
});

describe("dead letters", () => {
  it("a message from the dead-letter queue is recorded and fails its delivery, without a call", async () => {
    const d = await dossierWithHook();
    const [job] = await notify(d.id);
    expect(await consume(await deps(), [job], { queueName: "policy-match-jobs-dlq", attempts: 9 })).toEqual(["ack"]);
    expect((await deliveries(d.code, d.token))[0]).toMatchObject({ state: "failed", lastError: "given up after 9 deliveries of its message (dead-lettered)" });
    const rows = await env.DB.prepare("SELECT queue, type, reason FROM dead_letters WHERE body LIKE ?").bind(`%${job!.delivery}%`).all();
    expect(rows.results).toEqual([{ queue: "policy-match-jobs-dlq", type: "webhook", reason: "failed every attempt" }]);
    expect(received).toHaveLength(0);
  });

  it("a message of no known type is recorded and acknowledged, never retried", async () => {
    const body = { type: "bogus", marker: crypto.randomUUID() };
    expect(await consume(await deps(), [body])).toEqual(["ack"]);
    const row = await env.DB.prepare("SELECT type, reason, attempts FROM dead_letters WHERE body LIKE ?").bind(`%${body.marker}%`).first();
    expect(row).toEqual({ type: null, reason: "not a job message", attempts: 1 });
  });
});
