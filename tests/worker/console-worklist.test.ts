/**
 * The concierge's worklist in the staff console (issue 15), inside workerd: signed in as the
 * concierge, the page lists a firm whose certificate expires in the window, linking its last
 * result, in zh-CN and en, under the console's CSP; the nav shows it to the concierge and admins
 * only, and an author or reviewer who goes there anyway gets a 403 page. "Today" is 2040-01-01.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { PAGE_CSP } from "../../src/http/pages.js";
import { liveCatalog } from "../../src/ruleset/live-catalog.js";
import { PROFILES } from "../support/cases.js";
import { signedIn } from "../support/console.js";
import { call, createDossier, freshCode } from "../support/dossiers.js";

const { creditCode: _, ...magnet } = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const app = createApp({ catalog: liveCatalog, today: () => "2040-01-01" });
const fetcher = (path: string, init?: RequestInit) => app.request(path, init, env);

describe("the worklist page", () => {
  it("lists the concierge's firms: a certificate expiring in the window, the firm's name linking its last result", async () => {
    const code = freshCode();
    const token = await createDossier(code, { ...magnet, name: "包头待办测试磁材有限公司", certifications: [{ type: "hnte", issuedOn: "2037-01-08", validUntil: "2040-01-08" }] });
    const made = await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2039-12-20" } }); // after the certificate was issued
    expect(made.status, await made.clone().text()).toBe(201);
    const { decision } = (await made.json()) as { decision: { resultPage: string } };
    const concierge = await signedIn(fetcher, "concierge");
    const res = await concierge.get("/staff/worklist?within=30");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toBe(PAGE_CSP);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain("<h1>待办企业</h1>");
    expect(html).toContain('aria-current="page">待办企业</a>');
    const row = new RegExp(`<tr data-firm="${code}">.*?</tr>`, "s").exec(html)?.[0] ?? "";
    expect(row).toContain(`<a href="${decision.resultPage}">包头待办测试磁材有限公司</a>`);
    expect(row).toContain('<li data-deadline="certificate-expires">2040年1月8日 证书到期 (HNTE)</li>');
    const en = await (await concierge.get("/staff/worklist?within=30&lang=en")).text();
    expect(en).toContain("<h1>Worklist</h1>");
    expect(en).toContain(`<a href="${decision.resultPage}?lang=en">`);
  });

  it("is in the nav of the concierge and admins only; an author or reviewer gets a 403 page; a bad window a 400 page", async () => {
    for (const who of ["concierge", "admin"] as const) expect(await (await (await signedIn(fetcher, who)).get("/staff/")).text()).toContain('href="/staff/worklist"');
    for (const who of ["author", "reviewer"] as const) {
      const s = await signedIn(fetcher, who);
      expect(await (await s.get("/staff/")).text()).not.toContain('href="/staff/worklist"');
      const refused = await s.get("/staff/worklist");
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("仅限政策管家和管理员");
    }
    expect((await (await signedIn(fetcher, "concierge")).get("/staff/worklist?within=999")).status).toBe(400);
  });

  it("without a session: to the sign-in page", async () => {
    const res = await fetcher("/staff/worklist", { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toContain("/staff/sign-in");
  });
});
