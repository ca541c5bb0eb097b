/**
 * A route on one dossier (`/v1/dossiers/{creditCode}/…`), declared once the same way: tagged
 * `dossiers`, secured by the dossier's token or a staff token, admitted by `dossierAccess`
 * before anything else (its own middleware after), and documenting the refusals every such
 * route gives (400, 401, 404) beside its own answers.
 */
import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { dossierAccess } from "../../dossier-access.js";
import { problemResponse } from "../../schemas.js";

/** The refusals every dossier route documents. */
export const ACCESS_REFUSALS = {
  400: problemResponse("A credit code that fails GB 32100-2015, or invalid parameters or fields"),
  401: problemResponse("No bearer token"),
  404: problemResponse("No dossier of this credit code opens with this token (the same answer whether it exists or not)"),
};

/** The route's declaration with the dossier routes' tag, security, admission and refusals added. */
export function dossierRoute<P extends string, R extends Omit<RouteConfig, "path" | "middleware"> & { path: P; middleware?: MiddlewareHandler[] }>(r: R) {
  const route = {
    ...r,
    tags: ["dossiers"],
    security: [{ dossierToken: [] }, { bearer: [] }],
    middleware: [dossierAccess, ...(r.middleware ?? [])],
    responses: { ...ACCESS_REFUSALS, ...r.responses },
  } as Omit<R, "responses"> & { responses: typeof ACCESS_REFUSALS & R["responses"] };
  return createRoute(route);
}
