/**
 * Asynchronous screenings (docs/screening.md, "Asynchronous screenings"), any staff role:
 * - `POST /v1/screenings?input=&asOf=&version=` — body: the register, CSV as `text/csv` or
 *   JSONL as `application/x-ndjson` (UTF-8, at most 16 MiB): cut into chunks in R2, screened
 *   through the jobs queue; 202 the screening (`running`), `Location` its URL. 400 a bad date or
 *   version; 404 no version for it; 413 over 16 MiB; 415 another type; 422 a CSV header naming
 *   no profile field, or no row; 503 no D1, R2 or queue binding.
 * - `GET /v1/screenings/{id}` — how far it is (chunks screened of all), and once done its summary.
 * - `GET /v1/screenings/{id}/files/{name}` — `records.jsonl`, `records.csv`, `summary.csv`: the
 *   files `npm run screen` writes for the same register, date and version; 409 while running or failed.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import { IsoDate } from "../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import { MAX_REGISTER_BYTES } from "../../review/registers.js";
import { fileKey, SCREENING_FILES, type ScreeningFile } from "../../screening/layout.js";
import { startScreening, UnscreenableRegisterError } from "../../screening/start.js";
import { ScreeningStore, type Screening } from "../../screening/store.js";
import type { AppDeps, AppEnv } from "../env.js";
import { apiBody } from "../json-body.js";
import { ProblemError } from "../problem.js";
import { problemResponse } from "../schemas.js";
import { REGISTER_TYPES } from "./review/registers.js";
import { staffRoute } from "./review/route.js";

const RuleSetRefSchema = z.object({ id: z.string(), version: z.string(), hash: z.string(), effectiveFrom: z.string() });

const ScreeningSchema = z.object({
  id: z.string().describe("scr_…"),
  state: z.enum(["running", "done", "failed"]),
  input: z.string().describe("the register's name, as the run and summary records give it"),
  format: z.enum(["jsonl", "csv"]),
  asOf: z.string().describe("ISO date, Asia/Shanghai"),
  ruleset: RuleSetRefSchema,
  bytes: z.number().int().describe("the register's size"),
  rows: z.number().int().describe("rows to screen (blank lines are not rows)"),
  chunks: z.number().int(),
  chunksDone: z.number().int().describe("chunks whose records are in R2"),
  summary: z.record(z.string(), z.unknown()).nullable().describe("the summary record, once done (docs/screening.md, Output)"),
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  files: z.record(z.string(), z.string()).describe("once done: each file's URL, by name"),
}).meta({ id: "Screening" });

const IdParams = z.object({ id: z.string().regex(/^scr_[0-9a-f]{32}$/, { error: "a screening id, e.g. scr_3f9c…" }) });

const view = (s: Screening) => ({
  ...s, files: s.state === "done" ? Object.fromEntries(Object.keys(SCREENING_FILES).map((f) => [f, `/v1/screenings/${s.id}/files/${f}`])) : {},
});

/** The bindings an asynchronous screening needs, or 503. */
function bindings(c: Context<AppEnv>) {
  const { DB, JOBS, SCREENINGS } = c.env ?? {};
  if (!DB || !JOBS || !SCREENINGS) throw new ProblemError(503, "store-unavailable", "Store unavailable", "asynchronous screening needs the DB, JOBS and SCREENINGS bindings (docs/operations.md)");
  return { DB, JOBS, SCREENINGS };
}

async function found(c: Context<AppEnv>, id: string): Promise<Screening> {
  const s = await new ScreeningStore(bindings(c).DB).get(id);
  if (!s) throw new ProblemError(404, "screening-not-found", "Screening not found", `no screening ${id}: POST /v1/screenings starts one`);
  return s;
}

