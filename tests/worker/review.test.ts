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

type Problem = { type: string; errors?: { pointer: string; message: string }[] };
const problem = async (res: Response, status: number) => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as Problem;
};

describe("what a draft must pass to be proposed and published", () => {
  it("an effectiveFrom before today is saved with the error, and refused at propose", async () => {
    const saved = await s.save("author", "2031.2.0", draftBody("2031.2.0", "2026-01-01"));
    const d = (await saved.json()) as { findings: { errors: { pointer: string; rule: string; message: string }[] } };
    expect(d.findings.errors).toEqual([{ pointer: "/ruleset/effectiveFrom", rule: "effective-date-past", message: expect.stringMatching(/^effectiveFrom 2026-01-01 is before today \(2026-06-30, Asia\/Shanghai\)/) }]);
    const p = await problem(await s.step("author", "2031.2.0", "propose"), 422);
    expect([p.type, p.errors!.map((e) => e.pointer)]).toEqual(["/problems/draft-not-ready", ["/ruleset/effectiveFrom"]]);
  });

  it("a retroactive draft without a reason is refused; with one it is published, the reason in the review log and the publish audit", async () => {
    await s.save("author", "2031.3.0", draftBody("2031.3.0", "2026-02-01", { retroactive: true }));
    const p = await problem(await s.step("author", "2031.3.0", "propose"), 422);
    expect(p.errors).toEqual([{ pointer: "/reason", message: "a retroactive draft gives the reason it must take effect in the past" }]);
    const reason = "国务院通知：自2026年2月1日起执行";
    const saved = (await (await s.save("author", "2031.3.0", draftBody("2031.3.0", "2026-02-01", { retroactive: true, reason }))).json()) as { findings: { errors: unknown[]; warnings: { rule: string }[] } };
    expect([saved.findings.errors, saved.findings.warnings[0]!.rule]).toEqual([[], "retroactive"]);
    for (const [who, step] of [["author", "propose"], ["reviewer", "approve"], ["author", "publish"]] as const) expect((await s.step(who, "2031.3.0", step)).status).toBeLessThan(300);
    expect((await match({ profile: {}, asOf: "2026-03-01" })).ruleset.version).toBe("2031.3.0");
    const log = (await (await s.call("admin", "GET", s.draft("2031.3.0"))).json()) as { log: { action: string; reason: string | null }[] };
    expect(log.log.filter((e) => e.action === "published" || e.action === "proposed").map((e) => e.reason)).toEqual([reason, reason]);
    expect((await new PublishedStore(env.DB).auditLog())[0]).toMatchObject({ version: "2031.3.0", outcome: "created", detail: `retroactive from 2026-02-01: ${reason}` });
  });

  it("a date that passes while the draft waits is refused at publish: 422, nothing stored", async () => {
    await s.to("approved", "2031.4.0", "2026-07-10");
    const later = staff((path, init) => testApp("2026-07-15").request(path, init, env));
    const p = await problem(await later.step("author", "2031.4.0", "publish"), 422);
    expect(p.errors!.map((e) => e.pointer)).toEqual(["/ruleset/effectiveFrom"]);
    expect((await app.request(`/v1/rulesets/${ID}/versions/2031.4.0`, {}, env)).status).toBe(404);
  });

  it("no case: version-without-cases is an error; a failing case, and one pinned to another version, too", async () => {
    await s.save("author", "2031.5.0", { ruleset: draftBody("2031.5.0", "2031-05-01").ruleset });
    expect((await problem(await s.step("author", "2031.5.0", "propose"), 422)).errors).toEqual([
      { pointer: "/ruleset/version", message: expect.stringMatching(/^no case tests baotou-rare-earth-hi-tech-zone 2031\.5\.0/) },
    ]);
    const wrong = { ...draftBody("2031.5.0", "2031-05-01").cases[0], expect: { "hnte-recognition": { status: "eligible" } } };
    const pinned = { ...draftBody("2031.5.0", "2031-05-01").cases[0], version: "2025.2.0" };
    await s.save("author", "2031.5.0", { ...draftBody("2031.5.0", "2031-05-01"), cases: [...draftBody("2031.5.0", "2031-05-01").cases, wrong, pinned] });
    expect((await problem(await s.step("author", "2031.5.0", "propose"), 422)).errors).toEqual([
      { pointer: "/cases/2/version", message: expect.stringMatching(/pinned to the draft's version 2031\.5\.0/) },
      { pointer: "/cases/1", message: expect.stringMatching(/hnte-recognition: status expected eligible, got undetermined/) },
    ]);
  });

  it("the analysis: cases run, coverage, and the diff against the version the draft replaces", async () => {
    const body = draftBody("2031.6.0", "2031-06-01");
    body.ruleset.measures.find((m: { id: string }) => m.id === "rd-post-subsidy").amount.cap = 1_000_000;
    body.cases.push({ name: "a firm outside the zone gets no Baotou subsidy", profile: { zone: "elsewhere" }, asOf: "2031-06-01", expect: { "rd-post-subsidy": { status: "ineligible" } }, arithmetic: "the zone's own measures apply to firms registered in it" });
    await s.save("author", "2031.6.0", body);
    const a = (await (await s.call("reviewer", "GET", `${s.draft("2031.6.0")}/analysis`)).json()) as {
      cases: { ok: boolean }[]; coverage: { cases: string[]; percent: number }; replaces: { version: string }; diff: { measures: { changed: { id: string; amount: { pointer: string }[] }[] } };
    };
    expect(a.cases.map((c) => c.ok)).toEqual([true, true]);
    expect(a.coverage.cases).toEqual(["cases/0", "cases/1"]);
    expect(a.coverage.percent).toBeGreaterThan(0);
    expect(a.replaces.version).toBe("2031.1.0"); // in force on 2031-06-01 without it (published above)
    expect(a.diff.measures.changed.map((m) => [m.id, m.amount.map((x) => x.pointer)])).toEqual([["rd-post-subsidy", ["/amount/cap"]]]);
  });
});
