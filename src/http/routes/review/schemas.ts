/** The shapes the review routes answer (OpenAPI components), and how a stored draft is shown. */
import * as z from "zod";
import type { Draft, LogEntry } from "../../../review/draft.js";
import { STATES } from "../../../review/machine.js";
import { ROLES } from "../../../review/roles.js";

const Finding = z.object({ pointer: z.string(), message: z.string(), rule: z.string() });

/** A draft without its content: state, hash, dates, who, findings of its last save. */
export const DraftSummary = z.object({
  id: z.string(),
  version: z.string(),
  state: z.enum(STATES),
  hash: z.string().describe("sha256: of the rule set's canonical JSON"),
  effectiveFrom: z.string().nullable(),
  retroactive: z.boolean(),
  reason: z.string().nullable(),
  revision: z.number().int().describe("1 when made, +1 at every change of content"),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string().describe("who last changed its content"),
  updatedAt: z.string(),
  proposedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  findings: z.object({ errors: z.array(Finding), warnings: z.array(Finding) }).describe("the check at the last save: errors block proposing and publishing"),
}).meta({ id: "DraftSummary" });

/** One step of the review log. */
export const LogEntrySchema = z.object({
  seq: z.number().int(), at: z.string(), id: z.string(), version: z.string(),
  action: z.enum(["saved", "proposed", "approved", "rejected", "proposal-withdrawn", "published", "withdrawn"]),
  label: z.string(), role: z.enum(ROLES), revision: z.number().int().nullable(), hash: z.string().nullable(),
  reason: z.string().nullable(), requestId: z.string().nullable(),
}).meta({ id: "ReviewLogEntry" });

/** A draft with its content and its review log. */
export const DraftDetail = DraftSummary.extend({
  ruleset: z.record(z.string(), z.unknown()),
  cases: z.array(z.unknown()),
  log: z.array(LogEntrySchema).describe("its review, newest first"),
}).meta({ id: "Draft" });

/** A stored draft as DraftSummary shows it. */
export const summary = ({ ruleset: _r, cases: _c, ...d }: Draft): z.infer<typeof DraftSummary> => d;

/** A stored draft as DraftDetail shows it. */
export const detail = (d: Draft, log: LogEntry[]): z.infer<typeof DraftDetail> => ({ ...d, log });

/** `{id}` and `{version}` of a draft's path. */
export { VersionParams as DraftParams } from "../ruleset-body.js";
