/**
 * `POST /v1/dossiers`: creates a firm's dossier (no credentials needed; docs/dossiers.md says
 * why; with a staff token the first version is recorded as saved by staff) and answers its
 * access token, once. Body `{ creditCode, profile?, source? }` (≤ 64 KiB).
 * 201 `{ token, dossier }`; 400 invalid fields; 409 a dossier of that credit code exists;
 * 413; 415. A profile whose creditCode differs from the dossier's is refused (400).
 *
 * `GET /v1/dossiers?q=&after=&limit=` (staff token): live dossiers by credit code, searched by
 * a credit-code prefix or a part of the name. 200; 401 no token; 403 not a staff token.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { newToken, tokenHash } from "../../../dossier/secret.js";
import { DossierStore } from "../../../dossier/store.js";
import { dossierDb, dossierStaff, staffOnly } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";
import { problemResponse } from "../../schemas.js";
import { BODY_REFUSALS, profileBody, sameCreditCode, sourceAllowed } from "./profile-body.js";
import { CreateRequest, Created, DossierListing, ListQuery } from "./schemas.js";
import { dossierView } from "./views.js";

const create = createRoute({
  method: "post",
  path: "/v1/dossiers",
  tags: ["dossiers"],
  summary: "Create a firm's dossier; answers its access token once",
  middleware: [profileBody],
  request: { body: { required: true, content: { "application/json": { schema: CreateRequest } } } },
  responses: {
    201: { description: "Created: keep the token, it is not shown again", content: { "application/json": { schema: Created } } },
    400: problemResponse("Malformed JSON or invalid fields (errors[] with pointers)"),
    409: problemResponse("A dossier of this credit code exists: its firm holds the token; staff can issue a new one"),
    ...BODY_REFUSALS,
  },
});

const list = createRoute({
  method: "get",
  path: "/v1/dossiers",
  tags: ["dossiers"],
  summary: "List and search dossiers (staff)",
  security: [{ bearer: [] }],
  middleware: [staffOnly],
  request: { query: ListQuery },
  responses: {
    200: { description: "Live dossiers by credit code", content: { "application/json": { schema: DossierListing } } },
    400: problemResponse("Invalid query parameters"),
    401: problemResponse("No bearer token"),
    403: problemResponse("Not a staff token"),
  },
});

/** Mounts both routes on `app`. */
export function collectionRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  app.openapi(create, async (c) => {
    const { creditCode, profile, source = "api" } = c.req.valid("json");
    const db = dossierDb(c);
    if (profile) sameCreditCode(profile, creditCode, "/profile/creditCode");
    const caller = await dossierStaff(c.req.header("Authorization"), c.env);
    const by = "label" in caller ? (`staff:${caller.label}` as const) : ("owner" as const);
    sourceAllowed(source, by);
    const token = newToken();
    const now = new Date();
    const first = profile ? { profile: { ...profile, creditCode }, source, by } : undefined;
    const dossier = await new DossierStore(db).create(creditCode, await tokenHash(token), now, first);
    if (dossier === "exists") {
      throw new ProblemError(409, "dossier-exists", "Dossier exists",
        `a dossier of ${creditCode} exists: its firm holds the access token; a firm that lost it asks the zone's staff to issue a new one (docs/dossiers.md)`);
    }
    return c.json({ token, dossier: await dossierView(c, db, dossier) }, 201, { Location: `/v1/dossiers/${creditCode}` });
  });

  app.openapi(list, async (c) => {
    const { q, after, limit = 50 } = c.req.valid("query");
    const rows = await new DossierStore(dossierDb(c)).list({ q: q?.trim(), after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return c.json({ dossiers: page, ...(rows.length > limit ? { next: page.at(-1)!.creditCode } : {}) }, 200);
  });
}
