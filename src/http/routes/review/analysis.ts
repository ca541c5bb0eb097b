/**
 * `GET /v1/rulesets/{id}/drafts/{version}/analysis`: what a reviewer reads before approving —
 * the draft's check as of now, each case's run, its coverage by its cases, the version it
 * replaces and the structural diff against it (src/review/analysis.ts). Any staff role.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { analyseDraft } from "../../../review/analysis.js";
import { DraftStore } from "../../../review/draft-store.js";
import { ReviewError } from "../../../review/service.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { problemResponse } from "../../schemas.js";
import { staffDb } from "../../staff.js";
import { VersionParams } from "../ruleset-body.js";
import { staffRoute } from "./route.js";

/** Mounts the route on `app`. */
export function analysisRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = staffRoute(app, {
    method: "get", path: "/v1/rulesets/{id}/drafts/{version}/analysis", summary: "A draft's check, cases, coverage and diff against the version it replaces",
    request: { params: VersionParams },
    responses: {
      200: { description: "The analysis: { findings, cases, coverage, replaces, diff }", content: { "application/json": { schema: z.object({ findings: z.unknown(), cases: z.array(z.unknown()), coverage: z.unknown(), replaces: z.unknown(), diff: z.unknown() }) } } },
      400: problemResponse("An id or version not in the expected form"),
      404: problemResponse("No such draft"),
      503: problemResponse("No D1 binding, or the store cannot be read"),
    },
  });
  app.openapi(route, async (c) => {
    const { id, version } = c.req.valid("param");
    const db = staffDb(c);
    const d = await new DraftStore(db).get(id, version);
    if (!d) throw new ReviewError(404, "draft-not-found", "Draft not found", `there is no draft of ${id} ${version}`);
    return c.json(await analyseDraft(d, { catalog: await deps.catalog(db), today: deps.today() }), 200);
  });
}
