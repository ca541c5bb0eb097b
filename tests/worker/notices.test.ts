/**
 * Policies that find the firm (issue 15), inside workerd: a version announced to the dossiers
 * (ids in `redecide` messages of 100), each dossier re-decided by the queue consumer and
 * compared with its last decision, what changed kept as notices readable on the dossier, a
 * redelivered batch writing nothing twice, and the daily cron announcing the version that came
 * into force. Versions are in memory (tests/support/jobs.ts) unless a test says otherwise.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AnnouncementStore } from "../../src/dossier/announcements.js";
import { announce, announceInForce } from "../../src/jobs/announce.js";
import type { JobMessage, RedecideJob } from "../../src/jobs/messages.js";
import { scheduled } from "../../src/scheduled.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";
import { changedVersion, consume, depsWith, recordingQueue } from "../support/jobs.js";
import { staff, storeRow, testApp } from "../support/review.js";

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const { creditCode: _, ...anonymous } = magnet;
const ID = "baotou-rare-earth-hi-tech-zone";
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A dossier of the magnet maker decided under the bundled version in force on 2026-06-01. */
async function decidedDossier(): Promise<{ code: string; token: string; id: string }> {
  const code = freshCode();
  const token = await createDossier(code, anonymous);
  const res = await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2026-06-01" } });
  expect(res.status).toBe(201);
  const { id } = (await env.DB.prepare("SELECT id FROM dossiers WHERE credit_code = ?").bind(code).first<{ id: string }>())!;
  return { code, token, id };
}

const redecide = (version: string, asOf: string, ids: string[]): RedecideJob => ({ type: "redecide", ruleset: { id: ID, version }, asOf, ids });

