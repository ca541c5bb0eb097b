/**
 * `POST /v1/match?explain=full|brief|none&evaluator=compiled|reference`: one enterprise profile in, its MatchResult out.
 * Body `{ profile, asOf?, version?, received? }` (≤ 64 KiB, application/json); `received` lists
 * support already applied for, granted or paid (docs/dossiers.md, "Support received"). `explain=brief` lists only
 * the decisive conditions of each measure (default `full`: all); `explain=none` answers the
 * decision alone, a MatchDecision (no sentences, near-misses or texts of the version; a few KB);
 * `evaluator=reference` decides with json-rules-engine itself (default `compiled`). 200 MatchResult
 * (the field `explain` says which);
 * 400 invalid fields (problem+json with pointers) or malformed JSON; 404 no rule-set version
 * for `version`/`asOf`; 413 body over 64 KiB; 415 not JSON, compressed, another charset or not
 * UTF-8; 503 the version asked for is stored but cannot be loaded, or may be a published one
 * while the store cannot be read (docs/operations.md). Versions that cannot be loaded are left
 * out of `asOf` resolution.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { answer } from "../../engine/answer.js";
import { MatchAnswer } from "../../engine/result.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import type { AppDeps, AppEnv } from "../env.js";
import { jsonBody } from "../json-body.js";
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
    200: { description: "The evaluation of every measure: a MatchResult (explain full or brief) or a MatchDecision (explain=none)", content: { "application/json": { schema: MatchAnswer } } },
    400: problemResponse("Malformed JSON, nested past 128 levels, or invalid fields (errors[] with RFC 6901 pointers)"),
    404: problemResponse("No rule-set version for the pinned version or asOf"),
    413: problemResponse("Body over 64 KiB"),
    415: problemResponse("Body is not application/json"),
    503: problemResponse("A stored version asked for cannot be loaded, or the store of published versions cannot be read"),
  },
});

/** Mounts the route on `app`. */
export function matchRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use(route.path, jsonBody({ maxSize: MATCH_BODY_LIMIT, tooLarge: `a match request is limited to ${MATCH_BODY_LIMIT / 1024} KiB; send one profile per request` }));
  app.openapi(route, async (c) => {
    const { profile, asOf = deps.today(), version, received } = c.req.valid("json");
    const { explain = "full", evaluator = "compiled" } = c.req.valid("query");
    const loaded = (await deps.catalog(c.env?.DB)).resolve({ id: DEFAULT_RULESET_ID, version, asOf });
    return c.json(await answer(profile, loaded, { asOf, explain, evaluator, received }), 200);
  });
}
