/**
 * The console's screens and actions inside workerd (issue 14, "The console"): a draft uploaded
 * as the page's form, proposed, approved by another officer, published and answering from its
 * date; what each role is shown and refused; the retroactive draft without a reason; each
 * screen (versions, drafts, a draft, its impact and downloads, the audit) rendered.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signedIn, uploadForm } from "../support/console.js";
import { ID, passingCase, rulesetOf, staff, testApp } from "../support/review.js";

const app = testApp();
const fetcher = (path: string, init?: RequestInit) => app.request(path, init, env);
const api = staff(fetcher);
const page = (v: string) => `/staff/drafts/${ID}/${v}`;
const match = async (asOf: string) => ((await (await fetcher("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile: {}, asOf }) })).json()) as { ruleset: { version: string } }).ruleset.version;
const stateOf = async (v: string) => ((await (await api.call("admin", "GET", api.draft(v))).json()) as { state: string }).state;
/** The action buttons of a draft's page. */
const buttons = (html: string) => [...html.matchAll(/<form method="post" action="\/staff\/drafts\/[^"]+\/([a-z-]+)"/g)].map((m) => m[1]);

describe("from upload to live in the console", () => {
  it("an author uploads a draft, a reviewer approves it, the author publishes it, and it answers from its date", async () => {
    const author = await signedIn(fetcher, "author"), reviewer = await signedIn(fetcher, "reviewer");
    const up = await author.post("/staff/drafts", uploadForm(rulesetOf("2032.1.0", "2032-01-01"), [passingCase("2032-01-01")]));
    expect(up.status).toBe(303);
    expect(up.headers.get("Location")).toBe(`${page("2032.1.0")}?done=saved`);
    const saved = await (await author.get(`${page("2032.1.0")}?done=saved`)).text();
    expect(saved).toContain("草案已保存。");
    expect(saved).toContain('data-state="draft"');
    expect(buttons(saved)).toEqual(["propose"]);
    expect(saved).toMatch(/测试用例（1 个中 1 个通过）/);
    expect(saved).toContain("与被替代版本的差异");
    expect(saved).toContain("baotou-rare-earth-hi-tech-zone 2025.2.0 (effective 2025-05-20) → baotou-rare-earth-hi-tech-zone 2032.1.0 (effective 2032-01-01)");

    expect((await author.post(`${page("2032.1.0")}/propose`, {})).status).toBe(303);
    const forReviewer = await (await reviewer.get(page("2032.1.0"))).text();
    expect(buttons(forReviewer)).toEqual(["approve", "reject"]);
    const approved = await reviewer.post(`${page("2032.1.0")}/approve`, {});
    expect(approved.headers.get("Location")).toBe(`${page("2032.1.0")}?done=approved`);
    expect(buttons(await (await author.get(page("2032.1.0"))).text())).toEqual(["withdraw-proposal", "publish"]);
    expect((await author.post(`${page("2032.1.0")}/publish`, {})).headers.get("Location")).toBe(`${page("2032.1.0")}?done=published`);

    expect([await match("2031-12-31"), await match("2032-01-01")]).toEqual(["2025.2.0", "2032.1.0"]);
    const versions = await (await author.get("/staff/")).text();
    expect(versions).toMatch(/<tr data-version="2032.1.0" data-status="scheduled">[\s\S]*?author-wang 于 \d{4}-\d\d-\d\d 发布/);
    expect(versions).toContain(`<a href="${page("2032.1.0")}">2032.1.0</a>`); // to its draft and review log
    expect(versions).toMatch(/<tr data-version="2025.2.0" data-status="in-force">[\s\S]*?随代码发布/);
    const log = await (await author.get(page("2032.1.0"))).text();
    expect([...log.matchAll(/<tr data-step="([a-z-]+)">/g)].map((m) => m[1])).toEqual(["published", "approved", "proposed", "saved"]);
  });
});

describe("what each role is shown and refused", () => {
  it("an author is shown no approve button and is refused one posted anyway; the draft stays proposed", async () => {
    await api.to("proposed", "2032.2.0", "2032-02-01");
    const author = await signedIn(fetcher, "author2");
    expect(buttons(await (await author.get(page("2032.2.0"))).text())).toEqual(["withdraw-proposal"]);
    const res = await author.post(`${page("2032.2.0")}/approve`, {});
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("您的角色不能执行此操作");
    expect(await stateOf("2032.2.0")).toBe("proposed");
  });

  it("an admin who proposed a draft is told another officer approves it, and refused (403) when posting it", async () => {
    const admin = await signedIn(fetcher, "admin");
    await admin.post("/staff/drafts", uploadForm(rulesetOf("2032.3.0", "2032-03-01"), [passingCase("2032-03-01")]));
    await admin.post(`${page("2032.3.0")}/propose`, {});
    const html = await (await admin.get(page("2032.3.0"))).text();
    expect(html).toContain("此草案由您提交或最近修改，须由其他工作人员批准。");
    expect(buttons(html)).not.toContain("approve");
    const res = await admin.post(`${page("2032.3.0")}/approve`, {});
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("不能批准自己提交或修改的草案");
    expect(await stateOf("2032.3.0")).toBe("proposed");
  });

  it("a reviewer is shown no upload form and is refused an upload", async () => {
    const reviewer = await signedIn(fetcher, "reviewer");
    expect(await (await reviewer.get("/staff/drafts")).text()).not.toContain('action="/staff/drafts"');
    const res = await reviewer.post("/staff/drafts", uploadForm(rulesetOf("2032.4.0", "2032-04-01")));
    expect(res.status).toBe(403);
    const empty = new FormData();
    empty.append("ruleset", new File([""], "empty.json"));
    expect((await reviewer.post("/staff/drafts", empty)).status).toBe(403); // the role before the file
    expect((await api.call("admin", "GET", api.draft("2032.4.0"))).status).toBe(404);
  });

  it("a policy concierge reads the console but is offered no action on the rules, and refused one", async () => {
    await api.to("proposed", "2032.11.0", "2032-11-01");
    const concierge = await signedIn(fetcher, "concierge");
    const html = await (await concierge.get(page("2032.11.0"))).text();
    expect([buttons(html), html.includes("concierge-qian · 政策管家")]).toEqual([[], true]);
    expect((await concierge.post(`${page("2032.11.0")}/approve`, {})).status).toBe(403);
    expect(await stateOf("2032.11.0")).toBe("proposed");
  });

  it("a rejection needs its reason; with one the draft is rejected and the reason logged", async () => {
    await api.to("proposed", "2032.5.0", "2032-05-01");
    const reviewer = await signedIn(fetcher, "reviewer");
    expect((await reviewer.post(`${page("2032.5.0")}/reject`, { reason: " " })).status).toBe(400);
    expect((await reviewer.post(`${page("2032.5.0")}/reject`, { reason: "上限缺少出处" })).status).toBe(303);
    expect(await (await reviewer.get(page("2032.5.0"))).text()).toMatch(/<tr data-step="rejected">[\s\S]*?上限缺少出处/);
  });

  it("only an admin is shown the withdrawal and may withdraw a version, from today or later, with a reason", async () => {
    await api.to("published", "2032.6.0", "2032-06-01");
    const author = await signedIn(fetcher, "author"), admin = await signedIn(fetcher, "admin");
    expect(await (await author.get("/staff/")).text()).not.toContain("/withdraw\"");
    expect((await author.post(`/staff/versions/${ID}/2032.6.0/withdraw`, { from: "2032-07-01", reason: "x" })).status).toBe(403);
    expect(await (await admin.get("/staff/")).text()).toContain(`action="/staff/versions/${ID}/2032.6.0/withdraw"`);
    expect((await admin.post(`/staff/versions/${ID}/2032.6.0/withdraw`, { from: "2026-01-01", reason: "x" })).status).toBe(400);
    expect((await admin.post(`/staff/versions/${ID}/2032.6.0/withdraw`, { from: "2032-07-01", reason: "" })).status).toBe(400);
    const done = await admin.post(`/staff/versions/${ID}/2032.6.0/withdraw`, { from: "2032-07-01", reason: "被 2032.7.0 取代" });
    expect(done.headers.get("Location")).toBe("/staff/?done=withdrawn");
    expect(await (await admin.get("/staff/")).text()).toContain("自 2032-07-01 起撤回：被 2032.7.0 取代");
    expect(await match("2032-06-30")).toBe("2032.6.0");
    expect(await match("2032-07-01")).not.toBe("2032.6.0"); // the version before it answers again
  });
});

describe("a retroactive draft", () => {
  it("without a reason is saved with the error and refused at propose; the page says so in red", async () => {
    const author = await signedIn(fetcher, "author");
    await author.post("/staff/drafts", uploadForm(rulesetOf("2032.8.0", "2026-03-01"), [passingCase("2026-03-01")], { retroactive: true }));
    const html = await (await author.get(page("2032.8.0"))).text();
    expect(html).toContain('<div class="alert retro" role="note">');
    expect(html).toContain("未填写理由：不能提交审核。");
    const res = await author.post(`${page("2032.8.0")}/propose`, {});
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("/reason: a retroactive draft gives the reason it must take effect in the past");
    expect(await stateOf("2032.8.0")).toBe("draft");
  });
});

describe("uploads refused", () => {
  it("no file, a file that is not JSON, a rule set without its version: 400 with the drafts page, nothing saved", async () => {
    const author = await signedIn(fetcher, "author");
    const empty = new FormData();
    empty.append("ruleset", new File([""], "empty.json"));
    expect((await author.post("/staff/drafts", empty)).status).toBe(400);
    const notJson = new FormData();
    notJson.append("ruleset", new File(["{ not json"], "broken.json"));
    const res = await author.post("/staff/drafts", notJson);
    expect([res.status, await res.text()]).toEqual([400, expect.stringContaining("the rule-set file broken.json is not JSON")]);
    const { version: _v, ...unversioned } = rulesetOf("2032.9.0", "2032-09-01");
    expect((await author.post("/staff/drafts", uploadForm(unversioned))).status).toBe(400);
  });
});

describe("each screen", () => {
  it("the drafts, the impact with its chart and downloads, and the audit render for any role", async () => {
    await api.to("approved", "2032.10.0", "2032-10-01");
    const reviewer = await signedIn(fetcher, "reviewer2");
    const drafts = await (await reviewer.get("/staff/drafts")).text();
    expect(drafts).toMatch(/<tr data-draft="2032.10.0" data-state="approved">/);
    const impact = await reviewer.get(`${page("2032.10.0")}/impact?count=300&seed=7`);
    expect(impact.status).toBe(200);
    const html = await impact.text();
    expect(html).toMatch(/模拟企业名录|synthetic/);
    expect(html).toContain('<svg class="chart" role="img"');
    expect(html).toContain(`href="${page("2032.10.0")}/impact/firms.csv?seed=7&amp;count=300"`);
    const csv = await reviewer.get(`${page("2032.10.0")}/impact/measures.csv?seed=7&count=300`);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).startsWith("measureId,")).toBe(true);
    const audit = await (await reviewer.get("/staff/audit?version=2032.10.0")).text();
    expect([...audit.matchAll(/<tr data-step="([a-z-]+)">/g)].map((m) => m[1])).toEqual(["approved", "proposed", "saved"]);
    expect((await reviewer.get("/staff/drafts/no-such/2032.1.0")).status).toBe(404);
  });

  it("every action and download of the console is also a bearer-token route of the OpenAPI document", async () => {
    const doc = (await (await fetcher("/openapi.json")).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const api = [
      ["put", "/v1/rulesets/{id}/drafts/{version}"], // the upload
      ...["propose", "approve", "reject", "withdraw-proposal", "publish"].map((a) => ["post", `/v1/rulesets/{id}/drafts/{version}/${a}`]),
      ["post", "/v1/rulesets/{id}/versions/{version}/withdrawal"],
      ["get", "/v1/rulesets/{id}/drafts/{version}/analysis"], ["get", "/v1/rulesets/{id}/drafts/{version}/impact"],
      ["get", "/v1/rulesets/{id}/drafts/{version}/impact/firms.csv"], ["get", "/v1/rulesets/{id}/drafts/{version}/impact/measures.csv"],
      ["get", "/v1/audit"], ["get", "/v1/rulesets/{id}/drafts"],
    ];
    for (const [method, path] of api) expect(doc.paths[path!]?.[method!]?.security, `${method} ${path}`).toEqual([{ bearer: [] }]);
  });

  it("switches language with ?lang= and keeps it", async () => {
    const author = await signedIn(fetcher, "author");
    const en = await fetcher("/staff/?lang=en", { headers: { Cookie: author.cookie } });
    expect(await en.text()).toContain("Rule-set versions");
    const kept = /pm_staff_lang=en/.exec(en.headers.get("Set-Cookie") ?? "")?.[0];
    expect(await (await fetcher("/staff/drafts", { headers: { Cookie: `${author.cookie}; ${kept}` } })).text()).toContain("<h1>Drafts</h1>");
  });

  it("answers a page, not problem+json, when D1 is not bound", async () => {
    const author = await signedIn(fetcher, "author");
    const res = await app.request("/staff/drafts", { headers: { Cookie: author.cookie } }, { ...env, DB: undefined });
    expect(res.status).toBe(503);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
  });
});
