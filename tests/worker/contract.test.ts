/**
 * The contract as integrators meet it, inside workerd: a client generated from /openapi.json
 * (openapi-typescript types + openapi-fetch) calls /v1/match and /v1/match/batch and
 * type-checks; every status the document lists for a route is produced by a request below.
 */
import { env } from "cloudflare:workers";
import createClient from "openapi-fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import type { paths } from "../support/api.js";
import { unreachableD1 } from "../support/failing-d1.js";
import { PROFILES } from "../support/cases.js";
import { draftBody, rulesetOf, staff, testApp } from "../support/review.js";
import { consume, depsWith, recordingQueue } from "../support/jobs.js";
import { OFFICERS } from "../support/officers.js";

const app = testApp();

const client = createClient<paths>({ baseUrl: "http://policy-match.test", fetch: async (req: Request) => app.request(req, undefined, env) });
const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;

describe("a generated client", () => {
  it("calls /v1/match with typed request and answer", async () => {
    const { data, error, response } = await client.POST("/v1/match", { body: { profile: magnet as never, asOf: "2025-06-30" }, params: { query: { explain: "brief" } } });
    expect(error).toBeUndefined();
    expect(response.headers.get("X-Request-Id")).toBeTruthy();
    const rd = data!.measures.find((m) => m.id === "rd-super-deduction")!;
    expect([rd.status, rd.amount?.value]).toEqual(["eligible", 625000]); // 2,500,000 × 100 % × 25 %
    expect(data!.ruleset.version).toBe("2025.2.0");
  });

  it("calls /v1/match?explain=none and tells the two answers apart by their explain field", async () => {
    const { data } = await client.POST("/v1/match", { body: { profile: magnet as never, asOf: "2025-06-30" }, params: { query: { explain: "none" } } });
    if (data!.explain !== "none") throw new Error("expected a MatchDecision");
    const rd = data!.measures.find((m) => m.id === "rd-super-deduction")!;
    expect([rd.status, rd.amount?.value, rd.amount?.kind]).toEqual(["eligible", 625000, "tax-saving"]);
    // @ts-expect-error a MatchDecision carries no condition trace (the type says so, the answer too)
    expect(rd.conditions).toBeUndefined();
  });

  it("calls /v1/match/batch: one entry per profile, in order; a bad profile gets its problem", async () => {
    const { data } = await client.POST("/v1/match/batch", { body: { profiles: [magnet, { employees: -1 }, magnet], asOf: "2025-06-30" } });
    const r = data!.results;
    expect(r.map((x) => [x.index, x.ok])).toEqual([[0, true], [1, false], [2, true]]);
    const bad = r[1]!;
    if (bad.ok) throw new Error("expected a problem");
    expect(bad.problem.errors).toEqual([{ pointer: "/profiles/1/employees", message: "number of people cannot be negative" }]);
    const good = r[0]!;
    if (!good.ok) throw new Error("expected a result");
    expect(good.result.measures.find((m) => m.id === "hnte-recognition")!.status).toBe("eligible");
  });

  it("a batch profile contradicting asOf gets its problem with a pointer into the batch", async () => {
    const { data } = await client.POST("/v1/match/batch", { body: { profiles: [{ registrationDate: "2026-01-01" }], asOf: "2025-06-30" } });
    const e = data!.results[0]!;
    expect(e.ok ? null : e.problem.errors).toEqual([{ pointer: "/profiles/0/registrationDate", message: expect.stringMatching(/after the evaluation date/) }]);
  });
});

const TOKEN = "test-token-0123456789abcdef"; // an admin (a plain-string token)
const ID = "baotou-rare-earth-hi-tech-zone";
const auth = { Authorization: `Bearer ${TOKEN}` };
const wrong = { Authorization: "Bearer wrong" };
const s = staff((path, init) => app.request(path, init, env));
const D = (v: string, tail = "") => `/v1/rulesets/${ID}/drafts/${v}${tail}`;
/** Bindings without D1: the staff routes answer 503. */
const noDb = { env: { ...env, DB: undefined } as unknown as typeof env };
let register = "r-00000000";
/** An asynchronous screening done, and one still running (nothing consumes the tests' queue). */
const screenings = { done: "", running: "" };

