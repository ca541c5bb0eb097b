/**
 * What every staff route shares, API and console alike: the officer admitted (by a bearer token
 * here; by the console's session in staff-session.ts), and the dependencies of the review
 * actions (src/review/service.ts) built for a request.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { ReviewDeps } from "../review/service.js";
import { StoreUnreachableError } from "../ruleset/unavailable.js";
import { authenticate } from "./auth.js";
import type { AppDeps, AppEnv } from "./env.js";
import { ProblemError } from "./problem.js";

/** The D1 binding, or a 503 saying the staff routes need it. */
export function staffDb(c: Context<AppEnv>): D1Database {
  const db = c.env?.DB;
  if (!db) throw new ProblemError(503, "store-unavailable", "Store unavailable", "drafts, review and publishing need the D1 binding DB (docs/operations.md, Deploy to Cloudflare)");
  return db;
}

/**
 * Admits an API caller by `Authorization: Bearer <token>` of `ADMIN_TOKENS` (src/http/auth.ts),
 * before anything of its body is looked at; sets `officer`. 401 without a token (or when no
 * token is configured), 403 with a wrong one.
 */
export const bearerOfficer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const caller = await authenticate(c.req.header("Authorization"), c.env?.ADMIN_TOKENS);
  if ("refused" in caller) {
    if (caller.refused === "wrong") throw new ProblemError(403, "forbidden", "Forbidden", "the bearer token is not one of ADMIN_TOKENS");
    const detail = caller.refused === "unconfigured"
      ? "staff routes are not configured: set the ADMIN_TOKENS secret (docs/staff.md, Tokens; locally, in .dev.vars)"
      : "send Authorization: Bearer <token> (a staff token of ADMIN_TOKENS)";
    throw new ProblemError(401, "unauthorized", "Unauthorized", detail, undefined, { "WWW-Authenticate": 'Bearer realm="policy-match"' });
  }
  c.set("officer", caller);
  await next();
};

/**
 * The review actions' dependencies for this request (the officer must have been admitted).
 * @throws StoreUnreachableError (503) when D1 could not be read just now: nothing is done
 */
export async function reviewDeps(c: Context<AppEnv>, deps: AppDeps): Promise<ReviewDeps> {
  const db = staffDb(c);
  const catalog = await deps.catalog(db);
  if (!catalog.storeReachable) throw new StoreUnreachableError("the store of drafts and published versions cannot be read just now, so nothing was done (nothing was published)");
  return {
    db, catalog, today: deps.today(),
    act: { officer: c.get("officer")!, now: new Date().toISOString(), requestId: c.get("requestId") },
  };
}