describe("re-deciding a batch (the redecide message)", () => {
  it("keeps what changed as notices — a measure lost, an amount changed — and the re-decision in the decisions log, by system", async () => {
    const d = await decidedDossier();
    const deps = await depsWith([changedVersion("2026.7.0", "2026-07-01", ["strict-hnte", "capped-rd"])], "2026-07-01");
    expect(await consume(deps, [redecide("2026.7.0", "2026-07-01", [d.id])])).toEqual(["ack"]);

    const { notices } = await json<{ notices: Record<string, unknown>[] }>(await call("GET", `/v1/dossiers/${d.code}/notices`, { token: d.token }));
    // the fixture: techStaff 36 of 180 employees = 20 % (meets 10 %, not 99 %); R&D expense 2,500,000 yuan
    // at 5 % (small) = 125,000 yuan, capped at 50,000 by the changed version
    expect(notices.map((n) => [n.measureId, n.kind, n.statusBefore, n.statusAfter, n.amountBefore, n.amountAfter]).sort()).toEqual([
      ["hnte-recognition", "loss", "eligible", "ineligible", 0, 0],
      ["rd-post-subsidy", "amount", "eligible", "eligible", 125_000, 50_000],
    ]);
    expect(notices[0]).toMatchObject({ ruleset: { id: ID, version: "2026.7.0" }, asOf: "2026-07-01", acknowledgedAt: null });

    const { decisions } = await json<{ decisions: Record<string, unknown>[] }>(await call("GET", `/v1/dossiers/${d.code}/decisions`, { token: d.token }));
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toMatchObject({ decidedBy: "system", ruleset: { version: "2026.7.0" }, asOf: "2026-07-01" });
    expect(notices[0]!.decisionId).toBe(decisions[0]!.decisionId);
  });

  it("a batch delivered again writes no notice or decision twice", async () => {
    const d = await decidedDossier();
    const deps = await depsWith([changedVersion("2026.7.0", "2026-07-01", ["strict-hnte"])], "2026-07-01");
    const job = redecide("2026.7.0", "2026-07-01", [d.id]);
    await consume(deps, [job]);
    const count = async () => (await env.DB.prepare("SELECT (SELECT COUNT(*) FROM dossier_notices WHERE dossier_id = ?1) AS n, (SELECT COUNT(*) FROM dossier_decisions WHERE dossier_id = ?1) AS x")
      .bind(d.id).first<{ n: number; x: number }>())!;
    expect(await count()).toEqual({ n: 1, x: 2 });
    expect(await consume(deps, [job, job], { attempts: 2 })).toEqual(["ack", "ack"]);
    expect(await count()).toEqual({ n: 1, x: 2 });
  });

  it("a dossier whose answers do not change is left as it was; one without a profile is skipped", async () => {
    const d = await decidedDossier();
    const bare = freshCode();
    await createDossier(bare);
    const { id: bareId } = (await env.DB.prepare("SELECT id FROM dossiers WHERE credit_code = ?").bind(bare).first<{ id: string }>())!;
    const deps = await depsWith([changedVersion("2026.7.0", "2026-07-01", [])], "2026-07-01");
    expect(await consume(deps, [redecide("2026.7.0", "2026-07-01", [d.id, bareId])])).toEqual(["ack"]);
    const { decisions } = await json<{ decisions: unknown[] }>(await call("GET", `/v1/dossiers/${d.code}/decisions`, { token: d.token }));
    expect(decisions).toHaveLength(1);
    expect((await json(await call("GET", `/v1/dossiers/${d.code}/notices`, { token: d.token }))).notices).toEqual([]);
  });

  it("a newly eligible measure is a gain; a re-decision does not count as the firm's write for retention", async () => {
    const d = await decidedDossier();
    const before = (await env.DB.prepare("SELECT updated_at FROM dossiers WHERE id = ?").bind(d.id).first<{ updated_at: string }>())!.updated_at;
    const deps = await depsWith([changedVersion("2026.7.0", "2026-07-01", ["strict-hnte"]), changedVersion("2026.8.0", "2026-08-01", [])], "2026-08-01");
    await consume(deps, [redecide("2026.7.0", "2026-07-01", [d.id])]);
    await consume(deps, [redecide("2026.8.0", "2026-08-01", [d.id])]);
    const { notices } = await json<{ notices: Record<string, unknown>[] }>(await call("GET", `/v1/dossiers/${d.code}/notices`, { token: d.token }));
    expect(notices.map((n) => [n.measureId, n.kind, n.ruleset])).toEqual([
      ["hnte-recognition", "gain", expect.objectContaining({ version: "2026.8.0" })],
      ["hnte-recognition", "loss", expect.objectContaining({ version: "2026.7.0" })],
    ]);
    expect((await env.DB.prepare("SELECT updated_at FROM dossiers WHERE id = ?").bind(d.id).first<{ updated_at: string }>())!.updated_at).toBe(before);
  });

  it("a version the catalog lacks is retried (then dead-lettered), never acknowledged unread", async () => {
    const deps = await depsWith([], "2026-07-01");
    const [outcome] = await consume(deps, [redecide("2099.1.0", "2099-01-01", ["x"])], { attempts: 3 });
    expect(outcome).toEqual({ retry: 40 });
  });
});

