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
import { ReviewError } from "../review/service.js";
import { RuleSetNotFoundError } from "../ruleset/catalog.js";
import { RuleSetUnavailableError, StoreUnreachableError } from "../ruleset/unavailable.js";
import type { AppDeps, AppEnv } from "./env.js";
import { consoleRoutes } from "./console.js";
import { pagesRoutes } from "./pages.js";
import { errorTrace } from "../log.js";
import { pointer, problem, ProblemError } from "./problem.js";
import { batchRoute } from "./routes/batch.js";
import { dossierRoutes } from "./routes/dossiers/index.js";
import { screeningRoutes } from "./routes/screenings.js";
import { healthRoute } from "./routes/health.js";
import { matchRoute } from "./routes/match.js";
import { openapiRoute } from "./routes/openapi.js";
import { publishRoute } from "./routes/publish.js";
import { reviewRoutes } from "./routes/review/index.js";
import { rulesetReadRoutes } from "./routes/ruleset-read.js";
import { rulesetsRoute } from "./routes/rulesets.js";
import { validateRoute } from "./routes/validate.js";
import { invalidRequest, refusedProfileDates } from "./validation.js";

/** A client's `X-Request-Id` taken as sent: at most 64 of `[A-Za-z0-9._-]` (safe in logs, headers and pages). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * hono's requestId, with our shape for a client's id: a safe one is kept as sent, anything
 * else (longer, other characters) is replaced by a new UUID. hono's own test (255 characters
 * of `[\w=-]`) is switched off by `headerName: ""`, so the header is set here.
 */
const requestIds: MiddlewareHandler<AppEnv> = requestId({
  headerName: "",
  generator: (c) => {
    const sent = c.req.header("X-Request-Id");
    return sent !== undefined && SAFE_REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
  },
});

const echoRequestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header("X-Request-Id", c.get("requestId"));
  await next();
};

/** The `CORS_ORIGINS` var as a list: `"https://a.example, https://b.example"` → two origins. */
const allowedOrigins = (value: string | undefined) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);

const corsHeaders = cors({
  origin: (origin) => origin, // called only for allowed origins (corsForOrigins)
  allowMethods: ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
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

  app.use(requestIds, echoRequestId);
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

  healthRoute(app, deps);
  rulesetsRoute(app, deps);
  matchRoute(app, deps);
  batchRoute(app, deps);
  validateRoute(app, deps);
  rulesetReadRoutes(app, deps);
  publishRoute(app, deps);
  reviewRoutes(app, deps);
  dossierRoutes(app, deps);
  screeningRoutes(app, deps);
  pagesRoutes(app, deps);
  consoleRoutes(app, deps);
  openapiRoute(app);

  app.notFound((c) => problem(c, 404, "not-found", "Not found", `no route ${c.req.method} ${c.req.path}; see GET /v1/rulesets and POST /v1/match`));

  app.onError((err, c) => {
    if (err instanceof ProblemError) {
      const res = problem(c, err.status, err.slug, err.title, err.detail, err.errors);
      for (const [k, v] of Object.entries(err.headers ?? {})) res.headers.set(k, v);
      return res;
    }
    if (err instanceof ReviewError) return problem(c, err.status, err.slug, err.title, err.message, err.errors);
    if (err instanceof ProfileDateError) {
      const errors = err.problems.map((p) => ({ pointer: pointer(["profile", ...p.path]), message: p.message }));
      return problem(c, 400, "invalid-request", "Invalid request", "the profile contradicts the evaluation date asOf: see errors[]", errors);
    }
    if (err instanceof RuleSetNotFoundError) return problem(c, 404, "ruleset-not-found", "Rule-set version not found", err.message);
    if (err instanceof RuleSetUnavailableError) {
      const { id, version } = err.unavailable;
      return problem(c, 503, "ruleset-unavailable", "Rule-set version unavailable",
        `${err.message}. The service's operators see it on /healthz and must repair it; meanwhile pin another version (GET /v1/rulesets lists those available) or leave out "version" to be answered by the version in force on asOf. Retrying ${id} ${version} will not help until then.`);
    }
    if (err instanceof StoreUnreachableError) {
      const res = problem(c, 503, "store-unavailable", "Published versions unavailable", `${err.message}. Try again in a minute.`);
      res.headers.set("Retry-After", "60");
      return res;
    }
    if (err instanceof HTTPException && err.status === 415) {
      return problem(c, 415, "unsupported-media-type", "Unsupported media type", "send the body as JSON with the header Content-Type: application/json");
    }
    if (err instanceof HTTPException && err.status === 400) {
      return problem(c, 400, "malformed-json", "Malformed JSON", "the request body is not valid JSON; check quotes, commas and brackets");
    }
    if (err instanceof HTTPException) return problem(c, err.status as 400, "http-error", err.message || "Request refused", err.message);
    console.error("unexpected error", c.get("requestId"), errorTrace(err));
    return problem(c, 500, "internal-error", "Internal error", "the service failed on this request; quote the requestId when reporting it");
  });

  return app;
}
