/**
 * Support an enterprise has applied for, been granted or been paid (issue 15, "Support
 * received"): one record per event, kept in its dossier and given to a match as `received`.
 * A measure granted (or paid) for the period a match is about is shown as received, not as an
 * opportunity, and left out of totals (docs/dossiers.md, "Support received").
 */
import * as z from "zod";
import { IsoDate, text, yuan } from "./units.js";

/** `applied`: an application is pending; `granted`: awarded; `paid`: the money arrived. Granted and paid count as received. */
export const SUPPORT_STATUSES = ["applied", "granted", "paid"] as const;
export const SupportStatus = z.enum(SUPPORT_STATUSES, { error: `status must be one of ${SUPPORT_STATUSES.join(", ")}` });
export type SupportStatus = z.infer<typeof SupportStatus>;

/** One event of support for one measure. */
export const SupportRecord = z.strictObject({
  /** the measure's id in the rule set, e.g. `rd-post-subsidy` (stable across versions) */
  measureId: z.string({ error: "measureId expected as text, e.g. \"rd-post-subsidy\"" })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "measureId is a measure's kebab-case id, e.g. \"rd-post-subsidy\"" }).max(100),
  status: SupportStatus,
  /** yuan granted or paid (or applied for); left out when not known */
  amount: yuan().optional(),
  /** the date of the event (application, decision or payment), ISO, Asia/Shanghai */
  date: IsoDate,
  /** the department's file or payment reference */
  reference: text(200).optional(),
  /** for a measure granted per fiscal year (`period: "fiscal-year"` in the rule set): the fiscal year it is for; left out for a one-off award */
  fiscalYear: z.number({ error: "fiscalYear expected as a whole number, e.g. 2024" }).int({ error: "fiscalYear is a whole year, e.g. 2024" }).min(1949).max(2100).optional(),
}, { error: (i) => (i.code === "invalid_type" ? "a support record must be a JSON object: { measureId, status, date, amount?, reference?, fiscalYear? }" : undefined) });
export type SupportRecord = z.infer<typeof SupportRecord>;

/** Granted or paid: the support has been received (an application alone has not). */
export const isReceived = (r: Pick<SupportRecord, "status">): boolean => r.status === "granted" || r.status === "paid";
