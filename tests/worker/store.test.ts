/**
 * The store of published versions inside workerd (issue 12): rows that cannot be loaded are
 * left out and reported while the rest of the service answers; D1 failing takes nothing down
 * that the bundled versions can answer; one spelling per version number, enforced by the
 * database, on a database that held rows before migration 0002.
 */
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { unreachableD1 } from "../support/failing-d1.js";
import { OFFICERS } from "../support/officers.js";
import { ID, staff, testApp } from "../support/review.js";

const app = testApp("2025-12-31"); // the versions below take effect in 2026 and later
const TOKEN = OFFICERS.legacy.token;
const latest = BUNDLED_FILES.at(-1) as Record<string, unknown>;
const next = (version: string, effectiveFrom: string) => ({ ...latest, version, effectiveFrom, changelog: [{ "zh-CN": "测试版本", en: "test version" }] });
type Bindings = typeof env;

const put = (version: string, body: unknown, bindings: Bindings = env) =>
  app.request(`/v1/rulesets/${ID}/versions/${version}`, {
    method: "PUT", headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body),
  }, bindings);
/** Reviews `body` (draft, proposal, approval) and publishes it with `PUT …/versions/{v}`. */
const publish = async (version: string, body: Record<string, unknown>, bindings: Bindings = env) => {
  await staff((path, init) => app.request(path, init, bindings)).approve(body);
  return put(version, body, bindings);
};
const get = (path: string, bindings: Bindings = env) => app.request(path, {}, bindings);
const match = (body: unknown, bindings: Bindings = env) =>
  app.request("/v1/match?explain=none", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }, bindings);

/** Writes a row straight into D1, as a hand edit or an old deploy might have left it. */
const insertRow = (db: D1Database, version: string, body: string, { seq, effectiveFrom = "2026-06-01", id = ID }: { seq?: number; effectiveFrom?: string; id?: string } = {}) =>
  db.prepare("INSERT INTO ruleset_versions (seq, ruleset_id, version, effective_from, hash, body, published_at, published_by) VALUES (?, ?, ?, ?, 'sha256:x', ?, '2026-01-01T00:00:00Z', 'by-hand')")
    .bind(seq ?? null, id, version, effectiveFrom, body).run();

interface Problem { type: string; status: number; detail: string }
const problemOf = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  return (await res.json()) as Problem;
};

