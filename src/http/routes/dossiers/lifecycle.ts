/**
 * A dossier's token and life (owner or staff; docs/dossiers.md):
 * - `POST /v1/dossiers/{creditCode}/token`: issues a new access token (shown once); the old one stops working at once;
 * - `GET /v1/dossiers/{creditCode}/export`: everything held about the firm, as one JSON document;
 * - `DELETE /v1/dossiers/{creditCode}`: deletes it, keeping only the decisions' ids and hashes and the date of deletion.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { eraseDossier } from "../../../dossier/erase.js";
import { exportDossier } from "../../../dossier/export.js";
import { newToken, tokenHash } from "../../../dossier/secret.js";
import { DossierStore } from "../../../dossier/store.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { dossierRoute } from "./route.js";
import { DossierParams, ExportSchema } from "./schemas.js";
import { decisionView } from "./views.js";

const rotate = dossierRoute({
  method: "post", path: "/v1/dossiers/{creditCode}/token", summary: "Issue a new access token; the old one stops working", request: { params: DossierParams },
  responses: {
    200: { description: "The new token: keep it, it is not shown again", content: { "application/json": { schema: z.object({ token: z.string(), tokenIssuedAt: z.string() }) } } },
  },
});

const exported = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/export", summary: "Everything held about the firm (JSON)", request: { params: DossierParams },
  responses: { 200: { description: "Every profile version, decision, receipt and support record", content: { "application/json": { schema: ExportSchema } } } },
});

const remove = dossierRoute({
  method: "delete", path: "/v1/dossiers/{creditCode}", summary: "Delete the dossier", request: { params: DossierParams },
  responses: {
    200: { description: "Deleted: what was kept", content: { "application/json": { schema: z.object({ deletedAt: z.string(), decisionsKept: z.number().int().describe("decisions whose ids and hashes are kept") }) } } },
  },
});

/** Mounts the three routes on `app`. */
export function lifecycleRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  app.openapi(rotate, async (c) => {
    const token = newToken();
    const now = new Date();
    await new DossierStore(dossierDb(c)).rotateToken(c.get("dossier")!.id, await tokenHash(token), now);
    return c.json({ token, tokenIssuedAt: now.toISOString() }, 200);
  });

  app.openapi(exported, async (c) => {
    const d = c.get("dossier")!;
    const all = await exportDossier(dossierDb(c), d, new Date());
    const decisions = all.decisions.map(({ result, ...e }) => ({ ...decisionView(e), result }));
    return c.json({ ...all, decisions }, 200, { "Content-Disposition": `attachment; filename="dossier-${d.creditCode}.json"` });
  });

  app.openapi(remove, async (c) => c.json(await eraseDossier(dossierDb(c), c.get("dossier")!.id, c.get("actor")!, new Date()), 200));
}
