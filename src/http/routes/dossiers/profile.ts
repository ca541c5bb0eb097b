/**
 * A dossier and its profile versions (owner or staff: src/http/dossier-access.ts):
 * - `GET /v1/dossiers/{creditCode}`: the overview (latest version with its profile, last decision, retention);
 * - `GET /v1/dossiers/{creditCode}/versions`: every version, oldest first, without profiles;
 * - `GET /v1/dossiers/{creditCode}/versions/{version}`: one version with its profile;
 * - `POST /v1/dossiers/{creditCode}/versions`: saves a new version `{ profile, source? }` (≤ 64 KiB): 201.
 * Refusals: 400 a bad credit code, version number or profile; 401 no token; 404 no dossier
 * this token opens (the same for an unknown code), or no such version; 413; 415.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { DossierStore } from "../../../dossier/store.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";
import { BODY_REFUSALS, profileBody, sameCreditCode, sourceAllowed } from "./profile-body.js";
import { dossierRoute } from "./route.js";
import { AddVersionRequest, DossierParams, DossierSchema, StoredVersionSchema, VersionEntrySchema } from "./schemas.js";
import { dossierView } from "./views.js";

const VersionParams = DossierParams.extend({ version: z.coerce.number({ error: "version must be a whole number ≥ 1" }).int({ error: "version must be a whole number ≥ 1" }).min(1, { error: "version must be a whole number ≥ 1" }) });

const read = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}", summary: "A dossier: its latest profile version and last decision",
  request: { params: DossierParams },
  responses: { 200: { description: "The dossier", content: { "application/json": { schema: DossierSchema } } } },
});

const versions = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/versions", summary: "The profile's versions, oldest first",
  request: { params: DossierParams },
  responses: { 200: { description: "Every version, without profiles", content: { "application/json": { schema: z.object({ versions: z.array(VersionEntrySchema) }) } } } },
});

const version = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/versions/{version}", summary: "One profile version",
  request: { params: VersionParams },
  responses: { 200: { description: "The version with its profile", content: { "application/json": { schema: StoredVersionSchema } } } },
});

const add = dossierRoute({
  method: "post", path: "/v1/dossiers/{creditCode}/versions", summary: "Save a new profile version", middleware: [profileBody],
  request: { params: DossierParams, body: { required: true, content: { "application/json": { schema: AddVersionRequest } } } },
  responses: {
    201: { description: "Saved: the new version", content: { "application/json": { schema: StoredVersionSchema } } },
    ...BODY_REFUSALS,
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
    sourceAllowed(source, c.get("actor")!);
    const d = c.get("dossier")!;
    sameCreditCode(profile, d.creditCode, "/profile/creditCode");
    const store = new DossierStore(dossierDb(c));
    const entry = await store.saveVersion(d.id, { profile: { ...profile, creditCode: d.creditCode }, source, by: c.get("actor")! }, new Date());
    return c.json((await store.version(d.id, entry.version))!, 201, { Location: `/v1/dossiers/${d.creditCode}/versions/${entry.version}` });
  });
}
