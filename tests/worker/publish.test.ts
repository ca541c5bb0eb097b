/**
 * Publishing rule-set versions to D1, inside workerd (issues 6, 14): a reviewed version
 * published by `PUT …/versions/{v}`, read back, matched against; every refusal
 * (401/403/409/413/422), each audited; a body never reviewed is refused (no path around review).
 */
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { PublishedStore } from "../../src/ruleset/store.js";
import { d1Failing } from "../support/failing-d1.js";
import { OFFICERS } from "../support/officers.js";
import { ID, staff, testApp } from "../support/review.js";

const app = testApp();
const TOKEN = OFFICERS.legacy.token; // a plain-string token: an admin
const s = staff((path, init) => app.request(path, init, env));
const latest = BUNDLED_FILES.at(-1) as Record<string, unknown>;
const next = (version: string, effectiveFrom: string) => ({ ...latest, version, effectiveFrom, changelog: [{ "zh-CN": "测试版本", en: "test version" }] });
const put = (version: string, body: unknown, token: string | null = TOKEN, headers: Record<string, string> = {}, bindings: typeof env = env) =>
  app.request(`/v1/rulesets/${ID}/versions/${version}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body),
  }, bindings);
const get = (path: string) => app.request(path, {}, env);
const audit = () => new PublishedStore(env.DB).auditLog();

describe("publish, read back, match", () => {
  it("publishes a new version: 201 with the hash of its canonical JSON, then serves it like a bundled one", async () => {
    const body = next("2026.1.0", "2026-07-01");
    await s.approve(body);
    const res = await put("2026.1.0", body);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { hash: string };
    expect(created).toEqual({ id: ID, version: "2026.1.0", hash: canonicalHash(body) });

    const back = (await (await get(`/v1/rulesets/${ID}/versions/2026.1.0`)).json()) as { hash: string; ruleset: unknown; effectiveFrom: string };
    expect(back.hash).toBe(created.hash);
    expect(back.ruleset).toEqual(body);
    expect(back.effectiveFrom).toBe("2026-07-01");

    const list = (await (await get("/v1/rulesets")).json()) as { rulesets: { versions: { version: string }[] }[] };
    expect(list.rulesets[0]!.versions.map((v) => v.version)).toContain("2026.1.0");

    const profile = { employees: 10 };
    const byDate = await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2026-08-01" }) }, env);
    expect(((await byDate.json()) as { ruleset: { version: string; hash: string } }).ruleset).toMatchObject({ version: "2026.1.0", hash: created.hash });
    const before = await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2026-06-30" }) }, env);
    expect(((await before.json()) as { ruleset: { version: string } }).ruleset.version).toBe("2025.2.0");

    expect((await audit())[0]).toMatchObject({ label: "test-officer", id: ID, version: "2026.1.0", hash: created.hash, outcome: "created" });
  });

  it("a published version is never overwritten: 409, and the stored one is unchanged", async () => {
    await s.approve(next("2026.3.0", "2026-09-01"));
    await put("2026.3.0", next("2026.3.0", "2026-09-01"));
    const changed = { ...next("2026.3.0", "2026-09-01"), title: { "zh-CN": "改", en: "changed" } };
    const res = await put("2026.3.0", changed);
    expect(res.status).toBe(409);
    expect((await s.save("author", "2026.3.0", { ruleset: changed })).status).toBe(409); // its draft is published: it never changes
    const back = (await (await get(`/v1/rulesets/${ID}/versions/2026.3.0`)).json()) as { ruleset: { title: { en: string } } };
    expect(back.ruleset.title.en).toBe((latest.title as { en: string }).en);
    expect((await audit())[0]).toMatchObject({ version: "2026.3.0", outcome: "conflict" });
  });

  it("a bundled version cannot be published again: 409", async () => {
    expect((await put("2025.2.0", latest)).status).toBe(409);
  });

  it("two publishes of the same version at once: exactly one wins", async () => {
    const body = next("2026.4.0", "2026-10-01");
    await s.approve(body);
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

  it("a rule set that fails lint is saved as a draft with its findings, refused at propose (422 with pointers), never published", async () => {
    const bad = next("2026.6.0", "2026-11-01") as unknown as { measures: Record<string, unknown>[] };
    bad.measures = [{ ...bad.measures[0]!, conditions: { all: [{ fact: "revenu", operator: "greaterThan", value: 1 }] } }];
    const saved = await s.save("author", "2026.6.0", { ruleset: bad });
    expect(saved.status).toBe(201);
    expect(((await saved.json()) as { findings: { errors: { pointer: string }[] } }).findings.errors.map((e) => e.pointer)).toContain("/ruleset/measures/0/conditions/all/0/fact");
    const res = await s.step("author", "2026.6.0", "propose");
    expect(res.status).toBe(422);
    const p = (await res.json()) as { errors: { pointer: string; message: string }[] };
    expect(p.errors.map((e) => e.pointer)).toContain("/ruleset/measures/0/conditions/all/0/fact");
    const direct = await put("2026.6.0", bad);
    expect([direct.status, ((await direct.json()) as { type: string }).type]).toEqual([409, "/problems/review-required"]);
    expect(await stored("2026.6.0")).toBe(0);
    expect((await audit())[0]).toMatchObject({ version: "2026.6.0", outcome: "conflict", status: 409 });
  });

  it("a body other than the approved draft → 409 draft-mismatch; nothing stored", async () => {
    await s.approve(next("2026.10.0", "2026-12-01"));
    const res = await put("2026.10.0", { ...next("2026.10.0", "2026-12-01"), title: { "zh-CN": "未审", en: "never reviewed" } });
    expect([res.status, ((await res.json()) as { type: string }).type]).toEqual([409, "/problems/draft-mismatch"]);
    expect(await stored("2026.10.0")).toBe(0);
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

describe("every attempt is audited with its status and outcome, whatever the answer", () => {
  const stored = async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM ruleset_versions").first<{ n: number }>())!.n;
  /** Sends one attempt; returns its audit row, after checking it is new, ties to the answer, and nothing was stored. */
  const attempt = async (send: () => Response | Promise<Response>) => {
    const [before, rows] = [(await audit())[0], await stored()];
    const res = await send();
    const [row] = await audit();
    expect(row).not.toEqual(before);
    expect(row).toMatchObject({ status: res.status, requestId: res.headers.get("X-Request-Id") });
    if (res.status !== 201) expect(await stored()).toBe(rows);
    return row!;
  };
  const good = next("2028.1.0", "2028-01-01");
  const reviewed = async (version: string, effectiveFrom: string) => {
    const body = next(version, effectiveFrom);
    await s.approve(body);
    return body;
  };

  it.each([
    ["malformed JSON", () => put("2028.1.0", "{oops"), { outcome: "malformed", status: 400, label: "test-officer", hash: null }],
    ["JSON nested past 128 levels", () => put("2028.1.0", "[".repeat(1500) + "]".repeat(1500)), { outcome: "invalid", status: 400, hash: null, detail: expect.stringMatching(/1,500 levels deep; at most 128/) }],
    ["a path that is not a version", () => put("v2", good), { outcome: "invalid", status: 400, version: "v2" }],
    ["a version spelt with a leading zero", () => put("2028.01.0", good), { outcome: "invalid", status: 400, version: "2028.01.0", detail: expect.stringMatching(/version: version "2028.01.0" has a leading zero: write it 2028.1.0/) }],
    ["a body over 1 MiB", () => put("2028.1.0", JSON.stringify({ pad: "x".repeat(1024 * 1024) })), { outcome: "too-large", status: 413, hash: null }],
    ["a body that is not JSON", () => put("2028.1.0", "{}", TOKEN, { "Content-Type": "text/plain" }), { outcome: "unsupported-media-type", status: 415 }],
    ["a compressed body", () => put("2028.1.0", good, TOKEN, { "Content-Encoding": "gzip" }), { outcome: "unsupported-media-type", status: 415, detail: expect.stringMatching(/gzip/) }],
    ["another charset", () => put("2028.1.0", good, TOKEN, { "Content-Type": "application/json; charset=latin1" }), { outcome: "unsupported-media-type", status: 415, detail: expect.stringMatching(/latin1/) }],
    ["bytes that are not UTF-8", () => put("2028.1.0", new Uint8Array([0x7b, 0xff, 0x7d])), { outcome: "unsupported-media-type", status: 415, detail: expect.stringMatching(/UTF-8/) }],
    ["a rule set never reviewed", () => put("2028.1.0", { ...good, measures: [] }), { outcome: "conflict", status: 409, hash: expect.stringMatching(/^sha256:/), detail: expect.stringMatching(/has no draft: a version is published only after review/) }],
    ["a body that names another version", () => put("2028.1.0", next("2028.9.0", "2028-01-01")), { outcome: "invalid", status: 422, detail: expect.stringMatching(/— \/version: the path says "2028.1.0"/) }],
    ["a version that exists", () => put("2025.2.0", latest), { outcome: "conflict", status: 409, version: "2025.2.0", hash: expect.stringMatching(/^sha256:/) }],
    ["no token", () => put("2028.1.0", good, null), { outcome: "unauthorized", status: 401, label: null, hash: null }],
    ["a wrong token", () => put("2028.1.0", good, "nope"), { outcome: "forbidden", status: 403, label: null, hash: null }],
  ] as const)("%s", async (_name, send, expected) => {
    expect(await attempt(send)).toMatchObject({ id: ID, version: "2028.1.0", ...expected });
  });

  it("a caller without a valid token is refused before any body check: 401 for a compressed body, never 415", async () => {
    expect(await attempt(() => put("2028.1.0", "x", null, { "Content-Encoding": "gzip", "Content-Type": "text/plain" }))).toMatchObject({ outcome: "unauthorized", status: 401, hash: null });
  });

  it("a created version: 201, audited in the same transaction as the version", async () => {
    const body = await reviewed("2028.2.0", "2028-02-01");
    expect(await attempt(() => put("2028.2.0", body))).toMatchObject({ outcome: "created", status: 201, label: "test-officer" });
  });

  it("the store failing on the insert: 500, nothing stored, and the attempt audited with the error", async () => {
    const failing = { ...env, DB: d1Failing(env.DB, (sql) => sql.startsWith("INSERT INTO ruleset_versions")) };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const body = await reviewed("2028.3.0", "2028-03-01");
    const row = await attempt(() => put("2028.3.0", body, TOKEN, {}, failing));
    logged.mockRestore();
    expect(row).toMatchObject({ outcome: "error", status: 500, hash: expect.stringMatching(/^sha256:/), detail: expect.stringMatching(/^Error: D1_ERROR: Network connection lost/) });
    expect((await get(`/v1/rulesets/${ID}/versions/2028.3.0`)).status).toBe(404);
  });

  it("the audit itself failing: the answer stands and the attempt goes to the Worker's log instead", async () => {
    const failing = { ...env, DB: d1Failing(env.DB, (sql) => sql.startsWith("INSERT INTO publish_audit")) };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = (await audit())[0];
    await reviewed("2028.4.0", "2028-04-01");
    const res = await put("2028.4.0", { ...next("2028.4.0", "2028-04-01"), measures: [] }, TOKEN, {}, failing);
    expect(res.status).toBe(409);
    expect((await audit())[0]).toEqual(before);
    const line = logged.mock.calls.find(([m]) => String(m).startsWith("publish attempt not audited"));
    logged.mockRestore();
    expect(JSON.parse(String(line![1]))).toMatchObject({ id: ID, version: "2028.4.0", outcome: "conflict", status: 409, label: "test-officer" });
  });
});