/** The drafts and versions the table below acts on, each in the state its request needs. */
beforeAll(async () => {
  await s.approve({ ...latest, version: "2030.1.0", effectiveFrom: "2030-01-01" }); // what the PUT below publishes
  for (const v of ["2030.3.0", "2030.9.0", "2030.12.0", "2030.16.0"]) await s.to("draft", v, `2030-0${1 + (Number(v.split(".")[1]) % 9)}-15`);
  for (const v of ["2030.13.0", "2030.15.0", "2030.17.0", "2030.18.0", "2030.19.0"]) await s.to("proposed", v, "2030-02-15");
  await s.to("approved", "2030.20.0", "2030-03-15");
  for (const v of ["2030.11.0", "2030.24.0"]) await s.to("published", v, `2030-04-${v === "2030.11.0" ? 10 : 20}`);
  await s.call("admin", "POST", `/v1/rulesets/${ID}/versions/2030.24.0/withdrawal`, { reason: "test" });
  await s.save("author", "2030.14.0", { ruleset: rulesetOf("2030.14.0", "2030-05-15") }); // no case: does not pass
  // approved, then made unreachable by a higher number published for the same day: publishing it fails lint
  await s.to("approved", "2030.21.0", "2030-06-15");
  await s.to("published", "2030.22.0", "2030-06-15");
  await s.save("author", "2030.23.0", { ruleset: { id: ID, version: "2030.23.0" } }); // does not load
  const r = await app.request("/v1/registers?name=a.jsonl", { method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" }, env);
  register = ((await r.json()) as { id: string }).id;
  const screen = async (JOBS: Queue) => (await (await app.request("/v1/screenings?asOf=2026-06-30", { method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" }, { ...env, JOBS })).json()) as { id: string };
  const { queue, sent } = recordingQueue();
  screenings.done = (await screen(queue)).id;
  await consume(await depsWith([], "2026-06-30"), sent.map((m) => m.body));
  screenings.running = (await screen(env.JOBS)).id;
}, 60_000);
const latest = BUNDLED_FILES.at(-1) as Record<string, unknown>;
const json = (body: unknown, headers: Record<string, string> = {}) => ({ headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const big = JSON.stringify({ pad: "x".repeat(1024 * 1024) });

/** The bindings of a request made while D1 cannot be reached. */
const noStore = { env: { ...env, DB: unreachableD1() } };

/** For every route and every status its documentation lists: a request that produces it (with `env` when given). */
const CASES: Record<string, Record<string, RequestInit & { path?: string; env?: typeof env }>> = {
  "get /healthz": { 200: {} },
  "get /v1/rulesets": { 200: {} },
  "post /v1/match": {
    200: json({ profile: {} }), 400: json("{"), 404: json({ profile: {}, version: "2099.1.0" }),
    413: json({ profile: { name: "x".repeat(70_000) } }), 415: { headers: { "Content-Type": "text/plain" }, body: "{}" },
    503: { ...json({ profile: {}, version: "2099.1.0" }), ...noStore },
  },
  "post /v1/match/batch": {
    200: json({ profiles: [{}] }), 400: json({ profiles: [{}], asOf: "yesterday" }), 404: json({ profiles: [{}], version: "2099.1.0" }),
    413: json({ profiles: Array.from({ length: 101 }, () => ({})) }), 415: { headers: { "Content-Type": "text/plain" }, body: "{}" },
    503: { ...json({ profiles: [{}], version: "2099.1.0" }), ...noStore },
  },
  "post /v1/rulesets/validate": { 200: json(latest), 400: json("{"), 413: json(big) },
  "get /v1/rulesets/{id}/versions/{version}": {
    200: { path: `/v1/rulesets/${ID}/versions/2025.1.0` }, 400: { path: `/v1/rulesets/${ID}/versions/latest` }, 404: { path: `/v1/rulesets/${ID}/versions/2099.1.0` },
    503: { path: `/v1/rulesets/${ID}/versions/2099.1.0`, ...noStore },
  },
  "put /v1/rulesets/{id}/versions/{version}": {
    201: { path: `/v1/rulesets/${ID}/versions/2030.1.0`, ...json({ ...latest, version: "2030.1.0", effectiveFrom: "2030-01-01" }, { Authorization: `Bearer ${TOKEN}` }) },
    400: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json("{", { Authorization: `Bearer ${TOKEN}` }) },
    401: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json(latest) },
    403: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json(latest, { Authorization: "Bearer wrong" }) },
    409: { path: `/v1/rulesets/${ID}/versions/2025.2.0`, ...json(latest, { Authorization: `Bearer ${TOKEN}` }) },
    413: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json(big, { Authorization: `Bearer ${TOKEN}` }) },
    415: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json("{}", { Authorization: `Bearer ${TOKEN}`, "Content-Type": "text/plain" }) },
    503: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json({ ...latest, version: "2030.2.0" }, { Authorization: `Bearer ${TOKEN}` }), ...noStore },
    422: { path: `/v1/rulesets/${ID}/versions/2030.2.0`, ...json({ ...latest, version: "2030.3.0" }, { Authorization: `Bearer ${TOKEN}` }) },
  },
  "get /v1/rulesets/{id}/drafts": {
    200: { path: `/v1/rulesets/${ID}/drafts`, headers: auth }, 400: { path: "/v1/rulesets/Not_An_Id/drafts", headers: auth },
    401: { path: `/v1/rulesets/${ID}/drafts` }, 403: { path: `/v1/rulesets/${ID}/drafts`, headers: wrong }, 503: { path: `/v1/rulesets/${ID}/drafts`, headers: auth, ...noDb },
  },
  "get /v1/rulesets/{id}/drafts/{version}": {
    200: { path: D("2030.3.0"), headers: auth }, 400: { path: D("latest"), headers: auth }, 401: { path: D("2030.3.0") }, 403: { path: D("2030.3.0"), headers: wrong },
    404: { path: D("2099.9.0"), headers: auth }, 503: { path: D("2030.3.0"), headers: auth, ...noDb },
  },
  "put /v1/rulesets/{id}/drafts/{version}": {
    200: { path: D("2030.9.0"), ...json(draftBody("2030.9.0", "2030-08-01"), auth) }, 201: { path: D("2030.10.0"), ...json(draftBody("2030.10.0", "2030-08-02"), auth) },
    400: { path: D("2030.10.0"), ...json({ ruleset: {}, more: 1 }, auth) }, 401: { path: D("2030.10.0"), ...json(draftBody("2030.10.0", "2030-08-02")) },
    403: { path: D("2030.10.0"), ...json(draftBody("2030.10.0", "2030-08-02"), wrong) }, 409: { path: D("2030.11.0"), ...json(draftBody("2030.11.0", "2030-08-03"), auth) },
    413: { path: D("2030.10.0"), ...json(big, auth) }, 415: { path: D("2030.10.0"), ...json("{}", { ...auth, "Content-Type": "text/plain" }) },
    422: { path: D("2030.10.0"), ...json(draftBody("2030.99.0", "2030-08-02"), auth) }, 503: { path: D("2030.10.0"), ...json(draftBody("2030.10.0", "2030-08-02"), auth), ...noDb },
  },
  "post /v1/rulesets/{id}/drafts/{version}/propose": {
    200: { path: D("2030.12.0", "/propose"), headers: auth }, 400: { path: D("latest", "/propose"), headers: auth }, 401: { path: D("2030.12.0", "/propose") },
    403: { path: D("2030.12.0", "/propose"), headers: wrong }, 404: { path: D("2099.9.0", "/propose"), headers: auth }, 409: { path: D("2030.13.0", "/propose"), headers: auth },
    422: { path: D("2030.14.0", "/propose"), headers: auth }, 503: { path: D("2030.12.0", "/propose"), headers: auth, ...noDb },
  },
  "post /v1/rulesets/{id}/drafts/{version}/approve": {
    200: { path: D("2030.15.0", "/approve"), headers: auth }, 400: { path: D("latest", "/approve"), headers: auth }, 401: { path: D("2030.15.0", "/approve") },
    403: { path: D("2030.15.0", "/approve"), headers: wrong }, 404: { path: D("2099.9.0", "/approve"), headers: auth }, 409: { path: D("2030.16.0", "/approve"), headers: auth },
    503: { path: D("2030.15.0", "/approve"), headers: auth, ...noDb },
  },
  "post /v1/rulesets/{id}/drafts/{version}/reject": {
    200: { path: D("2030.17.0", "/reject"), ...json({ reason: "no source for the cap" }, auth) }, 400: { path: D("2030.18.0", "/reject"), ...json({}, auth) },
    401: { path: D("2030.17.0", "/reject"), ...json({ reason: "x" }) }, 403: { path: D("2030.17.0", "/reject"), ...json({ reason: "x" }, wrong) },
    404: { path: D("2099.9.0", "/reject"), ...json({ reason: "x" }, auth) }, 409: { path: D("2030.16.0", "/reject"), ...json({ reason: "x" }, auth) },
    503: { path: D("2030.17.0", "/reject"), ...json({ reason: "x" }, auth), ...noDb },
  },
  "post /v1/rulesets/{id}/drafts/{version}/withdraw-proposal": {
    200: { path: D("2030.19.0", "/withdraw-proposal"), headers: auth }, 400: { path: D("latest", "/withdraw-proposal"), headers: auth }, 401: { path: D("2030.19.0", "/withdraw-proposal") },
    403: { path: D("2030.19.0", "/withdraw-proposal"), headers: wrong }, 404: { path: D("2099.9.0", "/withdraw-proposal"), headers: auth },
    409: { path: D("2030.16.0", "/withdraw-proposal"), headers: auth }, 503: { path: D("2030.19.0", "/withdraw-proposal"), headers: auth, ...noDb },
  },
  "post /v1/rulesets/{id}/drafts/{version}/publish": {
    201: { path: D("2030.20.0", "/publish"), headers: auth }, 400: { path: D("latest", "/publish"), headers: auth }, 401: { path: D("2030.20.0", "/publish") },
    403: { path: D("2030.20.0", "/publish"), headers: wrong }, 404: { path: D("2099.9.0", "/publish"), headers: auth }, 409: { path: D("2030.16.0", "/publish"), headers: auth },
    422: { path: D("2030.21.0", "/publish"), headers: auth }, 503: { path: D("2030.20.0", "/publish"), headers: auth, ...noDb },
  },
  "get /v1/rulesets/{id}/drafts/{version}/analysis": {
    200: { path: D("2030.16.0", "/analysis"), headers: auth }, 400: { path: D("latest", "/analysis"), headers: auth }, 401: { path: D("2030.16.0", "/analysis") },
    403: { path: D("2030.16.0", "/analysis"), headers: wrong }, 404: { path: D("2099.9.0", "/analysis"), headers: auth }, 503: { path: D("2030.16.0", "/analysis"), headers: auth, ...noDb },
  },
  ...Object.fromEntries(["/impact", "/impact/firms.csv", "/impact/measures.csv"].map((tail) => [`get /v1/rulesets/{id}/drafts/{version}${tail}`, {
    200: { path: D("2030.16.0", `${tail}?count=20`), headers: auth }, 400: { path: D("2030.16.0", `${tail}?count=99999`), headers: auth }, 401: { path: D("2030.16.0", tail) },
    403: { path: D("2030.16.0", tail), headers: wrong }, 404: { path: D("2099.9.0", tail), headers: auth }, 422: { path: D("2030.23.0", tail), headers: auth },
    503: { path: D("2030.16.0", tail), headers: auth, ...noDb },
  }])),
  "post /v1/rulesets/{id}/versions/{version}/withdrawal": {
    201: { path: `/v1/rulesets/${ID}/versions/2030.11.0/withdrawal`, ...json({ reason: "superseded" }, auth) }, 400: { path: `/v1/rulesets/${ID}/versions/2030.11.0/withdrawal`, ...json({ reason: " " }, auth) },
    401: { path: `/v1/rulesets/${ID}/versions/2030.11.0/withdrawal`, ...json({ reason: "x" }) }, 403: { path: `/v1/rulesets/${ID}/versions/2030.11.0/withdrawal`, ...json({ reason: "x" }, wrong) },
    404: { path: `/v1/rulesets/${ID}/versions/2099.9.0/withdrawal`, ...json({ reason: "x" }, auth) }, 409: { path: `/v1/rulesets/${ID}/versions/2030.24.0/withdrawal`, ...json({ reason: "x" }, auth) },
    503: { path: `/v1/rulesets/${ID}/versions/2030.11.0/withdrawal`, ...json({ reason: "x" }, auth), ...noDb },
  },
  "get /v1/audit": { 200: { path: "/v1/audit?outcome=created", headers: auth }, 400: { path: "/v1/audit?from=yesterday", headers: auth }, 401: { path: "/v1/audit" }, 403: { path: "/v1/audit", headers: wrong }, 503: { path: "/v1/audit", headers: auth, ...noDb } },
  "get /v1/registers": { 200: { path: "/v1/registers", headers: auth }, 401: {}, 403: { headers: wrong }, 503: { headers: auth, ...noDb } },
  "post /v1/registers": {
    201: { path: "/v1/registers?name=b.jsonl", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" }, 400: { path: "/v1/registers", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" },
    401: { path: "/v1/registers?name=b.jsonl", headers: { "Content-Type": "application/x-ndjson" }, body: "{}\n" }, 403: { path: "/v1/registers?name=b.jsonl", headers: { ...wrong, "Content-Type": "application/x-ndjson" }, body: "{}\n" },
    413: { path: "/v1/registers?name=b.jsonl", headers: { ...auth, "Content-Type": "application/x-ndjson", "Content-Length": String(17 * 1024 * 1024) }, body: "{}\n" },
    415: { path: "/v1/registers?name=b.txt", headers: { ...auth, "Content-Type": "text/plain" }, body: "{}\n" }, 422: { path: "/v1/registers?name=b.csv", headers: { ...auth, "Content-Type": "text/csv" }, body: "revenu\n1\n" },
    503: { path: "/v1/registers?name=b.jsonl", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n", ...noDb },
  },
  "delete /v1/registers/{rid}": {
    204: { path: "/v1/registers/{register}", headers: auth }, 400: { path: "/v1/registers/nope", headers: auth }, 401: { path: "/v1/registers/r-00000000" },
    403: { path: "/v1/registers/r-00000000", headers: wrong }, 404: { path: "/v1/registers/r-00000000", headers: auth }, 503: { path: "/v1/registers/r-00000000", headers: auth, ...noDb },
  },
  "get /v1/worklist": {
    200: { headers: auth }, 400: { path: "/v1/worklist?within=0", headers: auth }, 401: {},
    403: { headers: { Authorization: `Bearer ${OFFICERS.author.token}` } }, 503: { headers: auth, ...noDb },
  },
  "post /v1/screenings": {
    202: { path: "/v1/screenings?asOf=2026-06-30", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" },
    400: { path: "/v1/screenings?asOf=2026-13-01", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" },
    401: { headers: { "Content-Type": "application/x-ndjson" }, body: "{}\n" }, 403: { headers: { ...wrong, "Content-Type": "application/x-ndjson" }, body: "{}\n" },
    404: { path: "/v1/screenings?version=2099.1.0", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n" },
    413: { headers: { ...auth, "Content-Type": "application/x-ndjson", "Content-Length": String(17 * 1024 * 1024) }, body: "{}\n" },
    415: { headers: { ...auth, "Content-Type": "text/plain" }, body: "{}\n" }, 422: { headers: { ...auth, "Content-Type": "text/csv" }, body: "revenu\n1\n" },
    503: { headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: "{}\n", ...noDb },
  },
  "get /v1/screenings/{id}": {
    200: { path: "/v1/screenings/{done}", headers: auth }, 400: { path: "/v1/screenings/nope", headers: auth }, 401: { path: "/v1/screenings/{done}" },
    403: { path: "/v1/screenings/{done}", headers: wrong }, 404: { path: `/v1/screenings/scr_${"0".repeat(32)}`, headers: auth }, 503: { path: "/v1/screenings/{done}", headers: auth, ...noDb },
  },
  "get /v1/screenings/{id}/files/{name}": {
    200: { path: "/v1/screenings/{done}/files/records.csv", headers: auth }, 400: { path: "/v1/screenings/{done}/files/x.txt", headers: auth },
    401: { path: "/v1/screenings/{done}/files/records.csv" }, 403: { path: "/v1/screenings/{done}/files/records.csv", headers: wrong },
    404: { path: `/v1/screenings/scr_${"0".repeat(32)}/files/records.csv`, headers: auth }, 409: { path: "/v1/screenings/{running}/files/records.csv", headers: auth },
    503: { path: "/v1/screenings/{done}/files/records.csv", headers: auth, ...noDb },
  },
  "get /v1/rulesets/{id}/diff": {
    200: { path: `/v1/rulesets/${ID}/diff?from=2025.1.0&to=2025.2.0` }, 400: { path: `/v1/rulesets/${ID}/diff?from=2025.1.0` },
    404: { path: `/v1/rulesets/${ID}/diff?from=2025.1.0&to=2099.1.0` },
    503: { path: `/v1/rulesets/${ID}/diff?from=2025.1.0&to=2099.1.0`, ...noStore },
  },
};

/** Routes whose statuses need a dossier first: tests/worker/dossier-contract.test.ts produces them. */
const ELSEWHERE = /^(\/v1\/dossiers|\/\.well-known\/)/;

describe("every documented status is produced", async () => {
  const doc = (await (await app.request("/openapi.json", {}, env)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  const documented = Object.entries(doc.paths).filter(([p]) => !ELSEWHERE.test(p))
    .flatMap(([p, ops]) => Object.entries(ops).flatMap(([m, op]) => Object.keys(op.responses).map((s) => [`${m} ${p}`, s] as const)));

  it("the table covers every documented route and status", () => {
    for (const [route, status] of documented) expect(CASES[route]?.[status], `${route} → ${status}`).toBeDefined();
  });

  it.each(documented)("%s → %s", async (route, status) => {
    const [method, path] = route.split(" ") as [string, string];
    const { path: concrete, env: bindings = env, ...init } = CASES[route]![status]!;
    const res = await app.request((concrete ?? path).replace("{register}", register).replace("{done}", screenings.done).replace("{running}", screenings.running), { method: method.toUpperCase(), ...init }, bindings);
    expect(res.status).toBe(Number(status));
    if (res.status >= 400) expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

describe("CORS", () => {
  it("answers the preflight of an allowed origin (wrangler.toml CORS_ORIGINS) and not of others", async () => {
    const pre = (origin: string) => app.request("/v1/match", { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } }, env);
    const ok = await pre("http://localhost:5173");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
    expect(ok.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    const evil = await pre("https://evil.example");
    expect(evil.status).toBe(403);
    expect(evil.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect((await evil.json() as { detail: string }).detail).toMatch(/https:\/\/evil\.example.*CORS_ORIGINS/);
    const real = await app.request("/v1/rulesets", { headers: { Origin: "http://localhost:5173" } }, env);
    expect(real.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
    expect(real.headers.get("Access-Control-Expose-Headers")).toContain("X-Request-Id");
    expect(real.headers.get("Vary")).toContain("Origin");
  });

  it("a call from an origin not allowed gets no CORS headers at all, and Vary: Origin", async () => {
    const res = await app.request("/v1/rulesets", { headers: { Origin: "https://evil.example" } }, env);
    expect(res.status).toBe(200);
    expect([...res.headers.keys()].filter((k) => k.startsWith("access-control-"))).toEqual([]);
    expect(res.headers.get("Vary")).toBe("Origin");
  });

  it("a call without Origin (server to server) gets no CORS headers, but Vary: Origin for caches", async () => {
    for (const res of [
      await app.request("/v1/rulesets", {}, env),
      await app.request("/v1/match?explain=none", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile: magnet, asOf: "2025-06-30" }) }, env),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(res.headers.get("Access-Control-Expose-Headers")).toBeNull();
      expect(res.headers.get("Vary")).toBe("Origin");
    }
  });
});

describe("GET /docs", () => {
  it("renders the reference offline under a strict CSP, with every route", async () => {
    const res = await app.request("/docs", {}, env);
    expect(res.headers.get("Content-Security-Policy")).toMatch(/default-src 'none'/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!policy-match)[a-z]/i);
    for (const p of ["/v1/match", "/v1/match/batch", "/v1/rulesets/{id}/versions/{version}"]) expect(html).toContain(p);
    expect((await app.request("/docs.css", {}, env)).headers.get("Content-Type")).toMatch(/text\/css/);
  });
});
