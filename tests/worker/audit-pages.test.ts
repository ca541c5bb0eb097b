/**
 * The audit in pages (`GET /v1/audit`): newest first, 500 of each list a page, and `next`
 * cursors so that no attempt is out of reach however many come after it (a flood of refused
 * attempts without a token could otherwise push the real ones out of the only page).
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readAudit } from "../../src/review/audit.js";
import { OFFICERS } from "../support/officers.js";
import { ID, testApp } from "../support/review.js";

const app = testApp();
const put = (version: string, token?: string) => app.request(`/v1/rulesets/${ID}/versions/${version}`, {
  method: "PUT", headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: "{}",
}, env);
const audit = async (query: string) => {
  const res = await app.request(`/v1/audit?${query}`, { headers: { Authorization: `Bearer ${OFFICERS.admin.token}` } }, env);
  return { status: res.status, body: (await res.json()) as { publishes: { seq: number; version: string }[]; next: { publishesBefore?: number }; errors?: { pointer: string; parameter?: string }[] } };
};

describe("the audit, page by page", () => {
  it("pages of 2: each page older than the last, every attempt reached once, the last page without next", async () => {
    for (const v of ["2091.1.0", "2091.2.0", "2091.3.0", "2091.4.0", "2091.5.0"]) await put(v); // refused: no token, each audited
    const seen: string[] = [];
    let page = await readAudit(env.DB, {}, 2), pages = 1;
    for (;;) {
      seen.push(...page.publishes.map((p) => p.version));
      if (page.next.publishesBefore === undefined) break;
      expect(page.publishes.map((p) => p.seq).every((q) => q >= page.next.publishesBefore!)).toBe(true);
      page = await readAudit(env.DB, { publishesBefore: page.next.publishesBefore }, 2);
      pages++;
    }
    const all = (await env.DB.prepare("SELECT version FROM publish_audit ORDER BY seq DESC").all<{ version: string }>()).results.map((r) => r.version);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  it("through the API: publishesBefore continues after an attempt; a cursor that is not a whole number is a 400 naming it", async () => {
    const first = await audit("");
    const newest = first.body.publishes[0]!;
    const older = await audit(`publishesBefore=${newest.seq}`);
    expect(older.status).toBe(200);
    expect(older.body.publishes[0]!.seq).toBeLessThan(newest.seq);
    expect(older.body.publishes.map((p) => p.seq)).toEqual(first.body.publishes.slice(1).map((p) => p.seq));
    const bad = await audit("publishesBefore=abc");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toMatch(/publishesBefore/);
  });
});
