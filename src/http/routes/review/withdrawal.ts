/**
 * `POST /v1/rulesets/{id}/versions/{version}/withdrawal` (admin): withdraws a bundled or
 * published version from a date (`{ "from"?: "YYYY-MM-DD", "reason": "…" }`, `from` today or
 * later, default today): from then on it no longer answers by date; it is never deleted or
 * changed, and a request that pins it still gets it with `withdrawn` in the answer's `ruleset`.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { IsoDate } from "../../../profile/index.js";
import { withdrawVersion } from "../../../review/service.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { jsonBody } from "../../json-body.js";
import { problemResponse } from "../../schemas.js";
import { reviewDeps } from "../../staff.js";
import { VersionParams } from "../ruleset-body.js";
import { staffRoute } from "./route.js";

const Withdrawal = z.strictObject({
  from: IsoDate.optional().describe("ISO date, today or later (Asia/Shanghai); default today"),
  reason: z.string().trim().min(1, { error: "say why the version is withdrawn" }).max(2000),
}, { error: 'the body is { "from"?: "YYYY-MM-DD", "reason": "…" }' }).meta({ id: "WithdrawalRequest" });

/** Mounts the route on `app`. */
export function withdrawalRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = staffRoute(app, {
    method: "post", path: "/v1/rulesets/{id}/versions/{version}/withdrawal", summary: "Withdraw a version from a date (admin)",
    request: { params: VersionParams, body: { required: true, content: { "application/json": { schema: Withdrawal } } } },
    responses: {
      201: { description: "Withdrawn", content: { "application/json": { schema: z.object({ id: z.string(), version: z.string(), withdrawn: z.object({ from: z.string(), reason: z.string() }) }) } } },
      400: problemResponse("Malformed JSON, no reason, or a date before today"),
      404: problemResponse("No such version"),
      409: problemResponse("Withdrawn already"),
      503: problemResponse("No D1 binding, or the store cannot be read"),
    },
  });
  app.use("/v1/rulesets/:id/versions/:version/withdrawal", jsonBody({ maxSize: 16 * 1024, tooLarge: "a withdrawal is a date and a reason of at most 2,000 characters" }));
  app.openapi(route, async (c) => {
    const { id, version } = c.req.valid("param");
    const { from = deps.today(), reason } = c.req.valid("json");
    const withdrawn = await withdrawVersion(await reviewDeps(c, deps), id, version, from, reason);
    return c.json({ id, version, withdrawn }, 201);
  });
}
