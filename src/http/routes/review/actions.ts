/**
 * The review steps of a draft (docs/staff.md): `POST /v1/rulesets/{id}/drafts/{version}/`
 * `propose` (author, admin: the draft must pass), `approve` (reviewer, admin: not by who
 * proposed or last changed it), `reject` (reviewer, admin; body `{ "reason": "…" }`),
 * `withdraw-proposal` (author, admin: back to draft) and `publish` (author, admin: the approved
 * draft becomes the version, audited as a publication). Each answers the draft as it now is.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { announcePublished } from "../../announce-published.js";
import { publishDraft, review, type ReviewAction } from "../../../review/service.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { jsonBody } from "../../json-body.js";
import { problemResponse } from "../../schemas.js";
import { reviewDeps } from "../../staff.js";
import { auditedPublish } from "../publish-audit.js";
import { VersionParams } from "../ruleset-body.js";
import { DraftSummary, summary } from "./schemas.js";
import { staffRoute } from "./route.js";

const STEPS: Record<ReviewAction, string> = {
  propose: "Propose a draft for review (author or admin): it must pass lint, its cases and its date",
  approve: "Approve a proposed draft (reviewer or admin; not who proposed or last changed it)",
  reject: "Reject a proposed or approved draft, with the reason (reviewer or admin)",
  "withdraw-proposal": "Withdraw a proposal: the draft is editable again (author or admin)",
};

const Reason = z.strictObject({ reason: z.string().max(2000).optional() }, { error: 'the body is { "reason": "…" } or empty' });

/** Mounts the routes on `app`. */
export function actionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  for (const [action, title] of Object.entries(STEPS) as [ReviewAction, string][]) {
    const path = `/v1/rulesets/:id/drafts/:version/${action}`;
    const route = staffRoute(app, {
      method: "post", path: `/v1/rulesets/{id}/drafts/{version}/${action}`, summary: title,
      request: { params: VersionParams, body: { required: action === "reject", content: { "application/json": { schema: Reason } } } },
      responses: {
        200: { description: "The draft as it now is", content: { "application/json": { schema: DraftSummary } } },
        400: problemResponse(action === "reject" ? "No reason given, or malformed JSON" : "Malformed JSON, or an id or version not in the expected form"),
        404: problemResponse("No such draft"),
        409: problemResponse("Not possible in the draft's state (wrong-state), or it changed meanwhile (draft-moved)"),
        ...(action === "propose" ? { 422: problemResponse("The draft does not pass: errors[] with pointers into the draft") } : {}),
        503: problemResponse("No D1 binding, or the store cannot be read"),
      },
    });
    app.use(path, jsonBody({ maxSize: 16 * 1024, tooLarge: "a review step's body is a reason of at most 2,000 characters" }));
    app.openapi(route, async (c) => {
      const { id, version } = c.req.valid("param");
      const text = await c.req.text();
      const reason = text.trim() ? c.req.valid("json")?.reason : undefined;
      return c.json(summary(await review(await reviewDeps(c, deps), id, version, action, reason)), 200);
    });
  }

  const publishPath = "/v1/rulesets/:id/drafts/:version/publish";
  app.use(publishPath, auditedPublish);
  const publish = staffRoute(app, {
    method: "post", path: "/v1/rulesets/{id}/drafts/{version}/publish", summary: "Publish an approved draft (author or admin): checked again, then served",
    request: { params: VersionParams },
    responses: {
      201: { description: "Published: the draft, now published", content: { "application/json": { schema: DraftSummary } } },
      400: problemResponse("An id or version not in the expected form"),
      404: problemResponse("No such draft"),
      409: problemResponse("Not approved (wrong-state), changed meanwhile, or the version exists"),
      422: problemResponse("The draft no longer passes (errors[]): lint among the versions that exist now, its cases, its date"),
      503: problemResponse("No D1 binding, or the store cannot be read: nothing was published"),
    },
  });
  app.openapi(publish, async (c) => {
    const { id, version } = c.req.valid("param");
    const d = await publishDraft(await reviewDeps(c, deps), id, version);
    c.set("bodyHash", d.hash);
    await announcePublished(c.env!, deps, { id, version });
    return c.json(summary(d), 201);
  });
}
