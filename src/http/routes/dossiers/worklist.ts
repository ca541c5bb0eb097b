/**
 * `GET /v1/worklist?within=30&limit=100` (the concierge or an admin; docs/dossiers.md, "The
 * concierge's worklist"): the firms to follow up — open notices, questions their last decision
 * asks, deadlines within `within` days from today (Asia/Shanghai) — most urgent first, each with
 * its dossier's URL and measure titles in zh-CN and en. 400 bad parameters; 401/403 not the
 * concierge's or an admin's token; 503 no D1.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { worklist } from "../../../dossier/worklist.js";
import { addDays, Bilingual } from "../../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../../ruleset/bundled.js";
import { dossierDb, staffOnly } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { problemResponse } from "../../schemas.js";
import { resultPage } from "./views.js";

export const WorklistQuery = z.object({
  within: z.coerce.number({ error: "within must be a whole number of days" }).int({ error: "within must be a whole number of days" }).min(1).max(366).default(30).describe("days ahead for deadlines (1–366; default 30)"),
  limit: z.coerce.number({ error: "limit must be a whole number" }).int({ error: "limit must be a whole number" }).min(1).max(500).default(100).describe("at most this many firms (1–500; default 100)"),
});

const Deadline = z.object({
  date: z.string().describe("ISO date, Asia/Shanghai"),
  kind: z.enum(["certificate-expires", "eligible-until", "measure-ends"]),
  certificate: z.string().optional().describe("the certificate's type, for certificate-expires"),
  measureId: z.string().optional(),
  measureTitle: Bilingual.optional().describe("the measure's title in the version in force today"),
});

export const Worklist = z.object({
  today: z.string(), until: z.string().describe("the window's last day, inclusive"),
  total: z.number().int().describe("firms with something to follow up, in all"),
  firms: z.array(z.object({
    creditCode: z.string(), name: z.string().nullable(),
    openNotices: z.number().int(), lastNoticeAt: z.string().nullable(),
    nextQuestions: z.array(z.object({ fact: z.string(), label: Bilingual, settles: z.array(z.string()), value: z.number().describe("yuan") })),
    deadlines: z.array(Deadline),
    dossier: z.string().describe("the dossier's URL (the API: a concierge or admin token)"),
    lastResult: z.string().nullable().describe("the page of the firm's last decision (its own address: whoever has it sees that result), null before the first"),
  })),
}).meta({ id: "Worklist" });

const route = createRoute({
  method: "get", path: "/v1/worklist", tags: ["dossiers"], summary: "The concierge's worklist: firms with open notices, questions or deadlines", security: [{ bearer: [] }],
  middleware: [staffOnly],
  request: { query: WorklistQuery },
  responses: {
    200: { description: "The firms, most urgent first", content: { "application/json": { schema: Worklist } } },
    400: problemResponse("Invalid query parameters"),
    401: problemResponse("No bearer token"),
    403: problemResponse("Not a staff token, or a role that does not reach dossiers"),
    503: problemResponse("No D1 binding"),
  },
});

/** The worklist as the API answers it (the page renders the same). */
export async function worklistAnswer(db: D1Database, deps: AppDeps, q: z.infer<typeof WorklistQuery>): Promise<z.infer<typeof Worklist>> {
  const today = deps.today();
  const until = addDays(today, q.within);
  const { total, firms } = await worklist(db, { today, until, limit: q.limit });
  let titles = new Map<string, Bilingual>();
  try {
    titles = new Map((await deps.catalog(db)).resolve({ id: DEFAULT_RULESET_ID, asOf: today }).ruleset.measures.map((m) => [m.id, m.title]));
  } catch {
    // no version in force: the ids alone
  }
  return {
    today, until, total,
    firms: firms.map(({ lastDecisionShareId, ...f }) => ({
      ...f, dossier: `/v1/dossiers/${f.creditCode}`, lastResult: lastDecisionShareId === null ? null : resultPage(lastDecisionShareId),
      deadlines: f.deadlines.map((d) => (d.measureId && titles.has(d.measureId) ? { ...d, measureTitle: titles.get(d.measureId)! } : d)),
    })),
  };
}

/** Mounts the route on `app`. */
export function worklistRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use("/v1/worklist", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  app.openapi(route, async (c) => c.json(await worklistAnswer(dossierDb(c), deps, c.req.valid("query")), 200));
}
