/**
 * `PUT /v1/rulesets/{id}/versions/{version}`: publish a rule-set version (body: the rule set,
 * ≤ 1 MiB). Needs `Authorization: Bearer <token>` of the `ADMIN_TOKENS` secret.
 * 201 `{ id, version, hash }`; 400 malformed JSON, nested past 128 levels, or a path that is not an id and a
 * version (a version with a leading zero is refused with its one spelling); 401 no token (or publishing
 * not configured); 403 wrong token; 409 the version exists, bundled, published, or stored but
 * unloadable (never overwritten); 413 over 1 MiB; 415 not JSON, compressed, another charset or
 * not UTF-8; 422 the rule set fails lint (errors with pointers, schema errors included), or its
 * id/version differ from the path; 503 the store cannot be read. A publish stores all or nothing.
 * The caller is admitted (401/403) before anything of the body is looked at: a caller without a
 * valid token never has its body read, decoded or parsed. Every attempt is audited
 * (publish-audit.ts).
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import * as z from "zod";
import { todayInShanghai } from "../../profile/index.js";
import { canonicalHash } from "../../ruleset/hash.js";
import { lintRuleSet } from "../../ruleset/lint.js";
import { PublishedStore } from "../../ruleset/store.js";
import { StoreUnreachableError } from "../../ruleset/unavailable.js";
import { authenticate } from "../auth.js";
import type { AppDeps, AppEnv } from "../env.js";
import { ProblemError } from "../problem.js";
import { problemResponse } from "../schemas.js";
import { auditedPublish } from "./publish-audit.js";
import { rawRuleSet, RuleSetBody, RULESET_BODY_LIMIT, VersionParams, withBodyLimit } from "./ruleset-body.js";

const route = createRoute({
  method: "put",
  path: "/v1/rulesets/{id}/versions/{version}",
  summary: "Publish a rule-set version (bearer token)",
  security: [{ bearer: [] }],
  request: { params: VersionParams, body: { required: true, content: { "application/json": { schema: RuleSetBody } } } },
  responses: {
    201: { description: "Published", content: { "application/json": { schema: z.object({ id: z.string(), version: z.string(), hash: z.string() }) } } },
    400: problemResponse("Malformed JSON, nested past 128 levels (nesting-too-deep), or an id or version not in the expected form"),
    401: problemResponse("No bearer token, or publishing is not configured"),
    403: problemResponse("Wrong bearer token"),
    409: problemResponse("That version exists (bundled, published, or stored but unloadable)"),
    413: problemResponse(`Body over ${RULESET_BODY_LIMIT / 1024 / 1024} MiB`),
    415: problemResponse("Body is not JSON, is compressed, in another charset, or not UTF-8"),
    422: problemResponse("The rule set fails lint (errors[] with pointers)"),
    503: problemResponse("The store of published versions cannot be read or written just now: nothing was published"),
  },
});

const PATH = "/v1/rulesets/:id/versions/:version";

/** Admits a publication's caller by bearer token, before anything of its body is looked at; sets `publisher`. */
const admitted: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "PUT") return next();
  const caller = await authenticate(c.req.header("Authorization"), c.env?.ADMIN_TOKENS);
  if ("refused" in caller) {
    if (caller.refused === "wrong") throw new ProblemError(403, "forbidden", "Forbidden", "the bearer token is not one of ADMIN_TOKENS");
    const detail = caller.refused === "unconfigured"
      ? "publishing is not configured: set the ADMIN_TOKENS secret (docs/operations.md, Deploy to Cloudflare; locally, in .dev.vars)"
      : "send Authorization: Bearer <token>";
    throw new ProblemError(401, "unauthorized", "Unauthorized", detail, undefined, { "WWW-Authenticate": 'Bearer realm="policy-match"' });
  }
  if (!c.env?.DB) throw new ProblemError(401, "unauthorized", "Unauthorized", "publishing needs the D1 binding DB (docs/operations.md, Deploy to Cloudflare)");
  c.set("publisher", caller.label);
  await next();
};

/** Mounts the route on `app`: the audit around everything, then the caller's admission, then the body gate. */
export function publishRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use(PATH, auditedPublish, admitted);
  withBodyLimit(app, PATH);
  app.openapi(route, async (c) => {
    const { id, version } = c.req.valid("param");
    const body = await rawRuleSet(c);
    const label = c.get("publisher")!;
    const db = c.env!.DB!;
    const hash = canonicalHash(body);
    c.set("bodyHash", hash);

    const mismatch = [["id", id], ["version", version]].filter(([k, v]) => (body as Record<string, unknown>)[k!] !== v);
    if (mismatch.length) {
      throw new ProblemError(422, "ruleset-invalid", "Rule set does not pass", "the path and the body name different rule sets or versions",
        mismatch.map(([k, v]) => ({ pointer: `/${k}`, message: `the path says "${v}", the body says ${JSON.stringify((body as Record<string, unknown>)[k!])}` })));
    }
    const catalog = await deps.catalog(db);
    if (!catalog.storeReachable) throw new StoreUnreachableError("the store of published versions cannot be read just now, so nothing was published");
    const broken = catalog.unavailableVersion(id, version);
    if (catalog.has(id, version) || broken) {
      throw new ProblemError(409, "version-exists", "Version exists", broken
        ? `${id} ${broken.version} is stored already, though it cannot be loaded (${broken.reason}); a stored version is never overwritten: publish a new version number, and ask the operators to repair or remove the stored one`
        : `${id} ${version} exists already and is never overwritten: publish a new version number`);
    }
    const report = lintRuleSet(body, { others: catalog.summaries(), today: todayInShanghai() });
    if (!report.ok || !report.ruleset) {
      throw new ProblemError(422, "ruleset-invalid", "Rule set does not pass", `${report.errors.length} errors: see errors[]; POST /v1/rulesets/validate checks without publishing`,
        report.errors.map((e) => ({ pointer: e.pointer, message: e.message })));
    }
    const { effectiveFrom } = report.ruleset;
    const outcome = await new PublishedStore(db).publish({ id, version, effectiveFrom, hash }, JSON.stringify(body), { label, requestId: c.get("requestId") }, new Date().toISOString());
    if (outcome === "conflict") {
      throw new ProblemError(409, "version-exists", "Version exists", `${id} ${version} was published by another request just now`);
    }
    return c.json({ id, version, hash }, 201);
  });
}
