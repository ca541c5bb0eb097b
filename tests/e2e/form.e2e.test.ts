/**
 * The web form in real Chromium against the real Worker (wrangler dev): two fixture profiles
 * typed in and checked against their cases, a bad form, the language switch, print, a phone,
 * axe-core, and the Content-Security-Policy refusing nothing the pages need.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wan } from "../../src/views/format.js";
import { formProfileOf, profileToForm } from "../support/profile-form.js";
import { launch, seriousViolations, shot, watchCsp } from "./support/browser.js";
import { expectations, readProfile } from "./support/expected.js";
import { fillForm, fullWidth } from "./support/fill.js";

/** The page's globals, inside page.evaluate callbacks (the project is type-checked without the DOM library). */
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare function getComputedStyle(element: unknown): { backgroundColor: string; outlineStyle: string };


const baseURL = inject("baseURL");
const AS_OF = "2025-06-30";
const VERSION = "2025.2.0"; // in force on AS_OF
const MAGNET = "fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json";
const PLANT = "fixtures/profiles/ndfeb-plant-project-fai-30m-equipment-10m.json";

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ baseURL, viewport: { width: 1200, height: 900 }, locale: "zh-CN" });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function open(path: string, ctx: BrowserContext = context): Promise<{ page: Page; csp: string[] }> {
  const page = await ctx.newPage();
  const csp = watchCsp(page);
  const res = await page.goto(path);
  expect(res?.status()).toBe(200);
  return { page, csp };
}

/** Submits the form and waits for the page that answers it. */
async function submit(page: Page, label: RegExp): Promise<number> {
  const [res] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: label }).click()]);
  return res!.status();
}

/** Status and amount of a measure as the result page shows them. */
async function shown(page: Page, id: string) {
  const card = page.locator(`[data-measure="${id}"]`);
  const status = await card.getAttribute("data-status");
  const amount = card.locator("strong[data-amount]");
  return { status, amount: (await amount.count()) ? { value: Number(await amount.getAttribute("data-amount")), text: await amount.innerText() } : undefined };
}

/** The same profile asked of the JSON API: every measure's status and amount. */
async function apiAnswer(profile: Record<string, unknown>) {
  const res = await fetch(`${baseURL}/v1/match`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: AS_OF }) });
  const r = (await res.json()) as { measures: { id: string; status: string; amount: { value: number } | null }[] };
  return r.measures;
}

async function checkAgainstCases(page: Page, ref: string) {
  const cases = expectations(ref, AS_OF, VERSION);
  expect(cases.length).toBeGreaterThanOrEqual(4);
  for (const c of cases) {
    const got = await shown(page, c.measure);
    expect(got.status, `${c.caseFile}: ${c.measure}`).toBe(c.status);
    if (c.amount !== undefined) {
      expect(got.amount?.value, `${c.caseFile}: ${c.measure} amount`).toBe(c.amount);
      expect(got.amount?.text).toContain(`${wan(c.amount)} 万元`);
    }
  }
  for (const m of await apiAnswer(formProfileOf(readProfile(ref)))) {
    const got = await shown(page, m.id);
    expect(got.status, `${m.id} as the API answers`).toBe(m.status);
    if (m.status === "eligible") expect(got.amount?.value, m.id).toBe(m.amount?.value);
  }
}

describe("the form", () => {
  it("opens in Chinese, passes axe-core, and its CSP refuses nothing", async () => {
    const { page, csp } = await open("/");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toBe("查询企业可享受的惠企政策");
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).backgroundColor)).toBe("rgb(11, 74, 139)");
    await shot(page, "form-zh");
    expect(await seriousViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await page.close();
  });

  it("switches to English by its link, and shows a visible focus", async () => {
    const { page } = await open("/");
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "English" }).click()]);
    expect(page.url()).toMatch(/\/\?lang=en$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.locator("#f-name").focus();
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
    await shot(page, "form-en");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("fits a phone", async () => {
    const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const { page } = await open("/", phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "form-phone");
    await phone.close();
  });
});

