/**
 * The staff console under /staff/ (docs/staff.md): hono/jsx pages in zh-CN and en behind the
 * role tokens of ADMIN_TOKENS. Everything under /staff/ gets the pages' CSP and `no-store`
 * (page-guards.ts), the CSRF check of every post, but for the sign-in page the officer's
 * session (staff-session.ts), then a body gate (2 MiB for a draft's upload, 64 KiB otherwise).
 * A failure the pages do not handle themselves (no D1, the store unreadable, a bug) is answered
 * with a page, never problem+json. Screens: console-pages.ts; actions: console-actions.ts.
 * A page joins the console by adding its entry to src/views/staff/nav.ts and its route here.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { StoreUnreachableError } from "../ruleset/unavailable.js";
import { formFields } from "../views/form-body.js";
import { bi } from "../views/i18n.js";
import { SignInPage } from "../views/staff/SignInPage.js";
import { bodyGate, type BodyRefusal } from "./body-gate.js";
import { consoleActions, DRAFT_UPLOAD_LIMIT } from "./console-actions.js";
import { consoleMessage, consolePages } from "./console-pages.js";
import { consoleWorklist } from "./console-worklist.js";
import type { AppDeps, AppEnv } from "./env.js";
import { errorTrace } from "../log.js";
import { csrfPage, pageHeaders } from "./page-guards.js";
import { render } from "./page-render.js";
import { ProblemError } from "./problem.js";
import { sessionOfficer, signIn, signOut, staffLang, staffSession } from "./staff-session.js";

const SIGN_IN = "/staff/sign-in";

/** Answers what a console handler threw with a page. */
const failures: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const err = c.error;
  if (!err) return;
  if (err instanceof StoreUnreachableError || (err instanceof ProblemError && err.status === 503)) {
    c.res = await consoleMessage(c, bi("暂时无法读取数据", "The store cannot be read just now"),
      bi("草案、审核和发布需要数据库（D1），目前无法读取。什么都没有改变，请稍后再试。", "Drafts, review and publishing need the database (D1), which cannot be read just now. Nothing was changed: try again in a minute."), 503);
    return;
  }
  console.error("console page failed", c.get("requestId"), errorTrace(err));
  c.res = await consoleMessage(c, bi("服务暂时出错", "Something went wrong"), bi("很抱歉，此页面未能完成。请稍后再试；如仍有问题，请告知请求编号。", "Sorry, this page could not be completed. Try again later; if it keeps failing, quote the reference."), 500);
};

const refusedBody = (c: Context<AppEnv>, why: BodyRefusal) => consoleMessage(c,
  why.reason === "too-large" ? bi("提交内容过大", "Too much was sent") : bi("无法读取提交内容", "What was sent could not be read"),
  why.reason === "too-large"
    ? bi("上传的草案最多 2 MiB，其他表单最多 64 KiB。", "A draft's upload is at most 2 MiB, any other form 64 KiB.")
    : bi("请从控制台页面重新提交（UTF-8，不压缩）。", "Send it again from the console's page (UTF-8, uncompressed)."),
  why.status);

const uploadGate = bodyGate({ maxSize: DRAFT_UPLOAD_LIMIT, refuse: refusedBody });
const formGate = bodyGate({ maxSize: 64 * 1024, refuse: refusedBody });

/** A local console path to come back to after signing in (anything else: the versions). */
const backTo = (next: string | undefined) => (next && /^\/staff\/[^/\\]/.test(next + "x") && !next.startsWith("//") ? next : "/staff/");

/** Mounts the console on `app`. */
export function consoleRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.get("/staff", (c) => c.redirect("/staff/", 301));
  app.use("/staff/*", pageHeaders, failures);
  app.use("/staff/*", csrfPage((c) => consoleMessage(c, bi("无法提交", "The form could not be sent"),
    bi("出于安全考虑，只接受从本控制台页面提交的表单。请返回页面重新提交。", "For your safety, only forms sent from the console's own pages are accepted. Go back to the page and send it again."), 403)));
  // the officer is admitted before anything of a body is read, as on the API
  app.use("/staff/*", (c, next) => (c.req.path === SIGN_IN ? next() : staffSession(c, next)));
  app.use("/staff/*", (c, next) => (c.req.path === "/staff/drafts" ? uploadGate : formGate)(c, next));

  app.get(SIGN_IN, async (c) => {
    const next = backTo(c.req.query("next"));
    if (await sessionOfficer(c)) return c.redirect(next, 303);
    return render(c, SignInPage({ lang: staffLang(c), next, ...(c.req.query("out") !== undefined ? { problem: "signed-out" as const } : {}) }));
  });
  app.post(SIGN_IN, async (c) => {
    const fields = await formFields(await c.req.text(), c.req.header("Content-Type") ?? "").catch(() => null);
    const get = (k: string) => fields?.find(([name]) => name === k)?.[1];
    const token = get("token"), next = backTo(typeof get("next") === "string" ? get("next") as string : undefined);
    const outcome = await signIn(c, typeof token === "string" ? token : "");
    if (!("refused" in outcome)) return c.redirect(next, 303);
    const status = outcome.refused === "unconfigured" ? 503 : outcome.refused === "missing" ? 400 : 401;
    return render(c, SignInPage({ lang: staffLang(c), next, problem: outcome.refused }), status);
  });
  app.post("/staff/sign-out", (c) => {
    signOut(c);
    return c.redirect(`${SIGN_IN}?out`, 303);
  });

  consolePages(app, deps);
  consoleWorklist(app, deps);
  consoleActions(app, deps);
}
