/**
 * `GET /healthz`: 200 `{ status: "ok" }` when every rule-set version loads and the store of
 * published versions can be read; 200 `{ status: "degraded", unavailable?, store? }` naming
 * what is missing otherwise. Always 200 while the Worker answers: the rest of the service works
 * and every isolate reads the same D1, so a load balancer gains nothing by taking it out;
 * monitors alert on `status` (docs/operations.md).
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import type { AppDeps, AppEnv } from "../env.js";
import { Degradation, degradation } from "../schemas.js";

const Health = Degradation.extend({ status: z.enum(["ok", "degraded"]) });

const route = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Health: the service is up; degraded when a stored version cannot be loaded or the store cannot be read",
  responses: { 200: { description: "Up (status ok or degraded)", content: { "application/json": { schema: Health } } } },
});

/** Mounts the route on `app`. */
export function healthRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const lacking = degradation(await deps.catalog(c.env?.DB));
    return c.json({ status: Object.keys(lacking).length ? ("degraded" as const) : ("ok" as const), ...lacking }, 200);
  });
}
