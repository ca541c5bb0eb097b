/**
 * Dossiers inside workerd (issue 15): creation and its token, profile versions never
 * overwritten (each with its UTC timestamp and Asia/Shanghai date), decisions stored with
 * their hashes, token rotation, the staff listing, and the batch snapshots re-deciding reads.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { DossierStore } from "../../src/dossier/store.js";
import { snapshots } from "../../src/dossier/snapshot.js";
import { todayInShanghai } from "../../src/profile/index.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const { creditCode: _, ...anonymous } = magnet;
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("creating a dossier", () => {
  it("answers 201 with a 256-bit token shown once, and stores only its SHA-256", async () => {
    const code = freshCode();
    const res = await call("POST", "/v1/dossiers", { body: { creditCode: code, profile: anonymous } });
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("Location")).toBe(`/v1/dossiers/${code}`);
    const body = await json(res);
    expect(body.token).toMatch(/^pmd_[A-Za-z0-9_-]{43}$/);
    expect(body.dossier).toMatchObject({ creditCode: code, name: magnet.name, versions: 1, lastDecision: null });
    expect(body.dossier.latestVersion).toMatchObject({ version: 1, source: "api", savedBy: "owner", profile: { ...anonymous, creditCode: code } });
    const row = await env.DB.prepare("SELECT * FROM dossiers WHERE credit_code = ?").bind(code).first<Record<string, unknown>>();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body.token)));
    expect(row!.token_hash).toBe(Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
    expect(JSON.stringify(row)).not.toContain(body.token.slice(4));
    expect((await call("GET", `/v1/dossiers/${code}`, { token: body.token })).status).toBe(200);
  });

  it("two tokens are never alike", async () => {
    const tokens = await Promise.all([freshCode(), freshCode(), freshCode()].map((c) => createDossier(c)));
    expect(new Set(tokens).size).toBe(3);
  });

  it("one dossier per credit code: a second creation → 409, the first dossier and its token unchanged", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    const again = await call("POST", "/v1/dossiers", { body: { creditCode: code, profile: { employees: 1 } } });
    expect(again.status).toBe(409);
    expect((await json(again)).type).toBe("/problems/dossier-exists");
    const back = await json(await call("GET", `/v1/dossiers/${code}`, { token }));
    expect([back.versions, back.latestVersion.profile.employees]).toEqual([1, magnet.employees]);
  });

  it("refuses a credit code failing GB 32100-2015, a profile of another firm, and a bad body (400 with pointers), storing nothing", async () => {
    const code = freshCode();
    const bad = `${code.slice(0, 17)}${code[17] === "0" ? "1" : "0"}`;
    const res = await call("POST", "/v1/dossiers", { body: { creditCode: bad } });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0]).toMatchObject({ pointer: "/creditCode", message: expect.stringMatching(/18th character should be/) });
    const mismatch = await call("POST", "/v1/dossiers", { body: { creditCode: code, profile: magnet } });
    expect(mismatch.status).toBe(400);
    expect((await json(mismatch)).errors).toEqual([{ pointer: "/profile/creditCode", message: `this dossier is ${code}'s; the profile says ${magnet.creditCode}` }]);
    const wrongField = await call("POST", "/v1/dossiers", { body: { creditCode: code, profile: { employees: -1 } } });
    expect((await json(wrongField)).errors[0].pointer).toBe("/profile/employees");
    expect((await call("POST", "/v1/dossiers", { body: "{" })).status).toBe(400);
    expect((await app.request("/v1/dossiers", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }, env)).status).toBe(415);
    expect((await call("POST", "/v1/dossiers", { body: { creditCode: code, profile: { name: "x".repeat(70_000) } } })).status).toBe(413);
    expect(await new DossierStore(env.DB).byCode(code)).toBeNull();
  });

  it("created with a staff token, the first version says it was saved by that staff member", async () => {
    const code = freshCode();
    const res = await call("POST", "/v1/dossiers", { token: STAFF, body: { creditCode: code, profile: { employees: 4 }, source: "import" } });
    expect((await json(res)).dossier.latestVersion).toMatchObject({ source: "import", savedBy: "staff:test-officer" });
  });
});

describe("profile versions", () => {
  it("each save adds a version; earlier ones are never changed", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    const before = await json(await call("GET", `/v1/dossiers/${code}/versions/1`, { token }));
    const saved = await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: { ...anonymous, employees: 150 } } });
    expect(saved.status).toBe(201);
    expect(saved.headers.get("Location")).toBe(`/v1/dossiers/${code}/versions/2`);
    expect(await json(saved)).toMatchObject({ version: 2, source: "api", savedBy: "owner", profile: { employees: 150, creditCode: code } });
    await call("POST", `/v1/dossiers/${code}/versions`, { token: STAFF, body: { profile: { employees: 160 }, source: "import" } });
    expect(await json(await call("GET", `/v1/dossiers/${code}/versions/1`, { token }))).toEqual(before);
    const list = (await json(await call("GET", `/v1/dossiers/${code}/versions`, { token }))).versions;
    expect(list.map((v: { version: number; source: string; savedBy: string }) => [v.version, v.source, v.savedBy]))
      .toEqual([[1, "api", "owner"], [2, "api", "owner"], [3, "import", "staff:test-officer"]]);
    expect(list[0].profileHash).toBe(canonicalHash({ ...anonymous, creditCode: code }));
    const overview = await json(await call("GET", `/v1/dossiers/${code}`, { token }));
    expect([overview.versions, overview.latestVersion.version, overview.latestVersion.profile.employees]).toEqual([3, 3, 160]);
  });

  it("each version has its UTC timestamp and its date in Asia/Shanghai (16:30 UTC is the next day there)", async () => {
    const store = new DossierStore(env.DB);
    const d = await store.create(freshCode(), "0".repeat(64), new Date("2025-06-30T16:29:59Z"));
    if (d === "exists") throw new Error("fresh code exists");
    const late = await store.saveVersion(d.id, { profile: { employees: 1 }, source: "form", by: "owner" }, new Date("2025-06-30T15:59:59Z"));
    const next = await store.saveVersion(d.id, { profile: { employees: 2 }, source: "form", by: "owner" }, new Date("2025-06-30T16:00:00Z"));
    expect([late.savedAt, late.savedOn]).toEqual(["2025-06-30T15:59:59.000Z", "2025-06-30"]); // 23:59:59 in Beijing
    expect([next.savedAt, next.savedOn]).toEqual(["2025-06-30T16:00:00.000Z", "2025-07-01"]); // 00:00 in Beijing
    const res = await call("POST", `/v1/dossiers/${d.creditCode}/versions`, { token: STAFF, body: { profile: { employees: 3 } } });
    const v = await json(res);
    expect(v.savedOn).toBe(todayInShanghai(new Date(v.savedAt)));
  });

  it("two saves at once get two numbers", async () => {
    const code = freshCode();
    const token = await createDossier(code);
    const saved = await Promise.all([1, 2, 3].map((n) => call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: { employees: n } } })));
    expect((await Promise.all(saved.map(json))).map((v) => v.version).sort()).toEqual([1, 2, 3]);
  });

  it("refuses a profile of another firm (400), an unknown version (404), a version that is not a number (400)", async () => {
    const code = freshCode();
    const token = await createDossier(code);
    const other = await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: magnet } });
    expect([other.status, (await json(other)).errors[0].pointer]).toEqual([400, "/profile/creditCode"]);
    const none = await call("GET", `/v1/dossiers/${code}/versions/1`, { token });
    expect([none.status, (await json(none)).detail]).toEqual([404, "this dossier has no version yet, not 1"]);
    const word = await call("GET", `/v1/dossiers/${code}/versions/latest`, { token });
    expect([word.status, (await json(word)).errors[0].parameter]).toEqual([400, "version"]);
    expect((await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: {}, source: "form" } })).status).toBe(400);
  });
});

describe("matching for a dossier", () => {
  it("decides the latest version, answers as POST /v1/match does, and stores the result with its hash", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    const res = await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2025-06-30" } });
    expect(res.status).toBe(201);
    const { decision, result, receipt } = await json(res);
    const direct = await json(await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile: { ...anonymous, creditCode: code }, asOf: "2025-06-30" }) }, env));
    expect(result).toEqual(direct);
    expect(decision).toMatchObject({ decisionId: direct.decisionId, asOf: "2025-06-30", profileVersion: 1, decidedBy: "owner", ruleset: { version: "2025.2.0", hash: direct.ruleset.hash } });
    expect(decision.resultHash).toBe(canonicalHash(result));
    expect(decision.resultPage).toMatch(/^\/decisions\/[A-Za-z0-9_-]{43}$/);
    expect(receipt.payload.resultHash).toBe(decision.resultHash);
    expect(res.headers.get("Location")).toBe(`/v1/dossiers/${code}/decisions/${encodeURIComponent(decision.decisionId)}`);

    const log = (await json(await call("GET", `/v1/dossiers/${code}/decisions`, { token }))).decisions;
    expect(log).toEqual([decision]);
    const one = await json(await call("GET", `/v1/dossiers/${code}/decisions/${encodeURIComponent(decision.decisionId)}`, { token }));
    expect(one).toEqual({ ...decision, result });
    const overview = await json(await call("GET", `/v1/dossiers/${code}`, { token }));
    expect(overview.lastDecision).toEqual(decision);
    const rd = result.measures.find((m: { id: string }) => m.id === "rd-post-subsidy");
    expect([rd.status, rd.amount.value]).toEqual(["eligible", 125000]); // 2,500,000 × 5 % (small)
  });

  it("decides a pinned profile version and rule-set version; the log lists both decisions, newest first", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: { employees: 5 } } });
    const first = await json(await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2025-06-30", profileVersion: 1, version: "2025.1.0" } }));
    expect([first.decision.profileVersion, first.result.ruleset.version]).toEqual([1, "2025.1.0"]);
    const second = await json(await call("POST", `/v1/dossiers/${code}/match`, { token: STAFF, body: { asOf: "2025-06-30" } }));
    expect([second.decision.profileVersion, second.decision.decidedBy]).toEqual([2, "staff:test-officer"]);
    const log = (await json(await call("GET", `/v1/dossiers/${code}/decisions`, { token }))).decisions;
    expect(log.map((d: { profileVersion: number }) => d.profileVersion)).toEqual([2, 1]);
  });

  it("refuses: no profile yet (409), an unknown profile version or rule-set version (404), a date the profile contradicts (400 at /asOf), an unknown decision (404)", async () => {
    const code = freshCode();
    const token = await createDossier(code);
    expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: {} })).status).toBe(409);
    await call("POST", `/v1/dossiers/${code}/versions`, { token, body: { profile: { registrationDate: "2024-03-01" } } });
    expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: { profileVersion: 2 } })).status).toBe(404);
    expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: { version: "2099.1.0" } })).status).toBe(404);
    const early = await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2024-01-01" } });
    expect(early.status).toBe(400);
    expect((await json(early)).errors).toEqual([{ pointer: "/asOf", message: expect.stringMatching(/^\/profile\/registrationDate: .*after the evaluation date/) }]);
    expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "someday" } })).status).toBe(400);
    expect((await call("GET", `/v1/dossiers/${code}/decisions/sha256:00`, { token })).status).toBe(404);
    expect((await json(await call("GET", `/v1/dossiers/${code}/decisions`, { token }))).decisions).toEqual([]);
  });
});

describe("the token", () => {
  it("rotates: the new one opens the dossier, the old one no longer does", async () => {
    const code = freshCode();
    const old = await createDossier(code);
    const res = await call("POST", `/v1/dossiers/${code}/token`, { token: old });
    expect(res.status).toBe(200);
    const { token, tokenIssuedAt } = await json(res);
    expect(token).toMatch(/^pmd_/);
    expect(token).not.toBe(old);
    expect((await call("GET", `/v1/dossiers/${code}`, { token: old })).status).toBe(404);
    expect((await json(await call("GET", `/v1/dossiers/${code}`, { token }))).tokenIssuedAt).toBe(tokenIssuedAt);
  });

  it("staff can issue a new token to a firm that lost its own", async () => {
    const code = freshCode();
    const lost = await createDossier(code);
    const { token } = await json(await call("POST", `/v1/dossiers/${code}/token`, { token: STAFF }));
    expect((await call("GET", `/v1/dossiers/${code}`, { token })).status).toBe(200);
    expect((await call("GET", `/v1/dossiers/${code}`, { token: lost })).status).toBe(404);
  });
});

describe("the staff listing", () => {
  it("searches by a credit-code prefix or a part of the name, and pages by credit code", async () => {
    const codes = [freshCode(), freshCode(), freshCode()].sort();
    for (const [i, code] of codes.entries()) await createDossier(code, { name: `列表测试稀土${i}号有限公司` });
    const byName = await json(await call("GET", `/v1/dossiers?q=${encodeURIComponent("列表测试稀土")}`, { token: STAFF }));
    expect(byName.dossiers.map((d: { creditCode: string }) => d.creditCode)).toEqual(codes);
    expect(byName.dossiers[0]).toMatchObject({ name: "列表测试稀土0号有限公司", latestVersion: 1 });
    const byCode = await json(await call("GET", `/v1/dossiers?q=${codes[1]!.slice(0, 17).toLowerCase()}`, { token: STAFF }));
    expect(byCode.dossiers.map((d: { creditCode: string }) => d.creditCode)).toEqual([codes[1]]);
    const page1 = await json(await call("GET", `/v1/dossiers?q=${encodeURIComponent("列表测试")}&limit=2`, { token: STAFF }));
    expect([page1.dossiers.length, page1.next]).toEqual([2, codes[1]]);
    const page2 = await json(await call("GET", `/v1/dossiers?q=${encodeURIComponent("列表测试")}&limit=2&after=${page1.next}`, { token: STAFF }));
    expect([page2.dossiers.map((d: { creditCode: string }) => d.creditCode), page2.next]).toEqual([[codes[2]], undefined]);
    expect((await json(await call("GET", "/v1/dossiers?q=%25", { token: STAFF }))).dossiers).toEqual([]); // % is a character, not a wildcard
    expect((await call("GET", "/v1/dossiers?limit=0", { token: STAFF })).status).toBe(400);
  });
});

describe("what re-deciding a batch reads (src/dossier/snapshot.ts)", () => {
  it("each live dossier's latest version, support records and last decision summary, in the order asked; deleted and unknown ids left out", async () => {
    const [a, b, c] = [freshCode(), freshCode(), freshCode()];
    const ta = await createDossier(a, anonymous);
    await call("POST", `/v1/dossiers/${a}/versions`, { token: ta, body: { profile: { ...anonymous, employees: 90 } } });
    const decided = await json(await call("POST", `/v1/dossiers/${a}/match`, { token: ta, body: { asOf: "2025-06-30" } }));
    await call("POST", `/v1/dossiers/${a}/support`, { token: ta, body: { measureId: "rd-post-subsidy", status: "paid", amount: 125000, date: "2025-05-01", fiscalYear: 2024 } });
    await createDossier(b);
    const tc = await createDossier(c, anonymous);
    await call("DELETE", `/v1/dossiers/${c}`, { token: tc });
    const store = new DossierStore(env.DB);
    const ids = await Promise.all([b, a].map(async (code) => (await store.byCode(code))!.id));
    const snaps = await snapshots(env.DB, [...ids, "no-such-id"]);
    expect(snaps.map((s) => s.creditCode)).toEqual([b, a]);
    expect(snaps[0]).toMatchObject({ latest: null, support: [], lastDecision: null });
    expect(snaps[1]!.latest).toEqual({ version: 2, profile: { ...anonymous, employees: 90, creditCode: a } });
    expect(snaps[1]!.support).toMatchObject([{ measureId: "rd-post-subsidy", status: "paid", amount: 125000, fiscalYear: 2024 }]);
    expect(snaps[1]!.lastDecision).toMatchObject({ decisionId: decided.decision.decisionId, rulesetVersion: "2025.2.0", asOf: "2025-06-30" });
    expect(snaps[1]!.lastDecision!.summary.totals).toEqual(decided.result.totals);
    const rd = snaps[1]!.lastDecision!.summary.decisions.find((d) => d.measureId === "rd-post-subsidy");
    expect(rd).toMatchObject({ status: "eligible", amount: 125000, kind: "payment" });
    expect((await store.liveIds("", 10_000)).includes(ids[1]!)).toBe(true);
  });
});

describe("support received", () => {
  it("is recorded, listed, removed when entered by mistake; a date after today is refused", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    const path = `/v1/dossiers/${code}/support`;
    const made = await call("POST", path, { token, body: { measureId: "rd-post-subsidy", status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024, reference: "包科发〔2025〕12号" } });
    expect(made.status).toBe(201);
    const record = await json(made);
    expect(record).toMatchObject({ measureId: "rd-post-subsidy", status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024, recordedBy: "owner" });
    const mistake = await json(await call("POST", path, { token: STAFF, body: { measureId: "talent-loan", status: "applied", date: "2025-01-02" } }));
    expect(mistake.recordedBy).toBe("staff:test-officer");
    expect((await json(await call("GET", path, { token }))).support.map((s: { id: number }) => s.id)).toEqual([record.id, mistake.id]);
    expect((await call("DELETE", `${path}/${mistake.id}`, { token })).status).toBe(204);
    expect((await call("DELETE", `${path}/${mistake.id}`, { token })).status).toBe(404);
    expect((await json(await call("GET", path, { token }))).support).toEqual([record]);
    const future = await call("POST", path, { token, body: { measureId: "rd-post-subsidy", status: "paid", date: "2099-01-01" } });
    expect([future.status, (await json(future)).errors[0].pointer]).toEqual([400, "/date"]);
    const bad = await call("POST", path, { token, body: { measureId: "RD post subsidy", status: "promised", date: "2025-01-01", amount: -1, fiscalYear: 24.5 } });
    expect((await json(bad)).errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/amount", "/fiscalYear", "/measureId", "/status"]);
  });

  it("a record that could never count is refused with its field, nothing stored: a measure not in the rule set, a designation, a yearly grant without its year, a one-off award with one, a fiscal year after the record's date", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    const path = `/v1/dossiers/${code}/support`;
    const refusals: [object, string, RegExp][] = [
      [{ measureId: "rd-post-subsidyy", status: "paid", date: "2025-05-10" }, "/measureId", /^there is no measure rd-post-subsidyy; the measures support can be recorded for: .*rd-post-subsidy/],
      [{ measureId: "hnte-recognition", status: "granted", date: "2025-05-10" }, "/measureId", /is a designation or a service, not support paid out/],
      [{ measureId: "green-tag-litigation", status: "granted", date: "2025-05-10" }, "/measureId", /is a designation or a service/],
      [{ measureId: "rd-post-subsidy", status: "granted", date: "2025-05-10" }, "/fiscalYear", /is granted per fiscal year: say which, e\.g\. 2024$/],
      [{ measureId: "hnte-recognition-award", status: "paid", date: "2025-05-10", fiscalYear: 2024 }, "/fiscalYear", /is a one-off award: leave the fiscal year out$/],
      [{ measureId: "rd-post-subsidy", status: "paid", date: "2025-05-10", fiscalYear: 2026 }, "/fiscalYear", /^a record dated 2025-05-10 cannot be for fiscal 2026/], // one year over the line
    ];
    for (const [body, pointer, message] of refusals) {
      const res = await call("POST", path, { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await json(res)).errors, JSON.stringify(body)).toEqual([{ pointer, message: expect.stringMatching(message) }]);
    }
    expect((await json(await call("GET", path, { token }))).support).toEqual([]);
    // at the line: a grant dated in the fiscal year itself (the HNTE rate taken in the year's prepayments); an application without its year
    for (const body of [{ measureId: "rd-post-subsidy", status: "paid", date: "2025-05-10", fiscalYear: 2025 }, { measureId: "rd-post-subsidy", status: "applied", date: "2025-05-10" }]) {
      expect((await call("POST", path, { token, body })).status, JSON.stringify(body)).toBe(201);
    }
  });

  it("a dossier's match reads its records: rd-post-subsidy granted for 2024 is received and out of totals, as POST /v1/match says with the same records", async () => {
    const code = freshCode();
    const token = await createDossier(code, anonymous);
    const record = { measureId: "rd-post-subsidy", status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024 };
    await call("POST", `/v1/dossiers/${code}/support`, { token, body: record });
    const { result } = await json(await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2025-06-30" } }));
    const rd = result.measures.find((m: { id: string }) => m.id === "rd-post-subsidy");
    expect([rd.status, rd.amount.value, rd.received]).toEqual(["eligible", 125000, { status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024 }]);
    expect(result.totals.payment).toBe(0); // 125,000 (2,500,000 × 5 %) received
    const direct = await json(await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ profile: { ...anonymous, creditCode: code }, asOf: "2025-06-30", received: [record] }) }, env));
    expect(direct).toEqual(result);
    const none = await json(await app.request("/v1/match?explain=none", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ profile: { ...anonymous, creditCode: code }, asOf: "2025-06-30", received: [record] }) }, env));
    expect(none.measures.find((m: { id: string }) => m.id === "rd-post-subsidy").received).toEqual(rd.received);
    const bad = await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile: {}, received: [{ measureId: "rd-post-subsidy" }] }) }, env);
    expect((await json(bad)).errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/received/0/date", "/received/0/status"]);
  });
});
