/**
 * The console's screens (docs/staff.md): `/staff/` the versions of each rule set,
 * `/staff/drafts` the drafts (and the upload), `/staff/drafts/{id}/{version}` a draft's page,
 * `…/impact` its impact on a register (with `…/impact/firms.csv` and `…/impact/measures.csv`),
 * `/staff/audit` the audit. They read through the same functions as the staff API.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { impactFirmsCsv, impactMeasuresCsv } from "../engine/impact-csv.js";
import { analyseDraft } from "../review/analysis.js";
import { AUDIT_LIMIT, readAudit } from "../review/audit.js";
import { DraftStore } from "../review/draft-store.js";
import { RegisterStore } from "../review/registers.js";
import { ReviewError } from "../review/service.js";
import { versionsOn } from "../review/versions.js";
import { bi, type Msg } from "../views/i18n.js";
import { MessagePanel } from "../views/staff/MessagePanel.js";
import { AuditPage } from "../views/staff/AuditPage.js";
import { DraftPage } from "../views/staff/DraftPage.js";
import { DraftsPage } from "../views/staff/DraftsPage.js";
import type { Notice } from "../views/staff/Layout.js";
import { ImpactPage } from "../views/staff/ImpactPage.js";
import { VersionsPage } from "../views/staff/VersionsPage.js";
import { refusalTitle } from "../views/staff/words.js";
import type { AppDeps, AppEnv } from "./env.js";
import { render } from "./page-render.js";
import { csvDownload, ImpactQuery, requestedImpact } from "./routes/review/impact.js";
import { VersionParams } from "./routes/ruleset-body.js";
import { staffDb } from "./staff.js";
import { staffLang } from "./staff-session.js";

/** The statuses a console page answers with. */
type Status = Parameters<typeof render>[2];

/** A short console page: a headline and a sentence (officer's nav when signed in). */
export const consoleMessage = (c: Context<AppEnv>, title: Msg, text: Msg, status: Status) =>
  render(c, MessagePanel({ lang: staffLang(c), officer: c.get("officer"), title, text, reference: status === 500 ? c.get("requestId") : undefined }), status);

/** The refusal as a notice in the page's language. */
export const refusalNotice = (c: Context<AppEnv>, e: ReviewError): Notice => ({
  title: refusalTitle(e.slug)[staffLang(c)],
  detail: e.message,
  items: e.errors?.map((x) => `${x.pointer}: ${x.message}`),
});

/** The id and version of a console path, or undefined when they are not in the API's form. */
export function draftParams(c: Context<AppEnv>): { id: string; version: string } | undefined {
  const p = VersionParams.safeParse({ id: c.req.param("id"), version: c.req.param("version") });
  return p.success ? p.data : undefined;
}

const noDraft = (c: Context<AppEnv>) => consoleMessage(c, bi("没有这个草案", "No such draft"), bi("请从草案列表中选择。", "Choose one from the list of drafts."), 404);

/** The draft's page, with a notice when an action was refused or done. */
export async function draftPage(c: Context<AppEnv>, deps: AppDeps, id: string, version: string, notice?: Notice, status: Status = 200): Promise<Response> {
  const db = staffDb(c);
  const store = new DraftStore(db);
  const d = await store.get(id, version);
  if (!d) return noDraft(c);
  const analysis = await analyseDraft(d, { catalog: await deps.catalog(db), today: deps.today() });
  const log = await store.log({ id, version });
  return render(c, DraftPage({ lang: staffLang(c), officer: c.get("officer")!, draft: d, analysis, log, ...(notice ? { notice } : {}) }), status);
}

/** The versions' page, with a notice when a withdrawal was refused or done. */
export async function versionsPage(c: Context<AppEnv>, deps: AppDeps, notice?: Notice, status: Status = 200): Promise<Response> {
  const db = staffDb(c);
  const catalog = await deps.catalog(db);
  const today = deps.today();
  const sets = await versionsOn(catalog, db, today);
  const drafted = new Set((await new DraftStore(db).list()).map((d) => `${d.id}@${d.version}`));
  return render(c, VersionsPage({ lang: staffLang(c), officer: c.get("officer")!, today, sets, unavailable: catalog.unavailable, drafted, ...(notice ? { notice } : {}) }), status);
}

