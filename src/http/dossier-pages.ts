/**
 * The dossier in the browser (docs/dossiers.md, "In the browser"), under the pages' CSP,
 * no-store and CSRF rules (pages.ts):
 * - `GET /` (the form), prefilled from the opened dossier with `?dossier=continue` or
 *   `?dossier=next-year` (this year's answers from last year's);
 * - `GET /dossier` the dossier (or the form that opens it), `POST /dossier/open`, `/dossier/close`,
 *   `/dossier/delete`, `/dossier/support`, `/dossier/support/remove`, `/dossier/notices/acknowledge`, `GET /dossier/export`,
 *   `GET /dossier/welcome` (a new dossier's token, once);
 * - a kept decision's own page: decision-pages.ts.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { DecisionStore } from "../dossier/decisions.js";
import { eraseDossier, retainUntil, retentionDays } from "../dossier/erase.js";
import { exportDossier } from "../dossier/export.js";
import { NoticeStore } from "../dossier/notices.js";
import { DossierStore } from "../dossier/store.js";
import { SupportStore } from "../dossier/support.js";
import { DEFAULT_RULESET_ID } from "../ruleset/bundled.js";
import { type DossierInForm, inForm } from "../views/components/DossierBar.js";
import { readField } from "../views/field-index.js";
import { readPostedValues } from "../views/form-body.js";
import { bi, type Lang, pickLang } from "../views/i18n.js";
import { nextYearForm, profileToForm } from "../views/profile-form.js";
import { DossierPage, type DossierView, OPEN_FIELDS } from "../views/pages/DossierPage.js";
import { FormPage } from "../views/pages/FormPage.js";
import { MessagePage } from "../views/pages/MessagePage.js";
import { WelcomePage } from "../views/pages/WelcomePage.js";
import { readSupportForm, supportFields } from "../views/support-form.js";
import { admit } from "./dossier-access.js";
import { closeSession, openSession, sessionDossier, takeTokenOnce } from "./dossier-session.js";
import type { AppDeps, AppEnv } from "./env.js";
import { WELCOME_PATH } from "./form-save.js";
import { langOf, render } from "./page-render.js";
import { decisionView } from "./routes/dossiers/views.js";

type Posted = Record<string, string>;

/** A posted form's fields (the body gate of pages.ts has read and checked the body; a body that is no form posts nothing). */
async function posted(c: Context<AppEnv>): Promise<Posted> {
  const values = await readPostedValues(await c.req.text(), c.req.header("Content-Type") ?? "", () => true);
  return typeof values === "string" ? {} : values;
}

const langFrom = (c: Context<AppEnv>, p: Posted): Lang => pickLang(p.lang ?? c.req.query("lang"), c.req.header("Accept-Language"));
const back = (c: Context<AppEnv>, lang: Lang, path = "/dossier") => c.redirect(lang === "en" ? `${path}?lang=en` : path, 303);

/** The dossier this browser has opened, as the form's panel shows it. */
export async function openedForForm(c: Context<AppEnv>): Promise<DossierInForm | undefined> {
  const s = await sessionDossier(c);
  return s && inForm(s.dossier);
}

/** `GET /`: the form, empty or prefilled from the opened dossier's latest version. */
async function formPage(c: Context<AppEnv>): Promise<Response> {
  const lang = langOf(c);
  const mode = c.req.query("dossier");
  const s = await sessionDossier(c);
  if (!s) return render(c, FormPage({ lang, values: {}, errors: [], posted: false }));
  const latest = mode && s.dossier.latestVersion ? await new DossierStore(c.env!.DB!).version(s.dossier.id, s.dossier.latestVersion) : null;
  if (!latest) return render(c, FormPage({ lang, values: {}, errors: [], posted: false, dossier: inForm(s.dossier) }));
  const { values, dropped } = profileToForm(latest.profile);
  const nextYear = mode === "next-year";
  const dossier = { ...inForm(s.dossier), dropped, from: { version: latest.version, savedOn: latest.savedOn, nextYear } };
  return render(c, FormPage({ lang, values: nextYear ? nextYearForm(values) : values, errors: [], posted: false, dossier }));
}

/** The opened dossier's page data, in `lang`. */
async function dossierView(c: Context<AppEnv>, deps: AppDeps, id: string, lang: Lang): Promise<DossierView> {
  const db = c.env!.DB!;
  const d = (await new DossierStore(db).byId(id))!;
  const [versions, decisions, support, measures, notices] = await Promise.all([
    new DossierStore(db).versions(id), new DecisionStore(db).list(id), new SupportStore(db).list(id), measuresNow(c, deps), new NoticeStore(db).list(id),
  ]);
  const titles = new Map(measures.map((m) => [m.id, m.title[lang]]));
  let kept: string | undefined;
  try { kept = retainUntil(d.updatedAt, retentionDays(c.env?.DOSSIER_RETENTION_DAYS)).slice(0, 10); } catch { /* a misconfigured var: the cron says so; the page leaves the date out */ }
  return {
    creditCode: d.creditCode, name: d.name, ...(kept ? { retainUntil: kept } : {}),
    versions: versions.map((v) => ({ version: v.version, savedOn: v.savedOn, source: v.source })),
    decisions: decisions.map((e) => ({ ...decisionView(e), decidedOn: e.decidedAt.slice(0, 10), rulesetVersion: e.ruleset.version })),
    support: support.map((r) => ({ ...r, measure: titles.get(r.measureId) ?? r.measureId })),
    notices: notices.map((n) => ({
      id: n.id, measure: titles.get(n.measureId) ?? n.measureId, kind: n.kind, rulesetVersion: n.ruleset.version, asOf: n.asOf,
      amountBefore: n.amountBefore, amountAfter: n.amountAfter, open: n.acknowledgedAt === null,
    })),
  };
}

