/**
 * A draft's impact on an enterprise register (src/review/impact.ts):
 * `GET /v1/rulesets/{id}/drafts/{version}/impact?register=synthetic|<register id>&seed=&count=&asOf=`
 * answers the report (firms gaining and losing each measure, the budget under both versions and
 * the difference, every firm behind each number); `…/impact/firms.csv` and `…/impact/measures.csv`
 * the same as CSV for a spreadsheet (UTF-8 with a BOM). Any staff role. The synthetic register by
 * default: seed 1, 24,800 firms (at most that many).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import { impactFirmsCsv, impactMeasuresCsv } from "../../../engine/impact-csv.js";
import { IsoDate } from "../../../profile/index.js";
import { DraftStore } from "../../../review/draft-store.js";
import { draftImpact, type RegisterChoice, SYNTHETIC_COUNT } from "../../../review/impact.js";
import { ReviewError } from "../../../review/service.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { problemResponse } from "../../schemas.js";
import { staffDb } from "../../staff.js";
import { VersionParams } from "../ruleset-body.js";
import { staffRoute } from "./route.js";

/** The register and date of an impact, as the API's query and the console's links give them. */
export const ImpactQuery = z.object({
  register: z.string().regex(/^(synthetic|r-[0-9a-f]{8})$/, { error: 'register is "synthetic" or the id of an uploaded register (GET /v1/registers)' }).optional(),
  seed: z.coerce.number().int().min(0).max(4_294_967_295).optional().describe("the synthetic register's seed (default 1)"),
  count: z.coerce.number().int().min(1).max(SYNTHETIC_COUNT).optional().describe(`the synthetic register's size (default and at most ${SYNTHETIC_COUNT})`),
  asOf: IsoDate.optional().describe("the date both versions decide on (default the draft's effectiveFrom)"),
});

/** The register a query names. */
export const choiceOf = (q: z.infer<typeof ImpactQuery>): RegisterChoice =>
  q.register && q.register !== "synthetic" ? { kind: "uploaded", id: q.register } : { kind: "synthetic", seed: q.seed ?? 1, count: q.count ?? SYNTHETIC_COUNT };

/** The impact of the draft a request names. */
export async function requestedImpact(c: Context<AppEnv>, deps: AppDeps, id: string, version: string, q: z.infer<typeof ImpactQuery>) {
  const db = staffDb(c);
  const d = await new DraftStore(db).get(id, version);
  if (!d) throw new ReviewError(404, "draft-not-found", "Draft not found", `there is no draft of ${id} ${version}`);
  return { draft: d, ...(await draftImpact(d, await deps.catalog(db), db, choiceOf(q), q.asOf)) };
}

/** A CSV download: UTF-8 (with the BOM the text carries), named for the draft and register. */
export const csvDownload = (c: Context<AppEnv>, text: string, name: string) =>
  c.body(text, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"` });

const Report = z.object({
  register: z.object({ key: z.string(), name: z.string(), rows: z.number().int() }),
  asOf: z.string(), before: z.unknown(), after: z.unknown(), rows: z.number().int(), enterprises: z.number().int(), refused: z.number().int(),
  changed: z.number().int(), gaining: z.number().int(), losing: z.number().int(), measures: z.array(z.unknown()), budget: z.unknown(),
}).meta({ id: "RegisterImpact" });

const COMMON = {
  400: problemResponse("An id, version or query parameter not in the expected form"),
  404: problemResponse("No such draft or register"),
  422: problemResponse("The draft does not load (its errors must be fixed first)"),
  503: problemResponse("No D1 binding, or the store cannot be read"),
};

/** Mounts the routes on `app`. */
export function impactRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const json = staffRoute(app, {
    method: "get", path: "/v1/rulesets/{id}/drafts/{version}/impact", summary: "A draft's impact on a register: gains, losses, budgets, the firms behind them",
    request: { params: VersionParams, query: ImpactQuery },
    responses: { 200: { description: "The report", content: { "application/json": { schema: Report } } }, ...COMMON },
  });
  app.openapi(json, async (c) => {
    const { id, version } = c.req.valid("param");
    const { register, report } = await requestedImpact(c, deps, id, version, c.req.valid("query"));
    return c.json({ register, ...report }, 200);
  });

  for (const [file, write] of [["firms", impactFirmsCsv], ["measures", impactMeasuresCsv]] as const) {
    const route = staffRoute(app, {
      method: "get", path: `/v1/rulesets/{id}/drafts/{version}/impact/${file}.csv`,
      summary: file === "firms" ? "The firms behind a draft's impact, one row a firm and measure that changes (CSV, UTF-8 with a BOM)" : "A draft's impact by measure (CSV, UTF-8 with a BOM)",
      request: { params: VersionParams, query: ImpactQuery },
      responses: { 200: { description: "The CSV", content: { "text/csv": { schema: z.string() } } }, ...COMMON },
    });
    app.openapi(route, async (c) => {
      const { id, version } = c.req.valid("param");
      const { report } = await requestedImpact(c, deps, id, version, c.req.valid("query"));
      return csvDownload(c, write(report), `impact-${version}-${file}.csv`) as never;
    });
  }
}
