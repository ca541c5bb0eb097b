/**
 * No one but a dossier's firm and staff reads it (issue 15): every dossier route, as the
 * OpenAPI document lists them, tried with no credentials (401), a wrong token, another
 * dossier's token, a rotated-out token, an unknown credit code and a deleted dossier's token
 * (all the same 404, whether the dossier exists or not), and staff whose role is the rule sets'
 * (author, reviewer: the same 404) — never a byte of the dossier's data. The concierge and the
 * admin are admitted.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";
import { addNotice } from "../support/jobs.js";
import { OFFICERS } from "../support/officers.js";

/** Staff whose work is the rule sets, not firms' data. */
const RULE_STAFF = [OFFICERS.author.token, OFFICERS.reviewer.token];

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const SECRET_NAME = "包头访问控制测试磁材有限公司";

const doc = (await (await app.request("/openapi.json", {}, env)).json()) as { paths: Record<string, Record<string, unknown>> };
/** Every operation on one dossier: `[method, path template]`. */
const ROUTES = Object.entries(doc.paths)
  .filter(([p]) => p.startsWith("/v1/dossiers/{creditCode}"))
  .flatMap(([p, ops]) => Object.keys(ops).map((m) => [m.toUpperCase(), p] as const));

/** The firm whose dossier the routes are called on; `itemId` is the `{id}` of a route: a support record of its, or a notice. */
const target = { code: freshCode(), token: "", decisionId: "", itemId: 0, rotatedOut: "" };
const other = { code: freshCode(), token: "" };
const gone = { code: freshCode(), token: "" };

beforeAll(async () => {
  const { creditCode: _, ...profile } = magnet;
  target.rotatedOut = await createDossier(target.code, { ...profile, name: SECRET_NAME });
  target.token = ((await (await call("POST", `/v1/dossiers/${target.code}/token`, { token: target.rotatedOut })).json()) as { token: string }).token;
  const decided = (await (await call("POST", `/v1/dossiers/${target.code}/match`, { token: target.token, body: { asOf: "2025-06-30" } })).json()) as { decision: { decisionId: string } };
  target.decisionId = decided.decision.decisionId;
  const support = await call("POST", `/v1/dossiers/${target.code}/support`, { token: target.token, body: { measureId: "rd-post-subsidy", status: "granted", amount: 125000, date: "2025-05-01", fiscalYear: 2024 } });
  target.itemId = ((await support.json()) as { id: number }).id;
  other.token = await createDossier(other.code, profile);
  gone.token = await createDossier(gone.code, profile);
  expect((await call("DELETE", `/v1/dossiers/${gone.code}`, { token: gone.token })).status).toBe(200);
});

/** The concrete request of a route for the dossier `code`, with a body the route would accept. */
function request(method: string, template: string, code: string) {
  const path = template.replace("{creditCode}", code).replace("{version}", "1").replace("{decisionId}", encodeURIComponent(target.decisionId)).replace("{id}", String(target.itemId));
  const body = method === "PUT" && path.endsWith("/webhook") ? { url: "https://hooks.firm.example/policy-match" }
    : method !== "POST" ? undefined
    : path.endsWith("/versions") ? { profile: { employees: 3 } }
      : path.endsWith("/match") ? { asOf: "2025-06-30" }
        : path.endsWith("/support") ? { measureId: "rd-post-subsidy", status: "applied", date: "2025-01-02" }
          : undefined;
  return { method, path, body };
}

/** The refusal, checked to carry nothing of the dossier. */
async function refused(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  const text = await res.text();
  for (const secret of [SECRET_NAME, target.decisionId, "rd-post-subsidy", target.token]) expect(text).not.toContain(secret);
  return JSON.parse(text) as { type: string; title: string; detail: string };
}

