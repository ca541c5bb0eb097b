/**
 * The console's actions (docs/staff.md): forms posting to the same service functions as the
 * staff API (src/review/service.ts), so a step is allowed or refused alike. `POST /staff/drafts`
 * uploads a draft (multipart: the rule-set file, case files, retroactive and its reason);
 * `POST /staff/drafts/{id}/{version}/{propose|approve|reject|withdraw-proposal|publish}` takes a
 * review step (reject with `reason`); `POST /staff/versions/{id}/{version}/withdraw` withdraws a
 * version (`from`, `reason`). Done: a redirect (303) to the page, saying so; refused: the page
 * again with the refusal, with the API's status. A refused publication is audited as the API's are.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { IsoDate, tooDeep } from "../profile/index.js";
import { DraftBody } from "../review/draft.js";
import { DraftStore } from "../review/draft-store.js";
import { decide } from "../review/machine.js";
import { publishDraft, review, type ReviewAction, ReviewError, saveDraft, withdrawVersion } from "../review/service.js";
import { PublishedStore } from "../ruleset/store.js";
import { formFields } from "../views/form-body.js";
import { draftPath } from "../views/staff/DraftsPage.js";
import { draftPage, draftParams, draftsPage, refusalNotice, versionsPage } from "./console-pages.js";
import type { AppDeps, AppEnv } from "./env.js";
import { outcomeOf } from "./routes/publish-audit.js";
import { VersionParams } from "./routes/ruleset-body.js";
import { reviewDeps, staffDb } from "./staff.js";

/** A draft's upload is at most 2 MiB: a rule set (at most 1 MiB, as the API takes it) and its cases. */
export const DRAFT_UPLOAD_LIMIT = 2 * 1024 * 1024;

const STEPS: readonly (ReviewAction | "publish")[] = ["propose", "approve", "reject", "withdraw-proposal", "publish"];
const LOGGED = { propose: "proposed", approve: "approved", reject: "rejected", "withdraw-proposal": "proposal-withdrawn", publish: "published" } as const;

type Fields = [string, string | File][];

/** The posted fields, or an empty list when the body is not a form. */
async function posted(c: Context<AppEnv>): Promise<Fields> {
  return (await formFields(await c.req.text(), c.req.header("Content-Type") ?? "").catch(() => null)) ?? [];
}
const text = (f: Fields, name: string) => {
  const v = f.find(([k]) => k === name)?.[1];
  return typeof v === "string" ? v : undefined;
};
const invalid = (detail: string, pointer?: string) => new ReviewError(400, "invalid-request", "Invalid request", detail, pointer ? [{ pointer, message: detail }] : undefined);

/** A JSON file of the upload. @throws ReviewError 400 when it is not JSON or nests too deep */
async function jsonFile(file: File, what: string): Promise<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (e) {
    throw invalid(`${what} ${file.name} is not JSON: ${(e as Error).message}`);
  }
  if (tooDeep(value)) throw invalid(`${what} ${file.name} nests arrays and objects past 128 levels`);
  return value;
}

/** The draft an upload holds: its id and version (from the rule-set file) and content. @throws ReviewError 400 */
async function uploaded(f: Fields) {
  const file = f.find(([k]) => k === "ruleset")?.[1];
  if (!(file instanceof File) || file.size === 0) throw invalid("choose the rule-set file (JSON) to upload", "/ruleset");
  const ruleset = await jsonFile(file, "the rule-set file");
  const cases: unknown[] = [];
  for (const [k, v] of f) {
    if (k !== "cases" || !(v instanceof File) || v.size === 0) continue;
    const c = await jsonFile(v, "the case file");
    cases.push(...(Array.isArray(c) ? c : [c]));
  }
  const reason = text(f, "reason")?.trim() || null;
  const body = DraftBody.safeParse({ ruleset, cases, retroactive: text(f, "retroactive") === "true", reason });
  if (!body.success) throw invalid(body.error.issues.map((i) => `/${i.path.join("/")}: ${i.message}`).join("; "));
  const named = VersionParams.safeParse({ id: body.data.ruleset.id, version: body.data.ruleset.version });
  if (!named.success) throw invalid(`the rule-set file ${file.name} must give its "id" (kebab-case) and "version" (YYYY.N.P)`, "/ruleset/version");
  const { id, version } = named.data;
  return { id, version, content: { ruleset: ruleset as Record<string, unknown>, cases, retroactive: body.data.retroactive ?? false, reason } };
}

