/**
 * A draft of a rule-set version (docs/staff.md): the rule set, its cases (DESIGN.md "Cases",
 * pinned to the draft's version), whether it may take effect before the day it is published
 * (`retroactive`, with the reason), who made it what it is, and its state (machine.ts). Saved
 * by replacing the whole of it; never used to answer matches.
 */
import * as z from "zod";
import type { DraftState } from "./machine.js";
import type { Role } from "./roles.js";

/** At most this many cases in a draft. */
export const MAX_DRAFT_CASES = 2000;

/**
 * The body of `PUT /v1/rulesets/{id}/drafts/{version}`: the whole draft. The rule set is any
 * object here (lint judges it: findings with pointers under `/ruleset`), each case is checked
 * against the case format (findings under `/cases/<i>`).
 */
export const DraftBody = z.strictObject({
  ruleset: z.record(z.string(), z.unknown()).describe("the rule set (rules/ruleset.schema.json); its id and version are the path's"),
  cases: z.array(z.unknown()).max(MAX_DRAFT_CASES, { error: `at most ${MAX_DRAFT_CASES} cases` }).optional()
    .describe("the draft's cases (docs/rules.md, \"Cases\": profiles inline, no profileRef), pinned to the draft's version"),
  retroactive: z.boolean().optional().describe("true: may take effect before the day it is published (needs a reason)"),
  reason: z.string().max(2000).nullable().optional().describe("why it is retroactive, shown to the reviewer in red and kept in the audit"),
}, { error: 'the body must be a JSON object: { "ruleset": {…}, "cases"?: [ … ], "retroactive"?: true, "reason"?: "…" }' }).meta({ id: "DraftBody" });

/** What a draft holds, as saved (the rule set and cases exactly as sent). */
export interface DraftContent {
  ruleset: Record<string, unknown>;
  cases: unknown[];
  retroactive: boolean;
  /** null when none was given */
  reason: string | null;
}

/** One finding of a draft's check: RFC 6901 pointer into the draft (`/ruleset/…`, `/cases/3`, `/reason`), the message, the rule. */
export interface DraftFinding {
  pointer: string;
  message: string;
  /** a lint rule (docs/rules.md), or `case-invalid`, `case-version`, `case-fails`, `effective-date-past`, `retroactive`, `reason-missing` */
  rule: string;
}

/** Errors block proposing and publishing; warnings are shown. */
export interface DraftFindings {
  errors: DraftFinding[];
  warnings: DraftFinding[];
}

/** A stored draft. Timestamps ISO (UTC). */
export interface Draft extends DraftContent {
  id: string;
  version: string;
  state: DraftState;
  /** `sha256:` of the rule set's canonical JSON */
  hash: string;
  /** the rule set's effectiveFrom, when it gives one */
  effectiveFrom: string | null;
  /** the check at the last save */
  findings: DraftFindings;
  /** 1 when made, +1 at every change of content */
  revision: number;
  createdBy: string;
  createdAt: string;
  /** who last changed the content, and when */
  updatedBy: string;
  updatedAt: string;
  /** who proposed / approved it since its last change (null: nobody) */
  proposedBy: string | null;
  approvedBy: string | null;
}

/** What the review log records (each with who and when). */
export type LogAction = "saved" | "proposed" | "approved" | "rejected" | "proposal-withdrawn" | "published" | "withdrawn";

/** One step of a draft's review, or a withdrawal. */
export interface LogEntry {
  seq: number;
  /** ISO timestamp, UTC */
  at: string;
  id: string;
  version: string;
  action: LogAction;
  label: string;
  role: Role;
  revision: number | null;
  hash: string | null;
  /** of a rejection or a withdrawal; of a retroactive date on saving, proposing and publishing */
  reason: string | null;
  requestId: string | null;
}
