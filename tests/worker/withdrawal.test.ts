/**
 * Withdrawing a version and scheduling one (issue 14, "Effect in time"), inside workerd: asOf
 * resolution before, at and after the withdrawal date; pinned requests still answered, marked
 * `withdrawn`; a bundled version withdrawn alike; a version scheduled for a later date answers by
 * date only from then, and pinned before it is a preview.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { ID, rulesetOf, staff, testApp, TODAY } from "../support/review.js";

const app = testApp();
const s = staff((path, init) => app.request(path, init, env));
type Answer = { ruleset: { version: string; hash: string; withdrawn?: { from: string; reason: string }; preview?: true } };
const match = async (body: unknown, explain = "brief") =>
  (await (await app.request(`/v1/match?explain=${explain}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }, env)).json()) as Answer;
const withdraw = (version: string, body: unknown, who: "admin" | "author" | "reviewer" = "admin") => s.call(who, "POST", `/v1/rulesets/${ID}/versions/${version}/withdrawal`, body);

describe("a published version withdrawn from a date", () => {
  it("answers by date before the date, not at or after it; pinned it still answers, marked; its body and hash never change", async () => {
    await s.to("published", "2032.1.0", "2032-01-01");
    const hash = canonicalHash(rulesetOf("2032.1.0", "2032-01-01"));
    expect((await withdraw("2032.1.0", { from: "2032-06-01", reason: "superseded by the provincial rules" }, "author")).status).toBe(403);
    const res = await withdraw("2032.1.0", { from: "2032-06-01", reason: "superseded by the provincial rules" });
    expect([res.status, await res.json()]).toEqual([201, { id: ID, version: "2032.1.0", withdrawn: { from: "2032-06-01", reason: "superseded by the provincial rules" } }]);

    const before = await match({ profile: {}, asOf: "2032-05-31" });
    expect(before.ruleset).toMatchObject({ version: "2032.1.0", hash, withdrawn: { from: "2032-06-01" } });
    for (const asOf of ["2032-06-01", "2032-07-01"]) expect((await match({ profile: {}, asOf })).ruleset.version).toBe("2025.2.0");
    for (const explain of ["full", "none"]) {
      const pinned = await match({ profile: {}, asOf: "2032-07-01", version: "2032.1.0" }, explain);
      expect(pinned.ruleset).toEqual({ id: ID, version: "2032.1.0", hash, effectiveFrom: "2032-01-01", withdrawn: { from: "2032-06-01", reason: "superseded by the provincial rules" } });
    }
    const back = (await (await app.request(`/v1/rulesets/${ID}/versions/2032.1.0`, {}, env)).json()) as { hash: string };
    expect(back.hash).toBe(hash);
    const list = (await (await app.request("/v1/rulesets", {}, env)).json()) as { rulesets: { versions: { version: string; withdrawn?: unknown }[] }[] };
    expect(list.rulesets[0]!.versions.find((v) => v.version === "2032.1.0")!.withdrawn).toEqual({ from: "2032-06-01", reason: "superseded by the provincial rules" });
    expect(((await (await s.call("reviewer", "GET", s.draft("2032.1.0"))).json()) as { state: string }).state).toBe("withdrawn");
  });

  it("is withdrawn once, from today or later, with a reason", async () => {
    await s.to("published", "2032.2.0", "2032-02-01");
    const past = await withdraw("2032.2.0", { from: "2026-06-29", reason: "wrong" });
    expect([past.status, ((await past.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)]).toEqual([400, ["/from"]]);
    expect((await withdraw("2032.2.0", { from: "2032-03-01" })).status).toBe(400);
    expect((await withdraw("2032.2.0", { reason: "superseded" })).status).toBe(201); // from today
    expect((await match({ profile: {}, asOf: TODAY, version: "2032.2.0" })).ruleset.withdrawn).toEqual({ from: TODAY, reason: "superseded" });
    expect((await withdraw("2032.2.0", { reason: "again" })).status).toBe(409);
    expect((await withdraw("2099.9.0", { reason: "none" })).status).toBe(404);
  });
});

describe("a bundled version withdrawn (the withdrawal lives in D1)", () => {
  it("2025.2.0 withdrawn from 2026-07-01: 2025.1.0 answers from then; pinned, 2025.2.0 says it is withdrawn", async () => {
    expect((await withdraw("2025.2.0", { from: "2026-07-01", reason: "the 2026 LPR rows are missing" })).status).toBe(201);
    expect((await match({ profile: {}, asOf: "2026-06-30" })).ruleset.version).toBe("2025.2.0");
    expect((await match({ profile: {}, asOf: "2026-07-01" })).ruleset.version).toBe("2025.1.0");
    expect((await match({ profile: {}, asOf: "2026-07-01", version: "2025.2.0" })).ruleset.withdrawn).toEqual({ from: "2026-07-01", reason: "the 2026 LPR rows are missing" });
  });
});

describe("a version scheduled for a later date", () => {
  it("answers by date only from its effectiveFrom; pinned before it, the answer is a preview", async () => {
    await s.to("published", "2033.1.0", "2033-01-01");
    expect((await match({ profile: {}, asOf: "2032-12-31" })).ruleset.version).not.toBe("2033.1.0");
    expect((await match({ profile: {}, asOf: "2033-01-01" })).ruleset).toMatchObject({ version: "2033.1.0" });
    expect((await match({ profile: {}, asOf: "2033-01-01" })).ruleset.preview).toBeUndefined();
    expect((await match({ profile: {}, asOf: "2032-12-31", version: "2033.1.0" })).ruleset).toMatchObject({ version: "2033.1.0", preview: true });
  });
});