describe("a stored version that cannot be loaded", () => {
  afterEach(async () => {
    await env.DB.prepare("DELETE FROM ruleset_versions WHERE published_by = 'by-hand'").run();
  });

  it("is left out and reported, and the rest of the service answers as before", async () => {
    expect((await publish("2026.1.0", next("2026.1.0", "2026-01-01"))).status).toBe(201);
    await insertRow(env.DB, "2026.2.0", "{not json", { effectiveFrom: "2026-02-01" });
    await insertRow(env.DB, "2026.3.0", JSON.stringify({ ...next("2026.3.0", "2026-03-01"), measures: [] }), { effectiveFrom: "2026-03-01" });
    await insertRow(env.DB, "2026.4.0", JSON.stringify(next("2026.5.0", "2026-04-01")), { effectiveFrom: "2026-04-01" });

    const health = await get("/healthz");
    expect(health.status).toBe(200);
    const h = (await health.json()) as { status: string; unavailable: { id: string; version: string; effectiveFrom: string; reason: string }[] };
    expect(h.status).toBe("degraded");
    expect(h.unavailable.map((u) => [u.id, u.version, u.effectiveFrom])).toEqual([[ID, "2026.2.0", "2026-02-01"], [ID, "2026.3.0", "2026-03-01"], [ID, "2026.4.0", "2026-04-01"]]);
    expect(h.unavailable[0]!.reason).toMatch(/not valid JSON/);
    expect(h.unavailable[1]!.reason).toMatch(/fails the rule-set schema at \/measures/);
    expect(h.unavailable[2]!.reason).toMatch(/its stored text is baotou-rare-earth-hi-tech-zone 2026\.5\.0, its row says .* 2026\.4\.0/);

    const list = (await (await get("/v1/rulesets")).json()) as { rulesets: { versions: { version: string }[] }[]; unavailable: { version: string }[] };
    expect(list.rulesets[0]!.versions.map((v) => v.version)).toEqual(["2023.1.0", "2025.1.0", "2025.2.0", "2026.1.0"]);
    expect(list.unavailable.map((u) => u.version)).toEqual(["2026.2.0", "2026.3.0", "2026.4.0"]);

    // asOf resolution leaves them out: on 2026-06-01 the latest version that loads answers
    const byDate = await match({ profile: {}, asOf: "2026-06-01" });
    expect(byDate.status).toBe(200);
    expect(((await byDate.json()) as { ruleset: { version: string } }).ruleset.version).toBe("2026.1.0");
    // asked for by number: 503 naming the version and why
    const pinned = await problemOf(await match({ profile: {}, version: "2026.2.0" }), 503);
    expect(pinned.type).toBe("/problems/ruleset-unavailable");
    expect(pinned.detail).toMatch(/2026\.2\.0 is stored but cannot be loaded \(its stored text is not valid JSON.*pin another version/);
    expect((await problemOf(await get(`/v1/rulesets/${ID}/versions/2026.3.0`), 503)).detail).toMatch(/2026\.3\.0 is stored but cannot be loaded/);
    await problemOf(await get(`/v1/rulesets/${ID}/diff?from=2026.1.0&to=2026.4.0`), 503);
    const batch = await app.request("/v1/match/batch", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profiles: [{}], version: "2026.4.0" }) }, env);
    await problemOf(batch, 503);

    // the form, validation and publishing a fix all work; the unloadable number is not reused
    const form = await app.request("/match", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" }, body: "asOf=2026-06-01" }, env);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('data-ruleset-version="2026.1.0"');
    expect((await app.request("/v1/rulesets/validate", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(next("2026.6.0", "2026-06-15")) }, env)).status).toBe(200);
    expect((await publish("2026.6.0", next("2026.6.0", "2026-06-15"))).status).toBe(201);
    const reused = await problemOf(await put("2026.2.0", next("2026.2.0", "2026-02-01")), 409);
    expect(reused.detail).toMatch(/stored already, though it cannot be loaded \(its stored text is not valid JSON/);
    expect(((await (await match({ profile: {}, asOf: "2026-06-30" })).json()) as { ruleset: { version: string } }).ruleset.version).toBe("2026.6.0");
  });

  it("is no longer reported once an operator removes its row", async () => {
    await insertRow(env.DB, "2026.7.0", "[]");
    expect(((await (await get("/healthz")).json()) as { status: string }).status).toBe("degraded");
    await env.DB.prepare("DELETE FROM ruleset_versions WHERE version = '2026.7.0'").run();
    expect(await (await get("/healthz")).json()).toEqual({ status: "ok" });
  });

  it("a condition nested deeper than the schema can recurse, or a text that is not an object, is reported like any other", async () => {
    const deep = 50_000;
    const ruleset = next("2026.8.0", "2026-06-01") as unknown as { measures: Record<string, unknown>[] };
    const text = JSON.stringify({ ...ruleset, measures: [{ ...ruleset.measures[0], conditions: "DEEP" }] })
      .replace('"DEEP"', '{"all":['.repeat(deep) + '{"fact":"employees","operator":"greaterThan","value":1}' + "]}".repeat(deep));
    await insertRow(env.DB, "2026.8.0", text);
    await insertRow(env.DB, "2026.9.0", "null");
    const h = (await (await get("/healthz")).json()) as { unavailable: { version: string; reason: string }[] };
    expect(h.unavailable.map((u) => u.version)).toEqual(["2026.8.0", "2026.9.0"]);
    expect(h.unavailable[0]!.reason).toMatch(/^its stored text (cannot be read|fails the rule-set schema)/);
    expect(h.unavailable[1]!.reason).toMatch(/^its stored text fails the rule-set schema at \/: /);
    expect((await match({ profile: {}, asOf: "2025-06-30" })).status).toBe(200);
  });
});

describe("when D1 itself fails", () => {
  const down = { ...env, DB: unreachableD1() };

  it("the bundled versions answer; /healthz says the store is unreachable; a version only the store could have is a 503, not a 404", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const h = await get("/healthz", down);
    expect(h.status).toBe(200);
    expect(await h.json()).toMatchObject({ status: "degraded", store: "unreachable" });
    const res = await match({ profile: {}, asOf: "2025-06-30" }, down);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ruleset: { version: string } }).ruleset.version).toBe("2025.2.0");
    expect((await match({ profile: {}, version: "2025.1.0" }, down)).status).toBe(200);
    const unknownRes = await match({ profile: {}, version: "2099.1.0" }, down);
    expect(unknownRes.headers.get("Retry-After")).toBe("60");
    const unknown = await problemOf(unknownRes, 503);
    expect(unknown.type).toBe("/problems/store-unavailable");
    expect(((await (await get("/v1/rulesets", down)).json()) as { store: string }).store).toBe("unreachable");
    expect((await app.request("/match", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" }, body: "asOf=2025-06-30" }, down)).status).toBe(200);
    // publishing cannot work: 503, nothing stored, and the attempt logged since it cannot be audited
    const pub = await problemOf(await put("2027.1.0", next("2027.1.0", "2027-01-01"), down), 503);
    expect(pub.detail).toMatch(/nothing was published/);
    expect(logged.mock.calls.some(([m]) => String(m).startsWith("publish attempt not audited"))).toBe(true);
    logged.mockRestore();
    // and once D1 answers again, so does the service
    expect(await (await get("/healthz")).json()).toEqual({ status: "ok" });
  });
});

