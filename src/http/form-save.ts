/**
 * `POST /match` with `_action=save`: the form's answers saved to the firm's dossier and decided,
 * the decision kept, and the browser sent to the decision's own page (`/decisions/<id>`), so
 * that a refresh, a bookmark or a link sent to an advisor shows it again without re-posting.
 * The dossier is the one this browser has opened when it is the answers' firm; otherwise a new
 * one is made for the answers' credit code, and its token is shown once (/dossier/welcome).
 * Nothing is saved while the form has problems, nor when the code has a dossier this browser
 * has not opened (the form then says to open it first).
 */
import type { Context } from "hono";
import { DecisionStore } from "../dossier/decisions.js";
import { newToken, tokenHash } from "../dossier/secret.js";
import { DossierStore } from "../dossier/store.js";
import { summaryOf } from "../dossier/summary.js";
import { supportOf } from "../dossier/support.js";
import type { Dossier } from "../dossier/types.js";
import type { FormValues } from "../views/field-index.js";
import { bi, type Lang } from "../views/i18n.js";
import { FormPage } from "../views/pages/FormPage.js";
import { evaluateForm, type EvaluateDeps } from "../views/submit.js";
import { dossierDb } from "./dossier-access.js";
import { inForm } from "../views/components/DossierBar.js";
import { openSession, passTokenOnce, sessionDossier } from "./dossier-session.js";
import type { AppEnv } from "./env.js";
import { render } from "./page-render.js";

/** Where a new dossier's token is shown. */
export const WELCOME_PATH = "/dossier/welcome";

const withLang = (path: string, lang: Lang) => (lang === "en" ? `${path}${path.includes("?") ? "&" : "?"}lang=en` : path);

/** Saves and decides the posted answers (see the file comment). */
export async function saveForm(c: Context<AppEnv>, values: FormValues, lang: Lang, deps: EvaluateDeps): Promise<Response> {
  const checked = await evaluateForm(values, deps);
  const session = await sessionDossier(c);
  const opened = session && inForm(session.dossier);
  const refuse = (message: { "zh-CN": string; en: string }) =>
    render(c, FormPage({ lang, values: checked.values, errors: [{ key: "creditCode", message }], posted: true, dossier: opened }), 400);
  if (checked.kind === "form") return render(c, FormPage({ lang, values: checked.values, errors: checked.errors, posted: true, dossier: opened }), checked.errors.length ? 400 : 200);

  const db = dossierDb(c);
  const store = new DossierStore(db);
  const code = checked.profile.creditCode;
  let dossier: Dossier;
  let token: string | undefined;
  if (session && (code === undefined || code === session.dossier.creditCode)) {
    dossier = session.dossier;
  } else if (code === undefined) {
    return refuse(bi("保存到档案需要填写统一社会信用代码", "enter the credit code to save the answers to a dossier"));
  } else {
    token = newToken();
    const made = await store.create(code, await tokenHash(token), new Date());
    if (made === "exists") {
      return refuse(bi("该统一社会信用代码已有企业档案：请先用访问令牌打开档案，再保存", "this credit code has a dossier: open it with its access token first, then save"));
    }
    dossier = made;
  }
  const actor = session && dossier.id === session.dossier.id ? session.actor : "owner";
  const profile = { ...checked.profile, creditCode: dossier.creditCode };
  const version = await store.saveVersion(dossier.id, { profile, source: "form", by: actor }, new Date());
  const received = await supportOf(db, dossier.id);
  const decided = received.length ? await evaluateForm(values, { ...deps, received }) : checked;
  if (decided.kind !== "result") throw new Error("the answers decided once failed the second time"); // the same answers: cannot happen
  const entry = await new DecisionStore(db).record(dossier.id, { profileVersion: version.version, result: decided.result, summary: summaryOf(decided.result), by: actor }, new Date());
  const page = `/decisions/${entry.shareId}`;
  if (!token) return c.redirect(withLang(page, lang), 303);
  openSession(c, dossier.creditCode, token);
  passTokenOnce(c, token, WELCOME_PATH);
  return c.redirect(withLang(`${WELCOME_PATH}?next=${encodeURIComponent(page)}`, lang), 303);
}
