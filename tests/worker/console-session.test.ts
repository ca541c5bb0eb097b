/**
 * The console's sign-in inside workerd (issue 14, "The console"): a pasted token becomes a
 * signed, HttpOnly, SameSite=Strict session cookie (Secure on HTTPS) that never holds the token;
 * a wrong token, a forged or stale cookie, and a post from another site are refused; signing out
 * ends the session; every page has the pages' CSP and no-store.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { PAGE_CSP } from "../../src/http/page-guards.js";
import { formPost, sessionCookie, signedIn } from "../support/console.js";
import { OFFICERS } from "../support/officers.js";
import { testApp } from "../support/review.js";

const app = testApp();
const fetcher = (path: string, init?: RequestInit) => app.request(path, init, env);

describe("signing in", () => {
  it("sends a visitor without a session to the sign-in page, keeping where they were going", async () => {
    const res = await fetcher("/staff/audit?officer=x", { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/staff/sign-in?next=%2Fstaff%2Faudit%3Fofficer%3Dx");
    const page = await fetcher("/staff/sign-in");
    expect(page.status).toBe(200);
    expect(page.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain('<input type="password" id="token" name="token"');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });

  it("a token gives a signed session cookie (HttpOnly, SameSite=Strict, /staff, 8 hours) without the token in it, and goes back to the page asked for", async () => {
    const res = await formPost(fetcher, "/staff/sign-in", { token: OFFICERS.reviewer.token, next: "/staff/audit" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/staff/audit");
    const set = res.headers.get("Set-Cookie")!;
    expect(set).toMatch(/^pm_staff=[A-Za-z0-9_-]+\.\d+\.[A-Za-z0-9_-]+; Max-Age=28800; Path=\/staff; HttpOnly; SameSite=Strict$/);
    expect(set).not.toContain(OFFICERS.reviewer.token);
    const page = await fetcher("/staff/audit", { headers: { Cookie: sessionCookie(res)! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("reviewer-zhao · 审核人");
  });

  it("the cookie is Secure on HTTPS", async () => {
    const res = await app.request("https://console.example/staff/sign-in", { method: "POST", redirect: "manual", headers: { Origin: "https://console.example", "Content-Type": "application/x-www-form-urlencoded" }, body: `token=${OFFICERS.admin.token}` }, env);
    expect(res.headers.get("Set-Cookie")).toMatch(/; Secure; SameSite=Strict$/);
  });

  it("refuses a wrong or empty token with the sign-in page again, and sets nothing", async () => {
    const wrong = await formPost(fetcher, "/staff/sign-in", { token: "not-a-token", next: "/staff/" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    expect(await wrong.text()).toContain("这个令牌不是工作人员令牌");
    expect((await formPost(fetcher, "/staff/sign-in", { token: "" })).status).toBe(400);
  });

  it("never sends a signed-in officer elsewhere than the console", async () => {
    for (const next of ["https://evil.example/", "//evil.example/", "/\\evil.example", "/match"]) {
      const res = await formPost(fetcher, "/staff/sign-in", { token: OFFICERS.author.token, next });
      expect(res.headers.get("Location"), next).toBe("/staff/");
    }
  });

  it("refuses a forged cookie, another officer's signature, and the session of a token since removed", async () => {
    const { cookie } = await signedIn(fetcher, "author");
    const [payload, exp, sig] = cookie.slice("pm_staff=".length).split(".");
    const admin = btoa("admin-zhou").replace(/=+$/, "");
    for (const forged of [`pm_staff=${admin}.${exp}.${sig}`, `pm_staff=${payload}.${Number(exp) + 1}.${sig}`, "pm_staff=garbage", `pm_staff=${payload}.${exp}.b`]) {
      const res = await fetcher("/staff/", { headers: { Cookie: forged }, redirect: "manual" });
      expect(res.status, forged).toBe(303);
    }
    const without = { ...env, ADMIN_TOKENS: JSON.stringify({ "reviewer-zhao": { token: OFFICERS.reviewer.token, role: "reviewer" } }) };
    expect((await app.request("/staff/", { headers: { Cookie: cookie }, redirect: "manual" }, without)).status).toBe(303);
  });

  it("a session takes the role configured now: a token whose role changes acts with the new one", async () => {
    const { cookie } = await signedIn(fetcher, "author");
    const promoted = { ...env, ADMIN_TOKENS: JSON.stringify({ "author-wang": { token: OFFICERS.author.token, role: "admin" } }) };
    expect(await (await app.request("/staff/", { headers: { Cookie: cookie } }, promoted)).text()).toContain("author-wang · 管理员");
  });

  it("signing out clears the cookie", async () => {
    const { cookie } = await signedIn(fetcher, "author");
    const res = await formPost(fetcher, "/staff/sign-out", {}, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/staff/sign-in?out");
    expect(res.headers.get("Set-Cookie")).toMatch(/^pm_staff=; Max-Age=0; Path=\/staff; HttpOnly; SameSite=Strict$/);
  });
});

describe("CSRF", () => {
  it("refuses a post from another site or without an origin, with a page, before anything is read", async () => {
    for (const origin of ["https://evil.example", null]) {
      const res = await formPost(fetcher, "/staff/sign-in", { token: OFFICERS.admin.token }, undefined, origin);
      expect(res.status).toBe(403);
      expect(res.headers.get("Set-Cookie")).toBeNull();
      expect(await res.text()).toContain("只接受从本控制台页面提交的表单");
    }
  });
});
