/**
 * The support a firm has applied for, been granted and been paid (owner or staff):
 * - `GET /v1/dossiers/{creditCode}/support`: the records in the order entered;
 * - `POST /v1/dossiers/{creditCode}/support`: adds one (a SupportRecord, ≤ 64 KiB): 201;
 *   400 a bad field, a date after today, or a record that could never count (a measure not in
 *   the rule set or not support paid out, a yearly grant without its fiscal year, a fiscal year
 *   after the record's date: src/engine/support-check.ts);
 * - `DELETE /v1/dossiers/{creditCode}/support/{id}`: removes one entered by mistake: 204; 404 no such record.
 * Every match for the dossier reads them as `received` (docs/dossiers.md, "Support received").
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { SupportStore } from "../../../dossier/support.js";
import { supportProblems } from "../../../engine/support-check.js";
import { DEFAULT_RULESET_ID } from "../../../ruleset/bundled.js";
import { SupportRecord } from "../../../profile/index.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";
import { dossierRoute } from "./route.js";
import { problemResponse } from "../../schemas.js";
import { BODY_REFUSALS, profileBody } from "./profile-body.js";
import { DossierParams, StoredSupportSchema } from "./schemas.js";

const list = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/support", summary: "Support applied for, granted and paid", request: { params: DossierParams },
  responses: { 200: { description: "The records, in the order entered", content: { "application/json": { schema: z.object({ support: z.array(StoredSupportSchema) }) } } } },
});

const add = dossierRoute({
  method: "post", path: "/v1/dossiers/{creditCode}/support", summary: "Record support applied for, granted or paid", middleware: [profileBody],
  request: { params: DossierParams, body: { required: true, content: { "application/json": { schema: SupportRecord } } } },
  responses: {
    201: { description: "Recorded", content: { "application/json": { schema: StoredSupportSchema } } },
    ...BODY_REFUSALS,
  },
});

const remove = dossierRoute({
  method: "delete", path: "/v1/dossiers/{creditCode}/support/{id}", summary: "Remove a support record entered by mistake",
  request: { params: DossierParams.extend({ id: z.coerce.number({ error: "id must be a whole number" }).int({ error: "id must be a whole number" }).min(1) }) },
  responses: { 204: { description: "Removed" }, 404: problemResponse("No dossier this token opens, or no such record in it") },
});

/** Mounts the three routes on `app`. */
export function supportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(list, async (c) => c.json({ support: await new SupportStore(dossierDb(c)).list(c.get("dossier")!.id) }, 200));

  app.openapi(add, async (c) => {
    const record = c.req.valid("json");
    const errors = [
      ...(record.date > deps.today() ? [{ pointer: "/date", message: `${record.date} is after today (${deps.today()}, Asia/Shanghai): a record is entered once it happened` }] : []),
      ...supportProblems(record, (await deps.catalog(c.env?.DB)).measuresOf(DEFAULT_RULESET_ID)).map((p) => ({ pointer: `/${p.field}`, message: p.message.en })),
    ];
    if (errors.length) throw new ProblemError(400, "invalid-request", "Invalid request", "this support record cannot be recorded: see errors[]", errors);
    return c.json(await new SupportStore(dossierDb(c)).add(c.get("dossier")!.id, record, c.get("actor")!, new Date()), 201);
  });

  app.openapi(remove, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await new SupportStore(dossierDb(c)).remove(c.get("dossier")!.id, id, new Date()))) {
      throw new ProblemError(404, "record-not-found", "Record not found", `this dossier has no support record ${id}: GET …/support lists them`);
    }
    return c.body(null, 204);
  });
}