describe("two fixture profiles typed in", () => {
  it(`${MAGNET}: the measures and amounts of its cases`, async () => {
    const { page, csp } = await open("/");
    await fillForm(page, { ...profileToForm(readProfile(MAGNET)), asOf: AS_OF });
    expect(await submit(page, /查看匹配结果/)).toBe(200);
    expect(await page.locator("h1").innerText()).toBe("政策匹配结果");
    expect(await page.getAttribute("[data-ruleset-version]", "data-ruleset-version")).toBe(VERSION);
    await checkAgainstCases(page, MAGNET);
    expect(await page.locator('[data-measure="rd-post-subsidy"] strong[data-amount]').innerText()).toBe("12.5 万元");
    // a measure not met gives the condition that decided it, not the revenue bands of 第十一条(五) it misses while meeting (五)1
    await page.locator('[data-measure="hnte-re-recognition"] summary').click();
    expect(await page.locator('[data-measure="hnte-re-recognition"] .conditions > li').allInnerTexts()).toEqual([expect.stringMatching(/^持有有效高新技术企业证书：否（要求：是）\n国科发火〔2016〕32号 第九条/)]);
    await shot(page, "result-zh");
    expect(await seriousViolations(page)).toEqual([]);
    expect(csp).toEqual([]);

    // the result in English: the same answers, re-posted by the switch
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "English" }).click()]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").innerText()).toBe("Your results");
    expect(await page.locator('[data-measure="rd-post-subsidy"] strong[data-amount]').innerText()).toBe("125,000.00 yuan (12.5 万元)");

    // printed: controls left out
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".actions").isVisible()).toBe(false);
    expect(await page.locator(".lang-switch").isVisible()).toBe(false);
    await shot(page, "result-print");
    await page.emulateMedia({ media: "screen" });

    // back to the form with every answer kept
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Change your answers" }).click()]);
    expect(await page.inputValue("#f-creditCode")).toBe("91150200MA0N3K7R4K");
    expect(await page.inputValue("#f-fy0-revenue")).toBe("5,000");
    expect(await page.isChecked("#f-flags-pendingLitigation--no")).toBe(true);
    await page.close();
  });

  it(`${PLANT}: typed with full-width digits and units, read the same`, async () => {
    const { page } = await open("/");
    const values = profileToForm(readProfile(PLANT));
    for (const key of ["employees", "techStaff", "project.landAreaMu", "loan.termMonths"]) values[key] = fullWidth(values[key]!);
    values["totalAssets"] = `${fullWidth(values["totalAssets"]!)}万元`;
    values["project.fixedAssetInvestment"] = "3,000万";
    values["project.floorAreaM2"] = "12,000.5 平方米";
    await fillForm(page, { ...values, asOf: AS_OF });
    expect(await submit(page, /查看匹配结果/)).toBe(200);
    await checkAgainstCases(page, PLANT);
    expect(await page.locator('[data-measure="factory-construction-subsidy"] strong[data-amount]').innerText()).toBe("120.005 万元");
    expect(await page.locator('[data-channel="green-tag-litigation"]').count()).toBe(1);
    await shot(page, "result-plant-zh");
    await page.close();
  });
});

describe("a bad form", () => {
  it("comes back with a focused, announced summary linked to each field, the messages at the fields and every value kept", async () => {
    const { page, csp } = await open("/?lang=en");
    await fillForm(page, {
      name: "Baotou Test Co.", creditCode: "91150200MA0N3K7R4A", employees: "１８０.5", latestYear: "2024",
      "fy0.revenue": "12,34", "fy0.rdExpense": "1.2345678", totalAssets: "12000元", "talent0.equityShare": "130%",
      "flags.seriousFraud": "no", "project.stage": "construction",
    });
    expect(await submit(page, /See the results/)).toBe(400);
    const summary = page.locator("#error-summary");
    expect(await summary.getAttribute("role")).toBe("alert");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(await page.title()).toMatch(/^Error: /);
    const links = await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual([
      "#f-creditCode", "#f-employees", "#f-totalAssets", "#f-fy0-revenue", "#f-fy0-rdExpense", "#f-talent0-tier", "#f-talent0-equityShare", "#f-project-fixedAssetInvestment",
    ]);
    expect(await page.locator("#f-employees-error").innerText()).toContain("enter a whole number");
    expect(await page.locator("#f-fy0-rdExpense-error").innerText()).toContain("at most 6 decimals");
    expect(await page.inputValue("#f-employees")).toBe("１８０.5");
    expect(await page.inputValue("#f-fy0-revenue")).toBe("12,34");
    expect(await page.inputValue("#f-name")).toBe("Baotou Test Co.");
    expect(await page.isChecked("#f-flags-seriousFraud--no")).toBe(true);
    expect(await page.isChecked("#f-project-stage--construction")).toBe(true);
    await shot(page, "errors-en");
    expect(await seriousViolations(page)).toEqual([]);
    expect(csp).toEqual([]);

    await summary.getByRole("link", { name: /Sales \(operating\) revenue/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-fy0-revenue");

    // the same problems in Chinese, by the switch
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "中文" }).click()]);
    expect(await page.locator("#error-summary h2").innerText()).toBe("有 8 处需要修改");
    expect(await page.locator("#f-employees-error").innerText()).toContain("请填写整数");
    expect(await page.inputValue("#f-fy0-revenue")).toBe("12,34");
    await shot(page, "errors-zh");

    // corrected, it goes through
    await fillForm(page, { creditCode: "91150200MA0N3K7R4K", employees: "180", "fy0.revenue": "1,234", "fy0.rdExpense": "12.345678", totalAssets: "1.2", "talent0.tier": "municipal", "talent0.equityShare": "30%", "project.fixedAssetInvestment": "3000", asOf: AS_OF });
    expect(await submit(page, /查看匹配结果/)).toBe(200);
    expect(await page.locator("h1").innerText()).toBe("政策匹配结果");
    await page.close();
  });
});
