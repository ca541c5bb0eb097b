/**
 * Privacy of the dossiers inside workerd (issue 15, PIPL): nothing a firm sends reaches the
 * logs, even when a request fails; the export holds everything kept; deletion keeps only the
 * decisions' ids and hashes and the date; the retention period is enforced by the cron.
 */
import { createExecutionContext, createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { DecisionStore } from "../../src/dossier/decisions.js";
import { sweepExpired } from "../../src/dossier/erase.js";
import { DossierStore } from "../../src/dossier/store.js";
import { scheduled } from "../../src/scheduled.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";

const { creditCode: _, ...magnet } = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const MARK = "隐私标记XJ7Q";
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every row of every dossier table, as text. */
async function everything(): Promise<string> {
  const tables = ["dossiers", "dossier_versions", "dossier_decisions", "dossier_receipts", "dossier_support"];
  return JSON.stringify(await Promise.all(tables.map((t) => env.DB.prepare(`SELECT * FROM ${t}`).all())));
}

/** A dossier with two versions, two decisions (receipts), two support records; its name and a reference carry MARK and its code. */
async function fullDossier(code: string) {
  const name = `${MARK}${code}稀土有限公司`;
  const token = await createDossier(code, { ...magnet, name });
  await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: { ...magnet, name, employees: 130 } } });
  const decisions = [];
  for (const asOf of ["2025-06-30", "2025-07-01"]) decisions.push(await json(await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf } })));
  await call("POST", `/v1/dossiers/${code}/support`, { token, body: { measureId: "rd-post-subsidy", status: "applied", date: "2025-03-01", fiscalYear: 2024, reference: `${MARK}${code}-申请` } });
  await call("POST", `/v1/dossiers/${code}/support`, { token, body: { measureId: "rd-post-subsidy", status: "paid", amount: 125000, date: "2025-05-01", fiscalYear: 2024 } });
  return { token, decisions };
}

describe("nothing a firm sends is logged", () => {
  const logged: string[] = [];
  beforeEach(() => {
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => { logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" ")); });
    }
  });
  afterEach(() => { vi.restoreAllMocks(); logged.length = 0; });

  it("through a whole dossier's life, its failures included", async () => {
    const code = freshCode();
    const { token } = await fullDossier(code);
    await call("GET", `/v1/dossiers/${code}/export`, { token });
    await call("POST", `/v1/dossiers/${code}/versions`, { token, body: `{"profile":{"name":"${MARK}"` }); // malformed JSON quoting the mark
    await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: { name: MARK, employees: -1 } } });
    await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2025-06-30" }, bindings: { RECEIPT_SIGNING_KEY: `{"kty":"OKP","crv":"Ed25519","d":"${MARK}","x":"AA"}` } });
    // a database that fails with a message quoting what it was given: a 500, logged without the message
    const failing = new Proxy(env.DB, { get: (db, p) => (p === "prepare" ? () => { throw new Error(`D1_ERROR: constraint failed on "${MARK}" (${token})`); } : Reflect.get(db, p)) });
    const broken = await call("POST", "/v1/dossiers", { body: { creditCode: freshCode(), profile: { name: MARK } }, bindings: { DB: failing } });
    expect(broken.status).toBe(500);
    expect(await broken.text()).not.toContain(MARK);
    await call("DELETE", `/v1/dossiers/${code}`, { token });
    expect(logged.length).toBeGreaterThan(0); // the failures were logged…
    const all = logged.join("\n");
    expect(all).toMatch(/unexpected error .* Error \| at /); // …as a trace
    for (const secret of [MARK, token, token.slice(4), code]) expect(all).not.toContain(secret);
  });
});

describe("export", () => {
  it("holds every version with its profile, every decision with its result, every receipt and support record", async () => {
    const code = freshCode();
    const { token, decisions } = await fullDossier(code);
    const res = await call("GET", `/v1/dossiers/${code}/export`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="dossier-${code}.json"`);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const x = await json(res);
    expect(x.format).toBe("policy-match-dossier-export/1");
    expect(x.dossier).toMatchObject({ creditCode: code, name: `${MARK}${code}稀土有限公司` });
    expect(x.versions.map((v: { version: number; profile: { employees: number } }) => [v.version, v.profile.employees])).toEqual([[1, magnet.employees], [2, 130]]);
    expect(x.decisions).toEqual(decisions.map((d) => ({ ...d.decision, result: d.result })));
    expect(x.receipts).toEqual(decisions.map((d) => d.receipt).reverse());
    expect(x.support.map((s: { status: string }) => s.status)).toEqual(["applied", "paid"]);
    expect(x.support[0].reference).toBe(`${MARK}${code}-申请`);
  });
});

describe("deletion", () => {
  it("keeps only the dossier's id and date of deletion and the decisions' ids and hashes", async () => {
    const code = freshCode();
    const { token, decisions } = await fullDossier(code);
    const id = (await new DossierStore(env.DB).byCode(code))!.id;
    const res = await call("DELETE", `/v1/dossiers/${code}`, { token });
    expect(res.status).toBe(200);
    const { deletedAt, decisionsKept } = await json(res);
    expect(decisionsKept).toBe(2);
    const dossier = await env.DB.prepare("SELECT * FROM dossiers WHERE id = ?").bind(id).first();
    expect(dossier).toEqual({
      id, credit_code: null, name: null, token_hash: null, token_issued_at: null, created_at: expect.any(String), updated_at: expect.any(String),
      latest_version: 0, last_decision_seq: null, deleted_at: deletedAt, deleted_by: "owner",
    });
    const kept = (await env.DB.prepare("SELECT * FROM dossier_decisions WHERE dossier_id = ? ORDER BY seq").bind(id).all()).results;
    expect(kept.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)))).toEqual(decisions.map((d) => ({
      seq: expect.any(Number), dossier_id: id, decision_id: d.decision.decisionId, ruleset_hash: d.result.ruleset.hash, result_hash: d.decision.resultHash,
    })));
    for (const t of ["dossier_versions", "dossier_receipts", "dossier_support"]) {
      expect((await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${t} WHERE dossier_id = ?`).bind(id).first<{ n: number }>())!.n, t).toBe(0);
    }
    expect(await everything()).not.toContain(code); // in the name, the reference, the profiles, the receipts
    expect(await new DecisionStore(env.DB).byShareId(decisions[0]!.decision.resultPage.split("/").pop()!)).toBeNull();
  });

  it("afterwards every route answers as for an unknown code, and the firm may start a new dossier that holds nothing of the old", async () => {
    const code = freshCode();
    const { token } = await fullDossier(code);
    await call("DELETE", `/v1/dossiers/${code}`, { token: STAFF });
    expect((await call("GET", `/v1/dossiers/${code}`, { token })).status).toBe(404);
    expect((await call("GET", `/v1/dossiers/${code}`, { token: STAFF })).status).toBe(404);
    expect((await call("DELETE", `/v1/dossiers/${code}`, { token: STAFF })).status).toBe(404);
    const fresh = await createDossier(code);
    const x = await json(await call("GET", `/v1/dossiers/${code}/export`, { token: fresh }));
    expect([x.versions, x.decisions, x.receipts, x.support]).toEqual([[], [], [], []]);
  });
});

