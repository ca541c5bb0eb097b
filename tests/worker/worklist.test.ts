/**
 * The concierge's worklist (issue 15), inside workerd: firms with open notices, questions their
 * last decision asks, and deadlines in the window ahead (a certificate expiring, a measure
 * eligible until a date), most urgent first, each linking to its dossier; only the concierge and
 * admins see it. "Today" is moved to 2040 so that only this file's certificates fall in the window.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { worklist } from "../../src/dossier/worklist.js";
import { createApp } from "../../src/http/app.js";
import { liveCatalog } from "../../src/ruleset/live-catalog.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";
import { addNotice } from "../support/jobs.js";
import { OFFICERS } from "../support/officers.js";

const { creditCode: _, ...magnet } = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const app = createApp({ catalog: liveCatalog, today: () => "2040-01-01" });
const get = (path: string, token: string | null) => app.request(path, token ? { headers: { Authorization: `Bearer ${token}` } } : {}, env);
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("the concierge's worklist", () => {
  it("lists a certificate expiring within the window first, with the dossier's URL; not one after it", async () => {
    const soon = freshCode(), later = freshCode();
    await createDossier(soon, { ...magnet, certifications: [{ type: "hnte", issuedOn: "2037-01-10", validUntil: "2040-01-10" }] });
    await createDossier(later, { ...magnet, certifications: [{ type: "hnte", issuedOn: "2037-03-10", validUntil: "2040-03-10" }] });
    const res = await get("/v1/worklist?within=30", OFFICERS.concierge.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = await json(res);
    expect(body).toMatchObject({ today: "2040-01-01", until: "2040-01-31" });
    expect(body.firms[0]).toMatchObject({ creditCode: soon, dossier: `/v1/dossiers/${soon}`, deadlines: [{ date: "2040-01-10", kind: "certificate-expires", certificate: "hnte" }] });
    expect(body.firms.find((f: { creditCode: string }) => f.creditCode === later)?.deadlines ?? []).toEqual([]);
    const wider = await json(await get("/v1/worklist?within=70", STAFF));
    expect(wider.firms.find((f: { creditCode: string }) => f.creditCode === later).deadlines).toEqual([{ date: "2040-03-10", kind: "certificate-expires", certificate: "hnte" }]);
  });

  it("the window at its lines: a certificate's last day on today or on the window's last day is listed; the day before today and the day after the window are not", async () => {
    const at = async (validUntil: string) => {
      const code = freshCode();
      const [y, m, d] = validUntil.split("-");
      await createDossier(code, { ...magnet, certifications: [{ type: "hnte", issuedOn: `${Number(y) - 3}-${m}-${d}`, validUntil }] });
      return code;
    };
    const codes = { yesterday: await at("2039-12-31"), today: await at("2040-01-01"), last: await at("2040-01-31"), after: await at("2040-02-01") };
    const { firms } = await worklist(env.DB, { today: "2040-01-01", until: "2040-01-31", limit: 100_000 });
    const listed = (code: string) => (firms.find((f) => f.creditCode === code)?.deadlines ?? []).map((x) => x.date);
    expect([listed(codes.yesterday), listed(codes.today), listed(codes.last), listed(codes.after)]).toEqual([[], ["2040-01-01"], ["2040-01-31"], []]);
  });

  it("lists a measure eligible only until a date in the window, with its title in zh-CN and en", async () => {
    const code = freshCode();
    const token = await createDossier(code, magnet);
    expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2026-06-01" } })).status).toBe(201);
    // the kept decision says its first measure stays eligible until 2040-01-20 (as a certificate expiring then would)
    await env.DB.prepare(`UPDATE dossier_decisions SET result = json_set(result, '$.measures[0].status', 'eligible', '$.measures[0].eligibleUntil', '2040-01-20')
      WHERE seq = (SELECT last_decision_seq FROM dossiers WHERE credit_code = ?)`).bind(code).run();
    const { firms } = await json(await get("/v1/worklist?within=30&limit=500", STAFF));
    const mine = firms.find((f: { creditCode: string }) => f.creditCode === code);
    expect(mine.deadlines).toEqual([{ date: "2040-01-20", kind: "eligible-until", measureId: "hnte-recognition", measureTitle: { "zh-CN": expect.stringContaining("高新技术企业"), en: expect.stringContaining("HNTE") } }]);
  });

  it("counts a firm's open notices (not acknowledged ones) and lists its last decision's questions", async () => {
    const code = freshCode();
    const token = await createDossier(code, { name: "问题很多的公司", employees: 12 });
    expect((await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2026-06-01" } })).status).toBe(201);
    const [a] = [await addNotice(code), await addNotice(code)];
    await call("POST", `/v1/dossiers/${code}/notices/${a}/acknowledge`, { token });
    const { firms } = await worklist(env.DB, { today: "2040-01-01", until: "2040-01-31", limit: 100_000 });
    const mine = firms.find((f) => f.creditCode === code)!;
    expect(mine).toMatchObject({ name: "问题很多的公司", openNotices: 1, lastNoticeAt: expect.any(String), deadlines: [] });
    expect(mine.nextQuestions.length).toBeGreaterThan(0);
    const { decisions } = await json<{ decisions: { resultPage: string }[] }>(await call("GET", `/v1/dossiers/${code}/decisions`, { token }));
    expect(mine.lastDecisionShareId).not.toBeNull();
    expect(decisions[0]!.resultPage).toBe(`/decisions/${mine.lastDecisionShareId}`);
    expect(mine.nextQuestions[0]).toMatchObject({ fact: expect.any(String), label: { "zh-CN": expect.any(String), en: expect.any(String) }, settles: expect.any(Array) });
  });

  it("leaves out a firm with nothing to follow up, and a deleted one", async () => {
    const quiet = freshCode(), gone = freshCode();
    await createDossier(quiet); // no profile, no decision, no notice
    const goneToken = await createDossier(gone, { ...magnet, certifications: [{ type: "hnte", issuedOn: "2037-01-05", validUntil: "2040-01-05" }] });
    await call("DELETE", `/v1/dossiers/${gone}`, { token: goneToken });
    const { firms } = await worklist(env.DB, { today: "2040-01-01", until: "2040-01-31", limit: 100_000 });
    expect(firms.map((f) => f.creditCode)).not.toContain(quiet);
    expect(firms.map((f) => f.creditCode)).not.toContain(gone);
  });

  it("is for the concierge and admins: 401 without a token, 403 for an author, a reviewer or a firm; 400 a bad window", async () => {
    expect((await get("/v1/worklist", null)).status).toBe(401);
    for (const token of [OFFICERS.author.token, OFFICERS.reviewer.token, "pmd_" + "z".repeat(43)]) {
      const res = await get("/v1/worklist", token);
      expect(res.status).toBe(403);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    }
    for (const q of ["within=0", "within=400", "limit=0", "within=ten"]) expect((await get(`/v1/worklist?${q}`, STAFF)).status).toBe(400);
  });
});
