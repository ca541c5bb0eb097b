/**
 * `GET /v1/audit?version=&officer=&outcome=&from=&to=`: the publish audit (every publish
 * attempt and how it ended) and the review log (every step of every draft, every withdrawal),
 * newest first, filtered by version, officer (token label), outcome (a publish outcome or a
 * review action) and dates (ISO, inclusive, UTC days). Any staff role. 500 of each a page;
 * `next` says where the next pages start (`publishesBefore`, `reviewsBefore`: pass them back).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { IsoDate } from "../../../profile/index.js";
import { readAudit } from "../../../review/audit.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { problemResponse } from "../../schemas.js";
import { staffDb } from "../../staff.js";
import { LogEntrySchema } from "./schemas.js";
import { staffRoute } from "./route.js";

/** The filters, as the console's form and the API's query give them. */
export const AuditQuery = z.object({
  version: z.string().max(40).optional(),
  officer: z.string().max(200).optional(),
  outcome: z.string().max(40).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  publishesBefore: z.coerce.number({ error: "publishesBefore is the next.publishesBefore of the previous page, a whole number" }).int({ error: "publishesBefore is a whole number" }).min(1).optional(),
  reviewsBefore: z.coerce.number({ error: "reviewsBefore is the next.reviewsBefore of the previous page, a whole number" }).int({ error: "reviewsBefore is a whole number" }).min(1).optional(),
});

const Attempt = z.object({
  seq: z.number().int(), at: z.string(), label: z.string().nullable(), id: z.string(), version: z.string(), hash: z.string().nullable(),
  outcome: z.string(), status: z.number().int().nullable(), requestId: z.string().nullable(), detail: z.string().nullable(),
});

/** Mounts the route on `app`. */
export function auditRoute(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  const route = staffRoute(app, {
    method: "get", path: "/v1/audit", summary: "The publish audit and the review log, filtered",
    request: { query: AuditQuery },
    responses: {
      200: { description: "Both, newest first", content: { "application/json": { schema: z.object({
        publishes: z.array(Attempt), reviews: z.array(LogEntrySchema),
        next: z.object({ publishesBefore: z.number().int().optional(), reviewsBefore: z.number().int().optional() }).describe("where the next page of each list starts; empty on the last page"),
      }) } } },
      400: problemResponse("A filter that is not a date, or a page cursor that is not a whole number"),
      503: problemResponse("No D1 binding"),
    },
  });
  app.openapi(route, async (c) => c.json(await readAudit(staffDb(c), c.req.valid("query")), 200));
}
