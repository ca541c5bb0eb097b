/** The OpenAPI contract: a valid OpenAPI 3.1 document naming every API route, and its generated types kept fresh. */
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { apiTypes } from "../support/api-types.js";

const app = createApp({ catalog: bundledCatalog, today: () => "2025-06-30" });
const doc = (await (await app.request("/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };

/** Routes that are not API operations: the document itself, the reference page, the HTML form. */
const NOT_API = [/^\/openapi\.json$/, /^\/docs(\.css)?$/, /^\/$/, /^\/match$/, /^\/assets\//, /^\*$/, /^\/v1\/\*$/];

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

  it("gives request examples from the fixtures", () => {
    const body = (doc.paths["/v1/match"]!.post as { requestBody: { content: Record<string, { example?: { profile?: { creditCode?: string } } }> } }).requestBody;
    expect(body.content["application/json"]!.example?.profile?.creditCode).toMatch(/^91150200/);
  });

  it("tests/support/api.d.ts is what `npm run api:types` generates (run it if this fails)", async () => {
    expect(readFileSync(new URL("../support/api.d.ts", import.meta.url), "utf8")).toBe(await apiTypes());
  });
});
