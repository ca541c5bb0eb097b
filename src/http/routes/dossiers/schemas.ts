/**
 * The shapes of the dossier routes (docs/dossiers.md), as zod schemas: validation of the
 * requests and the OpenAPI description of the answers, from one definition.
 */
import * as z from "zod";
import { MatchResult } from "../../../engine/result.js";
import { CreditCode, EnterpriseProfile, IsoDate, SupportRecord } from "../../../profile/index.js";
import { Version } from "../../../ruleset/schema.js";

/** The credit code in a dossier's path (checked by the access middleware, after the credentials). */
export const DossierParams = z.object({
  creditCode: z.string().describe("the firm's USCC (统一社会信用代码)"),
});

/** Where a profile version sent through the API comes from: `api` (default) or `import` (a staff import). */
const ApiSource = z.enum(["api", "import"], { error: "source must be api or import" });

const savedBy = z.string().describe("owner, or staff:<label> of the ADMIN_TOKENS token, or retention");

export const VersionEntrySchema = z.object({
  version: z.number().int().describe("1, 2, … in the order saved"),
  savedAt: z.string().describe("ISO timestamp, UTC"),
  savedOn: z.string().describe("ISO date, Asia/Shanghai"),
  source: z.enum(["form", "api", "import"]),
  savedBy,
  profileHash: z.string().describe("sha256: of the profile's RFC 8785 canonical JSON"),
});

export const StoredVersionSchema = VersionEntrySchema.extend({ profile: EnterpriseProfile });

export const DecisionEntrySchema = z.object({
  decisionId: z.string(),
  ruleset: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  asOf: z.string().describe("ISO date, Asia/Shanghai"),
  profileVersion: z.number().int(),
  resultHash: z.string().describe("sha256: of the result's RFC 8785 canonical JSON, as the receipt states it"),
  decidedAt: z.string().describe("ISO timestamp, UTC"),
  decidedBy: savedBy,
  resultPage: z.string().describe("the decision's result page (a capability URL: whoever has it sees this decision and nothing else)"),
});

export const ReceiptSchema = z.object({
  payload: z.object({
    type: z.literal("policy-match-decision-receipt/1"),
    decisionId: z.string(),
    reference: z.string().optional(),
    creditCode: z.string(),
    ruleset: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
    asOf: z.string(),
    resultHash: z.string(),
    issuedAt: z.string(),
    keyId: z.string(),
  }),
  algorithm: z.literal("Ed25519"),
  signature: z.string().describe("base64url Ed25519 signature of the payload's RFC 8785 canonical JSON (UTF-8)"),
}).meta({ id: "Receipt" });

export const StoredSupportSchema = SupportRecord.extend({
  id: z.number().int(),
  recordedAt: z.string().describe("ISO timestamp, UTC"),
  recordedBy: savedBy,
});

export const DossierSchema = z.object({
  creditCode: z.string(),
  name: z.string().nullable().describe("the latest version's registered name"),
  createdAt: z.string(),
  updatedAt: z.string().describe("the last write: the retention period counts from it"),
  retainUntil: z.string().describe("when the dossier is deleted unless written to before (ISO timestamp, UTC)"),
  tokenIssuedAt: z.string(),
  latestVersion: StoredVersionSchema.nullable(),
  versions: z.number().int(),
  lastDecision: DecisionEntrySchema.nullable(),
});

export const CreateRequest = z.strictObject({
  creditCode: CreditCode,
  /** the first profile version (its creditCode, when given, must be the dossier's) */
  profile: EnterpriseProfile.optional(),
  source: ApiSource.optional(),
}, { error: 'the body must be a JSON object: { "creditCode": "…", "profile"?: {…}, "source"?: "api" | "import" }' });

export const Created = z.object({
  token: z.string().describe("the access token: shown this once, stored only as its SHA-256"),
  dossier: DossierSchema,
});

export const AddVersionRequest = z.strictObject({
  profile: EnterpriseProfile,
  source: ApiSource.optional(),
}, { error: 'the body must be a JSON object: { "profile": {…}, "source"?: "api" | "import" }' });

export const DossierMatchRequest = z.strictObject({
  asOf: IsoDate.optional(),
  version: Version.optional(),
  /** the profile version to decide; default the latest */
  profileVersion: z.number().int().min(1).optional(),
}, { error: 'the body must be a JSON object: { "asOf"?: "YYYY-MM-DD", "version"?: "YYYY.N.P", "profileVersion"?: n }' });

export const DossierMatchAnswer = z.object({
  decision: DecisionEntrySchema,
  result: MatchResult,
  receipt: ReceiptSchema.nullable().describe("null when the service has no signing key configured"),
});

export const DossierListing = z.object({
  dossiers: z.array(z.object({ creditCode: z.string(), name: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(), latestVersion: z.number().int() })),
  /** pass as `after` for the next page; absent on the last */
  next: z.string().optional(),
});

export const ListQuery = z.object({
  q: z.string().max(100).optional().describe("a credit-code prefix or part of the name"),
  after: z.string().max(18).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ExportSchema = z.object({
  format: z.literal("policy-match-dossier-export/1"),
  exportedAt: z.string(),
  dossier: z.object({ creditCode: z.string(), name: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(), tokenIssuedAt: z.string() }),
  versions: z.array(StoredVersionSchema),
  decisions: z.array(DecisionEntrySchema.extend({ result: MatchResult })),
  receipts: z.array(ReceiptSchema),
  support: z.array(StoredSupportSchema),
});

export const PublicKeys = z.object({
  keys: z.array(z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string(), kid: z.string(), alg: z.literal("Ed25519"), use: z.literal("sig") })),
});
