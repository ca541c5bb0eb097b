/**
 * Registers uploaded for a draft's impact (src/review/registers.ts): `GET /v1/registers` lists
 * them; `POST /v1/registers?name=<file name>` uploads one (body: the CSV as `text/csv`, or the
 * JSONL as `application/x-ndjson`; at most 16 MiB, UTF-8); `DELETE /v1/registers/{rid}` deletes
 * one (its uploader or an admin). Any staff role uploads.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { MAX_REGISTER_BYTES, type RegisterFormat, RegisterStore } from "../../../review/registers.js";
import { ReviewError } from "../../../review/service.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { apiBody } from "../../json-body.js";
import { problemResponse } from "../../schemas.js";
import { staffDb } from "../../staff.js";
import { staffRoute } from "./route.js";

const RegisterSchema = z.object({
  id: z.string(), name: z.string(), format: z.enum(["csv", "jsonl"]), bytes: z.number().int(), rows: z.number().int(),
  sha256: z.string(), uploadedBy: z.string(), uploadedAt: z.string(),
}).meta({ id: "Register" });

/** A register's format by its Content-Type (also of POST /v1/screenings). */
export const REGISTER_TYPES: Record<string, RegisterFormat> = { "text/csv": "csv", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl" };

/** Mounts the routes on `app`. */
export function registerRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  const list = staffRoute(app, {
    method: "get", path: "/v1/registers", summary: "The registers uploaded, newest first",
    responses: { 200: { description: "The registers", content: { "application/json": { schema: z.object({ registers: z.array(RegisterSchema) }) } } }, 503: problemResponse("No D1 binding") },
  });
  app.openapi(list, async (c) => c.json({ registers: await new RegisterStore(staffDb(c)).list() }, 200));

  const upload = staffRoute(app, {
    method: "post", path: "/v1/registers", summary: "Upload a register (CSV or JSONL, at most 16 MiB) to measure drafts' impact on",
    request: {
      query: z.object({ name: z.string().min(1).max(200).describe("the file's name, shown in the console") }),
      body: { required: true, content: { "text/csv": { schema: z.string() }, "application/x-ndjson": { schema: z.string() } } },
    },
    responses: {
      201: { description: "Kept", content: { "application/json": { schema: RegisterSchema } } },
      400: problemResponse("No name"),
      413: problemResponse("Over 16 MiB"),
      415: problemResponse("Not text/csv or application/x-ndjson, compressed, or not UTF-8"),
      422: problemResponse("A CSV whose header names no profile field, or a file without any enterprise"),
      503: problemResponse("No D1 binding"),
    },
  });
  app.use("/v1/registers", apiBody({ maxSize: MAX_REGISTER_BYTES, tooLarge: `a register is at most ${MAX_REGISTER_BYTES / 1024 / 1024} MiB: upload it as CSV, or measure it with npm run rules:impact` }));
  app.openapi(upload, async (c) => {
    const format = REGISTER_TYPES[(c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase()];
    if (!format) throw new ReviewError(415, "unsupported-media-type", "Unsupported media type", "send the register as text/csv (CSV) or application/x-ndjson (JSONL), UTF-8");
    const r = await new RegisterStore(staffDb(c)).upload(c.req.valid("query").name, format, await c.req.text(), c.get("officer")!, new Date().toISOString());
    return c.json(r, 201);
  });

  const remove = staffRoute(app, {
    method: "delete", path: "/v1/registers/{rid}", summary: "Delete a register (its uploader or an admin)",
    request: { params: z.object({ rid: z.string().regex(/^r-[0-9a-f]{8}$/, { error: "a register id, e.g. r-3f9c0a1b" }) }) },
    responses: { 204: { description: "Deleted" }, 400: problemResponse("Not a register id"), 404: problemResponse("No such register"), 503: problemResponse("No D1 binding") },
  });
  app.openapi(remove, async (c) => {
    await new RegisterStore(staffDb(c)).delete(c.req.valid("param").rid, c.get("officer")!);
    return c.body(null, 204);
  });
}
