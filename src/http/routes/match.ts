/**
 * `POST /v1/match?explain=full|brief|none&evaluator=compiled|reference`: one enterprise profile in, its MatchResult out.
 * Body `{ profile, asOf?, version? }` (≤ 64 KiB, application/json). `explain=brief` lists only
 * the decisive conditions of each measure (default `full`: all); `evaluator=reference` decides
 * with json-rules-engine itself (default `compiled`). 200 MatchResult;
 * 400 invalid fields (problem+json with pointers) or malformed JSON; 404 no rule-set version
 * for `version`/`asOf`; 413 body over 64 KiB; 415 not JSON.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { match } from "../../engine/match.js";
import { MatchResult } from "../../engine/result.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import type { AppDeps, AppEnv } from "../env.js";
import { problem } from "../problem.js";
import { utf8Body } from "../utf8.js";
import exampleProfile from "../../../fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json";
import { MatchQuery, MatchRequest, problemResponse } from "../schemas.js";

/** 64 KiB: the limit for one profile (DESIGN.md "Errors and limits"). */
export const MATCH_BODY_LIMIT = 64 * 1024;

const route = createRoute({
  method: "post",
  path: "/v1/match",
  summary: "Match one enterprise profile against the rule set",
  tags: ["match"],
  request: {
    query: MatchQuery,
    body: { required: true, content: { "application/json": { schema: MatchRequest, example: { profile: exampleProfile, asOf: "2025-06-30" } } } },
  },
  responses: {
    200: { description: "The evaluation of every measure", content: { "application/json": { schema: MatchResult } } },
    400: problemResponse("Malformed JSON or invalid fields (errors[] with RFC 6901 pointers)"),
    404: problemResponse("No rule-set version for the pinned version or asOf"),
    413: problemResponse("Body over 64 KiB"),
    415: problemResponse("Body is not application/json"),
  },
});

/** Mounts the route on `app`. */
export function matchRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use(
    route.path,
    bodyLimit({
      maxSize: MATCH_BODY_LIMIT,
      onError: (c) => problem(c, 413, "body-too-large", "Request body too large", `a match request is limited to ${MATCH_BODY_LIMIT / 1024} KiB; send one profile per request`),
    }),
  );
  app.use(route.path, utf8Body);
  app.openapi(route, async (c) => {
    const { profile, asOf = deps.today(), version } = c.req.valid("json");
    const { explain = "full", evaluator = "compiled" } = c.req.valid("query");
    const loaded = (await deps.catalog(c.env?.DB)).resolve({ id: DEFAULT_RULESET_ID, version, asOf });
    return c.json(await match(profile, loaded, { asOf, explain, evaluator }), 200);
  });
}
