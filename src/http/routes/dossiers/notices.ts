/**
 * What changed for the firm when a rule-set version was published or came into force
 * (owner or staff; docs/dossiers.md, "Notices"):
 * - `GET /v1/dossiers/{creditCode}/notices[?open=true]`: the notices, newest first (only those
 *   not yet acknowledged with `open=true`);
 * - `POST /v1/dossiers/{creditCode}/notices/{id}/acknowledge`: marks one read or followed up
 *   (again: nothing changes); 200 the notice; 404 no such notice.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { NoticeStore } from "../../../dossier/notices.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";
import { problemResponse } from "../../schemas.js";
import { dossierRoute } from "./route.js";
import { DossierParams, NoticeSchema } from "./schemas.js";

const list = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/notices", summary: "What changed for the firm under new rule-set versions",
  request: {
    params: DossierParams,
    query: z.object({ open: z.enum(["true", "false"], { error: "open must be true or false" }).optional().describe("true: only the notices not yet acknowledged") }),
  },
  responses: { 200: { description: "The notices, newest first", content: { "application/json": { schema: z.object({ notices: z.array(NoticeSchema) }) } } } },
});

const acknowledge = dossierRoute({
  method: "post", path: "/v1/dossiers/{creditCode}/notices/{id}/acknowledge", summary: "Mark a notice read or followed up",
  request: { params: DossierParams.extend({ id: z.coerce.number({ error: "id must be a whole number" }).int({ error: "id must be a whole number" }).min(1) }) },
  responses: {
    200: { description: "The notice, acknowledged", content: { "application/json": { schema: NoticeSchema } } },
    404: problemResponse("No dossier this token opens, or no such notice in it"),
  },
});

/** Mounts the two routes on `app`. */
export function noticeRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  app.openapi(list, async (c) => {
    const open = c.req.valid("query").open === "true";
    return c.json({ notices: await new NoticeStore(dossierDb(c)).list(c.get("dossier")!.id, { open }) }, 200);
  });

  app.openapi(acknowledge, async (c) => {
    const { id } = c.req.valid("param");
    const notice = await new NoticeStore(dossierDb(c)).acknowledge(c.get("dossier")!.id, id, c.get("actor")!, new Date());
    if (!notice) throw new ProblemError(404, "notice-not-found", "Notice not found", `this dossier has no notice ${id}: GET …/notices lists them`);
    return c.json(notice, 200);
  });
}