describe("retention", () => {
  const store = () => new DossierStore(env.DB);
  const dossierAt = async (updatedAt: string) => {
    const d = await store().create(freshCode(), "0".repeat(64), new Date(updatedAt), { profile: { name: MARK }, source: "api", by: "owner" });
    if (d === "exists") throw new Error("fresh code exists");
    return d;
  };
  const live = async (id: string) => (await store().byId(id)) !== null;

  it("the cron deletes the dossiers not written for DOSSIER_RETENTION_DAYS days, and keeps the others", async () => {
    const now = Date.parse("2031-01-10T18:30:00Z");
    const expired = await dossierAt("2030-01-10T18:29:59Z"); // 365 days + 1 s before
    const kept = await dossierAt("2030-01-10T18:30:01Z");
    await scheduled({ scheduledTime: now }, { ...env, DOSSIER_RETENTION_DAYS: "365" });
    expect([await live(expired.id), await live(kept.id)]).toEqual([false, true]);
    const row = await env.DB.prepare("SELECT deleted_by, deleted_at, credit_code FROM dossiers WHERE id = ?").bind(expired.id).first();
    expect(row).toEqual({ deleted_by: "retention", deleted_at: "2031-01-10T18:30:00.000Z", credit_code: null });
  });

  it("deletes every expired dossier in one run, however many, and counts them", async () => {
    const old = await Promise.all(Array.from({ length: 12 }, () => dossierAt("2040-01-01T00:00:00Z")));
    const now = new Date("2041-01-01T00:00:01Z"); // 366 days and 1 s later
    expect(await sweepExpired(env.DB, 366, now)).toBeGreaterThanOrEqual(12);
    expect(await Promise.all(old.map((d) => live(d.id)))).toEqual(old.map(() => false));
    expect(await sweepExpired(env.DB, 366, now)).toBe(0);
  });

  it("the period counts from the last write, and the dossier says until when it is kept", async () => {
    const d = await dossierAt("2020-01-01T00:00:00Z");
    const token = (await json(await call("POST", `/v1/dossiers/${d.creditCode}/token`, { token: STAFF }))).token as string; // a write, now
    const overview = await json(await call("GET", `/v1/dossiers/${d.creditCode}`, { token, bindings: { DOSSIER_RETENTION_DAYS: "30" } }));
    expect(Date.parse(overview.retainUntil) - Date.parse(overview.updatedAt)).toBe(30 * 86_400_000);
    await scheduled({ scheduledTime: Date.now() }, { ...env, DOSSIER_RETENTION_DAYS: "30" });
    expect(await live(d.id)).toBe(true);
  });

  it("without the var, three years (1095 days); a var that is not a whole number ≥ 1 deletes nothing and fails loudly", async () => {
    const old = await dossierAt("2025-01-01T00:00:00Z");
    const t = Date.parse("2025-01-01T00:00:00Z");
    await scheduled({ scheduledTime: t + 1095 * 86_400_000 }, { ...env, DOSSIER_RETENTION_DAYS: undefined });
    expect(await live(old.id)).toBe(true);
    for (const bad of ["0", "-5", "two years", "1.5"]) {
      await expect(scheduled({ scheduledTime: t + 5000 * 86_400_000 }, { ...env, DOSSIER_RETENTION_DAYS: bad })).rejects.toThrow(/DOSSIER_RETENTION_DAYS/);
    }
    expect(await live(old.id)).toBe(true);
    await scheduled({ scheduledTime: t + 1095 * 86_400_000 + 1 }, { ...env, DOSSIER_RETENTION_DAYS: undefined });
    expect(await live(old.id)).toBe(false);
  });

  it("is the Worker's scheduled handler (wrangler.toml [triggers])", async () => {
    const old = await dossierAt("2001-01-01T00:00:00Z");
    await worker.scheduled(createScheduledController({ scheduledTime: new Date("2005-01-01T00:00:00Z"), cron: "30 18 * * *" }), env, createExecutionContext());
    expect(await live(old.id)).toBe(false);
  });
});
