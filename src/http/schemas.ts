/**
 * Request schemas of the HTTP API, built from the same zod schemas the engine uses, so one
 * definition validates requests and documents them (OpenAPI).
 */
import * as z from "zod";
import { EnterpriseProfile, IsoDate, SupportRecord } from "../profile/index.js";
import type { Catalog } from "../ruleset/catalog.js";
import { Version } from "../ruleset/schema.js";

/** `POST /v1/match` body: the profile, and optionally the date and the rule-set version. */
export const MatchRequest = z.strictObject({
  profile: EnterpriseProfile,
  /** evaluation date (ISO, Asia/Shanghai); default today in Asia/Shanghai */
  asOf: IsoDate.optional(),
  /** pin a rule-set version; default the version in force on `asOf` */
  version: Version.optional(),
  /** support the firm has applied for, been granted or paid: a measure received for the period decided is shown as received and not counted (docs/dossiers.md) */
  received: z.array(SupportRecord).max(500, { error: "at most 500 support records" }).optional(),
}, { error: 'the body must be a JSON object: { "profile": {…}, "asOf"?: "YYYY-MM-DD", "version"?: "YYYY.N.P", "received"?: [{…}] }' });
export type MatchRequest = z.infer<typeof MatchRequest>;

/**
 * Query of `POST /v1/match` and `/v1/match/batch`: `explain=full` (default: every condition),
 * `brief` (the decisive ones) or `none` (the decision alone: a MatchDecision).
 */
export const MatchQuery = z.object({
  explain: z.enum(["none", "brief", "full"], { error: "explain must be none, brief or full" }).optional(),
  /** `compiled` (default) or `reference`: re-derive the decision with json-rules-engine itself */
  evaluator: z.enum(["compiled", "reference"], { error: "evaluator must be compiled or reference" }).optional(),
});

/** RFC 9457 problem document, as every error response carries it. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ pointer: z.string(), parameter: z.string().optional(), message: z.string() })).optional(),
});

/** A problem response entry for route declarations. */
export const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** A stored version that cannot be loaded (left out of resolution until an operator fixes it). */
export const UnavailableVersionSchema = z.object({
  id: z.string(),
  version: z.string().describe("as its row spells it"),
  effectiveFrom: z.string(),
  reason: z.string().describe("why it cannot be loaded"),
}).meta({ id: "UnavailableVersion" });

/**
 * What the service lacks, when it lacks something: stored versions it cannot load, and whether
 * the store of published versions could be read (`store: "unreachable"` when not). Both absent
 * when all is well.
 */
export const Degradation = z.object({
  unavailable: z.array(UnavailableVersionSchema).optional(),
  store: z.literal("unreachable").optional(),
});

/** The catalog's `Degradation`: `{}` when every stored version loads and the store was read. */
export function degradation(catalog: Catalog): z.infer<typeof Degradation> {
  return {
    ...(catalog.unavailable.length ? { unavailable: [...catalog.unavailable] } : {}),
    ...(catalog.storeReachable ? {} : { store: "unreachable" as const }),
  };
}
