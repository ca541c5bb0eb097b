/**
 * The declaration of a staff API route: tagged, behind the bearer scheme, with the 401 and 403
 * every one of them answers; admission (staff.ts `bearerOfficer`) is mounted with it, so no
 * staff route can be declared without it.
 */
import { createRoute, type OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import type { AppEnv } from "../../env.js";
import { bearerOfficer } from "../../staff.js";
import { problemResponse } from "../../schemas.js";

/** The route config with the staff parts added. */
export function staffRoute<R extends Omit<RouteConfig, "security" | "tags">>(app: OpenAPIHono<AppEnv>, config: R) {
  const path = config.path.replace(/\{(\w+)\}/g, ":$1");
  app.use(path, async (c, next) => (c.req.method === config.method.toUpperCase() ? bearerOfficer(c, next) : next()));
  return createRoute({
    ...config,
    tags: ["review"],
    security: [{ bearer: [] }],
    responses: {
      ...config.responses,
      401: problemResponse("No bearer token, or no staff token is configured"),
      403: problemResponse("Not a staff token, or the officer's role may not do this (docs/staff.md, Roles)"),
    },
  });
}