/** The measures a support record may name: those of the version in force today. */
async function measuresNow(c: Context<AppEnv>, deps: AppDeps) {
  return (await deps.catalog(c.env?.DB)).resolve({ id: DEFAULT_RULESET_ID, asOf: deps.today() }).ruleset.measures;
}

/** Mounts the pages on `app` (pages.ts applies their headers, body limit and CSRF check). */
export function dossierPages(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.get("/", formPage);

  app.get("/dossier", async (c) => {
    const lang = langOf(c);
    const s = await sessionDossier(c);
    if (!s) return render(c, DossierPage({ lang }));
    return render(c, DossierPage({ lang, view: await dossierView(c, deps, s.dossier.id, lang), supportFields: supportFields(await measuresNow(c, deps)) }));
  });

  app.post("/dossier/open", async (c) => {
    const p = await posted(c);
    const lang = langFrom(c, p);
    const code = readField(OPEN_FIELDS[0]!, p.creditCode ?? "");
    const token = (p.token ?? "").trim();
    const refused = (message: { "zh-CN": string; en: string }, key = "token") =>
      render(c, DossierPage({ lang, values: { creditCode: p.creditCode ?? "" }, errors: [{ key, message }] }), 400);
    if (!code.ok) return refused(code.error, "creditCode");
    if (!code.value || !token) return refused(bi("请填写统一社会信用代码和访问令牌", "enter the credit code and the access token"), code.value ? "token" : "creditCode");
    if (!c.env?.DB || "refused" in (await admit(c.env.DB, c.env, String(code.value), token))) {
      return refused(bi("该统一社会信用代码和访问令牌打不开任何档案：请核对后重试", "no dossier opens with this credit code and this token: check both and try again"));
    }
    openSession(c, String(code.value), token);
    return back(c, lang);
  });

  app.post("/dossier/close", async (c) => {
    const lang = langFrom(c, await posted(c));
    closeSession(c);
    return back(c, lang);
  });

  app.post("/dossier/delete", async (c) => {
    const p = await posted(c);
    const lang = langFrom(c, p);
    const s = await sessionDossier(c);
    if (!s) return back(c, lang);
    if (p.confirm !== "yes") {
      return render(c, MessagePage({ lang, title: bi("档案未删除", "The dossier was not deleted"), text: bi("请勾选确认后再删除。", "Tick the box to confirm, then delete.") }), 400);
    }
    await eraseDossier(c.env!.DB!, s.dossier.id, s.actor, new Date());
    closeSession(c);
    return render(c, MessagePage({ lang, title: bi("档案已删除", "The dossier is deleted"),
      text: bi("档案的全部版本、结果和记录已删除，仅保留历次结果的编号和摘要值。", "Every version, result and record of the dossier is deleted; only the ids and fingerprints of its results are kept.") }));
  });

  app.get("/dossier/export", async (c) => {
    const s = await sessionDossier(c);
    if (!s) return back(c, langOf(c));
    const all = await exportDossier(c.env!.DB!, s.dossier, new Date());
    const decisions = all.decisions.map(({ result, ...e }) => ({ ...decisionView(e), result }));
    return c.json({ ...all, decisions }, 200, { "Content-Disposition": `attachment; filename="dossier-${s.dossier.creditCode}.json"` });
  });

  app.post("/dossier/support", async (c) => {
    const p = await posted(c);
    const lang = langFrom(c, p);
    const s = await sessionDossier(c);
    if (!s) return back(c, lang);
    const fields = supportFields(await measuresNow(c, deps));
    const read = readSupportForm(p, fields, (await deps.catalog(c.env?.DB)).measuresOf(DEFAULT_RULESET_ID), deps.today());
    if ("errors" in read) {
      return render(c, DossierPage({ lang, view: await dossierView(c, deps, s.dossier.id, lang), supportFields: fields, supportValues: p, supportErrors: read.errors }), 400);
    }
    await new SupportStore(c.env!.DB!).add(s.dossier.id, read.record, s.actor, new Date());
    return back(c, lang);
  });

  app.post("/dossier/notices/acknowledge", async (c) => {
    const p = await posted(c);
    const lang = langFrom(c, p);
    const s = await sessionDossier(c);
    if (s && /^\d+$/.test(p.id ?? "")) await new NoticeStore(c.env!.DB!).acknowledge(s.dossier.id, Number(p.id), "owner", new Date());
    return back(c, lang);
  });

  app.post("/dossier/support/remove", async (c) => {
    const p = await posted(c);
    const lang = langFrom(c, p);
    const s = await sessionDossier(c);
    if (s && /^\d+$/.test(p.id ?? "")) await new SupportStore(c.env!.DB!).remove(s.dossier.id, Number(p.id), new Date());
    return back(c, lang);
  });

  app.get(WELCOME_PATH, async (c) => {
    const next = c.req.query("next");
    const token = takeTokenOnce(c, WELCOME_PATH);
    const s = await sessionDossier(c);
    return render(c, WelcomePage({ lang: langOf(c), token, creditCode: s?.dossier.creditCode, resultPage: next && /^\/decisions\/[A-Za-z0-9_-]{43}$/.test(next) ? next : undefined }));
  });
}
