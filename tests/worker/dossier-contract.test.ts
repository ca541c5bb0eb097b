/**
 * The dossier routes' contract inside workerd: for every dossier route and every status its
 * OpenAPI description lists, a request that produces it; every success answer validates
 * against the documented schema. (tests/worker/contract.test.ts does the same for the others.)
 */
import { env } from "cloudflare:workers";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";
import { addNotice } from "../support/jobs.js";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
const doc = (await (await app.request("/openapi.json", {}, env)).json()) as Doc;
const documented = Object.entries(doc.paths).filter(([p]) => /^(\/v1\/dossiers|\/\.well-known\/)/.test(p))
  .flatMap(([p, ops]) => Object.entries(ops).flatMap(([m, op]) => Object.keys(op.responses).map((s) => [`${m} ${p}`, s] as const)));

const { creditCode: _, ...profile } = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const d = { code: freshCode(), token: "", decision: "", support: 0, bare: freshCode(), bareToken: "" };
const big = { profile: { name: "x".repeat(70_000) } };
const text = async (path: string, token: string) => app.request(path, { method: "POST", headers: { "Content-Type": "text/plain", Authorization: `Bearer ${token}` }, body: "{}" }, env);
const noKey = { RECEIPT_SIGNING_KEY: undefined }, badKey = { RECEIPT_SIGNING_KEY: "not a key" };

beforeAll(async () => {
  d.token = await createDossier(d.code, profile);
  const made = (await (await call("POST", `/v1/dossiers/${d.code}/match`, { token: d.token, body: { asOf: "2025-06-30" }, bindings: noKey })).json()) as { decision: { decisionId: string } };
  d.decision = encodeURIComponent(made.decision.decisionId);
  d.bareToken = await createDossier(d.bare);
});

const at = (rest = "", code = d.code) => `/v1/dossiers/${code}${rest}`;
const bad = "91150200MA0N3K7R4X"; // check character wrong
const HOOK = "https://hooks.firm.example/policy-match";

/** For every dossier route and every status it documents: a request that produces it. */
const CASES: Record<string, Record<string, () => Promise<Response>>> = {
  "post /v1/dossiers": {
    201: () => call("POST", "/v1/dossiers", { body: { creditCode: freshCode(), profile } }),
    400: () => call("POST", "/v1/dossiers", { body: { creditCode: bad } }),
    409: () => call("POST", "/v1/dossiers", { body: { creditCode: d.code } }),
    413: () => call("POST", "/v1/dossiers", { body: { creditCode: freshCode(), ...big } }),
    415: async () => app.request("/v1/dossiers", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }, env),
  },
  "get /v1/dossiers": {
    200: () => call("GET", "/v1/dossiers?limit=5", { token: STAFF }), 400: () => call("GET", "/v1/dossiers?limit=500", { token: STAFF }),
    401: () => call("GET", "/v1/dossiers"), 403: () => call("GET", "/v1/dossiers", { token: d.token }),
  },
  "get /v1/dossiers/{creditCode}": { 200: () => call("GET", at(), { token: d.token }) },
  "delete /v1/dossiers/{creditCode}": { 200: async () => { const c = freshCode(); return call("DELETE", at("", c), { token: await createDossier(c) }); } },
  "get /v1/dossiers/{creditCode}/versions": { 200: () => call("GET", at("/versions"), { token: d.token }) },
  "post /v1/dossiers/{creditCode}/versions": {
    201: () => call("POST", at("/versions"), { token: d.token, body: { profile } }), 400: () => call("POST", at("/versions"), { token: d.token, body: { profile: { employees: -1 } } }),
    413: () => call("POST", at("/versions"), { token: d.token, body: big }), 415: () => text(at("/versions"), d.token),
  },
  "get /v1/dossiers/{creditCode}/versions/{version}": { 200: () => call("GET", at("/versions/1"), { token: d.token }), 404: () => call("GET", at("/versions/99"), { token: d.token }) },
  "post /v1/dossiers/{creditCode}/match": {
    201: () => call("POST", at("/match"), { token: d.token, body: { asOf: "2025-06-30" } }), 400: () => call("POST", at("/match"), { token: d.token, body: { asOf: "2024-06-30" } }), // the 2024 accounts are not closed then
    404: () => call("POST", at("/match"), { token: d.token, body: { version: "2099.1.0" } }), 409: () => call("POST", at("/match", d.bare), { token: d.bareToken, body: {} }),
    413: () => call("POST", at("/match"), { token: d.token, body: big }), 415: () => text(at("/match"), d.token),
    503: () => call("POST", at("/match"), { token: d.token, body: {}, bindings: badKey }),
  },
  "get /v1/dossiers/{creditCode}/decisions": { 200: () => call("GET", at("/decisions"), { token: d.token }) },
  "get /v1/dossiers/{creditCode}/decisions/{decisionId}": { 200: () => call("GET", at(`/decisions/${d.decision}`), { token: d.token }), 404: () => call("GET", at("/decisions/sha256:0"), { token: d.token }) },
  "get /v1/dossiers/{creditCode}/receipts": { 200: () => call("GET", at("/receipts"), { token: d.token }) },
  "get /v1/dossiers/{creditCode}/decisions/{decisionId}/receipt": {
    200: () => call("GET", at(`/decisions/${d.decision}/receipt`), { token: d.token }),
    503: async () => { // a decision made without a key, its receipt asked for without one
      const made = await call("POST", at("/match"), { token: d.token, body: { asOf: "2025-07-01" }, bindings: noKey });
      const id = encodeURIComponent(((await made.json()) as { decision: { decisionId: string } }).decision.decisionId);
      return call("GET", at(`/decisions/${id}/receipt`), { token: d.token, bindings: noKey });
    },
    404: () => call("GET", at("/decisions/sha256:0/receipt"), { token: d.token }),
  },
  "get /v1/dossiers/{creditCode}/support": { 200: () => call("GET", at("/support"), { token: d.token }) },
  "post /v1/dossiers/{creditCode}/support": {
    201: () => call("POST", at("/support"), { token: d.token, body: { measureId: "rd-post-subsidy", status: "granted", amount: 1, date: "2025-01-01", fiscalYear: 2024 } }),
    400: () => call("POST", at("/support"), { token: d.token, body: { measureId: "rd-post-subsidy", status: "promised", date: "2025-01-01" } }),
    413: () => call("POST", at("/support"), { token: d.token, body: big }), 415: () => text(at("/support"), d.token),
  },
  "delete /v1/dossiers/{creditCode}/support/{id}": {
    204: async () => {
      const made = await call("POST", at("/support"), { token: d.token, body: { measureId: "talent-loan", status: "applied", date: "2025-01-01" } });
      return call("DELETE", at(`/support/${((await made.json()) as { id: number }).id}`), { token: d.token });
    },
    400: () => call("DELETE", at("/support/first"), { token: d.token }),
    404: () => call("DELETE", at("/support/999999"), { token: d.token }),
  },
  "get /v1/dossiers/{creditCode}/notices": { 200: () => call("GET", at("/notices?open=true"), { token: d.token }) },
  "post /v1/dossiers/{creditCode}/notices/{id}/acknowledge": { 200: async () => call("POST", at(`/notices/${await addNotice(d.code)}/acknowledge`), { token: d.token }) },
  "put /v1/dossiers/{creditCode}/webhook": {
    201: async () => { const c = freshCode(); return call("PUT", at("/webhook", c), { token: await createDossier(c), body: { url: HOOK } }); },
    200: async () => { await call("PUT", at("/webhook"), { token: d.token, body: { url: HOOK } }); return call("PUT", at("/webhook"), { token: d.token, body: { url: HOOK } }); },
    413: () => call("PUT", at("/webhook"), { token: d.token, body: { url: `${HOOK}?${"x".repeat(70_000)}` } }),
    415: async () => app.request(at("/webhook"), { method: "PUT", headers: { "Content-Type": "text/plain", Authorization: `Bearer ${d.token}` }, body: "{}" }, env),
  },
  "get /v1/dossiers/{creditCode}/webhook": { 200: () => call("GET", at("/webhook"), { token: d.token }) },
  "delete /v1/dossiers/{creditCode}/webhook": { 204: async () => { await call("PUT", at("/webhook"), { token: d.token, body: { url: HOOK } }); return call("DELETE", at("/webhook"), { token: d.token }); } },
  "post /v1/dossiers/{creditCode}/token": { 200: async () => { const c = freshCode(); return call("POST", at("/token", c), { token: await createDossier(c) }); } },
  "get /v1/dossiers/{creditCode}/export": { 200: () => call("GET", at("/export"), { token: d.token }) },
  "get /.well-known/policy-match/receipt-keys.json": { 200: () => call("GET", "/.well-known/policy-match/receipt-keys.json"), 503: () => call("GET", "/.well-known/policy-match/receipt-keys.json", { bindings: badKey }) },
};

