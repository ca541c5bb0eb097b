/**
 * `POST /v1/rulesets/validate`: lint a rule set without publishing it (body ≤ 1 MiB).
 * 200 `{ ok, errors: [{ pointer, message, rule }], warnings: [...] }` — a failing rule set is
 * still a 200: the answer is the report. 400 malformed JSON, or JSON nested past 128 levels
 * (`nesting-too-deep`, with the pointer: refused before lint); 413 over 1 MiB.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { todayInShanghai } from "../../profile/index.js";
import { lintRuleSet } from "../../ruleset/lint.js";
import type { AppDeps, AppEnv } from "../env.js";
import { problemResponse } from "../schemas.js";
import { rawRuleSet, RuleSetBody, withBodyLimit } from "./ruleset-body.js";

const Finding = z.object({ pointer: z.string(), message: z.string(), rule: z.string() });

const route = createRoute({
  method: "post",
  path: "/v1/rulesets/validate",
  summary: "Lint a rule set without publishing it",
  request: { body: { required: true, content: { "application/json": { schema: RuleSetBody } } } },
  responses: {
    200: { description: "The lint report", content: { "application/json": { schema: z.object({ ok: z.boolean(), errors: z.array(Finding), warnings: z.array(Finding) }) } } },
    400: problemResponse("Malformed JSON, or nested past 128 levels (nesting-too-deep)"),
    413: problemResponse("Body over 1 MiB"),
  },
});

/** Mounts the route on `app`. */
export function validateRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  withBodyLimit(app, route.path);
  app.openapi(route, async (c) => {
    const catalog = await deps.catalog(c.env?.DB);
    const { ok, errors, warnings } = lintRuleSet(await rawRuleSet(c), { others: catalog.summaries(), today: todayInShanghai() });
    return c.json({ ok, errors, warnings }, 200);
  });
}
