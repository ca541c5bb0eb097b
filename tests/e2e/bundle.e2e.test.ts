/**
 * The API through the real Worker bundle (wrangler dev): the bundle aliases `zod` to
 * src/zod-bundle.ts (no translations; wrangler.toml `[alias]`), which the workerd unit tests do
 * not see. Every answer here — decisions, validation messages, the OpenAPI document — must be
 * the one the app gives with zod itself, in this process.
 */
import { describe, expect, inject, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { PROFILES } from "../support/cases.js";

const baseURL = inject("baseURL");
const local = createApp({ catalog: bundledCatalog, today: () => "2025-06-30" });
const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;

/** The parts of an answer that do not change per request (the request id does). */
async function answer(res: Response) {
  const body = (await res.json()) as Record<string, unknown>;
  delete body.requestId;
  return { status: res.status, body };
}

const post = (path: string, body: unknown) => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("the Worker bundle answers as zod itself does", () => {
  it.each([
    ["a match, explained", "/v1/match", { profile: magnet, asOf: "2025-06-30" }],
    ["a match, decision only", "/v1/match?explain=none", { profile: magnet, asOf: "2025-06-30" }],
    ["wrong types, an unknown key, a bad enum, a bad date", "/v1/match", { profile: { employees: "ten", colour: "red", certifications: [{ type: "gold", issuedOn: "2024-02-30" }] }, asOf: "2025-06-30" }],
    ["a bad query parameter", "/v1/match?explain=verbose", { profile: {}, asOf: "2025-06-30" }],
    ["a rule set that fails lint", "/v1/rulesets/validate", { id: "x" }],
  ])("%s", async (_what, path, body) => {
    const remote = await answer(await fetch(baseURL + path, post(path, body)));
    expect(remote).toEqual(await answer(await local.request(path, post(path, body))));
    expect(remote.status).toBeLessThan(500);
  });

  it("serves the same OpenAPI document", async () => {
    expect(await (await fetch(baseURL + "/openapi.json")).json()).toEqual(await (await local.request("/openapi.json")).json());
  });
});
