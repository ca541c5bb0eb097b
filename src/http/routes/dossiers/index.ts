/**
 * The dossier routes (issue 15; docs/dossiers.md): one enterprise, one dossier — profile
 * versions, decisions and receipts, support received, notices and the webhook, export and deletion. Every answer is
 * `Cache-Control: no-store`: it holds a firm's data, or a token.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../../env.js";
import { collectionRoutes } from "./collection.js";
import { decisionRoutes } from "./decisions.js";
import { lifecycleRoutes } from "./lifecycle.js";
import { noticeRoutes } from "./notices.js";
import { profileRoutes } from "./profile.js";
import { receiptRoutes } from "./receipts.js";
import { supportRoutes } from "./support.js";
import { webhookRoutes } from "./webhook.js";
import { worklistRoute } from "./worklist.js";

const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
};

/** Mounts every dossier route on `app`. */
export function dossierRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use("/v1/dossiers", noStore);
  app.use("/v1/dossiers/*", noStore);
  collectionRoutes(app, deps);
  profileRoutes(app, deps);
  decisionRoutes(app, deps);
  receiptRoutes(app, deps);
  supportRoutes(app, deps);
  noticeRoutes(app, deps);
  webhookRoutes(app, deps);
  worklistRoute(app, deps);
  lifecycleRoutes(app, deps);
}
