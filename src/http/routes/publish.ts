/**
 * `PUT /v1/rulesets/{id}/versions/{version}`: publishes the **approved draft** of that version,
 * whose rule set the body must be (the same canonical hash): there is no path around review
 * (docs/publishing.md, docs/staff.md). The same implementation as
 * `POST /v1/rulesets/{id}/drafts/{version}/publish` (src/review/service.ts `publishDraft`),
 * which publishes it without sending it again. Needs the bearer token of an author or admin.
 * 201 `{ id, version, hash }`; 400 malformed JSON, nested past 128 levels, or a path that is not
 * an id and a version; 401 no token; 403 wrong token, or a reviewer's; 409 no approved draft of
 * that version (`review-required`), a body other than the approved draft (`draft-mismatch`), or
 * the version exists (`version-exists`); 413 over 1 MiB; 415 not JSON, compressed, another
 * charset or not UTF-8; 422 the path and body differ, or the draft no longer passes (lint among
 * the versions that exist now, its cases, its date); 503 the store cannot be read. A publish
 * stores all or nothing. The caller is admitted before anything of the body is looked at; every
 * attempt is audited (publish-audit.ts). A version published is announced to the dossiers
 * (src/http/announce-published.ts): each is re-decided under it through the jobs queue, and told what changed.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { canonicalHash } from "../../ruleset/hash.js";
import { publishDraft } from "../../review/service.js";
import type { AppDeps, AppEnv } from "../env.js";
import { announcePublished } from "../announce-published.js";
import { ProblemError } from "../problem.js";
import { problemResponse } from "../schemas.js";
import { reviewDeps } from "../staff.js";
import { auditedPublish } from "./publish-audit.js";
import { staffRoute } from "./review/route.js";
import { rawRuleSet, RuleSetBody, RULESET_BODY_LIMIT, VersionParams, withBodyLimit } from "./ruleset-body.js";

const PATH = "/v1/rulesets/:id/versions/:version";

/** Mounts the route on `app`: the audit around everything, then the caller's admission, then the body gate. */
export function publishRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.use(PATH, auditedPublish);
  const route = staffRoute(app, {
    method: "put",
    path: "/v1/rulesets/{id}/versions/{version}",
    summary: "Publish the approved draft of a version (bearer token of an author or admin)",
    request: { params: VersionParams, body: { required: true, content: { "application/json": { schema: RuleSetBody } } } },
    responses: {
      201: { description: "Published", content: { "application/json": { schema: z.object({ id: z.string(), version: z.string(), hash: z.string() }) } } },
      400: problemResponse("Malformed JSON, nested past 128 levels (nesting-too-deep), or an id or version not in the expected form"),
      409: problemResponse("No approved draft of that version (review-required), not its rule set (draft-mismatch), or the version exists (version-exists)"),
      413: problemResponse(`Body over ${RULESET_BODY_LIMIT / 1024 / 1024} MiB`),
      415: problemResponse("Body is not JSON, is compressed, in another charset, or not UTF-8"),
      422: problemResponse("The path and body differ, or the draft no longer passes (errors[] with pointers into the draft)"),
      503: problemResponse("The store of published versions cannot be read or written just now: nothing was published"),
    },
  });
  withBodyLimit(app, PATH);
  app.openapi(route, async (c) => {
    const { id, version } = c.req.valid("param");
    const body = await rawRuleSet(c);
    const hash = canonicalHash(body);
    c.set("bodyHash", hash);
    const mismatch = [["id", id], ["version", version]].filter(([k, v]) => body[k!] !== v);
    if (mismatch.length) {
      throw new ProblemError(422, "ruleset-invalid", "Rule set does not pass", "the path and the body name different rule sets or versions",
        mismatch.map(([k, v]) => ({ pointer: `/${k}`, message: `the path says "${v}", the body says ${JSON.stringify(body[k!])}` })));
    }
    const d = await publishDraft(await reviewDeps(c, deps), id, version, { hash });
    await announcePublished(c.env!, deps, { id, version });
    return c.json({ id, version, hash: d.hash }, 201);
  });
}
