/**
 * The enterprise's pages: `GET /` the form, `POST /match` the result (or the form again with
 * its problems), and the stylesheet they use. Scoped to these routes: a strict
 * Content-Security-Policy, `Cache-Control: no-store`, CSRF protection of the form post (hono's
 * csrf: the browser's Sec-Fetch-Site or Origin must be this site) and a 64 KiB body limit.
 * Nothing a person entered is logged.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { JSX } from "hono/jsx/jsx-runtime";
import { APP_CSS, CSS_PATH } from "../views/assets.js";
import { pickLang } from "../views/i18n.js";
import { MessagePage } from "../views/pages/MessagePage.js";
import { evaluateForm, readPostedValues } from "../views/submit.js";
import { FormPage } from "../views/pages/FormPage.js";
import { ResultPage } from "../views/pages/ResultPage.js";
import { bi } from "../views/i18n.js";
import type { AppDeps, AppEnv } from "./env.js";
import { MATCH_BODY_LIMIT } from "./routes/match.js";

/** The pages' policy: nothing but this site's own stylesheet and images; forms post only here. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const pageHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("Content-Security-Policy", PAGE_CSP);
  c.res.headers.set("Cache-Control", "no-store");
  c.res.headers.append("Vary", "Accept-Language");
};

async function render(c: Context<AppEnv>, page: JSX.Element, status: 200 | 400 | 403 | 413 | 415 | 500 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await page.toString()}`, status);
}

const langOf = (c: Context<AppEnv>) => pickLang(c.req.query("lang"), c.req.header("Accept-Language"));

/** hono's csrf, answering a refused post with a page instead of a bare 403. */
function csrfForm(): MiddlewareHandler<AppEnv> {
  const guard = csrf();
  return async (c, next) => {
    let passed = false;
    try {
      await guard(c, async () => { passed = true; await next(); });
    } catch (err) {
      if (passed || !(err instanceof HTTPException) || err.status !== 403) throw err;
      return render(c, MessagePage({
        lang: langOf(c),
        title: bi("无法提交", "The form could not be sent"),
        text: bi("出于安全考虑，只接受从本网站页面提交的表单。请返回填写页面重新提交。", "For your safety, only forms sent from this site's own pages are accepted. Go back to the form and send it again."),
      }), 403);
    }
  };
}

/** Mounts the pages on `app`. */
export function pagesRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use("/", pageHeaders);
  app.use("/match", pageHeaders);
  app.use("/match", bodyLimit({
    maxSize: MATCH_BODY_LIMIT,
    onError: (c) => render(c, MessagePage({ lang: langOf(c), title: bi("提交内容过大", "Too much was sent"), text: bi("表单内容超过 64 KiB，请检查后重新提交。", "The form is over 64 KiB: check it and send it again.") }), 413),
  }));
  app.use("/match", csrfForm());

  app.get(CSS_PATH, (c) => c.body(APP_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" }));

  app.get("/", (c) => render(c, FormPage({ lang: langOf(c), values: {}, errors: [], posted: false })));
  app.get("/match", (c) => c.redirect(c.req.query("lang") ? `/?lang=${encodeURIComponent(c.req.query("lang")!)}` : "/", 303));

  app.post("/match", async (c) => {
    const values = await readPostedValues(c.req.raw);
    if (!values) {
      return render(c, MessagePage({ lang: langOf(c), title: bi("无法读取提交内容", "The form could not be read"), text: bi("请从填写页面提交表单。", "Send the form from its page.") }), 415);
    }
    const lang = pickLang(values.lang, c.req.header("Accept-Language"));
    try {
      const outcome = await evaluateForm(values, { catalog: () => deps.catalog(c.env?.DB), today: deps.today });
      if (outcome.kind === "form") return render(c, FormPage({ lang, values: outcome.values, errors: outcome.errors, posted: true }), outcome.errors.length ? 400 : 200);
      return render(c, ResultPage({ lang, values: outcome.values, result: outcome.result, profile: outcome.profile }));
    } catch (err) {
      // never the profile: the request id and where it failed
      console.error("form evaluation failed", c.get("requestId"), err instanceof Error ? err.stack?.split("\n").slice(1, 6).join(" | ") : typeof err);
      return render(c, MessagePage({
        lang, reference: c.get("requestId"),
        title: bi("服务暂时出错", "Something went wrong"),
        text: bi("很抱歉，本次匹配未能完成。请稍后再试；如仍有问题，请告知请求编号。", "Sorry, the match could not be completed. Try again later; if it keeps failing, quote the reference."),
      }), 500);
    }
  });
}
