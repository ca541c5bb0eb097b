/**
 * Deciding for a dossier, and its decisions log (owner or staff):
 * - `POST /v1/dossiers/{creditCode}/match`: body `{ asOf?, version?, profileVersion? }` — the
 *   stored profile version (default the latest) matched with the dossier's support records as
 *   `received`, the explained result stored with its hash, and a signed receipt when the
 *   service has a key. 201 `{ decision, result, receipt }`; 400 a bad field, or a profile that
 *   contradicts asOf; 404 no such rule-set version (or profile version); 409 no profile yet;
 *   503 a receipt key that cannot be read (nothing stored).
 * - `GET /v1/dossiers/{creditCode}/decisions`: the log, newest first.
 * - `GET /v1/dossiers/{creditCode}/decisions/{decisionId}`: one decision with its result.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { match } from "../../../engine/match.js";
import { DecisionStore } from "../../../dossier/decisions.js";
import { issueReceipt } from "../../../dossier/issue.js";
import { DossierStore } from "../../../dossier/store.js";
import { supportOf } from "../../../dossier/support.js";
import { summaryOf } from "../../../dossier/summary.js";
import { MatchResult } from "../../../engine/result.js";
import { ProfileDateError } from "../../../profile/index.js";
import { DEFAULT_RULESET_ID } from "../../../ruleset/bundled.js";
import { dossierDb } from "../../dossier-access.js";
import type { AppDeps, AppEnv } from "../../env.js";
import { pointer, ProblemError } from "../../problem.js";
import { receiptKey } from "../../receipt-key.js";
import { problemResponse } from "../../schemas.js";
import { dossierRoute } from "./route.js";
import { BODY_REFUSALS, profileBody } from "./profile-body.js";
import { DecisionEntrySchema, DossierMatchAnswer, DossierMatchRequest, DossierParams } from "./schemas.js";
import { decisionView } from "./views.js";

export const DecisionParams = DossierParams.extend({ decisionId: z.string().max(100).describe("the answer's decisionId (sha256:…)") });

const decide = dossierRoute({
  method: "post", path: "/v1/dossiers/{creditCode}/match", summary: "Match the dossier's profile and keep the decision", middleware: [profileBody],
  request: { params: DossierParams, body: { required: true, content: { "application/json": { schema: DossierMatchRequest } } } },
  responses: {
    201: { description: "The decision, its explained result and its receipt", content: { "application/json": { schema: DossierMatchAnswer } } },
    404: problemResponse("No dossier this token opens; or no rule-set version for version/asOf; or no such profile version"),
    409: problemResponse("The dossier has no profile version yet"),
    ...BODY_REFUSALS,
    503: problemResponse("RECEIPT_SIGNING_KEY is set but is not an Ed25519 private key (nothing is decided or stored)"),
  },
});

const log = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/decisions", summary: "The decisions log, newest first", request: { params: DossierParams },
  responses: { 200: { description: "Every decision made for the dossier", content: { "application/json": { schema: z.object({ decisions: z.array(DecisionEntrySchema) }) } } } },
});

const one = dossierRoute({
  method: "get", path: "/v1/dossiers/{creditCode}/decisions/{decisionId}", summary: "One decision with its result", request: { params: DecisionParams },
  responses: {
    200: { description: "The decision and its explained result, as answered", content: { "application/json": { schema: DecisionEntrySchema.extend({ result: MatchResult }) } } },
    404: problemResponse("No dossier this token opens, or no such decision in it"),
  },
});

/** The 404 of a decision the dossier does not have. */
export const noDecision = (id: string) => new ProblemError(404, "decision-not-found", "Decision not found", `this dossier has no decision ${id}: GET …/decisions lists them`);

/** Mounts the three routes on `app`. */
export function decisionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(decide, async (c) => {
    const d = c.get("dossier")!;
    const db = dossierDb(c);
    const key = await receiptKey(c); // a key set but unusable refuses the match (503) before anything is stored
    const { asOf = deps.today(), version, profileVersion = d.latestVersion } = c.req.valid("json");
    if (d.latestVersion === 0) throw new ProblemError(409, "no-profile", "No profile yet", "the dossier has no profile version yet: save one first (POST …/versions)");
    const stored = await new DossierStore(db).version(d.id, profileVersion);
    if (!stored) throw new ProblemError(404, "version-not-found", "Version not found", `this dossier has versions 1 to ${d.latestVersion}, not ${profileVersion}`);
    const loaded = (await deps.catalog(db)).resolve({ id: DEFAULT_RULESET_ID, version, asOf });
    let result;
    try {
      result = await match(stored.profile, loaded, { asOf, explain: "full", received: await supportOf(db, d.id) });
    } catch (e) {
      if (!(e instanceof ProfileDateError)) throw e;
      throw new ProblemError(400, "invalid-request", "Invalid request", `profile version ${profileVersion} contradicts the evaluation date ${asOf}: see errors[]`,
        e.problems.map((p) => ({ pointer: "/asOf", message: `${pointer(["profile", ...p.path])}: ${p.message}` })));
    }
    const now = new Date();
    const entry = await new DecisionStore(db).record(d.id, { profileVersion, result, summary: summaryOf(result), by: c.get("actor")! }, now);
    const receipt = key ? await issueReceipt(db, key, d.id, d.creditCode, entry, result, now) : null;
    return c.json({ decision: decisionView(entry), result, receipt }, 201, { Location: `/v1/dossiers/${d.creditCode}/decisions/${encodeURIComponent(entry.decisionId)}` });
  });

  app.openapi(log, async (c) => c.json({ decisions: (await new DecisionStore(dossierDb(c)).list(c.get("dossier")!.id)).map(decisionView) }, 200));

  app.openapi(one, async (c) => {
    const { decisionId } = c.req.valid("param");
    const found = await new DecisionStore(dossierDb(c)).get(c.get("dossier")!.id, decisionId);
    if (!found) throw noDecision(decisionId);
    const { result, ...e } = found;
    return c.json({ ...decisionView(e), result }, 200);
  });
}
