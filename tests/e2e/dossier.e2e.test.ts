/**
 * The dossier in real Chromium against the real Worker (wrangler dev, issue 15): the form saved
 * to a new dossier (its token shown once), the result's own page refreshed and opened by an
 * advisor in another browser, the dossier reopened with its token in a third, and the answers
 * reloaded to save a second version — under the pages' CSP, with axe-core.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { usccCheckCharacter } from "../../src/profile/index.js";
import { profileToForm } from "../support/profile-form.js";
import { launch, seriousViolations, shot, watchCsp } from "./support/browser.js";
import { readProfile } from "./support/expected.js";
import { fillForm } from "./support/fill.js";

/** The page's globals, inside page.evaluate callbacks (the project is type-checked without the DOM library). */
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const baseURL = inject("baseURL");
const first17 = `91150200MA${Date.now().toString(36).toUpperCase().replace(/[IOZSV]/g, "1").padStart(7, "0").slice(-7)}`;
const CODE = first17 + usccCheckCharacter(first17);
const MAGNET = "fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json";

let browser: Browser;
const contexts: BrowserContext[] = [];
const context = async () => {
  const c = await browser.newContext({ baseURL, viewport: { width: 1200, height: 900 }, locale: "zh-CN" });
  contexts.push(c);
  return c;
};

beforeAll(async () => { browser = await launch(); });
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function click(page: Page, role: "button" | "link", name: RegExp): Promise<number> {
  const [res] = await Promise.all([page.waitForNavigation(), page.getByRole(role, { name }).first().click()]);
  return res!.status();
}

const amount = (page: Page, id: string) => page.locator(`[data-measure="${id}"] strong[data-amount]`).innerText();

describe("save → reload → the result's own address", () => {
  let resultUrl = "";
  let token = "";

  it("saves the form to a new dossier, shows the token once, and lands on the result's own page, which a refresh shows again", async () => {
    const page = await (await context()).newPage();
    const csp = watchCsp(page);
    await page.goto("/");
    await fillForm(page, { ...profileToForm({ ...readProfile(MAGNET), creditCode: CODE }), asOf: "2025-06-30" });
    expect(await click(page, "button", /保存到新建档案并查看结果/)).toBe(200);
    expect(page.url()).toMatch(/\/dossier\/welcome\?next=/);
    token = await page.locator("[data-token-for] code").innerText();
    expect(token).toMatch(/^pmd_[A-Za-z0-9_-]{43}$/);
    await shot(page, "dossier-welcome");
    expect(await seriousViolations(page)).toEqual([]);

    expect(await click(page, "link", /查看匹配结果/)).toBe(200);
    resultUrl = page.url();
    expect(resultUrl).toMatch(/\/decisions\/[A-Za-z0-9_-]{43}$/);
    expect(await amount(page, "rd-post-subsidy")).toBe("12.5 万元");
    const before = await page.locator("main").innerText();
    const reloaded = await page.reload();
    expect(reloaded!.status()).toBe(200);
    expect(reloaded!.request().method()).toBe("GET"); // nothing re-posted
    expect(await page.locator("main").innerText()).toBe(before);
    await shot(page, "dossier-result");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack(); // the welcome page again: the token is not shown twice
    expect(await page.locator("[data-token-for]").count()).toBe(0);
    expect(csp).toEqual([]);
  });

  it("an advisor given the address sees the same result, and nothing of the dossier", async () => {
    const page = await (await context()).newPage();
    const res = await page.goto(resultUrl);
    expect(res!.status()).toBe(200);
    expect(await amount(page, "rd-post-subsidy")).toBe("12.5 万元");
    expect(await page.getByRole("link", { name: /修改填写内容/ }).count()).toBe(0);
    expect(await page.locator('input[type="hidden"]').count()).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });

  it("in another browser, the dossier opens with the credit code and the token, and the answers reload to save a second version", async () => {
    const page = await (await context()).newPage();
    const csp = watchCsp(page);
    await page.goto("/dossier");
    await page.fill("#f-creditCode", CODE);
    await page.fill("#f-token", token);
    expect(await click(page, "button", /打开档案/)).toBe(200);
    expect(await page.locator(`[data-dossier="${CODE}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`a[href^="/decisions/"]`).count()).toBe(1);
    await shot(page, "dossier-page");
    expect(await seriousViolations(page)).toEqual([]);

    expect(await click(page, "link", /继续上次的填写/)).toBe(200);
    expect(await page.inputValue("#f-creditCode")).toBe(CODE);
    expect(await page.inputValue("#f-employees")).toBe("180");
    expect(await page.inputValue("#f-fy0-revenue")).toBe("5,000");
    await page.fill("#f-employees", "190");
    expect(await click(page, "button", /保存到档案并查看结果/)).toBe(200);
    expect(page.url()).toMatch(/\/decisions\/[A-Za-z0-9_-]{43}$/);
    expect(page.url()).not.toBe(resultUrl);

    await page.goto("/dossier");
    expect(await page.locator(".versions li").count()).toBe(2);
    expect(await page.locator(`a[href^="/decisions/"]`).count()).toBe(2);
    expect(await click(page, "link", /以上年内容填写本年度/)).toBe(200);
    expect(await page.inputValue("#f-latestYear")).toBe("2025");
    expect(await page.inputValue("#f-fy1-revenue")).toBe("5,000");
    expect(csp).toEqual([]);
  });
});
