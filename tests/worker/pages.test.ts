/**
 * The web form inside workerd: GET / and POST /match as a browser sends them — form parsing,
 * CSRF, the Content-Security-Policy of the pages (and not of the API), the form re-rendered
 * with its problems, the two languages.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../src/index.js";
import { PAGE_CSP } from "../../src/http/pages.js";
import { CSS_PATH } from "../../src/views/assets.js";
import { CASES, PROFILES } from "../support/cases.js";
import { profileToForm } from "../support/profile-form.js";

const ORIGIN = "http://localhost";
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers }, env);
const post = (fields: Record<string, string>, headers: Record<string, string> = { Origin: ORIGIN }) =>
  app.request("/match", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields) }, env);

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const plant = PROFILES["fixtures/profiles/ndfeb-plant-project-fai-30m-equipment-10m.json"]!;

/** The measure card of `id` and its status, from the result page. */
const measure = (html: string, id: string) => {
  const m = new RegExp(`<(?:article|details|li) [^>]*data-measure="${id}" data-status="(\\w+)"[\\s\\S]*?</(?:article|details|li)>`).exec(html);
  return m ? { status: m[1], html: m[0] } : undefined;
};

describe("GET /", () => {
  it("serves the form in Chinese by default, with the strict CSP and no inline script or style", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(res.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("查询企业可享受的惠企政策");
    expect(html).toContain(`<link rel="stylesheet" href="${CSS_PATH}"/>`);
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect(html).toContain('<form id="answers" method="post" action="/match" novalidate="">');
  });

  it("labels every input, and groups every set of radios in a fieldset with a legend", async () => {
    const html = await (await get("/")).text();
    const ids = [...html.matchAll(/<(?:input|select) [^>]*?id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(80);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
    const fieldsets = html.split("<fieldset").slice(1);
    expect(fieldsets.every((f) => /^[^>]*>\s*<legend/.test(f))).toBe(true);
  });

  it("answers in English for Accept-Language en, or ?lang=en; ?lang wins over the header", async () => {
    const byHeader = await (await get("/", { "Accept-Language": "en-GB,en;q=0.9,zh;q=0.5" })).text();
    expect(byHeader).toContain('<html lang="en">');
    expect(byHeader).toContain("Check which support your enterprise qualifies for");
    expect(await (await get("/?lang=en", { "Accept-Language": "zh-CN" })).text()).toContain('<html lang="en">');
    const zh = await (await get("/?lang=zh-CN", { "Accept-Language": "en" })).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('href="/?lang=en"');
    expect(await (await get("/", { "Accept-Language": "fr;q=1, zh-TW;q=0.8, en;q=0.7" })).text()).toContain('<html lang="zh-CN">');
  });

  it("serves the stylesheet from the Worker, cacheable for a year under a hashed name", async () => {
    const res = await get(CSS_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/css/);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(await res.text()).toContain("@media print");
    expect((await get("/assets/app.00000000.css")).status).toBe(404);
  });

  it("leaves the JSON API's headers alone", async () => {
    const res = await get("/healthz");
    expect(res.headers.get("Content-Security-Policy")).toBeNull();
    expect(res.headers.get("Content-Type")).toMatch(/json/);
  });
});

describe("POST /match: CSRF", () => {
  const form = { ...profileToForm(magnet), asOf: "2025-06-30" };

  it("accepts a post from this origin, by Origin or by Sec-Fetch-Site", async () => {
    expect((await post(form, { Origin: ORIGIN })).status).toBe(200);
    expect((await post(form, { "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
  });

  it("refuses a post from elsewhere, or with neither header, with a page in the reader's language", async () => {
    const forged: Record<string, string>[] = [{}, { Origin: "https://evil.example" }, { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }, { Origin: "null" }];
    for (const headers of forged) {
      const res = await post(form, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
      expect(await res.text()).toContain("无法提交");
    }
    expect(await (await post(form, { "Accept-Language": "en" })).text()).toContain("The form could not be sent");
  });
});

describe("POST /match: the result", () => {
  it("matches a fixture profile typed into the form, amounts in 万元", async () => {
    const res = await post({ ...profileToForm(magnet), asOf: "2025-06-30" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('data-ruleset-version="2025.2.0"');
    expect(measure(html, "rd-post-subsidy")).toMatchObject({ status: "eligible" });
    expect(measure(html, "rd-post-subsidy")!.html).toContain("12.5 万元");
    expect(measure(html, "rd-super-deduction")!.html).toContain("62.5 万元");
    expect(measure(html, "hnte-recognition-award")?.status).toBe("ineligible");
    expect(measure(html, "talent-loan")?.status).toBe("undetermined");
    expect(html.indexOf('data-status="eligible"')).toBeLessThan(html.indexOf('data-status="undetermined"'));
  });

  it("says why a measure not met is only indicative (talent-loan: a model policy of another region), as the API does", async () => {
    const profile = { ...magnet, talents: [] };
    const html = await (await post({ ...profileToForm(profile), asOf: "2025-06-30" })).text();
    const api = (await (await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2025-06-30" }) }, env)).json()) as { measures: { id: string; status: string; indicativeReason: { "zh-CN": string } | null }[] };
    const loan = api.measures.find((m) => m.id === "talent-loan")!;
    expect([loan.status, loan.indicativeReason?.["zh-CN"]]).toEqual(["ineligible", expect.stringMatching(/./)]);
    const card = new RegExp(`<details [^>]*data-measure="talent-loan"[\\s\\S]*?</details>`).exec(html)![0];
    expect(card).toContain(`<p class="note">${loan.indicativeReason!["zh-CN"]}</p>`);
  });

  it("gives as reasons only the failing conditions that decided; failing alternatives under “any one of these would do”", async () => {
    /** an ineligible measure's folded card, whole (its reasons nest lists) */
    const card = (html: string, id: string) => new RegExp(`<details [^>]*data-measure="${id}"[\\s\\S]*?</details>`).exec(html)![0];
    /** the texts of the reasons (a branch's own item holds its list, no text) */
    const items = (html: string) => [...html.matchAll(/<li>([^<]+)/g)].map((m) => m[1]);
    // revenue 2024 = 50 M ≤ 50 M, R&D (2.2 + 2.8 + 2.5) ÷ 150 = 5.00 % ≥ 5 %: 第十一条(五)1 holds, its other branches decide nothing
    const zh = card(await (await post({ ...profileToForm(magnet), asOf: "2025-06-30" })).text(), "hnte-re-recognition");
    expect(items(zh)).toEqual(["持有有效高新技术企业证书：否（要求：是）"]);
    expect(zh).not.toContain("未超过");
    // 2024 R&D 1,750,000: (2.2 + 2.8 + 1.75) ÷ 150 = 4.50 %: no branch holds, each fails on one condition
    const short = structuredClone(magnet) as { financials: Record<string, number>[] };
    short.financials[2] = { ...short.financials[2]!, rdExpense: 1_750_000, rdExpenseDomestic: 1_750_000 };
    const en = card(await (await post({ ...profileToForm(short), asOf: "2025-06-30", lang: "en" })).text(), "hnte-recognition");
    expect(en).toContain('<li class="any-of" data-any="/conditions/hnte-article-11/all/3/any"><p class="any-of__head">any one of these would do:</p>');
    expect(en.match(/<ol class="any-of__branches">(<li><ul class="conditions"><li>[^<]+(<span class="clause">[^<]*<\/span>)?<\/li><\/ul><\/li>){3}<\/ol>/)).not.toBeNull();
    expect(items(en)).toEqual([
      "R&amp;D intensity over the last three years 4.50% is below 5.00%",
      "last year&#39;s sales revenue 50,000,000.00 yuan is not above 50,000,000.00 yuan",
      "last year&#39;s sales revenue 50,000,000.00 yuan is not above 200,000,000.00 yuan",
    ]);
  });

  it("shows the channels, near-misses and open questions; in English when asked", async () => {
    const html = await (await post({ ...profileToForm(plant), asOf: "2025-06-30", lang: "en" })).text();
    expect(html).toContain('<html lang="en">');
    expect(measure(html, "factory-construction-subsidy")!.html).toContain("1,200,050.00 yuan (120.005 万元)");
    expect(html).toContain('data-channel="green-tag-litigation"');
    expect(html).toContain("Documents to bring");
    expect(html).toMatch(/<button type="submit" lang="zh-CN"[^>]*>中文<\/button>/);
  });

  it("shows the income tax computed once for the package, as a table a finance manager can check", async () => {
    const slpe = PROFILES["fixtures/profiles/bonded-magnet-maker-first-hnte-365-days-and-slpe.json"]!;
    const html = await (await post({ ...profileToForm(slpe), asOf: "2025-06-30", lang: "en" })).text();
    // fixtures/cases/stacking/hnte-and-slpe-slpe-chosen.json: 2,400,000 as filed + 1,620,000 deducted; 1,005,000 without, 120,000 with the SLPE relief
    const row = (key: string) => new RegExp(`<tr data-income-tax="${key}"><th scope="row">([^<]*)</th><td>([^<]*)</td></tr>`).exec(html)?.slice(1);
    expect(row("before")).toEqual(["Taxable income before incentives", "4,020,000.00 yuan (402 万元)"]);
    expect(row("income")).toEqual(["Taxable income as filed", "2,400,000.00 yuan (240 万元)"]);
    expect(row("without")).toEqual(["Tax without incentives (25.00%)", "1,005,000.00 yuan (100.5 万元)"]);
    expect(row("with")).toEqual(["Tax with incentives (Small low-profit enterprise (SLPE) income-tax relief)", "120,000.00 yuan (12 万元)"]);
    expect(row("saving")).toEqual(["Saving", "885,000.00 yuan (88.5 万元)"]);
    expect(row("rd-super-deduction")).toEqual(["of which: R&amp;D super-deduction", "405,000.00 yuan (40.5 万元)"]);
    expect(row("slpe-income-tax-relief")).toEqual(["of which: Small low-profit enterprise (SLPE) income-tax relief", "480,000.00 yuan (48 万元)"]);
    expect(row("hnte-income-tax-rate")).toBeUndefined(); // excluded by the relief
  });

  it("computes fiscal 2025 at 15 % for a certificate valid until 2026-11-19, asked on 2026-12-03, and heads it with the accounts used", async () => {
    const lapsed = CASES.find((c) => c.file.endsWith("lapsed-2026-11-19-fy2025-still-at-15pct.json"))!;
    const at = async (asOf: string, lang = "zh-CN") => (await post({ ...profileToForm(lapsed.profile), asOf, lang })).text();
    const html = await at("2026-12-03");
    expect(html).toContain("<caption>2025年度企业所得税测算（按2025年度账目）</caption>");
    expect(html).not.toContain("按上年度数据估算");
    // 16,000,000 × (25 % − 15 %) = 1,600,000.00, shown as the further saving if confirmed (evidence M)
    expect(html).toMatch(/<tr data-income-tax="hnte-income-tax-rate"><th scope="row">如经确认，还可少缴：高新技术企业减按15%税率缴纳企业所得税<\/th><td>160 万元<\/td><\/tr>/);
    expect(await at("2026-06-30")).toContain('<tr data-income-tax="hnte-income-tax-rate"><th scope="row">如经确认，还可少缴：高新技术企业减按15%税率缴纳企业所得税</th><td>160 万元</td></tr>');
    expect(await at("2026-12-03", "en")).toContain("<caption>Income tax for fiscal 2025, from the 2025 accounts</caption>");
  });

  it("“no investment project” and “no loan needed”: the measures that need them are not met, and say why", async () => {
    const html = await (await post({ ...profileToForm(magnet), projectAnswer: "none", loanAnswer: "none", asOf: "2025-06-30" })).text();
    for (const id of ["equipment-upgrade-subsidy", "land-purchase-reward", "working-capital-loan-interest-subsidy"]) expect(measure(html, id)?.status, id).toBe("ineligible");
    expect(measure(html, "equipment-upgrade-subsidy")!.html).toContain("未申报投资项目");
    expect(measure(html, "working-capital-loan-interest-subsidy")!.html).toContain("不需要贷款");
    expect(html).not.toContain('data-question="project.fixedAssetInvestment"');
  });

  it("an amount past the money limit (a loan of 10^13 yuan for 600 months): the card says why it is withheld, no figure", async () => {
    const fields = { zone: "baotou-rare-earth-hi-tech-zone", rareEarth: "yes", "loan.amount": "1000000000", "loan.termMonths": "600", asOf: "2025-06-30" };
    const card = measure(await (await post(fields)).text(), "working-capital-loan-interest-subsidy")!;
    expect(card.status).toBe("eligible");
    expect(card.html).toContain("<p class=\"note\" data-amount-withheld=\"true\">按所填数据计算的金额超过 10^13 元");
    expect(card.html).not.toContain('class="amount"');
  });

  it("reads an empty form as nothing known: no measure eligible, never a zero", async () => {
    const html = await (await post({})).text();
    expect(html).not.toContain('data-status="eligible"');
    expect(measure(html, "rd-post-subsidy")?.status).toBe("undetermined");
  });

  it("goes back to the form with every answer kept (_action=edit)", async () => {
    const res = await post({ ...profileToForm(magnet), _action: "edit" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="91150200MA0N3K7R4K"');
    expect(html).toContain('id="f-fy0-revenue" name="fy0.revenue" type="text" value="5,000"');
    expect(html).not.toContain("error-summary");
  });
});

describe("POST /match: what the page counts and how it says it", () => {
  /** The ids of the measure cards of the section `id` (up to the next section). */
  const section = (html: string, id: string) => {
    const start = html.indexOf(`<section class="result-section" id="${id}"`);
    const body = html.slice(start, html.indexOf("</section>", start));
    return [...body.matchAll(/data-measure="([^"]+)"/g)].map((m) => m[1]);
  };

  it("counts the measures a firm can apply for, and each fast track once, as its channel (worked by hand)", async () => {
    // ndfeb-plant-project on 2025-06-30: nine eligible measures, of which three are fast tracks
    // (green-tag litigation, half-day registration, major-project approval), each opening its
    // own channel: 6 measures to apply for and 3 fast tracks, not 9 measures and 3 channels
    const html = await (await post({ ...profileToForm(plant), asOf: "2025-06-30" })).text();
    expect(html).toContain('data-total="apply">6 项<');
    expect(html).toContain('data-total="channels">3 项<');
    expect(section(html, "eligible").sort()).toEqual([
      "equipment-upgrade-subsidy", "factory-construction-subsidy", "land-purchase-reward", "rd-post-subsidy", "rd-super-deduction", "working-capital-loan-interest-subsidy",
    ]);
    expect(section(html, "channels")).toEqual(["green-tag-litigation", "half-day-registration", "major-project-joint-approval"]);
    expect(html).toContain('<h2 id="eligible-h">可以申请的政策（6 项）</h2>');
  });

  it("on every fixture profile, counts exactly the eligible, counted, non-fast-track measures of the API's answer", async () => {
    for (const [file, profile] of Object.entries(PROFILES)) {
      const api = (await (await app.request("/v1/match", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ profile, asOf: "2025-06-30" }) }, env)).json()) as {
        measures: { id: string; kind: string; status: string; indicative: boolean; excludedBy: string | null; channels: string[] }[]; channels: unknown[];
      };
      const counted = api.measures.filter((m) => m.status === "eligible" && !m.indicative && m.excludedBy === null && !(m.kind === "fast-track" && m.channels.length > 0));
      const html = await (await post({ ...profileToForm(profile), asOf: "2025-06-30", lang: "en" })).text();
      expect(html, file).toContain(`data-total="apply">${counted.length}<`);
      expect(section(html, "eligible").slice(0, counted.length).sort(), file).toEqual(counted.map((m) => m.id).sort());
      if (api.channels.length) expect(html, file).toContain(`data-total="channels">${api.channels.length}<`);
    }
  });

  it("shows percentages to two decimals (R&D intensity 850,000 ÷ 31,100,000 = 2.7331… %)", async () => {
    const html = await (await post({ ...profileToForm(plant), asOf: "2025-06-30" })).text();
    expect(html).toContain('data-derived="rdIntensity3y">2.73%<');
    expect(html).toContain('data-derived="techStaffShare">13.95%<'); // 12 ÷ 86
    expect(html).toContain('data-derived="highTechRevenueShare">31.36%<'); // 6,100,000 ÷ 19,450,000
  });

  it("names accounts more than a year old, and accounts too old to use", async () => {
    const accountsTo2023 = PROFILES["fixtures/profiles/micro-motor-maker-slpe-accounts-to-2023.json"]!;
    const html = await (await post({ ...profileToForm(accountsTo2023), asOf: "2025-06-30", lang: "en" })).text();
    expect(html).toContain("Accounts of 2023, more than a year before the evaluation date (the last fiscal year before it is 2024)");
    const older = await (await post({ ...profileToForm(accountsTo2023), asOf: "2026-01-15" })).text();
    expect(older).toContain("2023 年度的财务数据，早于评估日期两年以上，已过时，未予使用");
    const current = await (await post({ ...profileToForm(plant), asOf: "2025-06-30" })).text();
    expect(current).toContain('<dd data-accounts-year="2024">2024 年度</dd>');
    expect(current).not.toContain("data-accounts-warning");
  });
});

describe("POST /match: problems", () => {
  const bad = { name: "包头测试", employees: "１８０.5", "fy0.revenue": "12,34", latestYear: "2024", totalAssets: "12000元", "talent0.equityShare": "130%", "flags.seriousFraud": "yes" };

  it("re-renders the form: 400, a summary linked to each field, the message at the field, everything kept", async () => {
    const res = await post(bad);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<title>错误：/);
    const summary = /<div class="error-summary"[^>]*role="alert"[^>]*tabindex="-1" autofocus=""[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";
    const links = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(["f-employees", "f-totalAssets", "f-fy0-revenue", "f-fy0-rdExpense", "f-talent0-tier", "f-talent0-equityShare"]);
    for (const id of links) {
      expect(html).toContain(`id="${id}-error"`);
      expect(html).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="[^"]*${id}-error"[^>]*aria-invalid="true"`));
    }
    expect(html).toContain("请填写整数");
    expect(html).toContain("12000 元 = 1.2 万元");
    expect(html).toContain('value="12,34"');
    expect(html).toContain('value="１８０.5"');
    expect(html).toMatch(/id="f-flags-seriousFraud" name="flags.seriousFraud" value="yes" checked=""/);
  });

  it("refuses an HNTE certificate valid past three years from issue, at its “valid until” (国科发火〔2016〕32号 第九条)", async () => {
    const fields = (validUntil: string, lang = "zh-CN") => ({ certsAnswer: "listed", "cert0.type": "hnte", "cert0.issuedOn": "2022-12-01", "cert0.validUntil": validUntil, asOf: "2025-06-30", lang });
    expect((await post(fields("2025-12-01"))).status).toBe(200); // the third anniversary is the last day
    const res = await post(fields("2025-12-02"));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="f-cert0-validUntil-error"[^>]*>[\s\S]*?2022-12-01 发证的证书最晚有效至 2025-12-01/);
    expect(html).toContain('value="2025-12-02"');
    expect(await (await post(fields("2025-12-02", "en"))).text()).toContain("one issued on 2022-12-01 is valid until 2025-12-01 at the latest");
  });

  it("gives the same problems in English", async () => {
    const html = await (await post({ ...bad, lang: "en" })).text();
    expect(html).toContain("There are 6 problems to fix");
    expect(html).toContain("enter a whole number");
    expect(html).toContain("thousands separators go every three digits");
  });

  it("refuses talents whose equity shares add up to more than 100 %, at the share that passes it", async () => {
    const talents = { talentsAnswer: "listed", "talent0.tier": "national", "talent0.equityShare": "90%", "talent1.tier": "provincial", "talent1.equityShare": "90%", "loan.amount": "100", "loan.termMonths": "12" };
    const res = await post({ ...talents, lang: "en" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#f-talent1-equityShare"');
    expect(html).toContain("the talents&#39; equity shares add up to 180 %, more than the whole enterprise");
    expect(measure(html, "talent-loan")).toBeUndefined(); // the form again, no result
    expect(await (await post(talents)).text()).toContain("各位人才的持股比例合计 180 %");
  });

  it("ties date problems to their field: registered after the evaluation date, no rules that early", async () => {
    const late = await (await post({ registrationDate: "2025-07-01", asOf: "2025-06-30" })).text();
    expect(late).toContain('href="#f-registrationDate"');
    expect(late).toContain("成立日期晚于评估日期 2025-06-30");
    const early = await post({ asOf: "2001-01-01", lang: "en" });
    expect(early.status).toBe(400);
    expect(await early.text()).toMatch(/href="#f-asOf">Evaluation date: no version of the rules was in force on 2001-01-01/);
  });

  it("reports every problem in one round: the form's reading and the evaluation date's together", async () => {
    const res = await post({ employees: "abc", registrationDate: "2025-07-01", latestYear: "2025", "fy0.revenue": "100", "fy0.rdExpense": "0", "cert0.type": "hnte", "cert0.issuedOn": "2025-08-01", certsAnswer: "listed", asOf: "2025-06-30", lang: "en" });
    expect(res.status).toBe(400);
    const html = await res.text();
    const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";
    expect([...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(["f-registrationDate", "f-employees", "f-latestYear", "f-cert0-issuedOn"]);
    expect(summary).toContain("registered after the evaluation date 2025-06-30");
    expect(summary).toContain("that year has not ended");
    expect(summary).toContain("issued after the evaluation date 2025-06-30");
  });

  it("refuses bodies that are not forms, or too large", async () => {
    const json = await app.request("/match", { method: "POST", headers: { "Content-Type": "application/json", Origin: ORIGIN }, body: "{}" }, env);
    expect(json.status).toBe(415);
    const big = await post({ name: "x".repeat(70 * 1024) });
    expect(big.status).toBe(413);
  });

  describe("refuses what the API refuses, with its own pages and the API's status", () => {
    const raw = (body: BodyInit, headers: Record<string, string> = {}) =>
      app.request("/match", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, ...headers }, body }, env);
    /** The page of a refusal: HTML under the pages' CSP, never problem+json. */
    const refusal = async (res: Response, status: number) => {
      expect(res.status).toBe(status);
      expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
      expect(res.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
      return res.text();
    };

    it("a percent-encoded value that is not UTF-8 (%E9, Latin-1 é) → 415, not a silent U+FFFD", async () => {
      const html = await refusal(await raw("name=caf%E9&employees=12"), 415);
      expect(html).toContain("提交内容不是 UTF-8 编码");
      expect(await refusal(await raw("name=caf%E9", { "Accept-Language": "en" }), 415)).toContain("The form was not sent as UTF-8");
      expect(html).not.toContain("caf\uFFFD");
    });

    it("raw bytes that are not UTF-8, urlencoded or multipart → 415", async () => {
      const latin1 = new Uint8Array([...new TextEncoder().encode("name=caf"), 0xe9]);
      await refusal(await raw(latin1), 415);
      const multipart = new Uint8Array([...new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="name"\r\n\r\ncaf'), 0xe9, ...new TextEncoder().encode("\r\n--b--\r\n")]);
      await refusal(await raw(multipart, { "Content-Type": "multipart/form-data; boundary=b" }), 415);
    });

    it("another charset or a Content-Encoding → 415 page, not problem+json", async () => {
      expect(await refusal(await raw("name=x", { "Content-Type": "application/x-www-form-urlencoded; charset=iso-8859-1" }), 415)).toContain("UTF-8 以外的编码");
      expect(await refusal(await raw("name=x", { "Content-Encoding": "gzip", "Accept-Language": "en" }), 415)).toContain("compressed or sent in an encoding other than UTF-8");
    });

    it("over 64 KiB, declared or streamed → 413 page", async () => {
      const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
      await refusal(await raw(endless, { "Content-Length": String(70 * 1024) }), 413);
      const chunk = new TextEncoder().encode("name=" + "x".repeat(16 * 1024));
      let sent = 0;
      await refusal(await raw(new ReadableStream<Uint8Array>({ pull: (c) => { if (sent++ < 5) c.enqueue(chunk); else c.close(); } })), 413);
    });

    it("accepts UTF-8 as browsers send it: percent-encoded, a typed U+FFFD kept, multipart, charset=utf-8", async () => {
      const edit = "&_action=edit&lang=en";
      expect(await (await raw(`name=%E5%8C%85%E5%A4%B4+%EF%BF%BD%25zz${edit}`)).text()).toContain('value="包头 \uFFFD%zz"');
      const multipart = '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\n包头\r\n--b\r\nContent-Disposition: form-data; name="_action"\r\n\r\nedit\r\n--b--\r\n';
      expect(await (await raw(multipart, { "Content-Type": "multipart/form-data; boundary=b" })).text()).toContain('value="包头"');
      expect((await raw(`name=x${edit}`, { "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8" })).status).toBe(200);
    });
  });

  it("sends GET /match back to the form", async () => {
    const res = await get("/match?lang=en");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/?lang=en");
  });
});