describe("every dossier route refuses whoever is not its firm or staff", () => {
  it("covers the routes the API documents (at least the fourteen of issue 15)", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(ROUTES)("%s %s: no credentials → 401 with WWW-Authenticate", async (method, template) => {
    const { path, body } = request(method, template, target.code);
    const res = await call(method, path, { body });
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    await refused(res, 401);
  });

  it.each(ROUTES)("%s %s: a wrong token, another dossier's, a rotated-out one, a deleted dossier's, an author's or a reviewer's → the same 404", async (method, template) => {
    const { path, body } = request(method, template, target.code);
    const answers = [];
    for (const token of ["pmd_" + "A".repeat(43), other.token, target.rotatedOut, gone.token, "not-even-a-token", ...RULE_STAFF]) {
      answers.push(await refused(await call(method, path, { token, body }), 404));
    }
    // an unknown credit code (and the deleted dossier's own code) answer exactly the same: no one learns which firms have dossiers
    for (const code of [freshCode(), gone.code]) {
      const unknown = request(method, template, code);
      answers.push(await refused(await call(method, unknown.path, { token: target.token, body: unknown.body }), 404));
    }
    expect(new Set(answers.map((a) => JSON.stringify([a.type, a.title, a.detail]))).size).toBe(1);
  });

  it.each(ROUTES.filter(([m, p]) => !(m === "DELETE" && p === "/v1/dossiers/{creditCode}") && !p.endsWith("/token")))(
    "%s %s: the firm's own token, the concierge's and an admin's are admitted", async (method, template) => {
      for (const token of [target.token, OFFICERS.concierge.token, STAFF]) {
        if (template.endsWith("/support/{id}")) { // a record of its own to remove, each time
          const made = await call("POST", `/v1/dossiers/${target.code}/support`, { token, body: { measureId: "talent-loan", status: "applied", date: "2025-01-02" } });
          target.itemId = ((await made.json()) as { id: number }).id;
        }
        if (template.endsWith("/notices/{id}/acknowledge")) target.itemId = await addNotice(target.code); // a notice of its own
        if (method === "DELETE" && template.endsWith("/webhook")) await call("PUT", `/v1/dossiers/${target.code}/webhook`, { token, body: { url: "https://hooks.firm.example/policy-match" } });
        const { path, body } = request(method, template, target.code);
        const res = await call(method, path, { token, body });
        expect(res.status, `${token === target.token ? "owner" : token}: ${await res.clone().text()}`).toBeLessThan(300);
      }
    });

  it("the refusals and the admissions above changed nothing for anyone refused: the dossier is still there, its token still works", async () => {
    expect((await call("GET", `/v1/dossiers/${target.code}`, { token: target.token })).status).toBe(200);
  });
});

describe("the staff listing", () => {
  it("no token → 401; a dossier's token or a wrong one → 403; an author's or a reviewer's → 403 naming the role; the concierge's or an admin's → 200", async () => {
    await refused(await call("GET", "/v1/dossiers"), 401);
    await refused(await call("GET", "/v1/dossiers", { token: target.token }), 403);
    await refused(await call("GET", "/v1/dossiers", { token: "nope" }), 403);
    for (const token of RULE_STAFF) {
      const p = await refused(await call("GET", "/v1/dossiers", { token }), 403);
      expect(p.detail).toMatch(/^dossiers are for the policy concierge: the token of (author-wang|reviewer-zhao) has the role (author|reviewer); a concierge or admin token reaches them/);
    }
    for (const token of [OFFICERS.concierge.token, STAFF]) expect((await call("GET", "/v1/dossiers", { token })).status).toBe(200);
  });

  it("without ADMIN_TOKENS configured, no one lists dossiers (401), and the firm still reads its own", async () => {
    const bindings = { ADMIN_TOKENS: undefined };
    await refused(await call("GET", "/v1/dossiers", { token: STAFF, bindings }), 401);
    await refused(await call("GET", `/v1/dossiers/${target.code}`, { token: STAFF, bindings }), 404);
    expect((await call("GET", `/v1/dossiers/${target.code}`, { token: target.token, bindings })).status).toBe(200);
  });
});

describe("who may say a profile was imported", () => {
  it("a firm creating or saving with source import: 400 at /source, nothing saved; the concierge importing: 201, saved as an import by them", async () => {
    const code = freshCode();
    const { creditCode: _, ...profile } = magnet;
    const created = await call("POST", "/v1/dossiers", { body: { creditCode: code, profile, source: "import" } });
    expect(created.status).toBe(400);
    expect(((await created.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(["/source"]);
    expect((await call("GET", `/v1/dossiers/${code}`, { token: STAFF })).status).toBe(404); // not created
    const saved = await call("POST", `/v1/dossiers/${target.code}/versions`, { token: target.token, body: { profile, source: "import" } });
    expect(saved.status).toBe(400);
    const imported = await call("POST", "/v1/dossiers", { token: OFFICERS.concierge.token, body: { creditCode: code, profile, source: "import" } });
    expect(imported.status).toBe(201);
    const versions = (await (await call("GET", `/v1/dossiers/${code}/versions`, { token: STAFF })).json()) as { versions: { source: string; savedBy: string }[] };
    expect(versions.versions.map((v) => [v.source, v.savedBy])).toEqual([["import", "staff:concierge-qian"]]);
  });
});