/** Mounts the routes on `app`. */
export function screeningRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const start = staffRoute(app, {
    method: "post", path: "/v1/screenings", summary: "Screen a register asynchronously (CSV or JSONL, at most 16 MiB)",
    request: {
      query: z.object({
        input: z.string().min(1).max(200).optional().describe("the register's name for the records (default register.csv / register.jsonl)"),
        asOf: IsoDate.optional().describe("the evaluation date (default today, Asia/Shanghai)"),
        version: z.string().max(40).optional().describe("the version to screen with (default the one in force on asOf)"),
      }),
      body: { required: true, content: { "text/csv": { schema: z.string() }, "application/x-ndjson": { schema: z.string() } } },
    },
    responses: {
      202: { description: "Accepted: the screening, running", content: { "application/json": { schema: ScreeningSchema } } },
      400: problemResponse("A query parameter is not valid"),
      404: problemResponse("No rule-set version for the date or version asked"),
      413: problemResponse("Over 16 MiB"),
      415: problemResponse("Not text/csv or application/x-ndjson, compressed, or not UTF-8"),
      422: problemResponse("A CSV whose header names no profile field, or a register without any row"),
      503: problemResponse("No D1, R2 or queue binding, or the store cannot be written just now"),
    },
  });
  app.use("/v1/screenings", apiBody({ maxSize: MAX_REGISTER_BYTES, tooLarge: `a register sent for screening is at most ${MAX_REGISTER_BYTES / 1024 / 1024} MiB: split it, or screen it with npm run screen -- --shard k/n (docs/screening.md)` }));
  app.openapi(start, async (c) => {
    const format = REGISTER_TYPES[(c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase()];
    if (!format) throw new ProblemError(415, "unsupported-media-type", "Unsupported media type", "send the register as text/csv (CSV) or application/x-ndjson (JSONL), UTF-8");
    const env = bindings(c);
    const q = c.req.valid("query");
    const asOf = q.asOf ?? deps.today();
    const loaded = (await deps.catalog(env.DB)).resolve({ id: DEFAULT_RULESET_ID, version: q.version, asOf });
    const body = new Uint8Array(await c.req.arrayBuffer());
    const text = new TextDecoder().decode(body); // a BOM is dropped: the readers ignore one anyway
    let s: Screening;
    try {
      s = await startScreening(env, { text, bytes: body.byteLength, format, input: q.input ?? `register.${format}`, asOf, loaded, by: `staff:${c.get("officer")!.label}` }, new Date());
    } catch (e) {
      if (!(e instanceof UnscreenableRegisterError)) throw e;
      throw new ProblemError(422, "register-unscreenable", "Register cannot be screened", e.message, e.problems.map((message) => ({ pointer: "", message })));
    }
    return c.json(view(s), 202, { Location: `/v1/screenings/${s.id}` });
  });

  const get = staffRoute(app, {
    method: "get", path: "/v1/screenings/{id}", summary: "An asynchronous screening: progress, and once done its summary and files",
    request: { params: IdParams },
    responses: {
      200: { description: "The screening", content: { "application/json": { schema: ScreeningSchema } } },
      400: problemResponse("Not a screening id"), 404: problemResponse("No such screening"), 503: problemResponse("No D1, R2 or queue binding"),
    },
  });
  app.openapi(get, async (c) => c.json(view(await found(c, c.req.valid("param").id)), 200));

  const file = staffRoute(app, {
    method: "get", path: "/v1/screenings/{id}/files/{name}", summary: "A file of a screening done: records.jsonl, records.csv or summary.csv",
    request: { params: IdParams.extend({ name: z.enum(Object.keys(SCREENING_FILES) as [ScreeningFile, ...ScreeningFile[]], { error: "records.jsonl, records.csv or summary.csv" }) }) },
    responses: {
      200: { description: "The file, as npm run screen writes it", content: { "application/x-ndjson": { schema: z.string() }, "text/csv": { schema: z.string() } } },
      400: problemResponse("Not a screening id or file name"), 404: problemResponse("No such screening"),
      409: problemResponse("The screening is running or failed: no file yet"), 503: problemResponse("No D1, R2 or queue binding, or the file is missing from R2"),
    },
  });
  app.openapi(file, async (c) => {
    const { id, name } = c.req.valid("param");
    const s = await found(c, id);
    if (s.state !== "done") {
      throw new ProblemError(409, "screening-not-done", "Screening not done", s.state === "failed" ? `the screening failed: ${s.error}` : `the screening is running: ${s.chunksDone} of ${s.chunks} chunks screened; GET /v1/screenings/${id} says when it is done`);
    }
    const obj = await bindings(c).SCREENINGS.get(fileKey(id, name));
    if (!obj) throw new ProblemError(503, "store-unavailable", "Store unavailable", `${name} of ${id} is missing from R2`);
    return c.body(obj.body, 200, {
      "Content-Type": SCREENING_FILES[name], "Content-Length": String(obj.size), "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${id}-${name}"`,
    });
  });
}
