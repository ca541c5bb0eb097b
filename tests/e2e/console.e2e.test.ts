/**
 * The staff console in real Chromium against the real Worker (wrangler dev, issue 14): an
 * author signs in, uploads a draft and sees its impact; a second officer approves it; it is
 * published and answers from its date. An author cannot approve their own draft; a retroactive
 * draft without a reason is refused. Each screen is checked with axe-core, under the pages' CSP,
 * and photographed: into tests/e2e/screenshots/ (git-ignored), or with UPDATE_SCREENSHOTS=1 into
 * docs/screenshots/staff-*.png, the pictures of docs/staff.md (they show dates, so are renewed
 * only when the screens change).
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { OFFICERS, type OfficerKey } from "../support/officers.js";
import { passingCase, rulesetOf } from "../support/review.js";
import { launch, SCREENSHOTS, seriousViolations, watchCsp } from "./support/browser.js";

const baseURL = inject("baseURL");
const ID = "baotou-rare-earth-hi-tech-zone";
/** A date after the real today of wrangler dev, so the draft is not retroactive: the first day of next year. */
const FROM = `${new Date().getUTCFullYear() + 1}-01-01`;
const VERSION = `${FROM.slice(0, 4)}.1.0`;
const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(process.cwd(), "docs", "screenshots") : SCREENSHOTS;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => { browser = await launch(); });
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

/** A browser of its own for an officer, signed in through the sign-in page. */
async function officer(who: OfficerKey, locale = "zh-CN"): Promise<{ page: Page; csp: string[]; context: BrowserContext }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1200, height: 900 }, locale });
  contexts.push(context);
  const page = await context.newPage();
  const csp = watchCsp(page);
  await page.goto("/staff/drafts");
  expect(new URL(page.url()).pathname).toBe("/staff/sign-in");
  await page.getByLabel(/令牌|Token/).fill(OFFICERS[who].token);
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: /^(登录|Sign in)$/ }).click()]);
  expect(new URL(page.url()).pathname).toBe("/staff/drafts");
  return { page, csp, context };
}

/** Clicks and waits for the page it leads to; its status. */
async function go(page: Page, role: "button" | "link", name: RegExp): Promise<number> {
  const [res] = await Promise.all([page.waitForNavigation(), page.getByRole(role, { name }).first().click()]);
  return res!.status();
}

