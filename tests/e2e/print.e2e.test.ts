/**
 * The printed summary in real Chromium: every fixture profile typed into the form, its result
 * printed to A4 PDF (`page.pdf`, print media), in Chinese and in English. Each PDF has one or
 * two pages and holds the short reference, the amount of every measure the firm can apply for
 * and the officer's space — read back from the PDF itself with poppler's pdftotext and pdfinfo
 * (Debian's poppler-utils, installed by .ci/run). PNGs of two of them land in
 * tests/e2e/screenshots/ for a person to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wan, yuanText } from "../../src/views/format.js";
import { formProfileOf, profileToForm } from "../support/profile-form.js";
import { launch, SCREENSHOTS } from "./support/browser.js";
import { readProfile } from "./support/expected.js";
import { fillForm } from "./support/fill.js";

const baseURL = inject("baseURL");
const AS_OF = "2025-06-30";
const PROFILE_FILES = readdirSync(join(process.cwd(), "fixtures", "profiles")).filter((f) => f.endsWith(".json")).map((f) => `fixtures/profiles/${f}`);
/** These two are also written as PNGs (pdftoppm) to look at. */
const LOOK_AT = ["fixtures/profiles/ndfeb-plant-project-fai-30m-equipment-10m.json", "fixtures/profiles/bonded-magnet-maker-first-hnte-365-days-and-slpe.json"];

interface ApiMeasure { id: string; kind: string; status: string; indicative: boolean; excludedBy: string | null; channels: string[]; amount: { value: number } | null }

let browser: Browser;
let context: BrowserContext;
const dir = mkdtempSync(join(tmpdir(), "policy-match-print-"));

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ baseURL, locale: "zh-CN" });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The PDF's page count and text in drawing order (-raw: a table cell's lines stay together), white space removed. */
function readPdf(pdf: Buffer, name: string): { pages: number; text: string } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  return { pages, text };
}

async function apiAnswer(profile: Record<string, unknown>) {
  const res = await fetch(`${baseURL}/v1/match`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: AS_OF }) });
  return (await res.json()) as { reference: string; measures: ApiMeasure[] };
}

async function resultPage(ref: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/");
  await fillForm(page, { ...profileToForm(readProfile(ref)), asOf: AS_OF });
  const [res] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: /查看匹配结果/ }).click()]);
  expect(res!.status()).toBe(200);
  return page;
}

describe("the printed summary of every fixture profile", () => {
  it.each(PROFILE_FILES)("%s: one or two A4 pages with the reference, the amounts and the officer's space, in both languages", async (ref) => {
    const api = await apiAnswer(formProfileOf(readProfile(ref)));
    const counted = api.measures.filter((m) => m.status === "eligible" && !m.indicative && m.excludedBy === null && !(m.kind === "fast-track" && m.channels.length > 0));
    const page = await resultPage(ref);
    const name = ref.replace(/^.*\//, "").replace(/\.json$/, "");
    for (const lang of ["zh-CN", "en"] as const) {
      if (lang === "en") await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "English" }).click()]);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      const pdf = await page.pdf({ format: "A4" });
      const { pages, text } = readPdf(pdf, `${name}.${lang}`);
      expect(pages, `${ref} ${lang}: pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${ref} ${lang}: pages`).toBeLessThanOrEqual(2);
      expect(text).toContain(api.reference);
      expect(text).toContain(lang === "en" ? "Officer(signature)" : "经办人（签字）");
      expect(text).toContain(lang === "en" ? "Measurestheenterprisecanapplyfor" : "可以申请的政策");
      for (const m of counted.filter((x) => x.amount)) {
        const shown = lang === "en" ? `${yuanText(m.amount!.value)}yuan(${wan(m.amount!.value)}万元)` : `${wan(m.amount!.value)}万元`;
        expect(text, `${ref} ${lang}: ${m.id}`).toContain(shown.replace(/\s+/g, ""));
      }
      if (LOOK_AT.includes(ref)) {
        execFileSync("pdftoppm", ["-r", "60", "-png", join(dir, `${name}.${lang}.pdf`), join(SCREENSHOTS, `print-${name}.${lang}`)]);
      }
    }
    await page.close();
  });
});
