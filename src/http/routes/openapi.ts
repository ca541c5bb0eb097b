/**
 * `GET /openapi.json`: the OpenAPI 3.1 document of every route, generated from the same zod
 * schemas that validate the requests (@hono/zod-openapi), with the bearer scheme of publishing.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";
import { docsRoute } from "./docs.js";

/** The document's fixed part. */
export const OPENAPI_INFO = {
  openapi: "3.1.0" as const,
  info: {
    title: "policy-match",
    version: "1.0.0",
    description:
      "Which government support an enterprise qualifies for: eligible / ineligible / undetermined for every measure of a versioned rule set, why (clause by clause), the estimated amounts, and the fast-track channels opened. Errors are RFC 9457 application/problem+json with RFC 6901 pointers. Every response carries X-Request-Id.",
  },
};

/** Mounts `/openapi.json` and the `/docs` page on `app` (call after every route is declared). */
export function openapiRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A staff token of the ADMIN_TOKENS secret, with its role (author, reviewer, admin): drafts, review, publishing, withdrawal, the audit, and reading any dossier (docs/staff.md)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "dossierToken", {
    type: "http",
    scheme: "bearer",
    description: "A dossier's access token (pmd_…), issued when the dossier is created or its token rotated: that dossier only",
  });
  app.doc31("/openapi.json", OPENAPI_INFO);
  let doc: Record<string, unknown> | undefined;
  docsRoute(app, () => (doc ??= app.getOpenAPI31Document(OPENAPI_INFO) as unknown as Record<string, unknown>));
}
