/** The OpenAPI contract: a valid OpenAPI 3.1 document naming every API route, and its generated types kept fresh. */
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { apiTypes } from "../support/api-types.js";
import { PROFILES } from "../support/cases.js";

const app = createApp({ catalog: bundledCatalog, today: () => "2025-06-30" });
const doc = (await (await app.request("/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };

/** Routes that are not API operations: the document itself, the reference page, the HTML form, the dossier's pages and the staff console. */
const NOT_API = [/^\/openapi\.json$/, /^\/docs(\.css)?$/, /^\/$/, /^\/match$/, /^\/dossier(\/|$)/, /^\/decisions\//, /^\/staff(\/|$)/, /^\/assets\//, /^\*$/, /^\/v1\/\*$/];

describe("GET /openapi.json", () => {
  it("validates as OpenAPI 3.1 against the official schema", async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("names every route the app serves (with its method)", () => {
    const served = app.routes
      .filter((r) => r.method !== "ALL" && !NOT_API.some((x) => x.test(r.path)))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(served.length).toBeGreaterThanOrEqual(8);
    for (const r of served) expect(documented, r).toContain(r);
  });

  it("says what each evidence grade means wherever a measure's evidence is given", () => {
    const found: string[] = [];
    const walk = (n: unknown): void => {
      if (!n || typeof n !== "object") return;
      const o = n as { enum?: unknown[]; description?: string };
      if (JSON.stringify(o.enum) === JSON.stringify(["V-gov", "V", "V1", "M", "U"])) found.push(o.description ?? "");
      Object.values(o).forEach(walk);
    };
    walk(doc);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) for (const grade of ["`V-gov`", "`V`", "`V1`", "`M`", "`U`", "indicative"]) expect(d).toContain(grade);
  });

  it("gives request examples from the fixtures", () => {
    const body = (doc.paths["/v1/match"]!.post as { requestBody: { content: Record<string, { example?: { profile?: { creditCode?: string } } }> } }).requestBody;
    expect(body.content["application/json"]!.example?.profile?.creditCode).toMatch(/^91150200/);
  });

  it("tests/support/api.d.ts is what `npm run api:types` generates (run it if this fails)", async () => {
    expect(readFileSync(new URL("../support/api.d.ts", import.meta.url), "utf8")).toBe(await apiTypes());
  });
});

describe("the answers match the documented schemas", () => {
  // the document as one JSON Schema 2020-12 resource, so the operations' $refs resolve
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...doc, $id: "openapi.json" });
  const pointer = (...parts: string[]) => "openapi.json#/" + parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
  const validate = (op: string, path: string, status: string, body: unknown) => {
    const check = ajv.getSchema(pointer("paths", path, op, "responses", status, "content", status === "200" ? "application/json" : "application/problem+json", "schema"))!;
    expect(check(body) ? [] : check.errors, `${op} ${path} ${status}`).toEqual([]);
  };
  const post = (path: string, body: unknown) => app.request(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  it.each(["full", "brief", "none"])("POST /v1/match?explain=%s, every fixture profile", async (explain) => {
    for (const profile of Object.values(PROFILES)) {
      const res = await post(`/v1/match?explain=${explain}`, { profile, asOf: "2025-06-30" });
      validate("post", "/v1/match", "200", await res.json());
    }
  });

  it("POST /v1/match/batch, with a bad profile among good ones", async () => {
    const res = await post("/v1/match/batch", { profiles: [...Object.values(PROFILES), { employees: -1 }], asOf: "2025-06-30" });
    validate("post", "/v1/match/batch", "200", await res.json());
  });

  it.each([
    ["/healthz", "/healthz"],
    ["/v1/rulesets", "/v1/rulesets"],
    ["/v1/rulesets/{id}/versions/{version}", "/v1/rulesets/baotou-rare-earth-hi-tech-zone/versions/2025.1.0"],
    ["/v1/rulesets/{id}/diff", "/v1/rulesets/baotou-rare-earth-hi-tech-zone/diff?from=2023.1.0&to=2025.2.0"],
  ])("GET %s", async (path, url) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    validate("get", path, "200", await res.json());
  });

  it("POST /v1/rulesets/validate, a lint report with findings", async () => {
    const res = await post("/v1/rulesets/validate", { id: "x" });
    validate("post", "/v1/rulesets/validate", "200", await res.json());
  });

  it("a 400 problem", async () => {
    const res = await post("/v1/match", { profile: { employees: -1 } });
    expect(res.status).toBe(400);
    validate("post", "/v1/match", "400", await res.json());
  });
});