describe("notices on the dossier", () => {
  it("are listed newest first, open ones apart, acknowledged by the firm or staff once; 404 for another's notice", async () => {
    const d = await decidedDossier();
    const other = await decidedDossier();
    const deps = await depsWith([changedVersion("2026.7.0", "2026-07-01", ["strict-hnte", "capped-rd"])], "2026-07-01");
    await consume(deps, [redecide("2026.7.0", "2026-07-01", [d.id, other.id])]);
    const { notices } = await json<{ notices: { id: number }[] }>(await call("GET", `/v1/dossiers/${d.code}/notices`, { token: d.token }));
    expect(notices.map((n) => n.id)).toEqual([...notices.map((n) => n.id)].sort((a, b) => b - a));

    const ack = await call("POST", `/v1/dossiers/${d.code}/notices/${notices[0]!.id}/acknowledge`, { token: d.token });
    expect(ack.status).toBe(200);
    const acked = await json(ack);
    expect(acked).toMatchObject({ id: notices[0]!.id, acknowledgedBy: "owner" });
    const again = await json(await call("POST", `/v1/dossiers/${d.code}/notices/${notices[0]!.id}/acknowledge`, { token: STAFF }));
    expect(again.acknowledgedAt).toBe(acked.acknowledgedAt); // acknowledged once: staff's second changes nothing
    expect(again.acknowledgedBy).toBe("owner");

    const open = await json<{ notices: { id: number }[] }>(await call("GET", `/v1/dossiers/${d.code}/notices?open=true`, { token: STAFF }));
    expect(open.notices.map((n) => n.id)).toEqual([notices[1]!.id]);

    const { notices: theirs } = await json<{ notices: { id: number }[] }>(await call("GET", `/v1/dossiers/${other.code}/notices`, { token: other.token }));
    const cross = await call("POST", `/v1/dossiers/${d.code}/notices/${theirs[0]!.id}/acknowledge`, { token: d.token });
    expect(cross.status).toBe(404);
    expect(cross.headers.get("Content-Type")).toContain("application/problem+json");
  });

  it("refuses a bad query or id with the field pointer (400), and an unknown token (404)", async () => {
    const d = await decidedDossier();
    const bad = await call("GET", `/v1/dossiers/${d.code}/notices?open=yes`, { token: d.token });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("open must be true or false");
    expect((await call("POST", `/v1/dossiers/${d.code}/notices/abc/acknowledge`, { token: d.token })).status).toBe(400);
    expect((await call("GET", `/v1/dossiers/${d.code}/notices`, { token: "pmd_" + "x".repeat(43) })).status).toBe(404);
    expect((await call("GET", `/v1/dossiers/${d.code}/notices`)).status).toBe(401);
  });
});

describe("announcing a version", () => {
  it("puts every live dossier's id into redecide messages of at most 100, on the later of today and effectiveFrom, once", async () => {
    const d = await decidedDossier();
    const deps = await depsWith([changedVersion("2027.3.0", "2027-03-01", ["strict-hnte"])], "2027-01-15");
    const { queue, sent } = recordingQueue();
    const a = await announce({ ...env, JOBS: queue }, await deps.catalog(env.DB), { id: ID, version: "2027.3.0", kind: "published" }, "2027-01-15", new Date());
    expect(a).toMatchObject({ state: "sent", asOf: "2027-03-01" });
    const jobs = sent.map((s) => s.body as RedecideJob);
    expect(jobs.every((j) => j.type === "redecide" && j.asOf === "2027-03-01" && j.ruleset.version === "2027.3.0" && j.ids.length <= 100)).toBe(true);
    const ids = jobs.flatMap((j) => j.ids);
    const live = (await env.DB.prepare("SELECT COUNT(*) AS n FROM dossiers WHERE deleted_at IS NULL").first<{ n: number }>())!.n;
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(live);
    expect(ids).toContain(d.id);

    const again = recordingQueue();
    await announce({ ...env, JOBS: again.queue }, await deps.catalog(env.DB), { id: ID, version: "2027.3.0", kind: "published" }, "2027-01-15", new Date());
    expect(again.sent).toEqual([]);
  });

  it("a version another will supersede by its date is not announced (it changes no answer)", async () => {
    const deps = await depsWith([changedVersion("2027.5.0", "2027-05-01", []), changedVersion("2027.4.0", "2027-04-01", [])], "2027-05-02");
    const { queue, sent } = recordingQueue();
    expect(await announce({ ...env, JOBS: queue }, await deps.catalog(env.DB), { id: ID, version: "2027.4.0", kind: "published" }, "2027-05-02", new Date())).toBe("superseded");
    expect(sent).toEqual([]);
  });

  it("a fan-out cut short resumes after the last id it sent", async () => {
    const deps = await depsWith([changedVersion("2027.6.0", "2027-06-01", [])], "2027-06-01");
    const catalog = await deps.catalog(env.DB);
    let calls = 0;
    const failing = { async sendBatch() { calls++; throw new Error("queue down"); } } as unknown as Queue<JobMessage>;
    await expect(announce({ ...env, JOBS: failing }, catalog, { id: ID, version: "2027.6.0", kind: "published" }, "2027-06-01", new Date())).rejects.toThrow("queue down");
    expect(calls).toBe(1);
    expect(await new AnnouncementStore(env.DB).get(ID, "2027.6.0", "published")).toMatchObject({ state: "sending", cursor: "" });
    const { queue, sent } = recordingQueue();
    const resumed = await announceInForce({ ...env, JOBS: queue }, catalog, "2027-06-01", new Date());
    expect(resumed.map((a) => [a.version, a.kind])).toContainEqual(["2027.6.0", "published"]);
    expect(sent.length).toBeGreaterThan(0);
  });
});

