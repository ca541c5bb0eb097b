/**
 * A dossier and its profile versions (owner or staff: src/http/dossier-access.ts):
 * - `GET /v1/dossiers/{creditCode}`: the overview (latest version with its profile, last decision, retention);
 * - `GET /v1/dossiers/{creditCode}/versions`: every version, oldest first, without profiles;
 * - `GET /v1/dossiers/{creditCode}/versions/{version}`: one version with its profile;
 * - `POST /v1/dossiers/{creditCode}/versions`: saves a new version `{ profile, source? }` (≤ 64 KiB): 201.
 * Refusals: 400 a bad credit code, version number or profile; 401 no token; 404 no dossier
 * this token opens (the same for an unknown code), or no such version; 413; 415.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { DossierStore } from "../../../dossier/store.js";
import { dossierAccess, dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";
import { problemResponse } from "../../schemas.js";
import { profileBody, sameCreditCode } from "./profile-body.js";
import { AddVersionRequest, DossierParams, DossierSchema, StoredVersionSchema, VersionEntrySchema } from "./schemas.js";
import { dossierView } from "./views.js";

/** The refusals every dossier route documents. */
export const ACCESS_REFUSALS = {
  400: problemResponse("A credit code that fails GB 32100-2015, or invalid parameters or fields"),
  401: problemResponse("No bearer token"),
  404: problemResponse("No dossier of this credit code opens with this token (the same answer whether it exists or not)"),
};

/** Security of the dossier routes: the dossier's token, or a staff token. */
export const DOSSIER_SECURITY: Record<string, string[]>[] = [{ dossierToken: [] }, { bearer: [] }];

const VersionParams = DossierParams.extend({ version: z.coerce.number({ error: "version must be a whole number ≥ 1" }).int({ error: "version must be a whole number ≥ 1" }).min(1, { error: "version must be a whole number ≥ 1" }) });

const read = createRoute({
  method: "get", path: "/v1/dossiers/{creditCode}", tags: ["dossiers"], summary: "A dossier: its latest profile version and last decision",
  security: DOSSIER_SECURITY, middleware: [dossierAccess], request: { params: DossierParams },
  responses: { 200: { description: "The dossier", content: { "application/json": { schema: DossierSchema } } }, ...ACCESS_REFUSALS },
});

const versions = createRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/versions", tags: ["dossiers"], summary: "The profile's versions, oldest first",
  security: DOSSIER_SECURITY, middleware: [dossierAccess], request: { params: DossierParams },
  responses: { 200: { description: "Every version, without profiles", content: { "application/json": { schema: z.object({ versions: z.array(VersionEntrySchema) }) } } }, ...ACCESS_REFUSALS },
});

const version = createRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/versions/{version}", tags: ["dossiers"], summary: "One profile version",
  security: DOSSIER_SECURITY, middleware: [dossierAccess], request: { params: VersionParams },
  responses: { 200: { description: "The version with its profile", content: { "application/json": { schema: StoredVersionSchema } } }, ...ACCESS_REFUSALS },
});

const add = createRoute({
  method: "post", path: "/v1/dossiers/{creditCode}/versions", tags: ["dossiers"], summary: "Save a new profile version",
  security: DOSSIER_SECURITY, middleware: [dossierAccess, profileBody],
  request: { params: DossierParams, body: { required: true, content: { "application/json": { schema: AddVersionRequest } } } },
  responses: {
    201: { description: "Saved: the new version", content: { "application/json": { schema: StoredVersionSchema } } },
    ...ACCESS_REFUSALS,
    413: problemResponse("Body over 64 KiB"),
    415: problemResponse("Body is not application/json"),
  },
});

/** Mounts the four routes on `app`. */
export function profileRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  app.openapi(read, async (c) => c.json(await dossierView(c, dossierDb(c), c.get("dossier")!), 200));

  app.openapi(versions, async (c) => c.json({ versions: await new DossierStore(dossierDb(c)).versions(c.get("dossier")!.id) }, 200));

  app.openapi(version, async (c) => {
    const n = c.req.valid("param").version;
    const d = c.get("dossier")!;
    const v = await new DossierStore(dossierDb(c)).version(d.id, n);
    if (!v) throw new ProblemError(404, "version-not-found", "Version not found", `this dossier has ${d.latestVersion ? `versions 1 to ${d.latestVersion}` : "no version yet"}, not ${n}`);
    return c.json(v, 200);
  });

  app.openapi(add, async (c) => {
    const { profile, source = "api" } = c.req.valid("json");
    const d = c.get("dossier")!;
    sameCreditCode(profile, d.creditCode, "/profile/creditCode");
    const store = new DossierStore(dossierDb(c));
    const entry = await store.saveVersion(d.id, { profile: { ...profile, creditCode: d.creditCode }, source, by: c.get("actor")! }, new Date());
    return c.json((await store.version(d.id, entry.version))!, 201, { Location: `/v1/dossiers/${d.creditCode}/versions/${entry.version}` });
  });
}