/** Records a refused publication in the publish audit, as the API's refusals are. */
async function auditRefusal(c: Context<AppEnv>, id: string, version: string, e: ReviewError): Promise<void> {
  const db = staffDb(c);
  const hash = (await new DraftStore(db).get(id, version))?.hash ?? null;
  try {
    await new PublishedStore(db).audit({
      id, version, label: c.get("officer")!.label, hash, outcome: outcomeOf(e.status, `/problems/${e.slug}`), status: e.status,
      requestId: c.get("requestId"), detail: e.message.slice(0, 500),
    }, new Date().toISOString());
  } catch (err) {
    console.error("publish attempt not audited (the audit could not be written):", id, version, err);
  }
}

/** Mounts the actions on `app`. */
export function consoleActions(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.post("/staff/drafts", async (c) => {
    try {
      // the role first, as the API does: a reviewer's upload is refused whatever it holds
      const officer = c.get("officer")!;
      const refused = decide(undefined, "save", { officer, proposedBy: null, updatedBy: officer.label });
      if ("slug" in refused) throw new ReviewError(refused.status, refused.slug, refused.title, refused.detail);
      const { id, version, content } = await uploaded(await posted(c));
      await saveDraft(await reviewDeps(c, deps), id, version, content);
      return c.redirect(`${draftPath(id, version)}?done=saved`, 303);
    } catch (e) {
      if (!(e instanceof ReviewError)) throw e;
      return draftsPage(c, refusalNotice(c, e), e.status);
    }
  });

  app.post("/staff/drafts/:id/:version/:action", async (c) => {
    const p = draftParams(c);
    const action = STEPS.find((a) => a === c.req.param("action"));
    if (!p || !action) return draftsPage(c, refusalNotice(c, new ReviewError(404, "draft-not-found", "Not found", "no such draft or action")), 404);
    const reason = text(await posted(c), "reason");
    try {
      const rd = await reviewDeps(c, deps);
      if (action === "publish") await publishDraft(rd, p.id, p.version);
      else await review(rd, p.id, p.version, action, reason);
      return c.redirect(`${draftPath(p.id, p.version)}?done=${LOGGED[action]}`, 303);
    } catch (e) {
      if (!(e instanceof ReviewError)) throw e;
      if (action === "publish") await auditRefusal(c, p.id, p.version, e);
      return draftPage(c, deps, p.id, p.version, refusalNotice(c, e), e.status);
    }
  });

  app.post("/staff/versions/:id/:version/withdraw", async (c) => {
    const p = draftParams(c);
    const f = await posted(c);
    try {
      if (!p) throw new ReviewError(404, "version-not-found", "Version not found", "no such version");
      const from = text(f, "from") || deps.today();
      if (!IsoDate.safeParse(from).success) throw invalid(`${from} is not a date (YYYY-MM-DD)`, "/from");
      const reason = text(f, "reason")?.trim();
      if (!reason) throw invalid("say why the version is withdrawn", "/reason");
      await withdrawVersion(await reviewDeps(c, deps), p.id, p.version, from, reason);
      return c.redirect("/staff/?done=withdrawn", 303);
    } catch (e) {
      if (!(e instanceof ReviewError)) throw e;
      return versionsPage(c, deps, refusalNotice(c, e), e.status);
    }
  });
}
