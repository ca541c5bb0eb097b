/** The staff API of the path to live (docs/staff.md): drafts, review steps, analysis, withdrawal, the audit, impact on a register and the registers uploaded. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../env.js";
import { actionRoutes } from "./actions.js";
import { analysisRoute } from "./analysis.js";
import { auditRoute } from "./audit.js";
import { draftRoutes } from "./drafts.js";
import { impactRoutes } from "./impact.js";
import { registerRoutes } from "./registers.js";
import { withdrawalRoute } from "./withdrawal.js";

/** Mounts every route on `app`. */
export function reviewRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  draftRoutes(app, deps);
  actionRoutes(app, deps);
  analysisRoute(app, deps);
  impactRoutes(app, deps);
  registerRoutes(app, deps);
  withdrawalRoute(app, deps);
  auditRoute(app, deps);
}