/** The access refusals every route on one dossier documents: no token, a bad credit code, a token that opens nothing. */
const refusal = (route: string, status: string): (() => Promise<Response>) | undefined => {
  const [method, template] = route.split(" ") as [string, string];
  if (!template.startsWith("/v1/dossiers/{creditCode}")) return undefined;
  const path = (code: string) => template.replace("{creditCode}", code).replace("{version}", "1").replace("{decisionId}", d.decision).replace("{id}", "1");
  if (status === "401") return () => call(method.toUpperCase(), path(d.code));
  if (status === "400") return () => call(method.toUpperCase(), path(bad), { token: d.token });
  if (status === "404") return () => call(method.toUpperCase(), path(d.code), { token: "pmd_wrong" });
  return undefined;
};

// ajv compiles the success schemas to functions (the workers pool allows it in tests), once, before the requests
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
ajv.addSchema({ ...doc, $id: "openapi.json" });
const schemas = new Map<string, ReturnType<typeof ajv.getSchema>>();
beforeAll(() => {
  for (const [route, status] of documented) {
    const [method, path] = route.split(" ") as [string, string];
    if (!status.startsWith("2") || !doc.paths[path]![method]!.responses[status]!.content?.["application/json"]) continue;
    const ptr = ["paths", path, method, "responses", status, "content", "application/json", "schema"].map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
    schemas.set(`${route} ${status}`, ajv.getSchema(`openapi.json#/${ptr}`));
  }
}, 60_000);

describe("every documented status of the dossier routes is produced", () => {
  it("the table covers every documented route and status", () => {
    expect(documented.length).toBeGreaterThan(60);
    for (const [route, status] of documented) expect(CASES[route]?.[status] ?? refusal(route, status), `${route} → ${status}`).toBeDefined();
  });

  it.each(documented)("%s → %s", async (route, status) => {
    const res = await (CASES[route]?.[status] ?? refusal(route, status))!();
    expect(res.status, await res.clone().text()).toBe(Number(status));
    if (res.status >= 400) expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const check = schemas.get(`${route} ${status}`);
    if (res.status < 300 && check) expect(check(await res.json()) ? [] : check.errors, `${route} ${status}`).toEqual([]);
  });
});