/** The screenshot of the screen (the visible part: small files), after axe-core finds nothing serious. */
async function screen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), name).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Uploads a draft through the drafts page's form. */
async function upload(page: Page, ruleset: unknown, cases: unknown[], retroactive = false): Promise<number> {
  await page.goto("/staff/drafts");
  await page.setInputFiles("#ruleset", { name: "ruleset.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(ruleset)) });
  await page.setInputFiles("#cases", cases.map((c, i) => ({ name: `case-${i}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(c)) })));
  if (retroactive) await page.getByLabel(/追溯生效：/).check();
  return go(page, "button", /上传草案/);
}

const match = async (asOf: string) => ((await (await fetch(`${baseURL}/v1/match`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile: {}, asOf }) })).json()) as { ruleset: { version: string } }).ruleset.version;

describe("the path to live in the console", () => {
  it("an author uploads a draft and sees its impact; a second officer approves it; it is published and answers from its date", async () => {
    const sign = await browser.newContext({ baseURL, viewport: { width: 1200, height: 700 }, locale: "zh-CN" });
    contexts.push(sign);
    const signPage = await sign.newPage();
    await signPage.goto("/staff/");
    await screen(signPage, "staff-sign-in");

    const author = await officer("author");
    // the R&D post-subsidy at 6 % / 4 % (was 5 % / 3 %)
    const ruleset = rulesetOf(VERSION, FROM);
    ruleset.changelog = [{ "zh-CN": "研发后补助比例提高至 6%（小微）/ 4%（其他）。", en: "R&D post-subsidy raised to 6 % (small and micro) / 4 % (others)." }];
    ruleset.measures.find((m: { id: string }) => m.id === "rd-post-subsidy").amount.rate.table = { micro: 0.06, small: 0.06, medium: 0.04, large: 0.04 };
    expect(await upload(author.page, ruleset, [passingCase(FROM)])).toBe(200);
    expect(new URL(author.page.url()).pathname).toBe(`/staff/drafts/${ID}/${VERSION}`);
    expect(await author.page.getByRole("status").innerText()).toContain("草案已保存");
    expect(await author.page.locator("h1 .badge").getAttribute("data-state")).toBe("draft");
    expect(await author.page.locator("#diff pre").innerText()).toContain("~ rd-post-subsidy");
    await screen(author.page, "staff-draft");

    // from the draft's page to its impact, then 2,000 synthetic firms decided on 2026-07-01 (their accounts, 2022–2024, are recent enough then)
    expect(await go(author.page, "link", /对企业名录的影响/)).toBe(200);
    await author.page.getByLabel("企业数（模拟）").fill("2000");
    await author.page.getByLabel("判定日期").fill("2026-07-01");
    expect(await go(author.page, "button", /^显示$/)).toBe(200);
    const row = author.page.locator('tr[data-measure="rd-post-subsidy"]');
    expect(Number(await row.locator("[data-gained]").getAttribute("data-gained"))).toBe(0); // a higher rate changes amounts, not who is eligible
    expect(Number(await row.locator("[data-amount-changed]").getAttribute("data-amount-changed"))).toBeGreaterThan(0);
    expect(await author.page.locator("[data-budget]").innerText()).toMatch(/\(\+[\d,.]+\)$/);
    expect(await author.page.locator("svg.chart rect.bar-after").count()).toBeGreaterThan(0);
    await screen(author.page, "staff-impact");

    await author.page.goto(`/staff/drafts/${ID}/${VERSION}`);
    expect(await go(author.page, "button", /^提交审核$/)).toBe(200);
    expect(await author.page.getByRole("button", { name: /^批准$/ }).count()).toBe(0);

    const reviewer = await officer("reviewer");
    await reviewer.page.goto(`/staff/drafts/${ID}/${VERSION}`);
    await screen(reviewer.page, "staff-review");
    expect(await go(reviewer.page, "button", /^批准$/)).toBe(200);
    expect(await reviewer.page.locator("h1 .badge").getAttribute("data-state")).toBe("approved");

    await author.page.reload();
    expect(await go(author.page, "button", /^发布$/)).toBe(200);
    expect(await author.page.locator("h1 .badge").getAttribute("data-state")).toBe("published");
    const dayBefore = new Date(Date.parse(FROM) - 86_400_000).toISOString().slice(0, 10);
    expect(await match(FROM)).toBe(VERSION);
    expect(await match(dayBefore)).not.toBe(VERSION);

    await author.page.goto("/staff/");
    expect(await author.page.locator(`tr[data-version="${VERSION}"]`).getAttribute("data-status")).toBe("scheduled");
    await screen(author.page, "staff-versions");
    await author.page.goto("/staff/drafts");
    expect(await author.page.locator(`tr[data-draft="${VERSION}"]`).getAttribute("data-state")).toBe("published");
    await screen(author.page, "staff-drafts");
    await author.page.goto(`/staff/audit?version=${VERSION}`);
    expect(await author.page.locator("tr[data-step]").evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { step: string } }).dataset.step)))
      .toEqual(["published", "approved", "proposed", "saved"]);
    await screen(author.page, "staff-audit");
    expect([...author.csp, ...reviewer.csp]).toEqual([]);
  });

  it("an author cannot approve their own draft: no button, and an approval posted from their browser is refused", async () => {
    const admin = await officer("admin", "en");
    const v = `${FROM.slice(0, 4)}.2.0`;
    await admin.page.goto("/staff/drafts?lang=en");
    await admin.page.setInputFiles("#ruleset", { name: "ruleset.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(rulesetOf(v, FROM))) });
    await admin.page.setInputFiles("#cases", { name: "case.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(passingCase(FROM))) });
    expect(await go(admin.page, "button", /Upload the draft/)).toBe(200);
    expect(await go(admin.page, "button", /^Propose for review$/)).toBe(200);
    expect(await admin.page.locator("#actions").innerText()).toContain("another officer approves it");
    expect(await admin.page.getByRole("button", { name: /^Approve$/ }).count()).toBe(0);
    const res = await admin.context.request.post(`/staff/drafts/${ID}/${v}/approve`, { headers: { Origin: baseURL }, form: {} });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("You cannot approve a draft you proposed or changed");
    await admin.page.reload();
    expect(await admin.page.locator("h1 .badge").getAttribute("data-state")).toBe("proposed");
    expect(admin.csp).toEqual([]);
  });

  it("a retroactive draft without a reason is shown in red and refused at propose", async () => {
    const author = await officer("author2");
    const v = `${FROM.slice(0, 4)}.3.0`;
    const past = "2026-02-01";
    expect(await upload(author.page, rulesetOf(v, past), [passingCase(past)], true)).toBe(200);
    expect(await author.page.locator(".alert.retro").innerText()).toContain("未填写理由：不能提交审核");
    expect(await go(author.page, "button", /^提交审核$/)).toBe(422);
    expect(await author.page.getByRole("alert").innerText()).toContain("/reason: a retroactive draft gives the reason");
    expect(await author.page.locator("h1 .badge").getAttribute("data-state")).toBe("draft");
    await screen(author.page, "staff-retroactive");
    expect(author.csp).toEqual([]);
  });
});
