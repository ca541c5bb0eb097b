/**
 * The enterprise's pages: `GET /` the form, `POST /match` the result (or the form again with
 * its problems; with `_action=save`, saved to the firm's dossier: form-save.ts), the dossier's
 * pages (dossier-pages.ts, decision-pages.ts), and the stylesheet they use. Scoped to these
 * routes: a strict Content-Security-Policy, `Cache-Control: no-store`, CSRF protection of every
 * post (hono's csrf: the browser's Sec-Fetch-Site or Origin must be this site) and the API's
 * body gate (64 KiB, uncompressed, UTF-8), whose refusals are pages here.
 * Nothing a person entered is logged.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { APP_CSS, CSS_PATH } from "../views/assets.js";
import { pickLang } from "../views/i18n.js";
import { MessagePage } from "../views/pages/MessagePage.js";
import { readPostedValues } from "../views/form-body.js";
import { evaluateForm } from "../views/submit.js";
import { FormPage } from "../views/pages/FormPage.js";
import { ResultPage } from "../views/pages/ResultPage.js";
import { bi, type Msg } from "../views/i18n.js";
import { type BodyRefusal, bodyGate } from "./body-gate.js";
import { decisionPages } from "./decision-pages.js";
import { dossierPages, openedForForm } from "./dossier-pages.js";
import type { AppDeps, AppEnv } from "./env.js";
import { saveForm } from "./form-save.js";
import { errorTrace } from "../log.js";
import { csrfPage, pageHeaders } from "./page-guards.js";
import { langOf, render } from "./page-render.js";
import { MATCH_BODY_LIMIT } from "./routes/match.js";

export { PAGE_CSP } from "./page-guards.js";

/** The form's answer to a body the gate refuses: a page, with the API's status. */
function refusedPage(c: Context<AppEnv>, why: BodyRefusal | { status: 415; reason: "not-form" }): Promise<Response> {
  const page = (title: Msg, text: Msg) => render(c, MessagePage({ lang: langOf(c), title, text }), why.status);
  switch (why.reason) {
    case "incomplete": return page(bi("提交内容不完整", "The form arrived incomplete"), bi("连接中断，表单未能完整送达。请重新提交。", "The connection broke before the whole form arrived. Send it again."));
    case "too-large": return page(bi("提交内容过大", "Too much was sent"), bi("表单内容超过 64 KiB，请检查后重新提交。", "The form is over 64 KiB: check it and send it again."));
    case "not-form": return page(bi("无法读取提交内容", "The form could not be read"), bi("请从填写页面提交表单。", "Send the form from its page."));
    case "not-utf8": return page(bi("提交内容含有无法识别的字符", "The form contains characters that could not be read"),
      bi("提交内容不是 UTF-8 编码，无法可靠读取。请从填写页面重新提交；如果是从其他程序复制的内容，请重新输入。", "The form was not sent as UTF-8, so what you entered could not be read reliably. Send it again from its page; retype anything pasted from another program."));
    default: return page(bi("无法读取提交内容", "The form could not be read"),
      bi("提交内容经过压缩或使用了 UTF-8 以外的编码。请从填写页面提交表单。", "The form was compressed or sent in an encoding other than UTF-8. Send the form from its page."));
  }
}

/** Mounts the pages on `app`. */
export function pagesRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  for (const path of ["/", "/match", "/dossier", "/dossier/*", "/decisions/*"]) app.use(path, pageHeaders);
  for (const path of ["/match", "/dossier/*"]) {
    // a forged post is refused before its body is read; then the body gate the API has, answered with pages
    app.use(path, csrfPage((c) => render(c, MessagePage({
      lang: langOf(c),
      title: bi("无法提交", "The form could not be sent"),
      text: bi("出于安全考虑，只接受从本网站页面提交的表单。请返回填写页面重新提交。", "For your safety, only forms sent from this site's own pages are accepted. Go back to the form and send it again."),
    }), 403)));
    app.use(path, bodyGate({ maxSize: MATCH_BODY_LIMIT, refuse: refusedPage }));
  }

  app.get(CSS_PATH, (c) => c.body(APP_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" }));

  dossierPages(app, deps);
  decisionPages(app);
  app.get("/match", (c) => c.redirect(c.req.query("lang") ? `/?lang=${encodeURIComponent(c.req.query("lang")!)}` : "/", 303));

  app.post("/match", async (c) => {
    const values = await readPostedValues(await c.req.text(), c.req.header("Content-Type") ?? "");
    if (values === "not-form") return refusedPage(c, { status: 415, reason: "not-form" });
    if (values === "not-utf8") return refusedPage(c, { status: 415, reason: "not-utf8" });
    const lang = pickLang(values.lang, c.req.header("Accept-Language"));
    try {
      const evaluate = { catalog: () => deps.catalog(c.env?.DB), today: deps.today };
      if (values._action === "save") return await saveForm(c, values, lang, evaluate);
      const outcome = await evaluateForm(values, evaluate);
      if (outcome.kind === "form") return render(c, FormPage({ lang, values: outcome.values, errors: outcome.errors, posted: true, dossier: await openedForForm(c) }), outcome.errors.length ? 400 : 200);
      return render(c, ResultPage({ lang, values: outcome.values, result: outcome.result, profile: outcome.profile }));
    } catch (err) {
      // never the profile: the request id and where it failed
      console.error("form evaluation failed", c.get("requestId"), errorTrace(err));
      return render(c, MessagePage({
        lang, reference: c.get("requestId"),
        title: bi("服务暂时出错", "Something went wrong"),
        text: bi("很抱歉，本次匹配未能完成。请稍后再试；如仍有问题，请告知请求编号。", "Sorry, the match could not be completed. Try again later; if it keeps failing, quote the reference."),
      }), 500);
    }
  });
}
