/**
 * Receipts (docs/dossiers.md, "Receipts"):
 * - `GET /v1/dossiers/{creditCode}/receipts`: every receipt issued for the dossier, newest first;
 * - `GET /v1/dossiers/{creditCode}/decisions/{decisionId}/receipt`: the decision's receipt,
 *   signed now if it has none yet (a decision made while no key was configured); 503 when it
 *   has none and the service has no signing key;
 * - `GET /.well-known/policy-match/receipt-keys.json`: the public keys (JWK set) that verify them.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { DecisionStore } from "../../../dossier/decisions.js";
import { issueReceipt } from "../../../dossier/issue.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { publishedKeys, requiredReceiptKey } from "../../receipt-key.js";
import { problemResponse } from "../../schemas.js";
import { DecisionParams, noDecision } from "./decisions.js";
import { dossierRoute } from "./route.js";
import { DossierParams, PublicKeys, ReceiptSchema } from "./schemas.js";

/** Where the public keys are published. */
export const RECEIPT_KEYS_PATH = "/.well-known/policy-match/receipt-keys.json";

const list = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/receipts", summary: "The dossier's receipts, newest first", request: { params: DossierParams },
  responses: { 200: { description: "Every receipt issued", content: { "application/json": { schema: z.object({ receipts: z.array(ReceiptSchema) }) } } } },
});

const one = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/decisions/{decisionId}/receipt", summary: "A decision's signed receipt", request: { params: DecisionParams },
  responses: {
    200: { description: "The receipt (signed when first asked for, if the decision has none)", content: { "application/json": { schema: ReceiptSchema } } },
    404: problemResponse("No dossier this token opens, or no such decision in it"),
    503: problemResponse("The service signs no receipts (RECEIPT_SIGNING_KEY not set), or its key cannot be read"),
  },
});

const keys = createRoute({
  method: "get", path: RECEIPT_KEYS_PATH, tags: ["dossiers"], summary: "The public keys that verify receipts (JWK set)",
  responses: {
    200: { description: "Ed25519 public keys with their ids (RFC 7638 thumbprints); empty when the service signs no receipts", content: { "application/json": { schema: PublicKeys } } },
    503: problemResponse("The service's receipt key cannot be read"),
  },
});

/** Mounts the three routes on `app`. */
export function receiptRoutes(app: OpenAPIHono<AppEnv>, _deps: AppDeps): void {
  app.openapi(list, async (c) => c.json({ receipts: await new DecisionStore(dossierDb(c)).receipts(c.get("dossier")!.id) }, 200));

  app.openapi(one, async (c) => {
    const { decisionId } = c.req.valid("param");
    const d = c.get("dossier")!;
    const db = dossierDb(c);
    const store = new DecisionStore(db);
    const found = await store.get(d.id, decisionId);
    if (!found) throw noDecision(decisionId);
    const { result, ...entry } = found;
    const stored = await store.receipt(entry.seq);
    if (stored) return c.json(stored, 200);
    return c.json(await issueReceipt(db, await requiredReceiptKey(c), d.id, d.creditCode, entry, result, new Date()), 200);
  });

  app.openapi(keys, async (c) => c.json({ keys: await publishedKeys(c) }, 200, { "Cache-Control": "public, max-age=300" }));
}
