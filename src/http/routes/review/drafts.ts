/**
 * Drafts (docs/staff.md): `GET /v1/rulesets/{id}/drafts` lists them; `GET …/drafts/{version}`
 * gives one with its content and review log; `PUT …/drafts/{version}` creates or replaces one
 * (body: DraftBody, ≤ 1 MiB; the whole draft, checked on every save — it may be saved with
 * errors, not proposed). Any staff role reads; authors and admins save.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { DraftBody } from "../../../review/draft.js";
import { DraftStore } from "../../../review/draft-store.js";
import { ReviewError, saveDraft } from "../../../review/service.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { problemResponse } from "../../schemas.js";
import { reviewDeps, staffDb } from "../../staff.js";
import { RULESET_BODY_LIMIT, VersionParams, withBodyLimit } from "../ruleset-body.js";
import { detail, DraftDetail, DraftSummary, summary } from "./schemas.js";
import { staffRoute } from "./route.js";

/** Mounts the routes on `app`. */
export function draftRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const list = staffRoute(app, {
    method: "get", path: "/v1/rulesets/{id}/drafts", summary: "The drafts of a rule set, newest change first",
    request: { params: z.object({ id: VersionParams.shape.id }) },
    responses: { 200: { description: "The drafts", content: { "application/json": { schema: z.object({ drafts: z.array(DraftSummary) }) } } }, 400: problemResponse("An id not in the expected form"), 503: problemResponse("No D1 binding") },
  });
  app.openapi(list, async (c) => {
    const { id } = c.req.valid("param");
    return c.json({ drafts: (await new DraftStore(staffDb(c)).list(id)).map(summary) }, 200);
  });

  const one = staffRoute(app, {
    method: "get", path: "/v1/rulesets/{id}/drafts/{version}", summary: "A draft: its content, state, findings and review log",
    request: { params: VersionParams },
    responses: { 200: { description: "The draft", content: { "application/json": { schema: DraftDetail } } }, 400: problemResponse("An id or version not in the expected form"), 404: problemResponse("No such draft"), 503: problemResponse("No D1 binding") },
  });
  app.openapi(one, async (c) => {
    const { id, version } = c.req.valid("param");
    const store = new DraftStore(staffDb(c));
    const d = await store.get(id, version);
    if (!d) throw new ReviewError(404, "draft-not-found", "Draft not found", `there is no draft of ${id} ${version}`);
    return c.json(detail(d, await store.log({ id, version })), 200);
  });

  const put = staffRoute(app, {
    method: "put", path: "/v1/rulesets/{id}/drafts/{version}", summary: "Create or replace a draft (author or admin): checked on every save",
    request: { params: VersionParams, body: { required: true, content: { "application/json": { schema: DraftBody } } } },
    responses: {
      200: { description: "Replaced (or unchanged): back to draft, proposal and approval voided when its content changed", content: { "application/json": { schema: DraftSummary } } },
      201: { description: "Created", content: { "application/json": { schema: DraftSummary } } },
      400: problemResponse("Malformed JSON, nested past 128 levels, or not a draft (errors[])"),
      409: problemResponse("The draft is published or withdrawn, or changed meanwhile"),
      413: problemResponse(`Body over ${RULESET_BODY_LIMIT / 1024 / 1024} MiB`),
      415: problemResponse("Body is not JSON, is compressed, in another charset, or not UTF-8"),
      422: problemResponse("The rule set's id or version differ from the path"),
      503: problemResponse("No D1 binding, or the store cannot be read"),
    },
  });
  withBodyLimit(app, "/v1/rulesets/:id/drafts/:version");
  app.openapi(put, async (c) => {
    const { id, version } = c.req.valid("param");
    const { retroactive = false, reason = null } = c.req.valid("json");
    // the rule set and cases as sent: the validator's copy drops "__proto__" keys (lint refuses them)
    const raw = (await c.req.json()) as { ruleset: Record<string, unknown>; cases?: unknown[] };
    const saved = await saveDraft(await reviewDeps(c, deps), id, version, { ruleset: raw.ruleset, cases: raw.cases ?? [], retroactive, reason });
    return saved.created ? c.json(summary(saved.draft), 201) : c.json(summary(saved.draft), 200);
  });
}
