/**
 * The dossier in the browser, inside workerd (issue 15): the form saves to a dossier (making
 * one, its token shown once), reloads from it ("continue where I left off", "this year's
 * answers from last year's"), and a saved result has its own address that shows that decision
 * and nothing else; the pages keep the form's CSP, CSRF and no-store rules.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { verifyReceipt } from "../../src/dossier/receipt.js";
import { PAGE_CSP } from "../../src/http/pages.js";
import { PROFILES } from "../support/cases.js";
import { call, freshCode } from "../support/dossiers.js";
import { addNotice } from "../support/jobs.js";
import { profileToForm } from "../support/profile-form.js";

const ORIGIN = "http://localhost";
const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;

/** A browser's cookie jar, enough for these pages. */
class Browser {
  readonly jar = new Map<string, string>();
  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ""] = c.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (/max-age=0/i.test(c) || value === "") this.jar.delete(name); else this.jar.set(name, value);
    }
    return res;
  }
  private get cookie() { return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; "); }
  async get(path: string) {
    return this.keep(await app.request(path, { headers: { Cookie: this.cookie } }, env));
  }
  async post(path: string, fields: Record<string, string>, origin = ORIGIN) {
    return this.keep(await app.request(path, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin, Cookie: this.cookie }, body: new URLSearchParams(fields) }, env));
  }
}

/** The form's answers for a fixture under a fresh credit code. */
const answers = (code: string, extra: Record<string, string> = {}) => ({ ...profileToForm({ ...magnet, creditCode: code }), asOf: "2025-06-30", ...extra });

/** Saves from the form in a new dossier: the browser holding it, its token, the result page's path. */
async function saved(code = freshCode()) {
  const b = new Browser();
  const res = await b.post("/match", answers(code, { _action: "save" }));
  expect(res.status).toBe(303);
  const welcome = res.headers.get("Location")!;
  const page = decodeURIComponent(/next=([^&]+)/.exec(welcome)![1]!);
  const html = await (await b.get(welcome)).text();
  const token = /<code>(pmd_[A-Za-z0-9_-]{43})<\/code>/.exec(html)![1]!;
  return { b, code, token, page };
}

const statuses = (html: string) => [...html.matchAll(/data-measure="([a-z0-9-]+)" data-status="(\w+)"/g)].map((m) => `${m[1]}=${m[2]}`).sort();