/** The drafts' page, with a notice when an upload was refused. */
export async function draftsPage(c: Context<AppEnv>, notice?: Notice, status: Status = 200): Promise<Response> {
  const drafts = await new DraftStore(staffDb(c)).list();
  return render(c, DraftsPage({ lang: staffLang(c), officer: c.get("officer")!, drafts, ...(notice ? { notice } : {}) }), status);
}

const DONE = {
  saved: bi("草案已保存。", "The draft is saved."),
  proposed: bi("已提交审核。", "Proposed for review."),
  approved: bi("已批准。", "Approved."),
  rejected: bi("已退回。", "Rejected."),
  "proposal-withdrawn": bi("已撤回提交，草案可再次编辑。", "Proposal withdrawn: the draft is editable again."),
  published: bi("已发布：自生效日期起答复企业。", "Published: it answers from its effective date."),
  withdrawn: bi("版本已撤回。", "The version is withdrawn."),
} as const;

/** The notice of `?done=` after an action (redirected here), if any. */
export function doneNotice(c: Context<AppEnv>): Notice | undefined {
  const done = c.req.query("done");
  return done && done in DONE ? { title: DONE[done as keyof typeof DONE][staffLang(c)], ok: true } : undefined;
}

/** Mounts the screens on `app`. */
export function consolePages(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.get("/staff/", (c) => versionsPage(c, deps, doneNotice(c)));
  app.get("/staff/drafts", (c) => draftsPage(c, doneNotice(c)));

  app.get("/staff/drafts/:id/:version", async (c) => {
    const p = draftParams(c);
    return p ? draftPage(c, deps, p.id, p.version, doneNotice(c)) : noDraft(c);
  });

  const impact = async (c: Context<AppEnv>, file?: "firms" | "measures") => {
    const p = draftParams(c);
    if (!p) return noDraft(c);
    const q = ImpactQuery.safeParse(c.req.query());
    if (!q.success) return consoleMessage(c, bi("请检查所选名录和日期", "Check the register and date chosen"), bi("企业数为 1 至 24,800，日期格式为 YYYY-MM-DD。", "The number of firms is 1 to 24,800, the date YYYY-MM-DD."), 400);
    try {
      const { draft, register, report } = await requestedImpact(c, deps, p.id, p.version, q.data);
      if (file) return csvDownload(c, (file === "firms" ? impactFirmsCsv : impactMeasuresCsv)(report), `impact-${p.version}-${file}.csv`);
      const registers = await new RegisterStore(staffDb(c)).list();
      return render(c, ImpactPage({ lang: staffLang(c), officer: c.get("officer")!, draft, choice: q.data, registers, register, report }));
    } catch (e) {
      if (!(e instanceof ReviewError)) throw e;
      return e.status === 404 && e.slug === "draft-not-found" ? noDraft(c) : draftPage(c, deps, p.id, p.version, refusalNotice(c, e), e.status === 404 ? 404 : 422);
    }
  };
  app.get("/staff/drafts/:id/:version/impact", (c) => impact(c));
  app.get("/staff/drafts/:id/:version/impact/firms.csv", (c) => impact(c, "firms"));
  app.get("/staff/drafts/:id/:version/impact/measures.csv", (c) => impact(c, "measures"));

  app.get("/staff/audit", async (c) => {
    const q = c.req.query();
    const filter = { version: q.version, officer: q.officer, outcome: q.outcome, from: q.from, to: q.to };
    const { publishes, reviews } = await readAudit(staffDb(c), filter);
    return render(c, AuditPage({ lang: staffLang(c), officer: c.get("officer")!, filter, publishes, reviews, limit: AUDIT_LIMIT }));
  });
}
