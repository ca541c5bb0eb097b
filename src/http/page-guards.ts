/**
 * What every HTML page shares, the enterprise's and the staff console's: a strict
 * Content-Security-Policy and `Cache-Control: no-store` (pageHeaders), and CSRF protection of
 * every post — hono's csrf: the browser's Sec-Fetch-Site or Origin must be this site — with the
 * refusal answered as a page of the caller's choosing (csrfPage).
 */
import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env.js";

/** The pages' policy: nothing but this site's own stylesheet and images; forms post only here. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Sets the policy, `no-store` and `Vary: Accept-Language` on the answer. */
export const pageHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("Content-Security-Policy", PAGE_CSP);
  c.res.headers.set("Cache-Control", "no-store");
  c.res.headers.append("Vary", "Accept-Language");
};

/** hono's csrf, answering a refused post with `refused(c)` (a 403 page) instead of a bare 403. */
export function csrfPage(refused: (c: Context<AppEnv>) => Promise<Response>): MiddlewareHandler<AppEnv> {
  const guard = csrf();
  return async (c, next) => {
    let passed = false;
    try {
      await guard(c, async () => { passed = true; await next(); });
    } catch (err) {
      if (passed || !(err instanceof HTTPException) || err.status !== 403) throw err;
      return refused(c);
    }
  };
}