describe("publishing through review announces the version", () => {
  it.each([
    ["POST …/drafts/{v}/publish", "2034.3.0", "2034-03-01"],
    ["PUT …/versions/{v}", "2034.4.0", "2034-04-01"],
  ])("%s: every live dossier queued for re-decision on the version's date", async (how, version, effectiveFrom) => {
    const d = await decidedDossier();
    const { queue, sent } = recordingQueue();
    const app = testApp();
    const s = staff((path, init) => app.request(path, init, { ...env, JOBS: queue }));
    const ruleset = changedVersion(version, effectiveFrom, ["strict-hnte"]);
    await s.approve(ruleset);
    const res = how.startsWith("POST") ? await s.step("author", version, "publish") : await s.call("author", "PUT", `/v1/rulesets/${ID}/versions/${version}`, ruleset);
    expect(res.status).toBe(201);
    const jobs = sent.map((m) => m.body as RedecideJob);
    expect(jobs.every((j) => j.ruleset.version === version && j.asOf === effectiveFrom)).toBe(true);
    expect(jobs.flatMap((j) => j.ids)).toContain(d.id);
    expect(await new AnnouncementStore(env.DB).get(ID, version, "published")).toMatchObject({ state: "sent", asOf: effectiveFrom });
  });

  it("a refused publish announces nothing", async () => {
    const { queue, sent } = recordingQueue();
    const app = testApp();
    const s = staff((path, init) => app.request(path, init, { ...env, JOBS: queue }));
    const res = await s.call("author", "PUT", `/v1/rulesets/${ID}/versions/2034.5.0`, changedVersion("2034.5.0", "2034-05-01", []));
    expect(res.status).toBe(409); // no approved draft
    expect(sent).toEqual([]);
    expect(await new AnnouncementStore(env.DB).get(ID, "2034.5.0", "published")).toBeNull();
  });
});

describe("the daily cron", () => {
  it("announces the version that came into force today (Asia/Shanghai), once; not one still to come", async () => {
    const d = await decidedDossier();
    const body = changedVersion("2033.5.0", "2033-05-02", ["strict-hnte"]);
    await storeRow(env.DB, body);
    const bindings = { DOSSIER_RETENTION_DAYS: "100000" }; // nothing of the shared database is old enough to delete

    const before = recordingQueue();
    await scheduled({ scheduledTime: Date.parse("2033-05-01T10:30:00Z") }, { ...env, ...bindings, JOBS: before.queue }); // 18:30 on 1 May in Shanghai
    expect(before.sent.filter((s) => (s.body as RedecideJob).ruleset?.version === "2033.5.0")).toEqual([]);

    const { queue, sent } = recordingQueue();
    await scheduled({ scheduledTime: Date.parse("2033-05-01T18:30:00Z") }, { ...env, ...bindings, JOBS: queue }); // 02:30 on 2 May in Shanghai
    const jobs = sent.map((s) => s.body as RedecideJob).filter((j) => j.ruleset.version === "2033.5.0");
    expect(jobs.every((j) => j.asOf === "2033-05-02")).toBe(true);
    expect(jobs.flatMap((j) => j.ids)).toContain(d.id);

    const next = recordingQueue();
    await scheduled({ scheduledTime: Date.parse("2033-05-02T18:30:00Z") }, { ...env, ...bindings, JOBS: next.queue });
    expect(next.sent.filter((s) => (s.body as RedecideJob).ruleset?.version === "2033.5.0")).toEqual([]);
  });
});
