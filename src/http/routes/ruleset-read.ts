/**
 * `GET /v1/rulesets/{id}/versions/{version}`: a version (bundled or published) as written,
 * with its hash and effectiveFrom; 404 when there is none; 503 when it is stored but cannot be
 * loaded (the problem says why), or may be a published one while the store cannot be read.
 * `GET /v1/rulesets/{id}/diff?from=&to=`: what changed between two versions (measures added,
 * removed and changed; parameters); 404 when either is missing; 503 likewise.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { diffRuleSets } from "../../ruleset/diff.js";
import { Version } from "../../ruleset/schema.js";
import type { AppDeps, AppEnv } from "../env.js";
import { problemResponse } from "../schemas.js";
import { VersionParams } from "./ruleset-body.js";

const getVersion = createRoute({
  method: "get",
  path: "/v1/rulesets/{id}/versions/{version}",
  tags: ["rulesets"],
  summary: "A rule-set version as written, with its hash",
  request: { params: VersionParams },
  responses: {
    200: { description: "The version", content: { "application/json": { schema: z.object({ id: z.string(), version: z.string(), effectiveFrom: z.string(), hash: z.string(), ruleset: z.unknown() }) } } },
    400: problemResponse("An id or version not in the expected form"),
    404: problemResponse("No such rule set or version"),
    503: problemResponse("A stored version asked for cannot be loaded, or the store of published versions cannot be read"),
  },
});

const getDiff = createRoute({
  method: "get",
  path: "/v1/rulesets/{id}/diff",
  tags: ["rulesets"],
  summary: "What changed between two versions",
  request: { params: z.object({ id: VersionParams.shape.id }), query: z.object({ from: Version, to: Version }) },
  responses: {
    200: { description: "The structural difference", content: { "application/json": { schema: z.unknown() } } },
    400: problemResponse("from/to missing or not versions"),
    404: problemResponse("No such rule set or version"),
    503: problemResponse("A stored version asked for cannot be loaded, or the store of published versions cannot be read"),
  },
});

/** Mounts both routes on `app`. */
export function rulesetReadRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(getVersion, async (c) => {
    const { id, version } = c.req.valid("param");
    const v = (await deps.catalog(c.env?.DB)).resolve({ id, version, asOf: "2100-12-31" });
    return c.json({ id, version, effectiveFrom: v.ruleset.effectiveFrom, hash: v.hash, ruleset: v.raw }, 200);
  });
  app.openapi(getDiff, async (c) => {
    const { id } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const catalog = await deps.catalog(c.env?.DB);
    const a = catalog.resolve({ id, version: from, asOf: "2100-12-31" });
    const b = catalog.resolve({ id, version: to, asOf: "2100-12-31" });
    return c.json({ id, from: { version: from, hash: a.hash }, to: { version: to, hash: b.hash }, diff: diffRuleSets(a.ruleset, b.ruleset) }, 200);
  });
}
