/**
 * The firm's webhook (owner or staff; docs/dossiers.md, "Webhooks"): where the service calls
 * when notices are written for the dossier, signed as Standard Webhooks signs.
 * - `PUT /v1/dossiers/{creditCode}/webhook` `{ "url" }`: registers it (201) or replaces it (200),
 *   with a new signing secret, answered this once; 400 a URL that is not https://, names an
 *   address rather than a host, or carries credentials;
 * - `GET /v1/dossiers/{creditCode}/webhook`: the webhook (without its secret; null when none)
 *   and its deliveries, newest first;
 * - `DELETE /v1/dossiers/{creditCode}/webhook`: removes it (204); deliveries still being tried
 *   fail at their next attempt; 404 when there is none.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { WebhookStore } from "../../../dossier/webhooks.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { ProblemError } from "../../problem.js";
import { problemResponse } from "../../schemas.js";
import { BODY_REFUSALS, profileBody } from "./profile-body.js";
import { dossierRoute } from "./route.js";
import { DeliverySchema, DossierParams, WebhookRequest, WebhookSchema } from "./schemas.js";

const Registered = z.object({
  webhook: WebhookSchema,
  secret: z.string().describe("whsec_…: the key that signs the calls (Standard Webhooks); shown this once — keep it with the receiver"),
});

const put = dossierRoute({
  method: "put", path: "/v1/dossiers/{creditCode}/webhook", summary: "Register the webhook called when notices are written", middleware: [profileBody],
  request: { params: DossierParams, body: { required: true, content: { "application/json": { schema: WebhookRequest } } } },
  responses: {
    200: { description: "Replaced, with a new secret (the old one no longer signs)", content: { "application/json": { schema: Registered } } },
    201: { description: "Registered", content: { "application/json": { schema: Registered } } },
    ...BODY_REFUSALS,
  },
});

const get = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/webhook", summary: "The webhook and its deliveries", request: { params: DossierParams },
  responses: { 200: { description: "The webhook (null when none) and its deliveries, newest first", content: { "application/json": { schema: z.object({ webhook: WebhookSchema.nullable(), deliveries: z.array(DeliverySchema) }) } } } },
});

const remove = dossierRoute({
  method: "delete", path: "/v1/dossiers/{creditCode}/webhook", summary: "Remove the webhook", request: { params: DossierParams },
  responses: { 204: { description: "Removed" }, 404: problemResponse("No dossier this token opens, or it has no webhook") },
});

/** Mounts the three routes on `app`. */
export function webhookRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  app.openapi(put, async (c) => {
    const store = new WebhookStore(dossierDb(c));
    const id = c.get("dossier")!.id;
    const existed = (await store.get(id)) !== null;
    const registered = await store.register(id, c.req.valid("json").url, c.get("actor")!, new Date());
    return c.json(registered, existed ? 200 : 201);
  });

  app.openapi(get, async (c) => {
    const store = new WebhookStore(dossierDb(c));
    const id = c.get("dossier")!.id;
    const [webhook, deliveries] = await Promise.all([store.get(id), store.deliveries(id)]);
    return c.json({ webhook, deliveries }, 200);
  });

  app.openapi(remove, async (c) => {
    if (!(await new WebhookStore(dossierDb(c)).remove(c.get("dossier")!.id, new Date()))) {
      throw new ProblemError(404, "webhook-not-found", "No webhook", "this dossier has no webhook: PUT …/webhook registers one");
    }
    return c.body(null, 204);
  });
}
