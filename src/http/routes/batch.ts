/**
 * `POST /v1/match/batch?explain=…`: up to 100 profiles in one call (body ≤ 1 MiB):
 * `{ profiles: [...], asOf?, version? }` → `{ results: [{ index, ok: true, result } | { index, ok: false, problem }] }`,
 * one entry per profile, in order (DESIGN.md "MatchResult"). One bad profile never fails the
 * batch: it gets its problem (pointers from /profiles/<index>). 400 malformed JSON or an invalid
 * asOf/version; 404 no rule-set version; 413 over 1 MiB or over 100 profiles; 503 as for
 * `POST /v1/match`.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { answer } from "../../engine/answer.js";
import { MatchAnswer } from "../../engine/result.js";
import { EnterpriseProfile, IsoDate, ProfileDateError } from "../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../ruleset/bundled.js";
import { Version } from "../../ruleset/schema.js";
import type { AppDeps, AppEnv } from "../env.js";
import { type FieldError, fieldErrors, pointer, problemBody, ProblemError } from "../problem.js";
import { MatchQuery, ProblemSchema, problemResponse } from "../schemas.js";
import exampleA from "../../../fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json";
import exampleB from "../../../fixtures/profiles/servo-motor-maker-hnte-score-70.json";
import { withBodyLimit } from "./ruleset-body.js";
import { datedFieldErrors } from "../validation.js";

/** At most this many profiles in one batch. */
export const MAX_BATCH = 100;

const BatchRequest = z.strictObject({
  /** each validated on its own: a bad one gets a problem entry, the others their results */
  profiles: z.array(z.unknown(), { error: "profiles must be a list (JSON array) of profiles" }).min(1, { error: "profiles: at least one profile" }),
  asOf: IsoDate.optional(),
  version: Version.optional(),
}, { error: 'the body must be a JSON object: { "profiles": [{…}, …], "asOf"?: "YYYY-MM-DD", "version"?: "YYYY.N.P" }' });

const BatchEntry = z.union([
  z.object({ index: z.number().int(), ok: z.literal(true), result: MatchAnswer }),
  z.object({ index: z.number().int(), ok: z.literal(false), problem: ProblemSchema }),
]);

const route = createRoute({
  method: "post",
  path: "/v1/match/batch",
  tags: ["match"],
  summary: "Match up to 100 profiles in one call",
  request: {
    query: MatchQuery,
    body: { required: true, content: { "application/json": { schema: BatchRequest, example: { profiles: [exampleA, exampleB], asOf: "2025-06-30" } } } },
  },
  responses: {
    200: { description: "One entry per profile, in order", content: { "application/json": { schema: z.object({ results: z.array(BatchEntry) }) } } },
    400: problemResponse("Malformed JSON, nested past 128 levels, or an invalid asOf or version"),
    404: problemResponse("No rule-set version for the pinned version or asOf"),
    413: problemResponse("Body over 1 MiB, or more than 100 profiles"),
    415: problemResponse("Body is not application/json"),
    503: problemResponse("A stored version asked for cannot be loaded, or the store of published versions cannot be read"),
  },
});

/** Mounts the route on `app`. */
export function batchRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  withBodyLimit(app, route.path);
  app.openapi(route, async (c) => {
    const { profiles, asOf = deps.today(), version } = c.req.valid("json");
    const { explain = "full", evaluator = "compiled" } = c.req.valid("query");
    if (profiles.length > MAX_BATCH) {
      throw new ProblemError(413, "batch-too-large", "Too many profiles", `a batch holds at most ${MAX_BATCH} profiles, this one ${profiles.length}: split it`);
    }
    const loaded = (await deps.catalog(c.env?.DB)).resolve({ id: DEFAULT_RULESET_ID, version, asOf });
    const invalid = (index: number, detail: string, errors: FieldError[]) => ({
      index, ok: false as const, problem: problemBody(c, 400, "invalid-request", "Invalid profile", detail, errors),
    });
    const results = [];
    for (const [index, raw] of profiles.entries()) {
      const parsed = EnterpriseProfile.safeParse(raw);
      if (!parsed.success) {
        // the date problems (registered after asOf…) come in the same answer as the schema's
        results.push(invalid(index, "some fields of this profile are missing or invalid: see errors[]",
          fieldErrors(parsed.error.issues, datedFieldErrors(raw, asOf, deps.today, [])).map((e) => ({ ...e, pointer: `/profiles/${index}${e.pointer}` }))));
        continue;
      }
      try {
        results.push({ index, ok: true as const, result: await answer(parsed.data, loaded, { asOf, explain, evaluator }) });
      } catch (e) {
        if (!(e instanceof ProfileDateError)) throw e;
        results.push(invalid(index, "this profile contradicts the evaluation date asOf: see errors[]",
          e.problems.map((p) => ({ pointer: pointer(["profiles", index, ...p.path]), message: p.message }))));
      }
    }
    return c.json({ results }, 200);
  });
}
