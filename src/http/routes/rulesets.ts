/**
 * `GET /v1/rulesets`: the rule sets and their versions, each with `effectiveFrom` and hash;
 * `unavailable` lists stored versions that cannot be loaded (not served), `store: "unreachable"`
 * says the published versions could not be read (only the bundled ones are listed).
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { Bilingual } from "../../profile/index.js";
import type { AppDeps, AppEnv } from "../env.js";
import { Degradation, degradation } from "../schemas.js";

const RuleSetList = Degradation.extend({
  rulesets: z.array(
    z.object({
      id: z.string(),
      title: Bilingual,
      versions: z.array(z.object({ version: z.string(), effectiveFrom: z.string(), hash: z.string() })),
    }),
  ),
});

const route = createRoute({
  method: "get",
  path: "/v1/rulesets",
  summary: "List rule sets and their versions",
  responses: { 200: { description: "Rule sets, versions oldest first", content: { "application/json": { schema: RuleSetList } } } },
});

/** Mounts the route on `app`. */
export function rulesetsRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const catalog = await deps.catalog(c.env?.DB);
    return c.json({ rulesets: catalog.list(), ...degradation(catalog) }, 200);
  });
}