describe("one spelling per version number", () => {
  it("a version with a leading zero is refused, naming its one spelling, in the path and in the body", async () => {
    const path = await problemOf(await put("2041.07.0", next("2041.07.0", "2041-07-01")), 400);
    expect(JSON.stringify(path)).toContain('version \\"2041.07.0\\" has a leading zero: write it 2041.7.0');
    const body = await problemOf(await put("2041.7.0", next("2041.07.0", "2041-07-01")), 422);
    expect(JSON.stringify(body)).toMatch(/\/version/);
    const pinned = await problemOf(await match({ profile: {}, version: "2025.02.0" }), 400);
    expect(JSON.stringify(pinned)).toContain("write it 2025.2.0");
  });

  it("publishing 2041.7.0 and 2041.07.0 at once stores exactly one", async () => {
    await staff((path, init) => app.request(path, init, env)).approve(next("2041.7.0", "2041-07-01"));
    const statuses = (await Promise.all([put("2041.7.0", next("2041.7.0", "2041-07-01")), put("2041.07.0", next("2041.07.0", "2041-07-01"))])).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const { n } = (await env.DB.prepare("SELECT COUNT(*) AS n FROM ruleset_versions WHERE version IN ('2041.7.0', '2041.07.0')").first<{ n: number }>())!;
    expect(n).toBe(1);
  });

  it("the database itself stores no second spelling of a number, even when both inserts race", async () => {
    const body = JSON.stringify(next("2042.1.0", "2042-01-01"));
    const results = await Promise.allSettled([insertRow(env.DB, "2042.1.0", body), insertRow(env.DB, "2042.01.0", body), insertRow(env.DB, "2042.1.00", body)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected"]);
    await expect(insertRow(env.DB, "2042.001.0", body)).rejects.toThrow(/UNIQUE constraint failed|one spelling/);
    await env.DB.prepare("DELETE FROM ruleset_versions WHERE published_by = 'by-hand'").run();
  });
});

describe("migration 0002 on a database that already holds rows", () => {
  const db = env.MIGRATION_DB;
  const bindings = { ...env, DB: db };

  it("keeps every row, reports a version stored with a leading zero like a bad row, and enforces one spelling from then on", async () => {
    const [first, ...rest] = env.TEST_MIGRATIONS;
    expect(first!.name).toMatch(/^0001_/);
    await applyD1Migrations(db, [first!]);
    // rows as the service before 0002 could store them: 2041.7.0 and 2041.07.0 both (seq far from env.DB's)
    await insertRow(db, "2041.7.0", JSON.stringify(next("2041.7.0", "2041-07-01")), { seq: 9001, effectiveFrom: "2041-07-01" });
    await insertRow(db, "2041.07.0", JSON.stringify(next("2041.07.0", "2041-07-02")), { seq: 9002, effectiveFrom: "2041-07-02" });
    await insertRow(db, "2041.08.0", JSON.stringify(next("2041.08.0", "2041-08-01")), { seq: 9003, effectiveFrom: "2041-08-01" });
    await db.prepare("INSERT INTO publish_audit (at, label, ruleset_id, version, hash, outcome) VALUES ('2026-01-01T00:00:00Z', 'x', ?, '2041.7.0', NULL, 'created')").bind(ID).run();

    await applyD1Migrations(db, [first!, ...rest]);
    const rows = (await db.prepare("SELECT version, number FROM ruleset_versions ORDER BY seq").all<{ version: string; number: string }>()).results;
    expect(rows).toEqual([{ version: "2041.7.0", number: "2041.7.0" }, { version: "2041.07.0", number: "2041.7.0" }, { version: "2041.08.0", number: "2041.8.0" }]);
    expect((await db.prepare("SELECT outcome, status FROM publish_audit").all()).results).toEqual([{ outcome: "created", status: null }]);

    const h = (await (await get("/healthz", bindings)).json()) as { status: string; unavailable: { version: string; reason: string }[] };
    expect(h.status).toBe("degraded");
    expect(h.unavailable.map((u) => u.version)).toEqual(["2041.07.0", "2041.08.0"]);
    expect(h.unavailable[0]!.reason).toMatch(/write it 2041\.7\.0/);
    expect((await match({ profile: {}, version: "2041.7.0" }, bindings)).status).toBe(200);
    // 2041.8.0's number is taken by the unloadable 2041.08.0: a new number is needed
    expect((await problemOf(await publish("2041.8.0", next("2041.8.0", "2041-08-01"), bindings), 409)).detail).toMatch(/2041\.08\.0 is stored already, though it cannot be loaded/);
    await expect(insertRow(db, "2041.8.0", "{}")).rejects.toThrow(/UNIQUE constraint failed/);
    await expect(insertRow(db, "2041.09.0", "{}")).rejects.toThrow(/one spelling/);
    expect((await publish("2041.9.0", next("2041.9.0", "2041-09-01"), bindings)).status).toBe(201);
  });
});
