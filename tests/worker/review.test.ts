/**
 * The path to live inside workerd (issue 14): a draft saved, proposed, approved by another
 * officer, published and answering from its date; the review log and the publish audit.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { PublishedStore } from "../../src/ruleset/store.js";
import { draftBody, ID, staff, testApp } from "../support/review.js";

const app = testApp();

const s = staff((path, init) => app.request(path, init, env));
const match = async (body: unknown) => (await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }, env)).json() as Promise<{ ruleset: { version: string } }>;

describe("from draft to live", () => {
  it("a draft saved, proposed, approved by a reviewer and published answers from its date, with every step logged", async () => {
    const created = await s.save("author", "2031.1.0", draftBody("2031.1.0", "2031-01-01"));
    expect(created.status).toBe(201);
    const d = await created.json() as { state: string; findings: { errors: unknown[] }; revision: number };
    expect([d.state, d.findings.errors, d.revision]).toEqual(["draft", [], 1]);
    expect((await s.step("author", "2031.1.0", "propose")).status).toBe(200);
    expect((await s.step("reviewer", "2031.1.0", "approve")).status).toBe(200);
    const published = await s.step("author", "2031.1.0", "publish");
    expect(published.status).toBe(201);
    expect((await published.json() as { state: string }).state).toBe("published");

    expect((await match({ profile: {}, asOf: "2031-01-01" })).ruleset.version).toBe("2031.1.0");
    expect((await match({ profile: {}, asOf: "2030-12-31" })).ruleset.version).toBe("2025.2.0");

    const log = (await (await s.call("reviewer2", "GET", s.draft("2031.1.0"))).json() as { log: { action: string; label: string }[] }).log;
    expect(log.map((e) => [e.action, e.label])).toEqual([["published", "author-wang"], ["approved", "reviewer-zhao"], ["proposed", "author-wang"], ["saved", "author-wang"]]);
    expect((await new PublishedStore(env.DB).auditLog())[0]).toMatchObject({ id: ID, version: "2031.1.0", outcome: "created", label: "author-wang", status: 201 });
  });
});
