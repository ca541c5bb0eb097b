/**
 * The concierge's worklist in the console: `GET /staff/worklist?within=30` (docs/dossiers.md,
 * "The concierge's worklist"), for the concierge and admins — the same data as
 * `GET /v1/worklist`, at most 200 firms. Other roles get a 403 page naming the roles that see it.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { reachesDossiers } from "../review/roles.js";
import { bi } from "../views/i18n.js";
import { WorklistPage } from "../views/staff/WorklistPage.js";
import { consoleMessage } from "./console-pages.js";
import type { AppDeps, AppEnv } from "./env.js";
import { render } from "./page-render.js";
import { worklistAnswer, WorklistQuery } from "./routes/dossiers/worklist.js";
import { staffDb } from "./staff.js";
import { staffLang } from "./staff-session.js";

/** Firms shown on the page. */
const PAGE_FIRMS = 200;

/** Mounts the page on `app` (under /staff/: src/http/console.ts gives it the session and headers). */
export function consoleWorklist(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.get("/staff/worklist", async (c) => {
    const officer = c.get("officer")!;
    if (!reachesDossiers(officer.role)) {
      return consoleMessage(c, bi("仅限政策管家和管理员", "For the policy concierge and admins"),
        bi("待办企业涉及企业档案，仅政策管家和管理员可以查看。", "The worklist shows firms' dossiers: only the policy concierge and admins see it."), 403);
    }
    const q = WorklistQuery.safeParse({ within: c.req.query("within"), limit: PAGE_FIRMS });
    if (!q.success) return consoleMessage(c, bi("请检查天数", "Check the number of days"), bi("截止日期范围为 1 至 366 天。", "Deadlines within 1 to 366 days."), 400);
    const list = await worklistAnswer(staffDb(c), deps, q.data);
    return render(c, WorklistPage({ lang: staffLang(c), officer, within: q.data.within, list }));
  });
}
