/**
 * Debian's Chromium driven by playwright-core, with the flags of TOOLCHAIN.md; an axe-core scan
 * of the page; a record of anything the page's Content-Security-Policy refused.
 */
import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/** The page's document, inside page.evaluate (the project is type-checked without the DOM library). */
declare const document: unknown;


export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = join(process.cwd(), "tests", "e2e", "screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Console messages of CSP refusals (there must be none: the pages use no inline code or style). */
export function watchCsp(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  page.on("pageerror", (e) => refused.push(`page error: ${e.message}`));
  return refused;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which the page's CSP
 * does not govern) and returns the serious and critical violations.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
