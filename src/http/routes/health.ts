/** `GET /healthz`: 200 `{ status: "ok" }` once the bundled rule sets load. */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import type { AppDeps, AppEnv } from "../env.js";

const route = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness: the service is up and its rule sets load",
  responses: { 200: { description: "Up", content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } } } },
});

/** Mounts the route on `app`. */
export function healthRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    await deps.catalog(c.env?.DB);
    return c.json({ status: "ok" as const }, 200);
  });
}
