/**
 * The HTTP app: a factory configured once with its dependencies. Every error is RFC 9457
 * problem+json (DESIGN.md "Errors and limits"); no input produces a 500.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { ProfileDateError } from "../profile/index.js";
import { RuleSetNotFoundError } from "../ruleset/catalog.js";
import type { AppDeps, AppEnv } from "./env.js";
import { pagesRoutes } from "./pages.js";
import { pointer, problem, ProblemError } from "./problem.js";
import { batchRoute } from "./routes/batch.js";
import { healthRoute } from "./routes/health.js";
import { matchRoute } from "./routes/match.js";
import { openapiRoute } from "./routes/openapi.js";
import { publishRoute } from "./routes/publish.js";
import { rulesetReadRoutes } from "./routes/ruleset-read.js";
import { rulesetsRoute } from "./routes/rulesets.js";
import { validateRoute } from "./routes/validate.js";
import { invalidRequest, refusedProfileDates } from "./validation.js";

/**
 * Refuses request bodies the validators would misread: compressed (`Content-Encoding` other
 * than identity) or in a charset other than UTF-8 → 415. A Content-Type with white space
 * around its `;` (RFC 9110 allows it: `application/json ; charset=utf-8`), which hono's
 * validator would not take for JSON, is passed on written without it.
 */
const plainJsonBodies: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("Content-Type");
  if (type && /\s;|;\s*;|;\s*$/.test(type)) {
    const headers = new Headers(c.req.raw.headers);
    headers.set("Content-Type", type.split(";").map((p) => p.trim()).filter(Boolean).join("; "));
    c.req.raw = new Request(c.req.raw, { headers });
  }
  const encoding = c.req.header("Content-Encoding");
  if (encoding && encoding.trim().toLowerCase() !== "identity") {
    return problem(c, 415, "unsupported-media-type", "Unsupported content encoding", `Content-Encoding "${encoding}" is not accepted: send the JSON uncompressed`);
  }
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(c.req.header("Content-Type") ?? "")?.[2];
  if (charset && charset.toLowerCase() !== "utf-8") {
    return problem(c, 415, "unsupported-media-type", "Unsupported charset", `charset "${charset}" is not accepted: send the JSON as UTF-8`);
  }
  await next();
};

/** The `CORS_ORIGINS` var as a list: `"https://a.example, https://b.example"` → two origins. */
const allowedOrigins = (value: string | undefined) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);

const corsHeaders = cors({
  origin: (origin) => origin, // called only for allowed origins (corsForOrigins)
  allowMethods: ["GET", "POST", "PUT", "OPTIONS"],
  allowHeaders: ["Content-Type", "Authorization"],
  exposeHeaders: ["X-Request-Id"],
  maxAge: 600,
});

/**
 * CORS for the origins listed in `CORS_ORIGINS`. A request from another origin gets no CORS
 * headers at all, and its preflight a 403 naming the origin; a request without `Origin` (server
 * to server) is not a CORS request. Both get `Vary: Origin`, so a cache never hands their
 * answer to an allowed origin. Skipping hono's cors there also spares every server-to-server
 * call its header work (docs/speed.md).
 */
const corsForOrigins: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = c.req.header("Origin");
  if (origin !== undefined && allowedOrigins(c.env?.CORS_ORIGINS).includes(origin)) return corsHeaders(c, next);
  if (origin !== undefined && c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method")) {
    const res = problem(c, 403, "origin-not-allowed", "Origin not allowed", `browsers at ${origin} may not call this API: the origins allowed are those in the CORS_ORIGINS var`);
    res.headers.append("Vary", "Origin");
    return res;
  }
  await next();
  c.res.headers.append("Vary", "Origin");
};

/**
 * Builds the app.
 * @param deps the rule-set catalog and the clock
 * @returns a Hono app whose `fetch` is the Worker's handler
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // a refused profile also gets its date problems (registered after asOf…) in the same answer
    defaultHook: (result, c) => (result.success ? undefined : invalidRequest(c, result, refusedProfileDates(result, deps.today))),
  });

  app.use(requestId());
  app.use(secureHeaders());
  // CORS for integrators: the origins listed in the CORS_ORIGINS var (comma-separated); none by default.
  app.use("/v1/*", corsForOrigins);
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        const res = problem(c, 405, "method-not-allowed", "Method not allowed", `${c.req.path} answers ${methods.join(", ")}`);
        res.headers.set("Allow", methods.join(", "));
        return res;
      },
    }),
  );
  app.use(plainJsonBodies);

  healthRoute(app, deps);
  rulesetsRoute(app, deps);
  matchRoute(app, deps);
  batchRoute(app, deps);
  validateRoute(app, deps);
  rulesetReadRoutes(app, deps);
  publishRoute(app, deps);
  pagesRoutes(app, deps);
  openapiRoute(app);

  app.notFound((c) => problem(c, 404, "not-found", "Not found", `no route ${c.req.method} ${c.req.path}; see GET /v1/rulesets and POST /v1/match`));

  app.onError((err, c) => {
    if (err instanceof ProblemError) {
      const res = problem(c, err.status, err.slug, err.title, err.detail, err.errors);
      for (const [k, v] of Object.entries(err.headers ?? {})) res.headers.set(k, v);
      return res;
    }
    if (err instanceof ProfileDateError) {
      const errors = err.problems.map((p) => ({ pointer: pointer(["profile", ...p.path]), message: p.message }));
      return problem(c, 400, "invalid-request", "Invalid request", "the profile contradicts the evaluation date asOf: see errors[]", errors);
    }
    if (err instanceof RuleSetNotFoundError) return problem(c, 404, "ruleset-not-found", "Rule-set version not found", err.message);
    if (err instanceof HTTPException && err.status === 415) {
      return problem(c, 415, "unsupported-media-type", "Unsupported media type", "send the body as JSON with the header Content-Type: application/json");
    }
    if (err instanceof HTTPException && err.status === 400) {
      return problem(c, 400, "malformed-json", "Malformed JSON", "the request body is not valid JSON; check quotes, commas and brackets");
    }
    if (err instanceof HTTPException) return problem(c, err.status as 400, "http-error", err.message || "Request refused", err.message);
    console.error("unexpected error", c.get("requestId"), err);
    return problem(c, 500, "internal-error", "Internal error", "the service failed on this request; quote the requestId when reporting it");
  });

  return app;
}
