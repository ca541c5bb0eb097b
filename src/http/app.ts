/**
 * The HTTP app: a factory configured once with its dependencies. Every error is RFC 9457
 * problem+json (DESIGN.md "Errors and limits"); no input produces a 500.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { RuleSetNotFoundError } from "../ruleset/catalog.js";
import type { AppDeps, AppEnv } from "./env.js";
import { fieldErrors, problem } from "./problem.js";
import { healthRoute } from "./routes/health.js";
import { matchRoute } from "./routes/match.js";
import { rulesetsRoute } from "./routes/rulesets.js";

/**
 * Builds the app.
 * @param deps the rule-set catalog and the clock
 * @returns a Hono app whose `fetch` is the Worker's handler
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problem(c, 400, "invalid-request", "Invalid request", "some fields are missing or invalid: see errors[]", fieldErrors(result.error.issues));
      }
    },
  });

  app.use(requestId());
  app.use(secureHeaders());

  healthRoute(app, deps);
  rulesetsRoute(app, deps);
  matchRoute(app, deps);

  app.notFound((c) => problem(c, 404, "not-found", "Not found", `no route ${c.req.method} ${c.req.path}; see GET /v1/rulesets and POST /v1/match`));

  app.onError((err, c) => {
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