describe("saving the form to a dossier", () => {
  it("makes a dossier, shows its token once, and sends the browser to the result's own page", async () => {
    const code = freshCode();
    const b = new Browser();
    const res = await b.post("/match", answers(code, { _action: "save" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toMatch(/^\/dossier\/welcome\?next=%2Fdecisions%2F[A-Za-z0-9_-]{43}$/);
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith("pm_dossier="))).toMatch(new RegExp(`^pm_dossier=${code}\\.pmd_[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookies.find((c) => c.startsWith("pm_token_once="))).toMatch(/Max-Age=600; Path=\/dossier\/welcome; HttpOnly; SameSite=Strict/);

    const welcome = await b.get(res.headers.get("Location")!);
    expect(welcome.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
    expect(welcome.headers.get("Cache-Control")).toBe("no-store");
    const token = /<code>(pmd_[A-Za-z0-9_-]{43})<\/code>/.exec(await welcome.text())![1]!;
    expect(await (await b.get(res.headers.get("Location")!)).text()).not.toContain("pmd_"); // shown once
    const api = (await (await call("GET", `/v1/dossiers/${code}`, { token })).json()) as { latestVersion: { source: string; profile: { employees: number } }; lastDecision: { resultPage: string; asOf: string } };
    expect([api.latestVersion.source, api.latestVersion.profile.employees, api.lastDecision.asOf]).toEqual(["form", magnet.employees, "2025-06-30"]);
    expect(`/dossier/welcome?next=${encodeURIComponent(api.lastDecision.resultPage)}`).toBe(res.headers.get("Location"));
  });

  it("in the dossier this browser opened: a new version and decision, straight to the result page", async () => {
    const { b, code, token } = await saved();
    const res = await b.post("/match", answers(code, { _action: "save", employees: "190" }));
    expect([res.status, res.headers.get("Location")]).toEqual([303, expect.stringMatching(/^\/decisions\/[A-Za-z0-9_-]{43}$/)]);
    const versions = (await (await call("GET", `/v1/dossiers/${code}/versions`, { token })).json()) as { versions: { version: number; source: string }[] };
    expect(versions.versions.map((v) => [v.version, v.source])).toEqual([[1, "form"], [2, "form"]]);
  });

  it("saves nothing when the form has problems, or when the code has a dossier this browser has not opened", async () => {
    const { code } = await saved();
    const other = new Browser();
    const taken = await other.post("/match", answers(code, { _action: "save" }));
    expect(taken.status).toBe(400);
    expect(await taken.text()).toMatch(/this credit code has a dossier|该统一社会信用代码已有企业档案/);
    const code2 = freshCode();
    const bad = await other.post("/match", answers(code2, { _action: "save", employees: "many" }));
    expect(bad.status).toBe(400);
    const noCode = await other.post("/match", { ...answers(code2, { _action: "save" }), creditCode: "" });
    expect(noCode.status).toBe(400);
    expect(await noCode.text()).toMatch(/enter the credit code to save|保存到档案需要填写统一社会信用代码/);
    expect((await call("POST", "/v1/dossiers", { body: { creditCode: code2 } })).status).toBe(201); // nothing was made for it
  });

  it("refuses a save posted from another site (CSRF), making nothing", async () => {
    const code = freshCode();
    const res = await new Browser().post("/match", answers(code, { _action: "save" }), "https://evil.example");
    expect(res.status).toBe(403);
    expect((await call("POST", "/v1/dossiers", { body: { creditCode: code } })).status).toBe(201);
  });
});

describe("a saved result's own page", () => {
  it("shows the decision again on every visit, as decided; an advisor gets no answers to re-post and no way into the dossier", async () => {
    const { b, code, page, token } = await saved();
    const first = await b.get(page);
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    expect(first.headers.get("X-Robots-Tag")).toBe("noindex");
    const html = await first.text();
    const api = (await (await call("GET", `/v1/dossiers/${code}/decisions`, { token })).json()) as { decisions: { decisionId: string }[] };
    const decision = (await (await call("GET", `/v1/dossiers/${code}/decisions/${encodeURIComponent(api.decisions[0]!.decisionId)}`, { token })).json()) as { result: { measures: { id: string; status: string }[] } };
    const shown = statuses(html).filter((s) => decision.result.measures.some((m) => s.startsWith(`${m.id}=`)));
    expect(shown).toEqual(decision.result.measures.map((m) => `${m.id}=${m.status}`).sort());
    expect(html).toContain("/?dossier=continue"); // its firm, in its browser, may go back to its answers
    // an advisor with the link: the same result, no answers to re-post, no way into the dossier or its token
    const advisor = await new Browser().get(page);
    const seen = await advisor.text();
    expect(statuses(seen)).toEqual(statuses(html));
    expect(seen).not.toContain("/?dossier=continue");
    expect(seen).not.toMatch(/<input type="hidden"/);
    expect(seen).not.toContain(token);
    expect(await (await new Browser().get(`${page}?lang=en`)).text()).toContain('<html lang="en">');
  });

  it("gives the decision's signed receipt, which verifies with the published key; unknown or deleted: 404", async () => {
    const { b, page } = await saved();
    const res = await new Browser().get(`${page}/receipt.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="receipt-/);
    const receipt = await res.json();
    const keys = ((await (await call("GET", "/.well-known/policy-match/receipt-keys.json")).json()) as { keys: unknown[] }).keys;
    expect((await verifyReceipt(receipt, keys)).ok).toBe(true);
    expect(await (await new Browser().get(`${page}/receipt.json`)).json()).toEqual(receipt); // kept, not signed again
    expect((await new Browser().get("/decisions/" + "A".repeat(43))).status).toBe(404);
    expect((await b.post("/dossier/delete", { confirm: "yes" })).status).toBe(200);
    expect((await new Browser().get(page)).status).toBe(404);
    expect((await new Browser().get(`${page}/receipt.json`)).status).toBe(404);
  });

  it("without a receipt key: the page says none can be issued (503), never a 500", async () => {
    const { page } = await saved();
    const res = await app.request(`${page}/receipt.json`, {}, { ...env, RECEIPT_SIGNING_KEY: undefined });
    expect(res.status).toBe(503);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
  });
});

describe("reloading from the dossier", () => {
  it("continue where you left off: the form prefilled from the latest version", async () => {
    const { b } = await saved();
    const html = await (await b.get("/?dossier=continue")).text();
    expect(html).toContain('data-dossier="');
    expect(html).toMatch(/name="employees" type="text" value="180"/);
    expect(html).toMatch(/name="fy0\.revenue" type="text" value="5,000"/);
    expect(html).toMatch(/name="latestYear" type="text" value="2024"/);
  });

  it("this year's answers from last year's: a new year to fill in, last year's accounts one column back", async () => {
    const { b } = await saved();
    const html = await (await b.get("/?dossier=next-year")).text();
    expect(html).toMatch(/name="latestYear" type="text" value="2025"/);
    expect(html).toMatch(/name="fy0\.revenue" type="text" value=""/);
    expect(html).toMatch(/name="fy1\.revenue" type="text" value="5,000"/);
    expect(html).toMatch(/name="fy2\.revenue" type="text" value="5,500"/);
  });

  it("without an opened dossier, the plain form; the panel says how to keep the answers", async () => {
    const html = await (await new Browser().get("/?dossier=continue")).text();
    expect(html).toMatch(/name="employees" type="text" value=""/);
    expect(html).toContain('href="/dossier"');
  });
});

describe("the dossier page", () => {
  it("opens with the credit code and the token; a wrong pair is refused with the same words whatever it is", async () => {
    const { code, token } = await saved();
    const b = new Browser();
    const closed = await b.get("/dossier");
    expect(await closed.text()).toContain('action="/dossier/open"');
    const wrong = await b.post("/dossier/open", { creditCode: code, token: "pmd_wrong" });
    const unknown = await b.post("/dossier/open", { creditCode: freshCode(), token });
    expect([wrong.status, unknown.status]).toEqual([400, 400]);
    const said = (html: string) => /<p class="error-message"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1];
    const [w, u] = [said(await wrong.text()), said(await unknown.text())];
    expect(w).toMatch(/no dossier opens with this credit code and this token|打不开任何档案/);
    expect(w).toBe(u);
    expect(b.jar.has("pm_dossier")).toBe(false);
    const opened = await b.post("/dossier/open", { creditCode: code.toLowerCase(), token });
    expect([opened.status, opened.headers.get("Location")]).toEqual([303, "/dossier"]);
    const page = await (await b.get("/dossier")).text();
    expect(page).toContain(`data-dossier="${code}"`);
    expect(page).toMatch(/href="\/decisions\/[A-Za-z0-9_-]{43}"/);
    expect((await b.post("/dossier/open", { creditCode: code, token }, "https://evil.example")).status).toBe(403);
    await b.post("/dossier/close", {});
    expect(await (await b.get("/dossier")).text()).toContain('action="/dossier/open"');
  });

  it("records support received, which the next saved result shows as received and leaves out of the totals", async () => {
    const { b, code, page } = await saved();
    expect(await (await b.get(page)).text()).toMatch(/data-total="payment"/); // 125,000 before: 2,500,000 × 5 %
    const refused = await b.post("/dossier/support", { measureId: "rd-post-subsidy", status: "granted", date: "2099-01-01" });
    expect(refused.status).toBe(400);
    const yearless = await b.post("/dossier/support", { measureId: "rd-post-subsidy", status: "granted", date: "2025-04-15", lang: "en" });
    const yearlessText = await yearless.text();
    expect([yearless.status, yearlessText]).toEqual([400, expect.stringMatching(/<a href="#f-fiscalYear">For the fiscal year: &quot;Baotou R&amp;D post-subsidy&quot; is granted per fiscal year: say which, e\.g\. 2024<\/a>/)]);
    expect(yearlessText).toContain("<p>1 version saved; the latest, version 1,");
    const typos = await (await b.post("/dossier/support", { measureId: "rd-post-subsidy", status: "granted", date: "2025-04-15", fiscalYear: "20x", amount: "abc" })).text();
    expect(typos).toMatch(/<a href="#f-amount">金额：请填写数字，例如 1,234.5<\/a>/);
    expect(typos).toMatch(/<a href="#f-fiscalYear">所属会计年度：请填写整数，例如 120<\/a>/);
    const res = await b.post("/dossier/support", { measureId: "rd-post-subsidy", status: "granted", amount: "12.5", date: "2025-04-15", fiscalYear: "2024", reference: "包科发〔2025〕12号" });
    expect(res.status).toBe(303);
    expect(await (await b.get("/dossier")).text()).toContain("包科发〔2025〕12号");
    const again = await b.post("/match", answers(code, { _action: "save" }));
    const html = await (await b.get(again.headers.get("Location")!)).text();
    expect(html).toMatch(/data-measure="rd-post-subsidy" data-received="granted"/);
    expect(html).not.toMatch(/data-total="payment"/); // 125,000 received: no payment left to total
    const id = /data-support="(\d+)"/.exec(await (await b.get("/dossier")).text())![1]!;
    await b.post("/dossier/support/remove", { id });
    expect(await (await b.get("/dossier")).text()).not.toContain("包科发〔2025〕12号");
  });

  it("downloads everything kept, and deletes the dossier only when confirmed", async () => {
    const { b, code, token } = await saved();
    const exported = await b.get("/dossier/export");
    expect(exported.headers.get("Content-Disposition")).toBe(`attachment; filename="dossier-${code}.json"`);
    const x = (await exported.json()) as { versions: unknown[]; decisions: unknown[] };
    expect([x.versions.length, x.decisions.length]).toEqual([1, 1]);
    expect((await b.post("/dossier/delete", {})).status).toBe(400);
    expect((await call("GET", `/v1/dossiers/${code}`, { token })).status).toBe(200);
    expect((await b.post("/dossier/delete", { confirm: "yes" })).status).toBe(200);
    expect((await call("GET", `/v1/dossiers/${code}`, { token })).status).toBe(404);
    expect(b.jar.has("pm_dossier")).toBe(false);
    expect((await new Browser().get("/dossier/export")).status).toBe(303); // nothing opened: back to /dossier
  });

  it("every dossier page keeps the strict CSP, no-store, and no script or inline style", async () => {
    const { b, page } = await saved();
    for (const path of ["/dossier", "/?dossier=continue", page, "/dossier/welcome"]) {
      const res = await b.get(path);
      expect(res.headers.get("Content-Security-Policy"), path).toBe(PAGE_CSP);
      expect(res.headers.get("Cache-Control"), path).toBe("no-store");
      expect(await res.text(), path).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    }
  });
});

describe("notices on the firm's page", () => {
  it("shows what changed under a new version, in zh-CN and en, with the amounts; a dossier without notices has no such section", async () => {
    const { b, code } = await saved();
    expect(await (await b.get("/dossier")).text()).not.toContain('id="notices-h"');
    await addNotice(code, "rd-post-subsidy"); // an amount change: 125,000 → 50,000 yuan (tests/support/jobs.ts)
    const zh = await (await b.get("/dossier")).text();
    expect(zh).toContain("政策变化提醒");
    expect(zh).toMatch(/<li data-notice-kind="amount" class="open"><strong>金额变化<\/strong>：[^<]*研发[^<]*（规则版本 2026\.7\.0，/);
    expect(zh).toContain("12.5 万元 → 5 万元");
    const en = await (await b.get("/dossier?lang=en")).text();
    expect(en).toContain("What changed for you");
    expect(en).toContain("<strong>amount changed</strong>");
  });

  it("the firm marks a notice read from its page (its own only; another dossier's stays open); a post without the page's origin is refused", async () => {
    const mine = await saved(), theirs = await saved();
    const id = await addNotice(mine.code), other = await addNotice(theirs.code);
    expect((await mine.b.post("/dossier/notices/acknowledge", { id: String(id) }, "https://evil.example")).status).toBe(403);
    expect((await mine.b.post("/dossier/notices/acknowledge", { id: String(other) })).status).toBe(303);
    const res = await mine.b.post("/dossier/notices/acknowledge", { id: String(id) });
    expect(res.status).toBe(303);
    const html = await (await mine.b.get("/dossier")).text();
    expect(html).not.toContain('class="open"');
    expect(html).toContain("（已读）");
    const open = (code: string, token: string) => call("GET", `/v1/dossiers/${code}/notices?open=true`, { token }).then((r) => r.json() as Promise<{ notices: { id: number; acknowledgedBy: string | null }[] }>);
    expect((await open(mine.code, mine.token)).notices).toEqual([]);
    expect((await open(theirs.code, theirs.token)).notices.map((n) => n.id)).toEqual([other]);
  });
});
