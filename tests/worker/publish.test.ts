/**
 * Publishing rule-set versions to D1, inside workerd (issue 6): publish, read back, match
 * against the published version, and every refusal (401/403/409/413/422), each audited.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { PublishedStore } from "../../src/ruleset/store.js";

const TOKEN = "test-token-0123456789abcdef"; // vitest.config.ts TEST_ADMIN_TOKENS
const ID = "baotou-rare-earth-hi-tech-zone";
const latest = BUNDLED_FILES.at(-1) as Record<string, unknown>;
const next = (version: string, effectiveFrom: string) => ({ ...latest, version, effectiveFrom, changelog: [{ "zh-CN": "测试版本", en: "test version" }] });
const put = (version: string, body: unknown, token: string | null = TOKEN) =>
  app.request(`/v1/rulesets/${ID}/versions/${version}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  }, env);
const get = (path: string) => app.request(path, {}, env);
const audit = () => new PublishedStore(env.DB).auditLog();

describe("publish, read back, match", () => {
  it("publishes a new version: 201 with the hash of its canonical JSON, then serves it like a bundled one", async () => {
    const body = next("2026.1.0", "2026-01-01");
    const res = await put("2026.1.0", body);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { hash: string };
    expect(created).toEqual({ id: ID, version: "2026.1.0", hash: canonicalHash(body) });

    const back = (await (await get(`/v1/rulesets/${ID}/versions/2026.1.0`)).json()) as { hash: string; ruleset: unknown; effectiveFrom: string };
    expect(back.hash).toBe(created.hash);
    expect(back.ruleset).toEqual(body);
    expect(back.effectiveFrom).toBe("2026-01-01");

    const list = (await (await get("/v1/rulesets")).json()) as { rulesets: { versions: { version: string }[] }[] };
    expect(list.rulesets[0]!.versions.map((v) => v.version)).toContain("2026.1.0");

    const profile = { employees: 10 };
    const byDate = await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2026-02-01" }) }, env);
    expect(((await byDate.json()) as { ruleset: { version: string; hash: string } }).ruleset).toMatchObject({ version: "2026.1.0", hash: created.hash });
    const before = await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2025-12-31" }) }, env);
    expect(((await before.json()) as { ruleset: { version: string } }).ruleset.version).toBe("2025.2.0");

    expect((await audit())[0]).toMatchObject({ label: "test-officer", id: ID, version: "2026.1.0", hash: created.hash, outcome: "created" });
  });

  it("a published version is never overwritten: 409, and the stored one is unchanged", async () => {
    await put("2026.3.0", next("2026.3.0", "2026-03-01"));
    const changed = { ...next("2026.3.0", "2026-03-01"), title: { "zh-CN": "改", en: "changed" } };
    const res = await put("2026.3.0", changed);
    expect(res.status).toBe(409);
    const back = (await (await get(`/v1/rulesets/${ID}/versions/2026.3.0`)).json()) as { ruleset: { title: { en: string } } };
    expect(back.ruleset.title.en).toBe((latest.title as { en: string }).en);
    expect((await audit())[0]).toMatchObject({ version: "2026.3.0", outcome: "conflict" });
  });

  it("a bundled version cannot be published again: 409", async () => {
    expect((await put("2025.2.0", latest)).status).toBe(409);
  });

  it("two publishes of the same version at once: exactly one wins", async () => {
    const body = next("2026.4.0", "2026-04-01");
    const statuses = (await Promise.all([put("2026.4.0", body), put("2026.4.0", body)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM ruleset_versions WHERE version = '2026.4.0'").first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });
});

describe("refusals, each audited, nothing stored", () => {
  const stored = async (version: string) =>
    (await env.DB.prepare("SELECT COUNT(*) AS n FROM ruleset_versions WHERE version = ?").bind(version).first<{ n: number }>())!.n;

  it("no token → 401 with WWW-Authenticate; a wrong token → 403", async () => {
    const none = await put("2026.5.0", next("2026.5.0", "2026-05-01"), null);
    expect(none.status).toBe(401);
    expect(none.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect((await put("2026.5.0", next("2026.5.0", "2026-05-01"), "nope")).status).toBe(403);
    expect(await stored("2026.5.0")).toBe(0);
    const [last, previous] = await audit();
    expect([last!.outcome, last!.label, previous!.outcome]).toEqual(["forbidden", null, "unauthorized"]);
  });

  it("a caller without a valid token is refused before its body is read: 401/403 whatever the body, no hash audited", async () => {
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    const raw = (body: BodyInit, token?: string) => app.request(`/v1/rulesets/${ID}/versions/2026.7.0`, {
      method: "PUT", headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body,
    }, env);
    expect((await raw(notUtf8)).status).toBe(401);
    expect((await raw("{not json")).status).toBe(401);
    expect((await raw("{not json", "nope")).status).toBe(403);
    const [last] = await audit();
    expect(last).toMatchObject({ id: ID, version: "2026.7.0", hash: null, label: null, outcome: "forbidden" });
    // admitted, the same bodies are judged: 415 and 400
    expect((await raw(notUtf8, TOKEN)).status).toBe(415);
    expect((await raw("{not json", TOKEN)).status).toBe(400);
  });

  it("a rule set that fails lint → 422 with pointers", async () => {
    const bad = next("2026.6.0", "2026-06-01") as unknown as { measures: Record<string, unknown>[] };
    bad.measures = [{ ...bad.measures[0]!, conditions: { all: [{ fact: "revenu", operator: "greaterThan", value: 1 }] } }];
    const res = await put("2026.6.0", bad);
    expect(res.status).toBe(422);
    const p = (await res.json()) as { errors: { pointer: string; message: string }[] };
    expect(p.errors.map((e) => e.pointer)).toContain("/measures/0/conditions/all/0/fact");
    expect(await stored("2026.6.0")).toBe(0);
    expect((await audit())[0]).toMatchObject({ version: "2026.6.0", outcome: "invalid" });
  });

  it("a body naming another version than the path → 422", async () => {
    const res = await put("2026.7.0", next("2026.8.0", "2026-07-01"));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(["/version"]);
  });

  it("malformed JSON → 400; over 1 MiB → 413; a bad version in the path → 400", async () => {
    expect((await put("2026.9.0", "{oops")).status).toBe(400);
    expect((await put("2026.9.0", JSON.stringify({ pad: "x".repeat(1024 * 1024) }))).status).toBe(413);
    expect((await put("v2", next("2026.9.0", "2026-09-01"))).status).toBe(400);
    expect(await stored("2026.9.0")).toBe(0);
  });
});

describe("validate and diff", () => {
  it("POST /v1/rulesets/validate reports errors without publishing", async () => {
    const ok = await app.request("/v1/rulesets/validate", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(next("2027.1.0", "2027-01-01")) }, env);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    const bad = await app.request("/v1/rulesets/validate", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: "x" }) }, env);
    expect(bad.status).toBe(200);
    const report = (await bad.json()) as { ok: boolean; errors: { pointer: string }[] };
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => e.pointer)).toContain("/version");
  });

  it("GET /v1/rulesets/{id}/diff: 2025.1.0 → 2025.2.0 changes the LPR parameters only", async () => {
    const res = await get(`/v1/rulesets/${ID}/diff?from=2025.1.0&to=2025.2.0`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as { diff: unknown };
    expect(JSON.stringify(d.diff)).toMatch(/lpr1y/);
    expect((await get(`/v1/rulesets/${ID}/diff?from=2025.1.0&to=2099.1.0`)).status).toBe(404);
  });

  it("GET an unknown version → 404", async () => {
    expect((await get(`/v1/rulesets/${ID}/versions/2099.1.0`)).status).toBe(404);
  });
});
